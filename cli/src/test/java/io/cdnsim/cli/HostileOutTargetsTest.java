package io.cdnsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code --out} targets that cannot be made, for {@code run}, {@code replay} and {@code compare}: a parent that is a
 * file, a pipe, a device or a link to nothing, a folder name the file system refuses, a folder that may not be written
 * into. Each is refused before anything runs, as {@code --out} naming a file is: one line starting with
 * {@code --out:}, exit code 2, nothing made or left behind.
 */
class HostileOutTargetsTest {

    @TempDir
    Path dir;

    /** @return the command line of {@code command} with {@code --out out} */
    private List<String> command(String command, Path out) throws IOException {
        String scenario = Cli.shortScenario(dir).toString();
        List<String> args = new ArrayList<>(switch (command) {
            case "run" -> List.of("run", scenario);
            case "compare" -> List.of("compare", scenario, scenario);
            case "replay" -> List.of("replay", Files.writeString(dir.resolve("trace.txt"), "0 1 100\n1 2 100\n")
                    .toString(), "--format", "plain", "--cache", "1KB");
            default -> throw new IllegalArgumentException(command);
        });
        args.addAll(List.of("--out", out.toString()));
        return args;
    }

    /** Runs {@code args}, checks the promise and that the line starts with {@code --out:}. */
    private void refused(List<String> args, String... says) {
        String said = Hostile.refused(dir, args, says);
        assertTrue(said.startsWith("--out: cannot write the outputs into "), said);
        assertTrue(said.endsWith("; choose another --out"), said);
        Hostile.assertNoPartial(dir);
    }

    // Pins that --out under a regular file (f/sub, and deeper, f/a/b/c) is refused naming the file, as --out f is,
    // instead of failing with exit code 1 when its folder cannot be made.
    @ParameterizedTest(name = "{0} --out {1}")
    @CsvSource({"run, f/sub", "run, f/a/b/c", "replay, f/sub", "replay, f/a/b/c", "compare, f/sub",
        "compare, f/a/b/c"})
    void underARegularFile(String command, String under) throws IOException {
        Path f = Files.writeString(dir.resolve("f"), "keep\n");
        refused(command(command, dir.resolve(under)), f + " is a file, not a folder");
        assertEquals("keep\n", Files.readString(f));
    }

    // Pins that --out under a pipe, a link to nothing or a link to itself is refused naming it.
    @ParameterizedTest(name = "{0} under a {1}")
    @CsvSource({"run, fifo, is not a folder", "run, dangling link, is a symbolic link that leads to no folder",
        "run, link loop, is a symbolic link that leads to no folder", "replay, fifo, is not a folder",
        "compare, dangling link, is a symbolic link that leads to no folder"})
    void underSomethingElse(String command, String kind, String says) throws IOException, InterruptedException {
        Path p = dir.resolve("p");
        switch (kind) {
            case "fifo" -> assertEquals(0, new ProcessBuilder("mkfifo", p.toString()).start().waitFor());
            case "dangling link" -> Files.createSymbolicLink(p, dir.resolve("nowhere"));
            case "link loop" -> Files.createSymbolicLink(p, p);
            default -> throw new IllegalArgumentException(kind);
        }
        refused(command(command, p.resolve("out")), p + " " + says);
    }

    // Pins that --out under a device is refused, naming it.
    @Test
    void underADevice() throws IOException {
        assumeTrue(Files.exists(Path.of("/dev/null")));
        refused(command("run", Path.of("/dev/null/out")), "/dev/null is not a folder");
    }

    // Pins that a folder name the file system refuses (a parent of 300 bytes) is refused with the system's reason,
    // and the folders made on the way are removed again.
    @ParameterizedTest(name = "{0}")
    @CsvSource({"run", "replay", "compare"})
    void aParentNameTooLong(String command) throws IOException {
        Path out = dir.resolve("made").resolve("x".repeat(300)).resolve("out");
        refused(command(command, out), "cannot make a folder in " + dir.resolve("made"), "(File name too long)");
    }

    // Pins that a file system that makes no folder (Linux's /proc) is refused, not failed.
    @Test
    void aFileSystemThatMakesNoFolder() throws IOException {
        assumeTrue(Files.isDirectory(Path.of("/proc/self")));
        refused(command("run", Path.of("/proc/cdnsim-out")), "/proc/cdnsim-out");
    }

    // Pins that a folder this process may not write into is refused before anything runs. Root may write anywhere,
    // so this cannot be seen as root: the test is skipped there.
    @ParameterizedTest(name = "{0}")
    @CsvSource({"run", "replay", "compare"})
    void aParentThatIsNotWritable(String command) throws IOException {
        Path locked = Files.createDirectories(dir.resolve("locked"));
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            assumeFalse(Files.isWritable(locked), "this user may write into a read-only folder (root)");
            refused(command(command, locked.resolve("sub").resolve("out")), "the folder " + locked
                    + " is not writable (permission denied)");
        } finally {
            Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }
}
