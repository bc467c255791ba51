package io.cdnsim.spark;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cdnsim.cli.Main;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code cdnsim sweep --engine spark --master local[2]}: Spark embedded in the test's JVM, as CI runs it (never
 * skipped). A 2 x 2 grid x 3 replications of a ten-second synthetic stream through two tiers.
 */
class SparkSweepTest {

    private static final String TOPOLOGY = """
            name: small
            regions: [eu, na]
            tiers:
              - name: edge
                cache: { capacity: 1GB }
                nodes:
                  - { id: edge-a, region: eu, parent: shield, rtt: 10ms }
                  - { id: edge-b, region: na, parent: shield, rtt: 20ms }
              - name: shield
                cache: { capacity: 10GB }
                nodes:
                  - { id: shield, region: eu, parent: origin, rtt: 5ms }
            origins:
              - { id: origin, serviceTime: 10ms, timeout: 10s }
            """;

    private static final String SCENARIO = """
            name: small-run
            topology: topo.yaml
            seed: 1
            run: { duration: 10s, warmup: 2s }
            workload: { objects: 1000, rate: 100/s, objectSize: 1MB }
            clients: { rtt: 30ms }
            """;

    private static final String SWEEP = """
            name: tiny
            scenario: small.yaml
            replications: 3
            grid:
              workload.rate: [100/s, 200/s]
              topology.tiers[edge].cache.capacity: [100MB, 1GB]
            figures: [edge.requestHitRatio, origin.requestsPerSecond, viewers.timeToFirstByteP95Ms]
            """;

    @TempDir
    Path dir;

    // Pins that Spark's outputs are the local engine's, byte for byte: tables, page, charts and kept points.
    @Test
    void sparkWritesTheLocalEnginesBytes() throws IOException {
        Files.writeString(dir.resolve("topo.yaml"), TOPOLOGY);
        Files.writeString(dir.resolve("small.yaml"), SCENARIO);
        Path sweep = dir.resolve("sweep.yaml");
        Files.writeString(sweep, SWEEP);
        Path local = dir.resolve("local");
        Path spark = dir.resolve("spark");
        String[] ran = execute("sweep", sweep.toString(), "--threads", "2", "--out", local.toString());
        assertEquals("0", ran[0], ran[1] + ran[2]);
        ran = execute("sweep", sweep.toString(), "--engine", "spark", "--master", "local[2]", "--out",
                spark.toString());
        assertEquals("0", ran[0], ran[1] + ran[2]);
        assertTrue(ran[1].contains("Outputs:     " + spark + "/"), ran[1]);
        Map<String, byte[]> a = files(local);
        Map<String, byte[]> b = files(spark);
        assertEquals(a.keySet(), b.keySet());
        assertTrue(a.keySet().containsAll(java.util.List.of("sweep.csv", "sweep-summary.csv", "sweep.json",
                "sweep.html", "points/00003.json")), a.keySet()::toString);
        assertEquals(1 + 4 * 3, Files.readAllLines(spark.resolve("sweep.csv")).size());
        a.forEach((name, bytes) -> assertArrayEquals(bytes, b.get(name), name));
    }

    // Pins that a master Spark does not know is refused as a failed sweep, not a stack trace.
    @Test
    void anUnknownMasterFails() throws IOException {
        Files.writeString(dir.resolve("topo.yaml"), TOPOLOGY);
        Files.writeString(dir.resolve("small.yaml"), SCENARIO);
        Path sweep = dir.resolve("sweep.yaml");
        Files.writeString(sweep, SWEEP);
        String[] ran = execute("sweep", sweep.toString(), "--engine", "spark", "--master", "nowhere://x", "--out",
                dir.resolve("out").toString());
        assertEquals("2", ran[0], ran[1] + ran[2]);
        assertTrue(ran[2].startsWith("--master: Spark cannot run on 'nowhere://x'"), ran[2]);
        assertTrue(!Files.exists(dir.resolve("out")));
    }

    private static String[] execute(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new String[] {Integer.toString(code), out.toString(), err.toString()};
    }

    private static Map<String, byte[]> files(Path dir) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path f : all.filter(Files::isRegularFile).toList()) {
                files.put(dir.relativize(f).toString(), Files.readAllBytes(f));
            }
        }
        return files;
    }
}
