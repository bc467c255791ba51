package io.cdnsim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The shape docs/architecture.md draws, held against the code: the engine's packages depend one way, down the stack,
 * and no source file of the product grows past the size a reader takes in at once.
 */
class ArchitectureTest {

    /** Each package's row in docs/architecture.md, from the bottom (0) up; a package imports only lower rows. */
    private static final Map<String, Integer> ROW = Map.ofEntries(
            Map.entry("kernel", 0), Map.entry("content", 0), Map.entry("cost", 0), Map.entry("random", 0),
            Map.entry("stats", 0),
            Map.entry("cache", 1), Map.entry("metrics", 1),
            Map.entry("model", 2),
            Map.entry("network", 3), Map.entry("bandwidth", 3), Map.entry("steering", 3),
            Map.entry("player", 4), Map.entry("workload", 4),
            Map.entry("run", 5));
    /** Where the bottom row's own arrows may go: content, cost, random and stats stand on the kernel alone. */
    private static final Map<String, List<String>> BOTTOM_ROW_MAY_USE = Map.of("content", List.of("kernel"),
            "cost", List.of("kernel"), "random", List.of("kernel"), "stats", List.of("kernel"), "kernel", List.of());
    /** The longest main source file, in lines (docs: "none grows past about 400 lines"). */
    private static final int MAX_LINES = 400;
    private static final Pattern IMPORT = Pattern.compile("^import (?:static )?io\\.cdnsim\\.(\\w+)\\.",
            Pattern.MULTILINE);
    private static final Path ENGINE = Path.of("src/main/java/io/cdnsim");

    // Pins the one-way arrows: every import of an engine package names a package on a lower row (the bottom row's
    // packages only the kernel), and every engine package has a row (a new package must be placed in the picture).
    @Test
    void everyArrowPointsDown() throws IOException {
        List<String> upward = new ArrayList<>();
        try (Stream<Path> packages = Files.list(ENGINE)) {
            for (Path dir : packages.filter(Files::isDirectory).sorted().toList()) {
                String from = dir.getFileName().toString();
                assertTrue(ROW.containsKey(from), "package " + from + " has no row in docs/architecture.md");
                for (Path file : javaFiles(dir)) {
                    Matcher m = IMPORT.matcher(Files.readString(file));
                    while (m.find()) {
                        String to = m.group(1);
                        if (!to.equals(from) && !allowed(from, to)) {
                            upward.add(file.getFileName() + ": " + from + " -> " + to);
                        }
                    }
                }
            }
        }
        assertEquals(List.of(), upward, "imports that do not point down the stack");
    }

    // Pins the file size rule on every module's main sources (the generated schemas are JSON, not sources).
    @Test
    void noMainSourceFileIsLongerThanTheRule() throws IOException {
        List<String> tooLong = new ArrayList<>();
        for (String module : List.of("sim-engine", "sim-config", "reports", "cli", "sweep-spark", "benchmarks")) {
            Path main = Path.of("..", module, "src", "main", "java");
            if (!Files.isDirectory(main)) {
                continue;
            }
            for (Path file : javaFiles(main)) {
                long lines;
                try (Stream<String> s = Files.lines(file)) {
                    lines = s.count();
                }
                if (lines > MAX_LINES) {
                    tooLong.add(file.getFileName() + " " + lines);
                }
            }
        }
        assertEquals(List.of(), tooLong, "main source files over " + MAX_LINES + " lines");
    }

    private static boolean allowed(String from, String to) {
        Integer a = ROW.get(from);
        Integer b = ROW.get(to);
        if (b == null) {
            return false;
        }
        if (a == 0) {
            return BOTTOM_ROW_MAY_USE.get(from).contains(to);
        }
        return b < a;
    }

    private static List<Path> javaFiles(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
