package io.cdnsim.cli;

import static io.cdnsim.cli.Cli.assertNoStackTrace;
import static io.cdnsim.cli.Cli.execute;
import static io.cdnsim.cli.Cli.hiddenEntries;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The cdnsim command line, run in-process through {@link Main#execute}. */
class CliTest {

    private static final List<String> TIERS_HEADER = List.of("replication", "tier", "kind", "requests", "hit",
            "collapsed", "refresh_hit", "stale", "fallback", "miss", "error", "request_hit_ratio", "byte_hit_ratio",
            "bytes_out", "bytes_from_upstream", "upstream_requests", "upstream_miss", "upstream_refresh",
            "upstream_background", "upstream_refetch", "upstream_lock_timeout", "upstream_failed");
    private static final List<String> OUTCOMES = List.of("hit", "collapsed", "refresh_hit", "stale", "fallback",
            "miss", "error");
    private static final List<String> REASONS = List.of("miss", "refresh", "background", "refetch", "lock_timeout");

    @TempDir
    static Path shared;

    private static Path scenario;
    private static Path out;
    private static Cli.Result run;

    /** One short run shared by the tests that inspect its outputs. */
    @BeforeAll
    static void runOnce() throws IOException {
        scenario = Cli.shortScenario(shared);
        out = shared.resolve("out");
        run = execute("run", scenario.toString(), "--out", out.toString());
    }

    // Pins that a run exits 0, prints nothing on stderr and prints the per-tier table and the outputs line.
    @Test
    void runPrintsTheSummary() {
        assertEquals(0, run.code(), run::toString);
        assertEquals("", run.err(), run::toString);
        String[] lines = run.out().split("\n");
        assertTrue(run.out().startsWith("Scenario short-edge-shield on topology edge-shield: seed 42"), run::toString);
        String header = Arrays.stream(lines).filter(l -> l.startsWith("tier ")).findFirst().orElse("");
        for (String column : List.of("nodes", "requests", "req/s", "hit", "collapsed", "miss", "CHR", "byte HR")) {
            assertTrue(header.contains(column), () -> "header lacks " + column + ": " + header);
        }
        assertTrue(Arrays.stream(lines).anyMatch(l -> l.matches("edge\\s+6\\s+.*")), run::toString);
        assertTrue(Arrays.stream(lines).anyMatch(l -> l.matches("shield\\s+1\\s+.*")), run::toString);
        assertTrue(Arrays.stream(lines).anyMatch(l -> l.matches("origin\\s+1\\s+.*")), run::toString);
        assertTrue(run.out().contains("Origin:"), run::toString);
        assertTrue(run.out().contains("Offload:"), run::toString);
        assertFalse(run.out().contains("by kind:"), run::toString); // its origin serves segments only: no split
        // edge-shield's origin starts 3,000 requests a second and sends 20 Gbit/s: the summary says how close it came
        assertTrue(Arrays.stream(lines).anyMatch(l -> l.matches("Origin load: peak [0-9,]+/s of a capacity of "
                + "3,000/s \\([0-9.]+ %\\); egress peak [0-9.]+ of 20 Gbit/s \\([0-9.]+ %\\)")), run::toString);
        assertTrue(Arrays.stream(lines).anyMatch(l -> l.matches(" {13}queued for them: p50 [0-9.]+ ms, p95 .*")),
                run::toString);
        // every upstream request is an edge miss (no failure, revalidation or lock timeout): no upstream table
        assertFalse(run.out().contains("Upstream requests of each tier"), run::toString);
        assertTrue(run.out().contains("Outputs:     " + out
                + "/ (summary.json, tiers.csv, nodes.csv, timeseries.csv, report.html, charts/)"),
                run::toString);
    }

    // Pins that a run writes exactly the three output files, report.html, the charts folder, run-info.json and the
    // manifest of them all, and leaves no hidden temporary folder.
    @Test
    void runWritesTheThreeFilesAtomically() throws IOException {
        assertEquals(0, run.code(), run::toString);
        try (Stream<Path> s = Files.list(out)) {
            assertEquals(List.of(".cdnsim-manifest", "charts", "nodes.csv", "report.html", "run-info.json",
                    "summary.json", "tiers.csv", "timeseries.csv"),
                    s.map(p -> p.getFileName().toString()).sorted().toList());
        }
        assertEquals(List.of(), hiddenEntries(shared));
    }

    // Pins summary.json's layout: schemaVersion 2, the scenario block, estimates and one run with three tiers.
    @Test
    void summaryJson() throws IOException {
        JsonNode s = new ObjectMapper().readTree(out.resolve("summary.json").toFile());
        assertEquals(2, s.get("schemaVersion").asInt());
        JsonNode sc = s.get("scenario");
        assertEquals("short-edge-shield", sc.get("name").asText());
        assertEquals("edge-shield", sc.get("topology").asText());
        assertEquals(42, sc.get("seed").asLong());
        assertEquals(Cli.SHORT_SECONDS, sc.get("durationSeconds").asDouble());
        assertEquals(Cli.SHORT_WARMUP, sc.get("warmupSeconds").asDouble());
        assertEquals(1, sc.get("replications").asInt());
        assertTrue(s.get("estimates").has("edge.requestHitRatio"));
        assertTrue(s.get("estimates").has("origin.requestsPerSecond"));
        assertEquals(1, s.get("runs").size());
        JsonNode r = s.get("runs").get(0);
        assertEquals(Cli.SHORT_SECONDS - Cli.SHORT_WARMUP, r.get("measuredSeconds").asDouble());
        List<String> tiers = new ArrayList<>();
        r.get("tiers").forEach(t -> tiers.add(t.get("name").asText()));
        assertEquals(List.of("edge", "shield", "origin"), tiers);
        long edgeRequests = r.get("tiers").get(0).get("requests").asLong();
        // about 2000/s for 15 measured seconds
        assertTrue(edgeRequests > 27_000 && edgeRequests < 33_000, "edge requests " + edgeRequests);
        assertEquals(edgeRequests, r.get("viewers").get("requests").asLong());
    }

    // Pins tiers.csv: its header, and that every number in it equals the same number in summary.json.
    @Test
    void tiersCsvAgreesWithSummaryJson() throws IOException {
        List<String> lines = Files.readAllLines(out.resolve("tiers.csv"));
        assertEquals(TIERS_HEADER, List.of(lines.get(0).split(",", -1)));
        JsonNode runs = new ObjectMapper().readTree(out.resolve("summary.json").toFile()).get("runs");
        int allRows = 0;
        int kindRows = 0;
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split(",", -1);
            assertEquals(TIERS_HEADER.size(), f.length, line);
            JsonNode run = runs.get(Integer.parseInt(f[0]));
            JsonNode tier = null;
            for (JsonNode t : run.get("tiers")) {
                if (t.get("name").asText().equals(f[1])) {
                    tier = t;
                }
            }
            assertTrue(tier != null, "no tier " + f[1] + " in summary.json");
            if (f[2].equals("all")) {
                allRows++;
                assertEquals(tier.get("requests").asLong(), Long.parseLong(f[3]), line);
                for (int i = 0; i < OUTCOMES.size(); i++) {
                    assertEquals(tier.get("outcomes").get(OUTCOMES.get(i)).asLong(), Long.parseLong(f[4 + i]), line);
                }
                if (f[1].equals("origin")) {
                    assertEquals("", f[11], line);
                    assertEquals("", f[12], line);
                } else {
                    assertEquals(tier.get("requestHitRatio").asDouble(), Double.parseDouble(f[11]), 5e-7, line);
                    assertEquals(tier.get("byteHitRatio").asDouble(), Double.parseDouble(f[12]), 5e-7, line);
                }
                assertEquals(tier.get("bytesOut").asLong(), Long.parseLong(f[13]), line);
                assertEquals(tier.get("bytesFromUpstream").asLong(), Long.parseLong(f[14]), line);
                assertEquals(tier.get("upstreamRequests").asLong(), Long.parseLong(f[15]), line);
                for (int i = 0; i < REASONS.size(); i++) {
                    assertEquals(tier.get("upstreamReasons").get(REASONS.get(i)).asLong(), Long.parseLong(f[16 + i]),
                            line);
                }
                assertEquals(tier.get("upstreamFailed").asLong(), Long.parseLong(f[21]), line);
            } else {
                kindRows++;
                JsonNode kind = tier.get("byKind").get(f[2]);
                assertTrue(kind != null, "no kind " + f[2] + " for " + f[1] + " in summary.json");
                assertEquals(kind.get("requests").asLong(), Long.parseLong(f[3]), line);
                for (int i = 0; i < OUTCOMES.size(); i++) {
                    assertEquals(kind.get(OUTCOMES.get(i)).asLong(), Long.parseLong(f[4 + i]), line);
                }
                assertEquals(kind.get("bytesOut").asLong(), Long.parseLong(f[13]), line);
            }
        }
        assertEquals(3, allRows, "one 'all' row per tier");
        assertEquals(3, kindRows, "one media-segment row per tier");
    }

    // Pins timeseries.csv: header columns per tier, one row per simulated second (0, 1, 2, ...), arrivals that add up.
    @Test
    void timeSeriesCsv() throws IOException {
        List<String> lines = Files.readAllLines(out.resolve("timeseries.csv"));
        List<String> header = List.of(lines.get(0).split(",", -1));
        List<String> expected = new ArrayList<>(List.of("replication", "second"));
        for (String t : List.of("edge", "shield", "origin")) {
            expected.add(t + "_requests");
            OUTCOMES.forEach(o -> expected.add(t + "_" + o));
            expected.add(t + "_bytes");
        }
        expected.add("origin_gbit_per_s");
        assertEquals(expected, header);

        List<String> rows = lines.subList(1, lines.size());
        JsonNode r = new ObjectMapper().readTree(out.resolve("summary.json").toFile()).get("runs").get(0);
        double end = r.get("endTimeSeconds").asDouble();
        // one row per second of arrivals, plus the seconds in which the last requests drained
        assertTrue(rows.size() >= Cli.SHORT_SECONDS && rows.size() <= Math.ceil(end),
                rows.size() + " rows for " + Cli.SHORT_SECONDS + " s of arrivals ending at " + end + " s");
        long arrivalsAfterWarmup = 0;
        for (int i = 0; i < rows.size(); i++) {
            String[] f = rows.get(i).split(",", -1);
            assertEquals(header.size(), f.length, rows.get(i));
            assertEquals("0", f[0], rows.get(i));
            assertEquals(String.valueOf(i), f[1], "seconds are consecutive from 0");
            if (i >= Cli.SHORT_WARMUP) {
                arrivalsAfterWarmup += Long.parseLong(f[2]);
            }
        }
        for (int i = Cli.SHORT_SECONDS; i < rows.size(); i++) {
            assertEquals("0", rows.get(i).split(",")[2], "no arrivals after the duration");
        }
        assertEquals(r.get("tiers").get(0).get("requests").asLong(), arrivalsAfterWarmup,
                "edge arrivals in the series after the warm-up = the edge's requests in summary.json");
    }

    // Pins that a bad scenario exits 2: the problem on stderr, no stack trace, no output folder (not even hidden).
    @Test
    void badScenarioExits2WithoutOutputs(@TempDir Path dir) throws IOException {
        Path bad = dir.resolve("bad.yaml");
        Files.writeString(bad, Files.readString(scenario).replace("workload:", "worklaod:"));
        Path target = dir.resolve("out");
        Cli.Result r = execute("run", bad.toString(), "--out", target.toString());
        assertEquals(2, r.code(), r::toString);
        assertEquals("", r.out(), r::toString);
        assertTrue(r.err().contains(bad.toString()), r::toString);
        assertTrue(r.err().contains("worklaod: unknown field 'worklaod' (did you mean 'workload'?)"), r::toString);
        assertNoStackTrace(r.err());
        assertFalse(Files.exists(target), "no output folder");
        assertEquals(List.of(), hiddenEntries(dir), "no hidden .partial folder");
    }

    static Stream<String> badInputs() {
        return Stream.of("unknown-field", "lognormal-sigma", "missing-file", "binary", "directory",
                "topology-is-directory", "missing-sheet", "negative-price", "sheet-unknown-field");
    }

    // Pins that no kind of bad input makes validate or run print a stack trace; both exit 2 and write nothing.
    @ParameterizedTest(name = "{0}")
    @MethodSource("badInputs")
    void badInputNeverShowsAStackTrace(String kind, @TempDir Path dir) throws IOException {
        String good = Files.readString(scenario);
        Path file = dir.resolve(kind + ".yaml");
        switch (kind) {
            case "unknown-field" -> Files.writeString(file, good + "colour: blue\n");
            case "lognormal-sigma" -> Files.writeString(file,
                    Cli.replace(good, "  objectSize: .*", "  objectSize: lognormal(median=1MB, sigma=1.2.3)"));
            case "missing-file" -> { }
            case "binary" -> Files.write(file, new byte[] {'n', 'a', 'm', 'e', 0, 1, 2, 3});
            case "directory" -> Files.createDirectory(file);
            case "topology-is-directory" -> Files.writeString(file,
                    Cli.replace(good, "topology: .*", "topology: ."));
            case "missing-sheet" -> Files.writeString(file, good + "cost:\n  sheets: [no-such-sheet]\n");
            case "negative-price" -> {
                Files.writeString(dir.resolve("sheet.yaml"), "name: s\nsource: test\ndate: 2026-01-01\n"
                        + "originEgress:\n  perGB: -0.09/GB\n");
                Files.writeString(file, good + "cost:\n  sheets: [sheet.yaml]\n");
            }
            case "sheet-unknown-field" -> {
                Files.writeString(dir.resolve("sheet.yaml"), "name: s\nsource: test\ndate: 2026-01-01\n"
                        + "delivery:\n  perGb: 0.01/GB\n");
                Files.writeString(file, good + "cost:\n  sheets: [sheet.yaml]\n");
            }
            default -> throw new IllegalArgumentException(kind);
        }
        Cli.Result v = execute("validate", file.toString());
        assertEquals(2, v.code(), v::toString);
        assertNoStackTrace(v.err());
        assertFalse(v.err().isBlank(), v::toString);

        Path target = dir.resolve("out");
        Cli.Result r = execute("run", file.toString(), "--out", target.toString());
        assertEquals(2, r.code(), r::toString);
        assertNoStackTrace(r.err());
        assertFalse(Files.exists(target));
        assertEquals(List.of(), hiddenEntries(dir));
    }

    // Pins that --version exits 0 and prints the build's version, not a placeholder.
    @Test
    void version() {
        Cli.Result r = execute("--version");
        assertEquals(0, r.code(), r::toString);
        assertTrue(r.out().strip().matches("cdnsim \\d+\\.\\d+\\.\\d+.*"), r::toString);
        assertFalse(r.out().contains("unknown") || r.out().contains("${"), r::toString);
    }

    // Pins that validate exits 0 and says ok for every shipped scenario.
    @ParameterizedTest
    @ValueSource(strings = {"zipf-edge-shield.yaml", "zipf-edge-only.yaml", "zipf-five-tier-global.yaml",
            "hierarchy-arithmetic.yaml"})
    void validateGood(String name) {
        Cli.Result r = execute("validate", Cli.SCENARIOS.resolve(name).toString());
        assertEquals(0, r.code(), r::toString);
        assertTrue(r.out().contains(": ok (scenario " + name.replace(".yaml", "")), r::toString);
        assertEquals("", r.err());
    }

    // Pins that validate exits 2 for a bad scenario and prints the problem with its file, line and field.
    @Test
    void validateBad(@TempDir Path dir) throws IOException {
        Path bad = dir.resolve("bad.yaml");
        Files.writeString(bad, Cli.replace(Files.readString(scenario), "  rate: .*", "  rate: 2000 per second"));
        Cli.Result r = execute("validate", bad.toString());
        assertEquals(2, r.code(), r::toString);
        assertTrue(r.err().matches("(?s)" + java.util.regex.Pattern.quote(bad.toString())
                + ":\\d+:\\d+: workload\\.rate: expected a rate like.*"), r::toString);
        assertNoStackTrace(r.err());
    }

    // Pins that an unknown option is a usage error: exit 2, named on stderr.
    @Test
    void unknownOption() {
        Cli.Result r = execute("run", scenario.toString(), "--bogus");
        assertEquals(2, r.code(), r::toString);
        assertTrue(r.err().contains("--bogus"), r::toString);
        assertNoStackTrace(r.err());
        Cli.Result top = execute("--bogus");
        assertEquals(2, top.code(), top::toString);
    }

    // Pins that out-of-range numeric options are refused with exit 2 before anything runs or is written.
    @ParameterizedTest
    @ValueSource(strings = {"--replications=0", "--replications=1001", "--replications=-3", "--threads=0",
            "--replications=abc", "--seed=x"})
    void badNumericOptions(String option, @TempDir Path dir) {
        Path target = dir.resolve("out");
        Cli.Result r = execute("run", scenario.toString(), option, "--out", target.toString());
        assertEquals(2, r.code(), r::toString);
        assertTrue(r.err().contains(option.substring(0, option.indexOf('='))), r::toString);
        assertNoStackTrace(r.err());
        assertFalse(Files.exists(target));
    }

    // Pins that --replications cannot lift a scenario over the request limit (rate x duration x replications).
    @Test
    void replicationsOptionRespectsTheRequestLimit(@TempDir Path dir) throws IOException {
        // 150,000/s for a day is 1.3e10 requests, under the 2e10 limit; two replications are over it.
        String text = Cli.replace(Files.readString(scenario), "  rate: .*", "  rate: 150000/s");
        text = Cli.replace(text, "  duration: .*", "  duration: 1d");
        Path big = dir.resolve("big.yaml");
        Files.writeString(big, text);
        assertEquals(0, execute("validate", big.toString()).code());
        // --out under a regular file: should the limit not be checked, the run fails at once (exit 1) instead of
        // simulating 2.6e10 requests
        Path notADir = Files.writeString(dir.resolve("file"), "x");
        Cli.Result r = execute("run", big.toString(), "--replications", "2", "--out",
                notADir.resolve("out").toString());
        assertEquals(2, r.code(), r::toString);
        assertTrue(r.err().contains("requests"), r::toString);
    }

    // Pins that an output folder that cannot be created is refused as a bad --out (exit 2) with a message, no stack
    // trace (HostileOutTargetsTest holds the other targets that cannot be made).
    @Test
    void unwritableOutput(@TempDir Path dir) throws IOException {
        Path notADir = Files.writeString(dir.resolve("file"), "x");
        Cli.Result r = execute("run", scenario.toString(), "--out", notADir.resolve("out").toString());
        assertEquals(2, r.code(), r::toString);
        assertTrue(r.err().startsWith("--out: cannot write the outputs into"), r::toString);
        assertFalse(r.err().contains("\tat "), r::toString);
        assertEquals(List.of(), hiddenEntries(dir));
    }

    // Pins that a second run into the same folder replaces the first run's files and leaves no hidden folder behind.
    @Test
    void rerunReplacesTheOutputFolder(@TempDir Path dir) throws IOException {
        Path target = dir.resolve("out");
        assertEquals(0, execute("run", scenario.toString(), "--out", target.toString(), "--quiet").code());
        Cli.Result r = execute("run", scenario.toString(), "--out", target.toString(), "--quiet", "--seed", "9");
        assertEquals(0, r.code(), r::toString);
        assertEquals("", r.out(), "--quiet prints nothing");
        assertTrue(Files.readString(target.resolve("summary.json")).contains("\"seed\" : 9"));
        assertEquals(List.of(), hiddenEntries(dir));
    }

    // Pins that --out naming a folder of the user's own files does not delete them (refused, or files kept).
    @Test
    void outNeverDeletesFilesItDidNotWrite(@TempDir Path dir) throws IOException {
        Path target = dir.resolve("my-data");
        Files.createDirectories(target.resolve("sub"));
        Files.writeString(target.resolve("notes.txt"), "the user's own file");
        Files.writeString(target.resolve("sub").resolve("more.txt"), "another");
        Cli.Result r = execute("run", scenario.toString(), "--out", target.toString(), "--quiet");
        assertTrue(Files.exists(target.resolve("notes.txt")) && Files.exists(target.resolve("sub").resolve("more.txt")),
                () -> "--out " + target + " deleted the user's files; " + r);
        assertEquals(List.of(), hiddenEntries(dir));
    }

    // Pins the usage errors of a missing argument and the list command over the shipped folders.
    @Test
    void missingArgumentAndList() {
        Cli.Result r = execute("run");
        assertEquals(2, r.code(), r::toString);
        assertTrue(r.err().contains("SCENARIO"), r::toString);
        Cli.Result list = execute("list", "--root", "..");
        assertEquals(0, list.code(), list::toString);
        // with --root, each file's path as it can be given to a command from here, then what it is
        assertTrue(list.out().contains("  ../scenarios/zipf-edge-shield.yaml"), list::toString);
        assertTrue(list.out().contains("  ../topologies/five-tier-global.yaml"), list::toString);
        assertTrue(list.out().contains("  ../pricing/cloudfront-style.yaml             CloudFront-style CDN (example "
                + "prices)"), list::toString);
    }
}
