package io.cdnsim.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Test helpers: runs the command in-process and makes short copies of the shipped scenarios. */
final class Cli {

    static final Path SCENARIOS = Path.of("..", "scenarios");
    static final Path TOPOLOGIES = Path.of("..", "topologies");

    /** Seconds of arrivals in the short scenario. */
    static final int SHORT_SECONDS = 20;
    /** Seconds of warm-up in the short scenario. */
    static final int SHORT_WARMUP = 5;

    private Cli() {
    }

    /** What one command did. */
    record Result(int code, String out, String err) {
        @Override
        public String toString() {
            return "exit " + code + "\n--- stdout\n" + out + "--- stderr\n" + err;
        }
    }

    static Result execute(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code;
        try (PrintWriter o = new PrintWriter(out, true); PrintWriter e = new PrintWriter(err, true)) {
            code = Main.execute(args, o, e);
        }
        return new Result(code, out.toString(), err.toString());
    }

    static Result execute(List<String> args) {
        return execute(args.toArray(String[]::new));
    }

    /**
     * Copies a folder and everything in it, as {@code cp -r} does.
     *
     * @param from the folder
     * @param to   the copy, which must not exist yet
     * @return {@code to}
     */
    static Path copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> all = Files.walk(from)) {
            for (Path p : all.toList()) {
                Files.copy(p, to.resolve(from.relativize(p).toString()));
            }
        }
        return to;
    }

    /**
     * Writes a short copy of scenarios/zipf-edge-shield.yaml into {@code dir}: 20 s of arrivals (5 s warm-up) at
     * 2000/s, its topology referenced by absolute path.
     */
    static Path shortScenario(Path dir) throws IOException {
        String text = Files.readString(SCENARIOS.resolve("zipf-edge-shield.yaml"));
        text = replace(text, "topology: .*", "topology: "
                + TOPOLOGIES.resolve("edge-shield.yaml").toAbsolutePath().normalize().toString().replace("\\", "/"));
        text = replace(text, "name: .*", "name: short-edge-shield");
        text = replace(text, "  duration: .*", "  duration: " + SHORT_SECONDS + "s");
        text = replace(text, "  warmup: .*", "  warmup: " + SHORT_WARMUP + "s");
        text = replace(text, "  rate: .*", "  rate: 2000/s");
        Path file = dir.resolve("short-edge-shield.yaml");
        Files.writeString(file, text);
        return file;
    }

    /**
     * Writes a short copy of scenarios/zipf-five-tier-global.yaml into {@code dir}: 15 s of arrivals (3 s warm-up) at
     * 3000/s, its topology referenced by absolute path. Lognormal sizes, four weighted regions, revalidation.
     */
    static Path shortFiveTier(Path dir) throws IOException {
        String text = Files.readString(SCENARIOS.resolve("zipf-five-tier-global.yaml"));
        text = replace(text, "topology: .*", "topology: " + TOPOLOGIES.resolve("five-tier-global.yaml")
                .toAbsolutePath().normalize().toString().replace("\\", "/"));
        text = replace(text, "name: .*", "name: short-five-tier");
        text = replace(text, "  duration: .*", "  duration: 15s");
        text = replace(text, "  warmup: .*", "  warmup: 3s");
        text = replace(text, "  rate: .*", "  rate: 3000/s");
        Path file = dir.resolve("short-five-tier.yaml");
        Files.writeString(file, text);
        return file;
    }

    /**
     * Writes a short copy of scenarios/premiere-spike.yaml into {@code dir}: 2,000 viewers joining over 20 s,
     * 40 s in all, its topology referenced by absolute path.
     */
    static Path shortPremiere(Path dir) throws IOException {
        String text = Files.readString(SCENARIOS.resolve("premiere-spike.yaml"));
        text = replace(text, "topology: .*", "topology: " + TOPOLOGIES.resolve("five-tier-global.yaml")
                .toAbsolutePath().normalize().toString().replace("\\", "/"));
        text = replace(text, "name: .*", "name: short-premiere");
        text = replace(text, "  duration: .*", "  duration: 40s");
        text = replace(text, "  viewers: .*", "  viewers: 2000");
        text = replace(text, "  arrival: .*", "  arrival: { type: spike, at: 2s, ramp: 20s }");
        Path file = dir.resolve("short-premiere.yaml");
        Files.writeString(file, text);
        return file;
    }

    /**
     * A short copy of scenarios/sports-saturday-shield.yaml: 2,000 viewers joining in 10 s, 40 s with 10 s of
     * warm-up, its topology and price sheets referenced by absolute path; the 30 s measured repeated 7,200 times.
     */
    static Path shortSports(Path dir) throws IOException {
        return shortSports(dir, true);
    }

    /**
     * @param dir    where to write it
     * @param shield sports-saturday-shield (named short-sports) or sports-saturday without a shield (short-sports-edge)
     * @return a 40 s copy of it with 2,000 viewers and its bill, topology and price sheets made absolute
     */
    static Path shortSports(Path dir, boolean shield) throws IOException {
        String text = Files.readString(SCENARIOS.resolve(shield ? "sports-saturday-shield.yaml"
                : "sports-saturday.yaml"));
        Path pricing = SCENARIOS.resolveSibling("pricing").toAbsolutePath().normalize();
        String name = shield ? "short-sports" : "short-sports-edge";
        text = replace(text, "topology: .*", "topology: " + TOPOLOGIES.resolve(shield ? "sports-edge-shield.yaml"
                : "sports-edge-only.yaml").toAbsolutePath().normalize().toString().replace("\\", "/"));
        text = replace(text, "name: .*", "name: " + name);
        text = replace(text, "  duration: .*", "  duration: 40s");
        text = replace(text, "  warmup: .*", "  warmup: 10s");
        text = replace(text, "  viewers: .*", "  viewers: 2000");
        text = replace(text, "  arrival: .*", "  arrival: { type: spike, at: 0s, ramp: 10s }");
        text = replace(text, "  sheets: .*", "  sheets: [" + String.join(", ", List.of("cloudfront-style",
                "cloud-origin-egress", "origin-compute-example").stream()
                .map(n -> pricing.resolve(n + ".yaml").toString().replace("\\", "/")).toList()) + "]");
        Path file = dir.resolve(name + ".yaml");
        Files.writeString(file, text);
        return file;
    }

    /** Replaces the one line matching {@code regex}; fails if there is none (the shipped file changed shape). */
    static String replace(String text, String regex, String line) {
        Matcher m = Pattern.compile("(?m)^" + regex + "$").matcher(text);
        assertTrue(m.find(), "no line matching " + regex);
        String result = text.substring(0, m.start()) + line + text.substring(m.end());
        assertFalse(Pattern.compile("(?m)^" + regex + "$").matcher(text.substring(m.end())).find(),
                "two lines match " + regex);
        return result;
    }

    /** @return names in {@code dir} that start with a dot (a left-over temporary folder) */
    static List<String> hiddenEntries(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("."))
                    .collect(Collectors.toList());
        }
    }

    /** Asserts the text shows no Java stack trace or exception class. */
    static void assertNoStackTrace(String text) {
        for (String bad : List.of("at io.cdnsim", "\tat ", "Exception", "internal error", "java.lang.")) {
            assertFalse(text.contains(bad), () -> "shows '" + bad.strip() + "':\n" + text);
        }
    }
}
