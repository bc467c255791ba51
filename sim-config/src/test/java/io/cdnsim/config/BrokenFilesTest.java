package io.cdnsim.config;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cdnsim.model.Scenario;
import io.cdnsim.model.Topology;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The corpus of broken files in src/test/resources/broken: each is rejected with a {@link ScenarioException} whose
 * message names the file, the field path and the problem, placed at the right line where one is given. Files named
 * topology-* are read with {@link TopologyReader}, pricing-* with {@link PriceSheetReader}, the others with
 * {@link ScenarioReader}.
 */
class BrokenFilesTest {

    static final Path DIR = Path.of("src", "test", "resources", "broken");

    /** Words that would mean a library's internals leaked into a message meant for a user. */
    private static final List<String> INTERNALS = List.of("com.fasterxml", "org.yaml", "java.lang", "Exception",
            "StreamReadConstraints", "`", "\tat ");

    /**
     * One broken file.
     *
     * @param file   file name in the corpus
     * @param inFile the file the problem is reported in (a scenario's topology, for problems found there)
     * @param path   the field path the problem names ("" for the whole file)
     * @param says   fragments the message must contain; a fragment starting with '~' is a regular expression
     * @param line   the line the problem must be reported at, or 0 not to check
     */
    record Case(String file, String inFile, String path, List<String> says, int line) {
        @Override
        public String toString() {
            return file;
        }
    }

    private static Case c(String file, String path, int line, String... says) {
        return new Case(file, file, path, List.of(says), line);
    }

    static Stream<Case> cases() {
        return Stream.of(
                // topologies
                c("topology-unknown-field.yaml", "tiers[0].cache.capactiy", 7,
                        "unknown field 'capactiy'", "did you mean 'capacity'?",
                        "allowed here: admission, admissionTable, capacity"),
                c("topology-egress-inner.yaml", "tiers[1].nodes[0].egress", 25,
                        "an egress capacity is modelled for edge nodes (the first tier) only"),
                c("topology-peering-region.yaml", "peering.apac", 4,
                        "region 'apac' is not in the topology's regions [eu, na]"),
                c("topology-egress-zero.yaml", "tiers[0].nodes[0].egress", 13, "must be more than 0", "0Gbps"),
                c("topology-missing-parent.yaml", "tiers[0].nodes[0].parent", 11,
                        "no node or origin has the id 'sheild'", "did you mean 'shield'?"),
                c("topology-same-tier-parent.yaml", "tiers[0].nodes[0].parent", 11,
                        "'edge-b' is in tier 'edge'", "cycle"),
                c("topology-negative-ttl.yaml", "tiers[0].cache.ttl.min", 9,
                        "found '-5s'", "negative values are not allowed"),
                c("topology-hit-ratio.yaml", "tiers[1].cache.hitRatio", 19,
                        "a hit ratio must be between 0 and 1", "1.5"),
                c("topology-bad-unit.yaml", "tiers[0].nodes[1].rtt", 16,
                        "expected a duration like '250ms'", "found '20 parsecs'"),
                c("topology-weight-text.yaml", "tiers[0].nodes[1].weight", 15,
                        "expected a number", "'heavy'"),
                c("topology-nodes-number.yaml", "tiers[0].nodes", 8, "expected a list"),
                c("topology-duplicate-ids.yaml", "tiers[0].nodes[1].id", 13, "id 'edge-a' is used twice"),
                c("topology-location-claimed-twice.yaml", "tiers[0].nodes[1].locations", 18,
                        "location FRA is claimed by 'edge-a' already"),
                c("topology-location-code.yaml", "tiers[0].nodes[0].locations[0]", 13, "2 to 8 letters",
                        "found 'LAX50-C1'"),
                c("topology-unknown-eviction.yaml", "tiers[0].cache.eviction", 8,
                        "unknown eviction policy 'lruu'", "did you mean 'lru'?", "fifo"),
                c("topology-empty.yaml", "", 0, "the file is empty"),
                c("topology-cdn-other-parent.yaml", "cdns[1].tiers[0].nodes[0].parent", 18,
                        "'a-mid' is in tier 'mid' of CDN 'cdn-a'", "a node of CDN 'cdn-b' fetches from its own CDN's"),
                c("topology-cdn-name-twice.yaml", "cdns[1].name", 10, "CDN name 'cdn-a' is already used"),
                // scenarios
                c("scenario-unknown-field.yaml", "worklaod", 6,
                        "unknown field 'worklaod'", "did you mean 'workload'?"),
                c("scenario-no-topology.yaml", "topology", 0, "missing", "path of the topology file"),
                c("scenario-steering-one-cdn.yaml", "steering", 11, "is one CDN", "no cdns section"),
                c("live-steering-missing.yaml", "steering", 0, "missing", "declares 2 CDNs [cdn-a, cdn-b]"),
                c("live-steering-unknown-cdn.yaml", "steering.weights.cdn-c", 12,
                        "CDN 'cdn-c' is not in the topology's CDNs [cdn-a, cdn-b]"),
                c("live-steering-no-pop.yaml", "steering.weights.cdn-b", 12,
                        "CDN 'cdn-b' has no edge node in region 'na'"),
                c("live-steering-unknown-mode.yaml", "steering.mode", 12, "unknown steering mode 'performence'",
                        "did you mean 'performance'?"),
                c("live-steering-window-for-weights.yaml", "steering.window", 14,
                        "applies to performance steering"),
                c("live-steering-cost-no-prices.yaml", "steering.mode", 12, "cost steering prices the CDNs' delivery",
                        "add a cost section"),
                c("live-steering-bad-ttl.yaml", "steering.content.ttl", 13, "must be more than 0 s"),
                c("live-steering-floor.yaml", "steering.floor", 13, "a floor of 0.6 for each of 2 CDNs",
                        "below 1/2"),
                c("live-failure-unknown-cdn.yaml", "failures[0].cdn", 14, "no CDN of topology 'test-two-cdns'",
                        "did you mean 'cdn-a'?"),
                c("live-failure-cdn-region.yaml", "failures[0].region", 14, "the CDN 'cdn-b' has no node in region"),
                c("live-failure-cdn-overlap.yaml", "failures[1].from", 15, "overlaps the one of failures[0]",
                        "same a-eu"),
                c("scenario-bad-duration.yaml", "run.duration", 5, "expected a duration like '250ms'",
                        "found '10 parsecs'"),
                c("scenario-no-duration.yaml", "run.duration", 4, "missing", "10min"),
                c("scenario-no-rate.yaml", "workload.rate", 6, "missing", "requests per second"),
                c("scenario-run-number.yaml", "run", 4, "expected a mapping of fields"),
                c("scenario-unknown-region.yaml", "workload.regions.asia", 12,
                        "region 'asia' is not in the topology's regions [eu, na]"),
                c("scenario-warmup-too-long.yaml", "run.warmup", 6,
                        "warm-up (1min)", "shorter than the duration (10s)"),
                c("scenario-unknown-kind.yaml", "cacheControl.media-segmnt", 7,
                        "unknown object kind 'media-segmnt'", "did you mean 'media-segment'?"),
                c("scenario-bad-cache-control.yaml", "cacheControl.media-segment", 7,
                        "max-age needs a whole number of seconds", "max-age=-60"),
                c("scenario-missing-topology-file.yaml", "topology", 3,
                        "the topology file 'no-such-topology.yaml' does not exist",
                        DIR.resolve("no-such-topology.yaml").toString()),
                new Case("scenario-broken-topology.yaml", "topology-missing-parent.yaml", "tiers[0].nodes[0].parent",
                        List.of("no node or origin has the id 'sheild'"), 11),
                c("scenario-too-many-objects.yaml", "workload.objects", 7,
                        "1000000000000", "~200[,_ ]?000[,_ ]?000"),
                c("scenario-too-many-requests.yaml", "workload.rate", 8, "8.64e+13 requests", "limit"),
                c("scenario-lognormal-sigma.yaml", "workload.objectSize", 9, "sigma is a number from 0 to 5, found '1.2.3'"),
                c("scenario-duplicate-key.yaml", "run", 6, "~(?i)duplicate.*duration"),
                c("scenario-bad-name.yaml", "name", 2, "use letters, digits"),
                c("scenario-dots-name.yaml", "name", 2, "not only dots"),
                c("scenario-comment-only.yaml", "", 0, "~holds no scenario|expected a mapping of fields"),
                c("scenario-invalid-yaml.yaml", "", 5, "not valid YAML", "~(?i)tab"),
                c("scenario-alias-bomb.yaml", "lols", 4, "unknown field 'lols'"),
                c("scenario-deep-nesting.yaml", "", 0, "~(?i)nest"),
                c("scenario-deep-nesting-in-field.yaml", "description", 4, "expected a single value"),
                // live events
                c("live-unknown-abr.yaml", "player.abr", 12, "unknown ABR rule 'bolla'", "did you mean 'bola'?"),
                c("live-bad-arrival.yaml", "audience.arrival.type", 10, "unknown arrival type 'spkie'",
                        "did you mean 'spike'?"),
                c("live-small-buffer.yaml", "audience.devices[0].maxBuffer", 12,
                        "must hold the startup buffer plus one segment"),
                c("live-ladder-order.yaml", "live.ladder", 8, "lowest bitrate to the highest"),
                c("live-key-rotation.yaml", "live.keyRotation", 8, "whole number of segments (2 s each)",
                        "'60s' for a new key every 30 segments", "found '5s'"),
                c("live-and-workload.yaml", "workload", 6, "either a synthetic 'workload' or a 'live' event"),
                c("live-part-target-not-whole.yaml", "live.partTarget", 8,
                        "the segment duration (2s) is 6.67 parts of '300ms'", "'333.333ms' (6 parts)"),
                c("live-part-target-long.yaml", "live.partTarget", 8, "half the segment duration (1s)",
                        "found '1500ms'"),
                c("live-part-hold-back-short.yaml", "live.partHoldBack", 9, "at least three part targets (1.5s)",
                        "found '1s'"),
                c("live-part-hold-back-alone.yaml", "live.partHoldBack", 8, "needs parts",
                        "add live.partTarget"),
                c("live-bad-distribution.yaml", "audience.lastMile.*.throughput", 13,
                        "expected a bit rate like", "15 megabits"),
                c("live-bad-cache-key.yaml", "urls.cacheKeyQuery", 13, "must be 'include'",
                        "did you mean 'include'?"),
                // on-demand catalogs
                c("vod-unknown-tier.yaml", "vod.prePosition.tiers[0]", 8, "no tier 'egde'",
                        "did you mean 'edge'?"),
                c("vod-zero-alpha.yaml", "vod.alpha", 8, "more than 0 and at most 5"),
                c("vod-movie-wrong-ladder.yaml", "vod.segmentSizes", 9, "../sabre/movie.json",
                        "bitrates_kbps must list the ladder's 5 bitrates"),
                c("vod-movie-missing.yaml", "vod.segmentSizes", 9, "the movie 'no-such-movie.json' does not exist"),
                c("live-billion-viewers.yaml", "audience.viewers", 9, "must be between 1 and 5000000",
                        "found 1000000000"),
                c("live-missing-trace.yaml", "audience.lastMile.*.trace", 13,
                        "the network trace 'no-such-trace.json' does not exist"),
                // price sheets
                c("pricing-negative-price.yaml", "originEgress.perGB", 6, "found '-0.09/GB'",
                        "negative values are not allowed"),
                c("pricing-unknown-field.yaml", "delivery.perGb", 6, "unknown field 'perGb'",
                        "did you mean 'perGB'?", "allowed here: commit, perGB, percentile95, regions, tiers"),
                c("pricing-no-source.yaml", "source", 0, "missing", "where the prices come from"),
                c("pricing-two-ways.yaml", "delivery", 5, "give one way of pricing, not perGB and tiers"),
                c("pricing-band-order.yaml", "delivery.tiers", 6, "band 2's bound must be above the previous"),
                c("pricing-bad-unit.yaml", "delivery.perGB", 6, "expected a price per GB like '0.085/GB'",
                        "found '0.09/Gbps'"),
                c("pricing-prices-nothing.yaml", "", 0, "the sheet prices nothing"),
                // cost sections
                c("scenario-cost-missing-sheet.yaml", "cost.sheets[0]", 11,
                        "the price sheet 'no-such-sheet' does not exist", "pricing"),
                new Case("scenario-cost-broken-sheet.yaml", "pricing-negative-price.yaml", "originEgress.perGB",
                        List.of("negative values are not allowed"), 6),
                c("scenario-cost-unknown-field.yaml", "cost.repeatsPerMonth", 12,
                        "unknown field 'repeatsPerMonth'", "httpsShare, originInCdnCloud, projection, sheets, "
                                + "shieldTier"),
                c("scenario-cost-priced-twice.yaml", "cost.sheets", 11, "cdn delivery is priced twice",
                        "'valid-sheet'", "'valid-sheet-eu-only'"),
                c("scenario-cost-too-many-repeats.yaml", "cost.projection.repeatsPerMonth", 13,
                        "300000 repeats", "longer than a month"),
                c("scenario-cost-unpriced-region.yaml", "cost.sheets[0]", 11,
                        "no delivery price table for region 'na'"),
                c("scenario-cost-https-share.yaml", "cost.httpsShare", 12, "between 0 and 1", "1.5"));
    }

    // Pins, for each broken file: ScenarioException, file + path + problem in the message, the line, one problem.
    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void brokenFileIsRejectedClearly(Case c) {
        Path file = DIR.resolve(c.file());
        ScenarioException e = assertThrows(ScenarioException.class,
                () -> assertTimeoutPreemptively(Duration.ofSeconds(20), () -> load(file)));
        String message = e.getMessage();
        String shownFile = DIR.resolve(c.inFile()).toString();
        Problem p = e.problems().get(0);

        List<Executable> checks = new ArrayList<>();
        checks.add(() -> assertTrue(message.startsWith(shownFile),
                () -> "should start with the file " + shownFile + ": " + message));
        if (!c.path().isEmpty()) {
            checks.add(() -> assertTrue(message.contains(": " + c.path() + ": "),
                    () -> "should name " + c.path() + ": " + message));
        }
        for (String fragment : c.says()) {
            checks.add(() -> assertTrue(has(message, fragment), () -> "should say " + fragment + ": " + message));
        }
        for (String internal : INTERNALS) {
            checks.add(() -> assertFalse(message.contains(internal), () -> "leaks '" + internal + "': " + message));
        }
        checks.add(() -> assertEquals(1, e.problems().size(), () -> "one fault, so one problem, found: " + message));
        checks.add(() -> assertEquals(shownFile, p.file()));
        checks.add(() -> assertEquals(c.path(), p.path()));
        if (c.line() > 0) {
            checks.add(() -> assertEquals(c.line(), p.line(), () -> "line of " + c.path() + ": " + message));
            checks.add(() -> assertTrue(p.column() > 0, message));
        }
        assertAll(c.file(), checks);
    }

    // Pins that every file of the corpus has a case above (a new broken file cannot go untested).
    @Test
    void everyCorpusFileHasACase() throws IOException {
        Set<String> files;
        try (Stream<Path> s = Files.list(DIR)) {
            files = s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".yaml"))
                    .collect(Collectors.toCollection(TreeSet::new));
        }
        files.removeIf(name -> name.startsWith("valid-"));
        Set<String> covered = cases().map(Case::file).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(files, covered);
    }

    // Pins that the corpus's own valid files load, so each broken file differs from a good one by its fault only.
    @Test
    void validFilesOfTheCorpusLoad() throws ScenarioException {
        Topology t = TopologyReader.read(DIR.resolve("valid-topology.yaml"), "valid-topology.yaml");
        assertEquals(List.of(2, 1), t.tiers().stream().map(x -> x.nodes().size()).collect(Collectors.toList()));
        Scenario s = ScenarioReader.read(DIR.resolve("valid-scenario.yaml"));
        assertEquals("valid-small", s.name());
        assertEquals("test-small", s.topology().name());
        Scenario priced = ScenarioReader.read(DIR.resolve("valid-scenario-cost.yaml"));
        assertEquals(30, priced.cost().projection().repeatsPerMonth());
        assertEquals(1_000_000_000_000L, priced.cost().projection().baselineBytes());
        assertEquals("Test CDN", priced.cost().prices().sheets().get(0).provider());
        Topology cdns = TopologyReader.read(DIR.resolve("valid-topology-cdns.yaml"), "valid-topology-cdns.yaml");
        assertEquals(List.of("edge", "shield"), cdns.tiers().stream().map(x -> x.name()).toList());
        assertEquals(List.of(3, 1), cdns.tiers().stream().map(x -> x.nodes().size()).toList());
        assertEquals(List.of("cdn-a", "cdn-b"), cdns.cdns().stream().map(x -> x.name()).toList());
    }

    // Pins that a file holding a NUL byte is refused as binary.
    @Test
    void binaryFile(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("binary.yaml");
        Files.write(file, new byte[] {'n', 'a', 'm', 'e', ':', ' ', 'x', '\n', 0, 1, 2, (byte) 0xff, 0, '\n'});
        assertSingleProblem(file, "this is a binary file");
    }

    // Pins that a file that is not UTF-8 is refused as such.
    @Test
    void notUtf8(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("latin1.yaml");
        Files.write(file, "name: caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1));
        assertSingleProblem(file, "not UTF-8");
    }

    // Pins that a file over the size limit is refused before it is parsed.
    @Test
    void oversizedFile(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("huge.yaml");
        byte[] bytes = new byte[Documents.MAX_BYTES + 1];
        java.util.Arrays.fill(bytes, (byte) '#');
        bytes[bytes.length - 1] = '\n';
        Files.write(file, bytes);
        assertSingleProblem(file, "may be at most " + Documents.MAX_BYTES + " bytes");
    }

    // Pins that a scenario file that does not exist is reported as such, not as a crash.
    @Test
    void missingScenarioFile(@TempDir Path dir) {
        assertSingleProblem(dir.resolve("nope.yaml"), "no such file");
    }

    // Pins that a JSON scenario (JSON is accepted as well as YAML) loads.
    @Test
    void jsonScenarioLoads(@TempDir Path dir) throws IOException, ScenarioException {
        Path file = dir.resolve("s.json");
        String topology = DIR.resolve("valid-topology.yaml").toAbsolutePath().toString().replace("\\", "\\\\");
        Files.writeString(file, "{\"name\": \"json\", \"topology\": \"" + topology + "\", \"run\": {\"duration\": "
                + "\"10s\"}, \"workload\": {\"objects\": 10, \"rate\": \"5/s\", \"objectSize\": \"1MB\"}}");
        assertEquals("json", ScenarioReader.read(file).name());
    }

    // Pins that several problems in one file are all reported, sorted by line.
    @Test
    void everyProblemIsReportedInLineOrder(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("many.yaml");
        Files.writeString(file, String.join("\n",
                "name: many",
                "topology: " + DIR.resolve("valid-topology.yaml").toAbsolutePath(),
                "run:",
                "  duration: 10s",
                "  warmup: 1h",
                "workload:",
                "  objects: 0",
                "  rate: fast",
                "  objectSize: 1MB",
                ""));
        ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioReader.read(file));
        assertEquals(List.of("run.warmup", "workload.objects", "workload.rate"),
                e.problems().stream().map(Problem::path).collect(Collectors.toList()), e.getMessage());
        assertEquals(List.of(5, 7, 8), e.problems().stream().map(Problem::line).collect(Collectors.toList()));
    }

    // Pins that every unknown field of a file is reported in one read (each with its did-you-mean), not only the
    // first: three typos at different depths, one in a list, give three problems at their own lines.
    @Test
    void everyUnknownFieldIsReported(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("typos.yaml");
        Files.writeString(file, String.join("\n",
                "name: typos",
                "topology: " + DIR.resolve("valid-topology.yaml").toAbsolutePath(),
                "run:",
                "  duraton: 10s",
                "live:",
                "  segmentDuration: 2s",
                "audience:",
                "  viewers: 10",
                "  devices:",
                "    - { name: tv, wieght: 1 }",
                "plaeyr:",
                "  abr: bola",
                ""));
        ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioReader.read(file));
        assertEquals(List.of("run.duraton", "audience.devices[0].wieght", "plaeyr"),
                e.problems().stream().map(Problem::path).collect(Collectors.toList()), e.getMessage());
        assertEquals(List.of(4, 10, 11), e.problems().stream().map(Problem::line).collect(Collectors.toList()));
        assertTrue(e.problems().get(0).message().contains("did you mean 'duration'?"), e.getMessage());
        assertTrue(e.problems().get(1).message().contains("did you mean 'weight'?"), e.getMessage());
        assertTrue(e.problems().get(2).message().contains("did you mean 'player'?"), e.getMessage());
    }

    private static void assertSingleProblem(Path file, String says) {
        ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioReader.read(file));
        assertEquals(1, e.problems().size(), e.getMessage());
        assertEquals(file.toString(), e.problems().get(0).file());
        assertTrue(e.getMessage().startsWith(file.toString()), e.getMessage());
        assertTrue(e.getMessage().contains(says), e.getMessage());
    }

    private static Object load(Path file) throws ScenarioException {
        String name = file.getFileName().toString();
        if (name.startsWith("pricing-")) {
            return PriceSheetReader.read(file, file.toString());
        }
        return name.startsWith("topology-") ? TopologyReader.read(file, file.toString()) : ScenarioReader.read(file);
    }

    private static boolean has(String message, String fragment) {
        return fragment.startsWith("~") ? Pattern.compile(fragment.substring(1)).matcher(message).find()
                : message.contains(fragment);
    }
}
