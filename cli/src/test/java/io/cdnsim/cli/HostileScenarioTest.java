package io.cdnsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The hostile corpus of scenario, topology and price-sheet files: each is refused by {@code cdnsim validate} and by
 * {@code cdnsim run} as {@link Hostile} promises (exit 2 within the bound, one line naming the file, the field and the
 * problem, nothing written), before anything is simulated. The files are small valid ones (a two-tier topology, a
 * synthetic stream, a price sheet; a live event for the viewers' fields) with one thing made hostile.
 */
class HostileScenarioTest {

    @TempDir
    Path dir;

    private void refused(List<String> replace, String... says) throws IOException {
        SmallScenario.refused(dir, replace, says);
    }

    private void refused(String text, String replacement, String... says) throws IOException {
        SmallScenario.refused(dir, text, replacement, says);
    }

    private void liveRefused(String text, String replacement, String... says) throws IOException {
        SmallScenario.liveRefused(dir, text, replacement, says);
    }

    private static Path fifo(Path at) throws IOException, InterruptedException {
        Process p = new ProcessBuilder("mkfifo", at.toString()).start();
        assumeTrue(p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0, "mkfifo is needed");
        return at;
    }

    /** Pins that the small files are valid: every refusal below is for the one thing changed. */
    @Test
    void theUnchangedFilesAreValid() throws IOException {
        Files.writeString(dir.resolve("scn.yaml"), SmallScenario.SCENARIO);
        Files.writeString(dir.resolve("topo.yaml"), SmallScenario.TOPOLOGY);
        Files.writeString(dir.resolve("sheet.yaml"), SmallScenario.SHEET);
        Cli.Result r = Cli.execute("validate", dir.resolve("scn.yaml").toString());
        assertEquals(Main.OK, r.code(), r::toString);
    }

    // Class 2: files that are not regular files.

    /** Pins that a FIFO scenario is refused before a byte is read (it used to hang validate and run). */
    @Test
    void aFifoScenario() throws Exception {
        Path f = fifo(dir.resolve("pipe.yaml"));
        Hostile.refused(dir, List.of("validate", f.toString()), "pipe.yaml", "not a regular file");
        Hostile.refused(dir, List.of("run", f.toString(), "--out", dir.resolve("out").toString()), "pipe.yaml",
                "not a regular file");
    }

    /** Pins that a FIFO named as the topology is refused, naming the topology file. */
    @Test
    void aFifoTopology() throws Exception {
        fifo(dir.resolve("pipe-topo.yaml"));
        refused("topology: topo.yaml", "topology: pipe-topo.yaml", "pipe-topo.yaml", "not a regular file");
    }

    /** Pins that /dev/zero as the topology is refused at once (it used to grow to gigabytes). */
    @Test
    void devZeroAsTopology() throws IOException {
        assumeTrue(Files.exists(Path.of("/dev/zero")));
        refused("topology: topo.yaml", "topology: /dev/zero", "/dev/zero", "not a regular file");
    }

    /** Pins that a folder given as the scenario is called a folder. */
    @Test
    void aFolderAsScenario() throws IOException {
        Path sub = Files.createDirectory(dir.resolve("folder.yaml"));
        Hostile.refused(dir, List.of("validate", sub.toString()), "folder.yaml", "this is a folder");
    }

    /** Pins that a FIFO price sheet is refused as such, not as a missing file. */
    @Test
    void aFifoPriceSheet() throws Exception {
        fifo(dir.resolve("pipe-sheet.yaml"));
        refused("sheets: [sheet.yaml]", "sheets: [pipe-sheet.yaml]", "pipe-sheet.yaml", "not a regular file");
    }

    /** Pins that a scenario over the size limit is refused by its size, before it is parsed. */
    @Test
    void aScenarioOverOneMebibyte() throws IOException {
        refused("seed: 1", "seed: 1\n" + ("# padding line\n").repeat(80_000), "scn.yaml", "may be at most 1048576");
    }

    // Class 10 and 7: the document itself.

    /** Pins that two YAML documents are named as such (it used to say "must be a mapping"). */
    @Test
    void twoDocumentsInOneScenario() throws IOException {
        refused("seed: 1", "seed: 1\n---\nname: second", "scn.yaml", "more than one YAML document");
    }

    /** Pins that two YAML documents in the topology are refused there. */
    @Test
    void twoDocumentsInTheTopology() throws IOException {
        refused("name: small\n", "name: small\n---\nname: other\n---\n", "topo.yaml", "more than one YAML document");
    }

    /** Pins that a !!binary value is refused instead of being decoded into a name. */
    @Test
    void aBinaryTag() throws IOException {
        refused("name: small-run", "name: !!binary c21hbGw=", "scn.yaml", "the tag '!!binary' is not allowed");
    }

    /** Pins that a custom tag in the topology is refused. */
    @Test
    void aCustomTag() throws IOException {
        refused("capacity: 10GB", "capacity: !evil 10GB", "topo.yaml", "the tag '!evil' is not allowed");
    }

    /** Pins that a fraction where a whole number is expected is refused, not cut (1000.5 objects). */
    @Test
    void aFractionOfObjects() throws IOException {
        refused("objects: 1000", "objects: 1000.5", "workload.objects", "expected a whole number");
    }

    /** Pins that a fractional seed is refused, not cut. */
    @Test
    void aFractionalSeed() throws IOException {
        refused("seed: 1", "seed: 1.5", "seed", "expected a whole number");
    }

    /** Pins that 100.9 viewers are refused, not taken as 100. */
    @Test
    void aFractionOfViewers() throws IOException {
        liveRefused("viewers: 100", "viewers: 100.9", "audience.viewers", "expected a whole number");
    }

    /** Pins that a price sheet dated a day that does not exist is refused. */
    @Test
    void anImpossibleDate() throws IOException {
        refused("date: 2026-01-01", "date: 2026-02-30", "sheet.yaml", "date", "a date that exists");
    }

    /** Pins that objects of 8 EB are refused (they used to make every request an error at a 100 % byte hit ratio). */
    @Test
    void objectsOfEightExabytes() throws IOException {
        refused("objectSize: 1MB", "objectSize: 8000PB", "workload.objectSize", "at most 1TiB");
    }

    /** Pins that a lognormal size whose median is beyond the object limit is refused. */
    @Test
    void aLognormalMedianOfTwoTebibytes() throws IOException {
        refused("objectSize: 1MB", "objectSize: lognormal(median=2TiB, sigma=1.0)", "workload.objectSize",
                "at most 1TiB");
    }

    /** Pins that a response header of a gigabyte is refused. */
    @Test
    void aHeaderOfAGigabyte() throws IOException {
        refused("headerSize: 500B", "headerSize: 1GB", "headerSize", "at most 64KiB");
    }

    // Class 3: runs with no end.

    /** Pins that an origin service time of 1,000 days is refused (its drain would never end). */
    @Test
    void anOriginServiceTimeOfAThousandDays() throws IOException {
        refused("serviceTime: 10ms", "serviceTime: 1000d", "origins[0].serviceTime", "at most 1h");
    }

    /** Pins that an origin timeout of 1,000 days is refused. */
    @Test
    void anOriginTimeoutOfAThousandDays() throws IOException {
        refused("timeout: 10s", "timeout: 1000d", "origins[0].timeout", "at most 1h");
    }

    /** Pins that an origin capacity of one request in 30 years is refused. */
    @Test
    void anOriginCapacityOfOneInThirtyYears() throws IOException {
        refused("timeout: 10s }", "timeout: 10s, capacity: 1e-9/s }", "origins[0].capacity", "between 0.001");
    }

    /** Pins that a lock timeout of two hours is refused. */
    @Test
    void aLockTimeoutOfTwoHours() throws IOException {
        refused("lockTimeout: 5s", "lockTimeout: 2h", "tiers[0].cache.lockTimeout", "at most 1h");
    }

    /** Pins that a round trip of an hour is refused. */
    @Test
    void aRoundTripOfAnHour() throws IOException {
        refused("rtt: 20ms", "rtt: 1h", "tiers[0].nodes[1].rtt", "at most 10s");
    }

    /** Pins that a viewer round trip of an hour is refused. */
    @Test
    void aClientRoundTripOfAnHour() throws IOException {
        refused("clients: { rtt: 30ms }", "clients: { rtt: 1h }", "clients.rtt", "at most 10s");
    }

    /** Pins that a run of 32 days is refused. */
    @Test
    void aRunOfThirtyTwoDays() throws IOException {
        String cost = "cost:\n  sheets: [sheet.yaml]\n  projection: { repeatsPerMonth: 30 }\n";
        refused(List.of("duration: 10s", "duration: 32d", cost, ""),
                "run.duration", "at most 31 days");
    }

    /**
     * Pins that a name of 300 characters is refused for its length (it used to be blamed on its letters, and to
     * leave an out/ behind).
     */
    @Test
    void aNameOfThreeHundredCharacters() throws IOException {
        refused("name: small-run", "name: " + "x".repeat(300), "scn.yaml", "name: at most 100 characters",
                "found 300 characters");
    }

    /** Pins that 31 days of 12 replications (32 million rows of timeseries.csv) are refused by their rows. */
    @Test
    void aTimeSeriesOfThirtyTwoMillionRows() throws IOException {
        String cost = "cost:\n  sheets: [sheet.yaml]\n  projection: { repeatsPerMonth: 30 }\n";
        refused(List.of("run: { duration: 10s, warmup: 2s }", "run: { duration: 31d, warmup: 2s, replications: 12 }",
                "rate: 100/s", "rate: 1/s", cost, ""), "run.replications", "3.21e+07 rows of timeseries.csv");
    }

    /** Pins that a request rate of one in 30 years is refused. */
    @Test
    void aRateOfOneInThirtyYears() throws IOException {
        refused("rate: 100/s", "rate: 1e-9/s", "workload.rate", "between 0.001");
    }

    /** Pins that repeats beyond a month of seconds are refused (the 95th-percentile timeline looped over them). */
    @Test
    void repeatsBeyondAMonthOfSeconds() throws IOException {
        refused("repeatsPerMonth: 30", "repeatsPerMonth: 2592000000000", "cost.projection.repeatsPerMonth",
                "between 1 and 2592000");
    }

    /** Pins that a price of 40 digits is refused before any arithmetic (3.9 million digits used to be taken). */
    @Test
    void aPriceOfFortyDigits() throws IOException {
        refused("perGB: 0.01/GB", "perGB: 0." + "1".repeat(40) + "/GB", "sheet.yaml", "delivery",
                "at most 30 digits");
    }

    /** Pins that a patience of two days is refused. */
    @Test
    void aPatienceOfTwoDays() throws IOException {
        liveRefused("patience: 10s", "patience: 2d", "audience.patience", "at most 1h");
    }

    // Class 4: numbers at the edges.

    /** Pins that a congestion factor of 1e-300 is refused (its download time used to overflow the clock). */
    @Test
    void aCongestionFactorOfTenToTheMinusThreeHundred() throws IOException {
        liveRefused("factor: 0.3", "factor: 1e-300", "audience.congestion[0].factor", "between 0.001 and 1");
    }

    /** Pins that a device throughput factor of 1e-300 is refused. */
    @Test
    void aDeviceThroughputFactorOfTenToTheMinusThreeHundred() throws IOException {
        liveRefused("throughputFactor: 1.0", "throughputFactor: 1e-300", "audience.devices[0].throughputFactor",
                "between 0.001 and 1000");
    }

    /** Pins that an instance serving one request in 3 trillion years is refused (it overflowed after the run). */
    @Test
    void anInstanceOfOneRequestInTrillionsOfYears() throws IOException {
        refused("requestsPerInstance: 1000/s", "requestsPerInstance: 1e-20/s", "originCompute.requestsPerInstance",
                "between 0.001");
    }

    // Class 5: sizes the engine cannot hold.

    /**
     * Pins that 4,100 edge nodes (4,103 nodes with the other edge, the shield and the origin) are refused by validate
     * (the event loop takes 4,096 handlers; it used to pass validate and crash the run).
     */
    @Test
    void fourThousandOneHundredEdges() throws IOException {
        StringBuilder nodes = new StringBuilder();
        for (int i = 0; i < 4100; i++) {
            nodes.append("      - { id: e").append(i).append(", region: eu, parent: shield, rtt: 10ms }\n");
        }
        refused("      - { id: edge-a, region: eu, parent: shield, rtt: 10ms }\n", nodes.toString(), "topo.yaml",
                "4103 cache nodes and origins; at most 4000");
    }

    /** Pins that second-hit admission tables beyond any heap are refused before the run, naming them. */
    @Test
    void admissionTablesBeyondMemory() throws IOException {
        StringBuilder nodes = new StringBuilder();
        for (int i = 0; i < 2000; i++) {
            nodes.append("      - { id: e").append(i).append(", region: eu, parent: shield, rtt: 10ms }\n");
        }
        refused(List.of("      - { id: edge-a, region: eu, parent: shield, rtt: 10ms }\n", nodes.toString(),
                        "cache: { capacity: 1GB, lockTimeout: 5s }",
                        "cache: { capacity: 1GB, lockTimeout: 5s, admission: second-request, admissionTable: 67108864 }"),
                "scn.yaml", "the second-hit admission tables", "give Java more memory");
    }

    /** Pins that pre-positioning a catalog beyond any heap is refused before the run, naming the copies. */
    @Test
    void prePositioningBeyondMemory() throws IOException {
        String vod = """
                name: huge-vod
                topology: topo.yaml
                run: { duration: 60s }
                vod:
                  titles: 1000000
                  segmentDuration: 4s
                  prePosition: { tiers: [edge], titles: 1000000 }
                audience:
                  viewers: 100
                  arrival: { type: spike, at: 1s, ramp: 5s }
                """;
        Files.writeString(dir.resolve("topo.yaml"), SmallScenario.TOPOLOGY.replace("capacity: 1GB", "capacity: 1PB"));
        Path file = Files.writeString(dir.resolve("vod.yaml"), vod);
        Hostile.refused(dir, List.of("validate", file.toString()), "vod.yaml", "the copies the caches can hold");
        Hostile.refused(dir, List.of("run", file.toString(), "--out", dir.resolve("out").toString()), "vod.yaml",
                "the copies the caches can hold");
    }

    // Class 9: validation cost.

    /**
     * Pins that 12,000 bad device classes (as many as fit in the 1 MiB a scenario may have) are reported in linear
     * time as the first three and a count of the rest, by validate and by run (50,000 used to take a minute and print
     * 50,001 lines).
     */
    @Test
    void twelveThousandBadDeviceClasses() throws IOException {
        StringBuilder devices = new StringBuilder();
        for (int i = 0; i < 12_000; i++) {
            devices.append("    - { name: d").append(i).append(", weight: 1, maxBuffer: 1ms }\n");
        }
        Files.writeString(dir.resolve("topo.yaml"), SmallScenario.TOPOLOGY);
        String live = """
                name: many-devices
                topology: topo.yaml
                run: { duration: 30s }
                live: { segmentDuration: 2s, ladder: hd }
                audience:
                  viewers: 100
                  arrival: { type: spike, at: 1s, ramp: 5s }
                  devices:
                """ + devices;
        Path file = Files.writeString(dir.resolve("devices.yaml"), live);
        List<List<String>> commands = List.of(List.of("validate", file.toString()),
                List.of("run", file.toString(), "--out", dir.resolve("out").toString()));
        for (List<String> command : commands) {
            Cli.Result r = assertTimeoutPreemptively(Hostile.BOUND, () -> Cli.execute(command));
            List<String> lines = r.err().lines().toList();
            assertEquals(Main.BAD_INPUT, r.code(), r::toString);
            assertEquals(4, lines.size(), r::toString);
            assertTrue(lines.get(0).contains("audience.devices[0].maxBuffer"), r::toString);
            assertTrue(lines.get(3).contains("... and 11,997 more problems at audience.devices[].maxBuffer"),
                    r::toString);
        }
    }
}
