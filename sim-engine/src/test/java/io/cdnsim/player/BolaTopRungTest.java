package io.cdnsim.player;

import static io.cdnsim.player.LiveFixture.MS;
import static io.cdnsim.player.LiveFixture.S;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.cdnsim.content.Ladder;
import io.cdnsim.model.Arrival;
import io.cdnsim.model.Audience;
import io.cdnsim.model.DeviceClass;
import io.cdnsim.model.Distribution;
import io.cdnsim.model.LastMile;
import io.cdnsim.model.OnDemandService;
import io.cdnsim.model.PlayerSettings;
import io.cdnsim.model.Scenario;
import io.cdnsim.model.UrlSpec;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * BOLA-E reaches the top rung on a fast link whatever buffer the device allows: one viewer, a 100-segment title of
 * 3 s segments on Sabre's ten-rung ladder (0.23 to 6 Mbit/s), a constant 20 Mbit/s last mile (20 ms RTT). BOLA-BASIC
 * on the real buffer could not: with a 25 s buffer its target is 10 + 2 × 10 = 30 s and its top switch point 23.3 s,
 * above the 22 s at which a player that asks only when a 3 s segment fits ever decides.
 */
class BolaTopRungTest {

    private static final long D = 3 * S;
    private static final int SEGMENTS = 100;
    /** Sabre's example ladder (its movie.json), kbit/s × 1000. */
    private static final Ladder SABRE = LiveFixture.ladder(230_000, 331_000, 477_000, 688_000, 991_000, 1_427_000,
            2_056_000, 2_962_000, 5_027_000, 6_000_000);

    private static Scenario scenario(String abr, long maxBuffer) {
        Audience audience = new Audience(1, new Arrival.Spike(0, S), new Distribution.Fixed(3_600 * S), 10 * S,
                Map.of(), List.of(new DeviceClass("tv", 1, maxBuffer, 2160, 1)),
                Map.of("*", new LastMile(new Distribution.Fixed(20e6), 0, new Distribution.Fixed(20 * MS))),
                List.of());
        OnDemandService vod = new OnDemandService(D, SABRE, 0, 1, 1.0, new Distribution.Fixed(SEGMENTS * D), List.of(),
                null, audience, new PlayerSettings(abr, 0.9, D, 3, 500 * MS), UrlSpec.SHARED);
        return LiveFixture.vod("top-rung", vod);
    }

    /**
     * Pins, for device buffers of 6 to 60 s and both rules that use BOLA: the first segment at the lowest rung (no
     * estimate yet), every other at the top: one switch and an average of (0.23 + 99 × 6) / 100 = 5.9423 Mbit/s.
     */
    @ParameterizedTest
    @CsvSource({"bola, 6", "bola, 10", "bola, 18", "bola, 25", "bola, 30", "bola, 60",
        "dynamic, 6", "dynamic, 10", "dynamic, 18", "dynamic, 25", "dynamic, 30", "dynamic, 60"})
    void topRungOnAFastLink(String abr, int bufferSeconds) {
        Session s = LiveFixture.run(scenario(abr, bufferSeconds * S)).sessions().get(0);
        assertEquals(SEGMENTS, s.segments());
        assertEquals(1, s.switches());
        assertEquals(5_942_300, s.averageBitrate(), 1e-6);
        assertEquals(0, s.stalls());
    }
}
