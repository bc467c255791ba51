package io.cdnsim.config;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.cdnsim.content.SegmentSizes;
import io.cdnsim.model.OnDemandService;
import io.cdnsim.model.Scenario;
import io.cdnsim.player.Session;
import io.cdnsim.run.RunOptions;
import io.cdnsim.run.Simulation;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * One player on Sabre's example trace and movie (src/test/resources/sabre): the figures docs/validation.md (section
 * 7, row network.json) publishes for cdnsim, pinned exactly.
 */
class SabreTraceTest {

    private static final Path DIR = Path.of("src", "test", "resources", "sabre");

    /**
     * Pins the movie as read: 199 segments of 3 s in 10 renditions; segment 0 of the lowest is 886,360 bits =
     * 110,795 bytes, of the highest 20,657,480 bits = 2,582,185 bytes; segment 199 reads row 0 again.
     */
    @Test
    void movieSizesAsSabreGivesThem() throws ScenarioException {
        Scenario s = ScenarioReader.read(DIR.resolve("network-throughput.yaml"));
        SegmentSizes sizes = ((OnDemandService) s.demand()).segmentSizes();
        assertEquals(199, sizes.segments());
        assertEquals(10, sizes.renditions());
        assertEquals(3_000_000, sizes.segmentDuration());
        assertEquals(110_795, sizes.size(0, 0));
        assertEquals(2_582_185, sizes.size(0, 9));
        assertEquals(sizes.size(0, 4), sizes.size(199, 4));
    }

    /**
     * Pins each rule's session on network.json (5, 3, 1.5, 3 Mbit/s for 30 s each, looping; latency 75 to 200 ms):
     * all 199 segments, no rebuffering; average bitrate (kbit/s) and switches as docs/validation.md gives them.
     */
    @ParameterizedTest
    @CsvSource({"throughput, 2027.321608, 29", "bola, 2460.140704, 18", "dynamic, 2345.085427, 17"})
    void onePlayerOnSabresExampleTrace(String abr, double kbps, int switches) throws ScenarioException {
        List<Session> sessions = new ArrayList<>();
        Simulation.run(ScenarioReader.read(DIR.resolve("network-" + abr + ".yaml")), 0,
                RunOptions.defaults().withSessions(sessions::add));
        Session s = sessions.get(0);
        assertEquals(199, s.segments());
        assertEquals(0, s.stallTime());
        assertEquals(kbps, s.averageBitrate() / 1000, 5e-7);
        assertEquals(switches, s.switches());
    }
}
