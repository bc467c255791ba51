package io.cdnsim.cli;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The promise made to a hostile input, checked the same way by every test of the hostile corpus: the command exits
 * with code 2 within a wall-clock bound, prints one line on stderr naming what is wrong, no stack trace, nothing on
 * stdout, and leaves the folder it ran in exactly as it was (no output, no temporary folder).
 */
final class Hostile {

    /**
     * Wall-clock bound of a refusal: generous for a slow CI machine, yet far below what simulating the input would
     * take (the budget is checked before the run).
     */
    static final Duration BOUND = Duration.ofSeconds(30);

    /** Words that would mean an exception or a library's internals leaked into the message. */
    private static final List<String> INTERNALS = List.of("Exception", "\tat ", "java.", "com.fasterxml",
            "org.yaml", "picocli.", "internal error");

    private Hostile() {
    }

    /**
     * Runs {@code args} in-process from {@code dir} and checks the promise.
     *
     * @param dir  the folder the input lives in and outputs would be written to; must be unchanged afterwards
     * @param args the command line
     * @param says fragments the one-line message must contain (the file or option, the field, the problem)
     * @return the message
     */
    static String refused(Path dir, List<String> args, String... says) {
        Set<String> before = tree(dir);
        Cli.Result r = assertTimeoutPreemptively(BOUND, () -> Cli.execute(args), () -> "no answer within " + BOUND
                + " for " + args);
        String err = r.err().strip();
        assertAll(String.join(" ", args),
                () -> assertEquals(Main.BAD_INPUT, r.code(), r::toString),
                () -> assertEquals(1, err.lines().count(), () -> "one line expected:\n" + r),
                () -> assertTrue(r.out().isEmpty(), () -> "nothing on stdout expected:\n" + r),
                () -> assertTrue(INTERNALS.stream().noneMatch(err::contains), () -> "internals leaked:\n" + r),
                () -> assertEquals(before, tree(dir), "the folder must be left as it was"),
                () -> {
                    for (String s : says) {
                        assertTrue(err.contains(s), () -> "message lacks '" + s + "':\n" + r);
                    }
                });
        return err;
    }

    /** As {@link #refused(Path, List, String...)}, with the arguments written out. */
    static String refused(Path dir, String[] args, String... says) {
        return refused(dir, List.of(args), says);
    }

    /** @return every path under {@code dir}, relative, with the size of files, in order */
    static Set<String> tree(Path dir) {
        if (!Files.exists(dir)) {
            return Set.of();
        }
        try (Stream<Path> all = Files.walk(dir)) {
            return all.map(p -> dir.relativize(p) + (Files.isRegularFile(p) ? " " + size(p) : ""))
                    .collect(Collectors.toCollection(TreeSet::new));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long size(Path p) {
        try {
            return Files.size(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @return whether anything under {@code dir} is a leftover temporary folder of an output */
    static boolean hasPartial(Path dir) {
        try (Stream<Path> all = Files.walk(dir)) {
            return all.anyMatch(p -> p.getFileName().toString().contains(".partial-"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void assertNoPartial(Path dir) {
        assertFalse(hasPartial(dir), () -> "a temporary folder was left in " + dir + ": " + tree(dir));
    }
}
