package io.cdnsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cdnsim.report.OutputFolder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs that end abruptly, in real processes: killed with SIGKILL (no hook runs, the temporary folder stays until the
 * next run into the same place removes it), and {@code compare} stopped with SIGTERM (its hook gives up every folder
 * it had not committed). The processes are started from the test's class path, as InterruptTest does, since the jar
 * is built only after the tests.
 */
class KilledRunTest {

    /** Marker a temporary folder holds from its first moment: a file beside it means the run is writing outputs. */
    private static final String MARKER = ".cdnsim-partial";

    private static Process start(Path dir, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectOutput(dir.resolve("stdout.txt").toFile())
                .redirectError(dir.resolve("stderr.txt").toFile()).start();
    }

    private static List<String> hidden(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).filter(n -> n.startsWith(".")).sorted().toList();
        }
    }

    /**
     * @return whether a temporary folder in {@code dir} holds an output file: more than its marker and compare's
     *         folder of runs, or, in that folder of runs, a run's temporary folder that does (a run compare makes)
     */
    private static boolean writing(Path dir) throws IOException {
        for (String name : hidden(dir)) {
            Path partial = dir.resolve(name);
            try (Stream<Path> s = Files.list(partial)) {
                if (s.anyMatch(p -> !p.getFileName().toString().equals(MARKER)
                        && !p.getFileName().toString().equals(CompareCommand.RUNS))) {
                    return true;
                }
            } catch (IOException e) {
                // the folder went away between the listing and the look inside
            }
            Path runs = partial.resolve(CompareCommand.RUNS);
            if (Files.isDirectory(runs) && writing(runs)) {
                return true;
            }
        }
        return false;
    }

    /** Waits until the process writes outputs; fails if it ends first or takes longer than 20 s. */
    private static void awaitWriting(Process p, Path dir) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (!writing(dir) && p.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        if (!p.isAlive()) {
            throw new AssertionError("the run ended before it could be stopped: "
                    + Files.readString(dir.resolve("stderr.txt")));
        }
        assertTrue(writing(dir), "no temporary folder with files appeared in 20 s");
    }

    // Pins the SIGKILL promise: a run killed while it writes its outputs leaves its temporary folder (nothing can
    // run in a killed process) and no target; the next run into the same --out removes it, says so on stderr in one
    // line, succeeds, and leaves no temporary folder.
    @Test
    void theRunAfterAKilledOneCleansUpAndSucceeds(@TempDir Path dir) throws IOException, InterruptedException {
        Path target = dir.resolve("x");
        Process p = start(dir, "run", Cli.SCENARIOS.resolve("premiere-spike.yaml").toString(), "--out",
                target.toString(), "--threads", "1");
        try {
            awaitWriting(p, dir);
        } finally {
            p.destroyForcibly();
        }
        assertTrue(p.waitFor(10, TimeUnit.SECONDS), "the killed process did not end");
        List<String> left = hidden(dir);
        assertEquals(1, left.size(), left::toString);
        assertTrue(left.get(0).startsWith(".x.partial-"), left::toString);
        assertFalse(Files.exists(target));

        Cli.Result again = Cli.execute("run", Cli.shortPremiere(dir).toString(), "--out", target.toString(), "-q");
        assertEquals(0, again.code(), again::toString);
        assertEquals("removed a leftover temporary folder " + dir.resolve(left.get(0)) + " of an interrupted run\n",
                again.err());
        assertEquals(List.of(), hidden(dir), "a temporary folder is left");
        assertTrue(Files.isRegularFile(target.resolve(OutputFolder.MANIFEST)));
        assertTrue(Files.isRegularFile(target.resolve("summary.json")));
    }

    // Pins SIGTERM (as Ctrl-C) during compare: every folder it had not committed (both runs' and the comparison's)
    // is given up and named on stderr, no temporary folder is left, and a run afterwards finds nothing to remove.
    @Test
    void compareStoppedLeavesNothing(@TempDir Path dir) throws IOException, InterruptedException {
        String premiere = Cli.SCENARIOS.resolve("premiere-spike.yaml").toString();
        Path cmp = dir.resolve("cmp");
        Process p = start(dir, "compare", premiere, premiere, "--out", cmp.toString(), "--threads", "1");
        try {
            awaitWriting(p, dir);
            p.destroy();
            assertTrue(p.waitFor(10, TimeUnit.SECONDS), "compare did not exit within 10 s of SIGTERM");
        } finally {
            p.destroyForcibly();
        }
        assertNotEquals(0, p.exitValue());
        String err = Files.readString(dir.resolve("stderr.txt"));
        for (Path folder : List.of(cmp.resolve("runs").resolve("premiere-spike-a"),
                cmp.resolve("runs").resolve("premiere-spike-b"), cmp)) {
            assertTrue(err.contains("interrupted: no output written to " + folder), err);
            assertFalse(Files.exists(folder), folder::toString);
        }
        assertEquals(List.of(), hidden(dir), "a temporary folder is left");
    }
}
