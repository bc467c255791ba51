package io.cdnsim.cli;

import static io.cdnsim.cli.Cli.execute;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The sweeps in sweeps/ read and check (every point's scenario, the figures they ask for), and bad set: entries. */
class ShippedSweepsTest {

    // Pins that each shipped sweep's points are all valid scenarios, and how many points and runs it has.
    @ParameterizedTest(name = "{0}")
    @CsvSource({"price-sheets, 5, 10", "segment-duration, 12, 36", "shield-and-capacity, 6, 12"})
    void shippedSweepsCheck(String name, int points, int runs) {
        Path file = Path.of("..", "sweeps", name + ".yaml");
        Cli.Result r = execute("sweep", file.toString(), "--check");
        assertEquals(0, r.code(), r::toString);
        assertTrue(r.out().startsWith(file + ": " + points + " points x " + (runs / points) + " replications = "
                + runs + " runs, each point's scenario valid\n"), r::toString);
        assertEquals(1 + points, r.out().lines().count(), r::toString);
    }

    // Pins that a set: entry with no such field, and one whose value the scenario refuses, are reported at the set:
    // entry's line with the scenario's field, exit 2.
    @Test
    void badSetEntriesAreReportedAtTheirLine(@TempDir Path dir) throws IOException {
        Path file = SweepFiles.write(dir, SweepFiles.SWEEP + "set: { run.durration: 5s }\n");
        Cli.Result r = execute("sweep", file.toString(), "--check");
        assertEquals(2, r.code(), r::toString);
        assertTrue(r.err().startsWith(file + ":9:8: set.run.durration: no field 'durration' in 'run' (did you mean "
                + "'duration'?)"), r::toString);
        Files.writeString(file, SweepFiles.SWEEP + "set: { run.duration: 1s }\n");
        r = execute("sweep", file.toString(), "--check");
        assertEquals(2, r.code(), r::toString);
        assertTrue(r.err().startsWith(file + ":9:8: set.run.duration: point 1 of 4 (workload.rate=100/s, "
                + "topology.tiers[edge].cache.capacity=100MB): " + dir.resolve("small.yaml") + ": run.warmup: "),
                r::toString);
    }
}
