package io.cdnsim.cli;

import static io.cdnsim.cli.Cli.execute;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.cdnsim.report.OutputFolder;
import io.cdnsim.report.RunReport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Q2: the same scenario and seed give the same outputs, byte for byte, whatever the number of threads. */
class DeterminismTest {

    // Pins that two runs of the same scenario with the same seed write byte-identical files and print the same table.
    @Test
    void sameSeedSameBytes(@TempDir Path dir) throws IOException {
        Path scenario = Cli.shortScenario(dir);
        Cli.Result a = run(scenario, dir.resolve("a"));
        Cli.Result b = run(scenario, dir.resolve("b"));
        assertSameFiles(dir.resolve("a"), dir.resolve("b"));
        assertEquals(withoutOutputsLine(a.out()), withoutOutputsLine(b.out()));
    }

    // Pins Q2 for a live event: same seed, byte-identical sessions.csv (one row per viewer) and other files,
    // on one thread and on two, for one replication (its four partitions then run on two threads) and for two.
    @Test
    void liveEventSameSeedSameSessions(@TempDir Path dir) throws IOException {
        Path scenario = Cli.shortPremiere(dir);
        run(scenario, dir.resolve("a"), "--threads", "1");
        run(scenario, dir.resolve("b"), "--threads", "2");
        assertSameFiles(dir.resolve("a"), dir.resolve("b"));
        assertEquals(2001, Files.readAllLines(dir.resolve("a").resolve("sessions.csv")).size());
        run(scenario, dir.resolve("c"), "--replications", "2", "--threads", "1");
        run(scenario, dir.resolve("d"), "--replications", "2", "--threads", "2");
        assertSameFiles(dir.resolve("c"), dir.resolve("d"));
        assertEquals(4001, Files.readAllLines(dir.resolve("c").resolve("sessions.csv")).size());
    }

    // Pins that three replications give byte-identical outputs on one thread and on two.
    @Test
    void threadsDoNotChangeTheOutputs(@TempDir Path dir) throws IOException {
        Path scenario = Cli.shortScenario(dir);
        Cli.Result one = run(scenario, dir.resolve("one"), "--replications", "3", "--threads", "1");
        Cli.Result two = run(scenario, dir.resolve("two"), "--replications", "3", "--threads", "2");
        assertSameFiles(dir.resolve("one"), dir.resolve("two"));
        assertEquals(withoutOutputsLine(one.out()), withoutOutputsLine(two.out()));
        // the console's figures over the replications are named in words, in their units, never as 8.09592e+11
        String figures = one.out().substring(one.out().indexOf("Key figures over 3 replications"));
        assertTrue(figures.contains("  edge request hit ratio "), figures);
        assertTrue(figures.matches("(?s).*origin egress +[0-9.,]+ [KMGT]?B \\+- [0-9.,]+ [KMGT]?B\n.*"), figures);
        assertFalse(figures.matches("(?s).*[0-9]e[+-][0-9].*"), figures);

        // and the files do hold three different replications, in order, with one header
        assertEquals(3, new ObjectMapper().readTree(dir.resolve("one").resolve("summary.json").toFile())
                .get("runs").size());
        List<String> series = Files.readAllLines(dir.resolve("one").resolve("timeseries.csv"));
        assertEquals(1, series.stream().filter(l -> l.startsWith("replication,")).count());
        List<String> replicationColumn = series.stream().skip(1).map(l -> l.substring(0, l.indexOf(',')))
                .distinct().collect(Collectors.toList());
        assertEquals(List.of("0", "1", "2"), replicationColumn);
        List<String> tiers = Files.readAllLines(dir.resolve("one").resolve("tiers.csv"));
        List<String> edgeRows = new ArrayList<>();
        tiers.stream().filter(l -> l.matches("\\d,edge,all,.*")).forEach(l -> edgeRows.add(l.substring(2)));
        assertEquals(3, edgeRows.size());
        assertEquals(3, edgeRows.stream().distinct().count(), "replications use different random numbers");
    }

    // Pins that another --seed changes the results.
    @Test
    void otherSeedOtherResults(@TempDir Path dir) throws IOException {
        Path scenario = Cli.shortScenario(dir);
        run(scenario, dir.resolve("a"));
        run(scenario, dir.resolve("b"), "--seed", "43");
        for (String f : List.of("summary.json", "tiers.csv", "timeseries.csv")) {
            assertFalse(Arrays.equals(Files.readAllBytes(dir.resolve("a").resolve(f)),
                    Files.readAllBytes(dir.resolve("b").resolve(f))), f + " should differ with another seed");
        }
        assertEquals(43, new ObjectMapper().readTree(dir.resolve("b").resolve("summary.json").toFile())
                .get("scenario").get("seed").asLong());
    }

    // Pins that a separate JVM (other hash seeds, fresh class state) writes the same bytes as this one.
    @Test
    void anotherProcessSameBytes(@TempDir Path dir) throws IOException, InterruptedException {
        Path scenario = Cli.shortFiveTier(dir);
        run(scenario, dir.resolve("here"), "--replications", "2", "--threads", "1");
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process p = new ProcessBuilder(java.toString(), "-cp", System.getProperty("java.class.path"),
                Main.class.getName(), "run", scenario.toString(), "--out", dir.resolve("there").toString(),
                "--replications", "2", "--threads", "2", "--quiet")
                .redirectErrorStream(true).redirectOutput(dir.resolve("child.log").toFile()).start();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "child JVM did not finish in 60 s");
        assertEquals(0, p.exitValue(), () -> "child JVM failed: " + read(dir.resolve("child.log")));
        assertSameFiles(dir.resolve("here"), dir.resolve("there"));
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            return e.toString();
        }
    }

    private static Cli.Result run(Path scenario, Path out, String... options) {
        List<String> args = new ArrayList<>(List.of("run", scenario.toString(), "--out", out.toString()));
        args.addAll(List.of(options));
        Cli.Result r = execute(args);
        assertEquals(0, r.code(), r::toString);
        return r;
    }

    /**
     * Compares two output folders whole: the same file names, each run-info.json present (it holds the wall time,
     * so it is the one output not compared), every other file byte for byte, the charts' PNG and SVG included, and
     * the manifests line by line but for run-info.json's: the manifest lists run-info.json's digest too, so that a
     * later run never replaces a run-info.json the user changed, and that one line differs with the wall time.
     */
    private static void assertSameFiles(Path a, Path b) throws IOException {
        List<String> present = names(a);
        assertEquals(present, names(b));
        assertTrue(present.containsAll(List.of("summary.json", "tiers.csv", "timeseries.csv", RunReport.RUN_INFO,
                OutputFolder.MANIFEST)), present::toString);
        for (String f : present) {
            if (f.equals(RunReport.RUN_INFO) || f.equals(OutputFolder.MANIFEST)) {
                continue;
            }
            byte[] x = Files.readAllBytes(a.resolve(f));
            byte[] y = Files.readAllBytes(b.resolve(f));
            assertArrayEquals(x, y, () -> f + " differs between " + a + " and " + b + ":\n" + firstDifference(x, y));
        }
        assertEquals(withoutRunInfo(a.resolve(OutputFolder.MANIFEST)),
                withoutRunInfo(b.resolve(OutputFolder.MANIFEST)));
    }

    /** @return the manifest's lines but run-info.json's */
    private static List<String> withoutRunInfo(Path manifest) throws IOException {
        List<String> lines = Files.readAllLines(manifest).stream().filter(l -> !l.endsWith(" " + RunReport.RUN_INFO))
                .toList();
        assertTrue(lines.size() > 3, lines::toString);
        return lines;
    }

    /** @return the folder's files (charts/ included), as paths relative to it */
    private static List<String> names(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).map(f -> dir.relativize(f).toString().replace('\\', '/'))
                    .sorted().toList();
        }
    }

    private static String firstDifference(byte[] x, byte[] y) {
        String[] a = new String(x, java.nio.charset.StandardCharsets.UTF_8).split("\n");
        String[] b = new String(y, java.nio.charset.StandardCharsets.UTF_8).split("\n");
        for (int i = 0; i < Math.min(a.length, b.length); i++) {
            if (!a[i].equals(b[i])) {
                return "line " + (i + 1) + ":\n  " + a[i] + "\n  " + b[i];
            }
        }
        return "lengths " + a.length + " and " + b.length + " lines";
    }

    private static String withoutOutputsLine(String text) {
        return Arrays.stream(text.split("\n")).filter(l -> !l.startsWith("Outputs:"))
                .collect(Collectors.joining("\n"));
    }
}
