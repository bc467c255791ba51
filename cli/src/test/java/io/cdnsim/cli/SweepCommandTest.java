package io.cdnsim.cli;

import static io.cdnsim.cli.Cli.execute;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.commons.math3.distribution.TDistribution;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code cdnsim sweep} on the local engine: the tiny 2 x 2 x 3 sweep of {@link SweepFiles}. */
class SweepCommandTest {

    @TempDir
    static Path dir;

    private static Path oneThread;
    private static Path twoThreads;

    @BeforeAll
    static void runTwice() throws IOException {
        Path sweep = SweepFiles.write(dir, SweepFiles.SWEEP);
        oneThread = dir.resolve("out-1");
        twoThreads = dir.resolve("out-2");
        Cli.Result one = execute("sweep", sweep.toString(), "--threads", "1", "--out", oneThread.toString());
        assertEquals(0, one.code(), one::toString);
        Cli.Result two = execute("sweep", sweep.toString(), "--threads", "2", "--out", twoThreads.toString());
        assertEquals(0, two.code(), two::toString);
        assertTrue(two.out().contains("Outputs:     " + twoThreads + "/"), two::toString);
    }

    // Pins that the thread count changes no byte of any output: tables, page, charts and the points kept for resume.
    @Test
    void oneAndTwoThreadsWriteTheSameBytes() throws IOException {
        Map<String, byte[]> a = SweepFiles.files(oneThread);
        Map<String, byte[]> b = SweepFiles.files(twoThreads);
        assertEquals(a.keySet(), b.keySet());
        assertTrue(a.keySet().containsAll(List.of("sweep.csv", "sweep-summary.csv", "sweep.json", "sweep.html",
                "points/00003.json", "charts/endToEnd.offload-by-workload.rate.svg")), a.keySet()::toString);
        a.forEach((name, bytes) -> assertArrayEquals(bytes, b.get(name), name));
    }

    // Pins the layout of sweep.csv: 4 points x 3 replications, the first parameter varying slowest, the figures in
    // the order asked, the bill's among them.
    @Test
    void rowsArePointsTimesReplications() throws IOException {
        List<String> lines = Files.readAllLines(oneThread.resolve("sweep.csv"));
        assertEquals(1 + 4 * 3, lines.size());
        assertTrue(lines.get(0).startsWith("point,workload.rate,topology.tiers[edge].cache.capacity,replication,"),
                lines.get(0));
        assertTrue(lines.get(0).endsWith(",replication,edge.requestHitRatio,shield.requestHitRatio,"
                + "origin.requestsPerSecond,endToEnd.offload,viewers.timeToFirstByteP95Ms,bill.totalUsd,"
                + "bill.cdnDeliveryUsd"), lines.get(0));
        assertTrue(lines.get(1).startsWith("0,100/s,100MB,0,"), lines.get(1));
        assertTrue(lines.get(4).startsWith("1,100/s,1GB,0,"), lines.get(4));
        assertTrue(lines.get(12).startsWith("3,200/s,1GB,2,"), lines.get(12));
    }

    // Pins each point's mean, half-width, bounds and n in sweep-summary.csv to a Student-t interval computed here
    // from the replication rows of sweep.csv: mean +- t(0.975, n-1) * s / sqrt(n).
    @Test
    void intervalsAreStudentTOfTheRows() throws IOException {
        List<String> rows = Files.readAllLines(oneThread.resolve("sweep.csv"));
        String[] header = rows.get(0).split(",");
        Map<String, List<Double>> values = new HashMap<>();
        for (String row : rows.subList(1, rows.size())) {
            String[] cells = row.split(",", -1);
            for (int c = 4; c < header.length; c++) {
                if (!cells[c].isEmpty()) {
                    values.computeIfAbsent(cells[0] + "|" + header[c], k -> new ArrayList<>())
                            .add(Double.parseDouble(cells[c]));
                }
            }
        }
        List<String> summary = Files.readAllLines(oneThread.resolve("sweep-summary.csv"));
        assertEquals("point,workload.rate,topology.tiers[edge].cache.capacity,figure,mean,half_width_95,low,high,n",
                summary.get(0));
        int checked = 0;
        for (String line : summary.subList(1, summary.size())) {
            String[] cells = line.split(",", -1);
            List<Double> v = values.get(cells[0] + "|" + cells[3]);
            if (v == null) {
                assertEquals("0", cells[8], line);
                continue;
            }
            double mean = v.stream().mapToDouble(Double::doubleValue).sum() / v.size();
            double ss = v.stream().mapToDouble(x -> (x - mean) * (x - mean)).sum();
            double half = new TDistribution(v.size() - 1).inverseCumulativeProbability(0.975)
                    * Math.sqrt(ss / (v.size() - 1)) / Math.sqrt(v.size());
            assertEquals(mean, Double.parseDouble(cells[4]), 1e-12 * Math.max(1, Math.abs(mean)), line);
            assertEquals(half, Double.parseDouble(cells[5]), 1e-9 * Math.max(1, Math.abs(half)), line);
            assertEquals(mean - half, Double.parseDouble(cells[6]), 1e-9 * Math.max(1, Math.abs(mean)), line);
            assertEquals(mean + half, Double.parseDouble(cells[7]), 1e-9 * Math.max(1, Math.abs(mean)), line);
            assertEquals(Integer.toString(v.size()), cells[8], line);
            checked++;
        }
        assertEquals(4 * 7, checked, "intervals checked");
    }

    // Pins that a point is exactly a plain `cdnsim run` of that point's scenario with the sweep's seed and
    // replications: point 3 (200/s, the topology's own 1GB edges) and point 0 (100/s, 100MB edges, a topology
    // written by hand), every estimate of summary.json equal to the point's mean and half-width.
    @Test
    void aPointIsAPlainRunOfItsScenario() throws IOException {
        Files.writeString(dir.resolve("topo-100mb.yaml"), SmallScenario.TOPOLOGY.replace("capacity: 1GB",
                "capacity: 100MB"));
        Files.writeString(dir.resolve("point-3.yaml"), SmallScenario.SCENARIO.replace("rate: 100/s", "rate: 200/s"));
        Files.writeString(dir.resolve("point-0.yaml"), SmallScenario.SCENARIO.replace("topology: topo.yaml",
                "topology: topo-100mb.yaml"));
        JsonNode sweep = new ObjectMapper().readTree(oneThread.resolve("sweep.json").toFile());
        for (int point : new int[] {3, 0}) {
            Path out = dir.resolve("plain-" + point);
            Cli.Result r = execute("run", dir.resolve("point-" + point + ".yaml").toString(), "--replications", "3",
                    "--threads", "1", "-q", "--out", out.toString());
            assertEquals(0, r.code(), r::toString);
            JsonNode estimates = new ObjectMapper().readTree(out.resolve("summary.json").toFile()).get("estimates");
            JsonNode mine = sweep.get("results").get(point).get("estimates");
            assertEquals(point, sweep.get("results").get(point).get("point").asInt());
            int compared = 0;
            for (Iterator<Map.Entry<String, JsonNode>> it = estimates.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                JsonNode m = mine.get(e.getKey());
                if (m == null) {
                    continue;
                }
                assertEquals(e.getValue().get("mean").toString(), m.get("mean").toString(), e.getKey());
                assertEquals(e.getValue().get("halfWidth95").toString(), m.get("halfWidth95").toString(),
                        e.getKey());
                compared++;
            }
            assertEquals(5, compared, "the key figures of the sweep's seven (the other two are the bill's)");
        }
    }

    // Pins resume: a sweep stopped after its first two points (the same points, run by a sweep of the first rate
    // alone) and resumed writes exactly the files of one never stopped, says how many points it kept, and keeps
    // the finished points' files as they were.
    @Test
    void aResumedSweepWritesTheSameFiles() throws IOException {
        Path half = dir.resolve("half.yaml");
        Files.writeString(half, SweepFiles.SWEEP.replace("[100/s, 200/s]", "[100/s]"));
        Path out = dir.resolve("out-resumed");
        Cli.Result first = execute("sweep", half.toString(), "--threads", "2", "-q", "--out", out.toString());
        assertEquals(0, first.code(), first::toString);
        byte[] kept = Files.readAllBytes(out.resolve("points/00001.json"));
        Cli.Result resumed = execute("sweep", dir.resolve("sweep.yaml").toString(), "--threads", "2", "--resume",
                "-q", "--out", out.toString());
        assertEquals(0, resumed.code(), resumed::toString);
        assertTrue(resumed.err().contains("Resuming tiny: 2 of 4 points already done in " + out + ", 2 to run."),
                resumed::toString);
        assertArrayEquals(kept, Files.readAllBytes(out.resolve("points/00001.json")));
        Map<String, byte[]> never = SweepFiles.files(twoThreads);
        Map<String, byte[]> again = SweepFiles.files(out);
        assertEquals(never.keySet(), again.keySet());
        never.forEach((name, bytes) -> assertArrayEquals(bytes, again.get(name), name));
    }

    // Pins bad input: a path that is no field of a scenario, and a value its field refuses, each reported at the
    // sweep file's line and column with the field, exit 2, and no output folder made.
    @Test
    void badPathsAndValuesAreRefusedBeforeAnythingRuns() throws IOException {
        Path bad = dir.resolve("bad");
        Files.createDirectories(bad);
        Path file = SweepFiles.write(bad, SweepFiles.SWEEP.replace("workload.rate:", "workload.rat:"));
        Path out = bad.resolve("out");
        Cli.Result r = execute("sweep", file.toString(), "--out", out.toString());
        assertEquals(2, r.code(), r::toString);
        assertTrue(r.err().startsWith(file + ":5:3: grid.workload.rat: no field 'rat' in 'workload' (did you mean "
                + "'rate'?)"), r::toString);
        assertFalse(Files.exists(out));

        Files.writeString(file, SweepFiles.SWEEP.replace("[100/s, 200/s]", "[100/s, fast]"));
        r = execute("sweep", file.toString(), "--out", out.toString());
        assertEquals(2, r.code(), r::toString);
        assertTrue(r.err().startsWith(file + ":5:26: grid.workload.rate[1]: point 3 of 4 (workload.rate=fast, "
                + "topology.tiers[edge].cache.capacity=100MB): " + bad.resolve("small.yaml") + ": workload.rate: "),
                r::toString);
        assertEquals(1, r.err().lines().count(), r::toString);
        assertFalse(Files.exists(out));
    }
}
