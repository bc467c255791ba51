package io.cdnsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Ctrl-C (Q4): an interrupted run leaves no half-written output and says so. */
class InterruptTest {

    /** Bit of SIGINT (signal 2) in the SigIgn mask of /proc/PID/status. */
    private static final long SIGINT_BIT = 1L << 1;

    /**
     * A JVM started in the background of a non-interactive shell inherits SIGINT ignored, and a JVM that finds it
     * ignored never installs its handler: such a child is started through {@code env --default-signal=INT}.
     */
    private static boolean sigintIgnoredHere() throws IOException {
        Path status = Path.of("/proc/self/status");
        if (!Files.exists(status)) {
            return false;
        }
        for (String line : Files.readAllLines(status)) {
            if (line.startsWith("SigIgn:")) {
                return (Long.parseUnsignedLong(line.substring("SigIgn:".length()).strip(), 16) & SIGINT_BIT) != 0;
            }
        }
        return false;
    }

    private static List<String> hidden(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).filter(n -> n.startsWith(".")).toList();
        }
    }

    /** @return whether the temporary folder holds a file: the run has opened its outputs, after the hook */
    private static boolean writing(Path dir) throws IOException {
        for (String name : hidden(dir)) {
            try (Stream<Path> s = Files.list(dir.resolve(name))) {
                if (s.findAny().isPresent()) {
                    return true;
                }
            } catch (IOException e) {
                // the folder went away between the listing and the look inside
            }
        }
        return false;
    }

    // Pins Ctrl-C on a real process: a long run (the premiere) interrupted with SIGINT once its temporary folder holds
    // files exits, says "interrupted: no output written to DIR" on stderr, and leaves neither DIR nor a temporary
    // folder behind.
    @Test
    void sigintLeavesNoOutputAndSaysSo(@TempDir Path dir) throws IOException, InterruptedException {
        Path target = dir.resolve("x");
        List<String> command = new ArrayList<>();
        if (sigintIgnoredHere()) {
            command.addAll(List.of("env", "--default-signal=INT"));
        }
        command.addAll(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Main.class.getName(), "run",
                Cli.SCENARIOS.resolve("premiere-spike.yaml").toString(), "--out", target.toString(), "--threads", "1"));
        Path stderr = dir.resolve("stderr.txt");
        Process p = new ProcessBuilder(command).redirectOutput(dir.resolve("stdout.txt").toFile())
                .redirectError(stderr.toFile()).start();
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
            while (!writing(dir) && p.isAlive() && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
            assertTrue(p.isAlive(), () -> "the run ended before it could be interrupted: " + read(stderr));
            assertTrue(writing(dir), "no temporary folder with files appeared in 15 s");
            Process kill = new ProcessBuilder("kill", "-INT", Long.toString(p.pid())).inheritIO().start();
            assertEquals(0, kill.waitFor());
            assertTrue(p.waitFor(10, TimeUnit.SECONDS), "the run did not exit within 10 s of SIGINT");
        } finally {
            p.destroyForcibly();
        }
        assertNotEquals(0, p.exitValue());
        assertTrue(read(stderr).contains("interrupted: no output written to " + target), () -> read(stderr));
        assertFalse(Files.exists(target), "the target folder exists");
        assertEquals(List.of(), hidden(dir), "a temporary folder is left");
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            return e.toString();
        }
    }
}
