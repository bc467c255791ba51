package io.cdnsim.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.cdnsim.content.ObjectKind;
import io.cdnsim.model.LiveEvent;
import io.cdnsim.model.LowLatency;
import io.cdnsim.model.Scenario;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The low-latency fields of a live channel as the scenario reader reads them, written and by default. */
class LowLatencyReaderTest {

    private static Scenario read(Path dir, String liveFields) throws IOException, ScenarioException {
        Path topology = Path.of("src", "test", "resources", "broken", "valid-topology.yaml").toAbsolutePath();
        Path file = dir.resolve("ll.yaml");
        Files.writeString(file, "name: ll\ntopology: " + topology + "\nrun:\n  duration: 60s\nlive:\n"
                + "  segmentDuration: 2s\n" + liveFields + "audience:\n  viewers: 100\n"
                + "  arrival: { type: spike, at: 0s, ramp: 10s }\n");
        return ScenarioReader.read(file);
    }

    /**
     * Pins the reading of the shipped scenario's fields: 2 s in parts of 333 ms is 6 parts (2 s / 6 = 333.3 ms, within
     * 2 % of 333 ms), PART-HOLD-BACK 1 s as written.
     */
    @Test
    void partsAndHoldBackAsWritten(@TempDir Path dir) throws Exception {
        LiveEvent live = (LiveEvent) read(dir, "  partTarget: 333ms\n  partHoldBack: 1s\n").demand();
        assertEquals(new LowLatency(6, 1_000_000), live.lowLatency());
    }

    /**
     * Pins the defaults: PART-HOLD-BACK three part targets (3 × 500 ms), a startup buffer of one part (2 s / 4), and
     * parts cached for three segment durations (6 s), playlists half of one (1 s).
     */
    @Test
    void defaults(@TempDir Path dir) throws Exception {
        Scenario s = read(dir, "  partTarget: 500ms\n");
        LiveEvent live = (LiveEvent) s.demand();
        assertEquals(new LowLatency(4, 1_500_000), live.lowLatency());
        assertEquals(500_000, live.player().startupBuffer());
        assertEquals(6_000_000, s.cacheControl().get(ObjectKind.MEDIA_PART).sharedLifetime());
        assertEquals(1_000_000, s.cacheControl().get(ObjectKind.MEDIA_PLAYLIST).sharedLifetime());
    }

    /** Pins that a channel without a part target is one of whole segments, its startup buffer one segment. */
    @Test
    void noPartsWithoutAPartTarget(@TempDir Path dir) throws Exception {
        LiveEvent live = (LiveEvent) read(dir, "").demand();
        assertNull(live.lowLatency());
        assertEquals(2_000_000, live.player().startupBuffer());
    }
}
