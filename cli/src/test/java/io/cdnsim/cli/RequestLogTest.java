package io.cdnsim.cli;

import static io.cdnsim.cli.Cli.assertNoStackTrace;
import static io.cdnsim.cli.Cli.execute;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code cdnsim run --request-log}: the log a run writes, read back by {@code cdnsim replay}, and its bad input. */
class RequestLogTest {

    @TempDir
    Path dir;

    /** @return one edge of a capacity (LRU) in front of an origin 40 ms away, written as {@code dir/one-edge.yaml} */
    static Path oneEdge(Path dir, String capacity) throws IOException {
        Path t = dir.resolve("one-edge.yaml");
        Files.writeString(t, String.join("\n",
                "name: one-edge",
                "regions: [eu]",
                "tiers:",
                "  - name: edge",
                "    cache: { capacity: " + capacity + ", eviction: lru, serviceTime: 1ms }",
                "    nodes:",
                "      - { id: edge-ams, region: eu, weight: 1, parent: origin, rtt: 40ms }",
                "origins:",
                "  - { id: origin, serviceTime: 10ms }",
                ""));
        return t;
    }

    /** 200 viewers of a 30-title catalog for 90 s; every object fresh for a day, so nothing expires in the run. */
    private Path vod(Path topology) throws IOException {
        Path s = dir.resolve("small-vod.yaml");
        Files.writeString(s, String.join("\n",
                "name: small-vod",
                "topology: " + topology.toAbsolutePath().toString().replace("\\", "/"),
                "seed: 3",
                "run: { duration: 90s, warmup: 0s }",
                "vod: { titles: 30, alpha: 0.8, length: 2min, segmentDuration: 4s, ladder: hd }",
                "cacheControl:",
                "  master-manifest: \"public, max-age=86400\"",
                "  media-playlist: \"public, max-age=86400\"",
                "  init-segment: \"public, max-age=86400\"",
                "  media-segment: \"public, max-age=86400\"",
                "audience:",
                "  viewers: 200",
                "  arrival: { type: spike, at: 0s, ramp: 30s }",
                "  sessionLength: 10min",
                "  devices: [ { name: tv, weight: 1, maxBuffer: 20s, maxResolution: 1080p } ]",
                "  lastMile: { \"*\": { throughput: \"lognormal(median=8Mbps, sigma=0.5)\", rtt: 30ms } }",
                "player: { abr: throughput }",
                ""));
        return s;
    }

    /** @return the counts of the {@code all} row of a tier in a tiers.csv: hit, collapsed, ..., miss, error */
    private static long[] outcomes(Path tiersCsv, String tier) throws IOException {
        List<String> lines = Files.readAllLines(tiersCsv);
        List<String> header = Arrays.asList(lines.get(0).split(","));
        String[] row = lines.stream().map(l -> l.split(",")).filter(r -> r[1].equals(tier) && r[2].equals("all"))
                .findFirst().orElseThrow();
        return Stream.of("requests", "hit", "collapsed", "refresh_hit", "stale", "fallback", "miss", "error")
                .mapToLong(c -> Long.parseLong(row[header.indexOf(c)])).toArray();
    }

    private static String gunzip(Path file) throws IOException {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /**
     * Pins I7 against the run itself: the log of a small run, replayed through one cache of the edge's size and
     * policy, gives the edge's misses exactly, and as hits its hits and the requests that waited on another's fetch
     * (collapsed), since the log is in the order the edge decided its answers (a miss when its fetch returned). At 40 MB
     * the edge evicts most of what it fetched (4,886 misses of 5,534 requests), at 300 MB it keeps most.
     */
    @ParameterizedTest
    @ValueSource(strings = {"40MB", "300MB"})
    void theLogReplayedThroughTheSameCacheGivesTheEdgesHitsAndMisses(String capacity) throws IOException {
        Path log = dir.resolve("small.log.gz");
        Cli.Result run = execute("run", vod(oneEdge(dir, capacity)).toString(), "--out", dir.resolve("run").toString(),
                "--request-log", log.toString(), "--quiet");
        assertEquals(0, run.code(), run::toString);
        long[] edge = outcomes(dir.resolve("run/tiers.csv"), "edge");
        Cli.Result replay = execute("replay", log.toString(), "--cache", capacity, "--eviction", "lru",
                "--out", dir.resolve("replay").toString(), "--quiet");
        assertEquals(0, replay.code(), replay::toString);
        long[] cache = outcomes(dir.resolve("replay/tiers.csv"), "cache");
        assertEquals(edge[0], cache[0], "requests");
        assertEquals(edge[6], cache[6], "misses");
        assertEquals(edge[1] + edge[2], cache[1], "hits: the edge's hits and collapsed requests");
        assertTrue(edge[6] > 100 && edge[1] > 400, "a run with both: " + Arrays.toString(edge));
        String text = gunzip(log);
        assertEquals(edge[0], text.lines().filter(l -> !l.startsWith("#")).count(), "one line per edge request");
        assertTrue(text.startsWith("#Version: 1.0\n#Fields: date time x-edge-location sc-bytes c-ip cs-method"
                + " cs-uri-stem sc-status cs-uri-query x-edge-result-type time-to-first-byte x-outcome x-viewer"
                + " x-session\n"), text.substring(0, 300));
    }

    /** Pins Q2 for the log: a network of two partitions gives the same bytes on one thread and on two. */
    @Test
    void theLogIsTheSameOnOneThreadAndOnTwo() throws IOException {
        Path s = vod(Cli.TOPOLOGIES.resolve("edge-shield.yaml"));
        byte[][] logs = new byte[2][];
        for (int threads = 1; threads <= 2; threads++) {
            Path log = dir.resolve("t" + threads + ".log");
            Cli.Result run = execute("run", s.toString(), "--out", dir.resolve("out" + threads).toString(),
                    "--request-log", log.toString(), "--threads", String.valueOf(threads), "--quiet");
            assertEquals(0, run.code(), run::toString);
            logs[threads - 1] = Files.readAllBytes(log);
        }
        assertTrue(logs[0].length > 100_000, "a log of some size: " + logs[0].length);
        assertArrayEquals(logs[0], logs[1]);
        String text = new String(logs[0], StandardCharsets.UTF_8);
        assertTrue(text.contains("\tedge-nyc\t") && text.contains("\tedge-lon\t"), "both partitions' edges");
    }

    /**
     * Pins the format of a line (docs/cmcd.md): three on-demand viewers on edge-shield, the first segment of viewer 0
     * (seeded arrival, 8 Mbit/s, 720p cap): date and time of the first byte, POP, bytes, the address made of the
     * viewer's number, the path, status, the CMCD keys in alphabetical order (su: playback has not started; no mtp:
     * nothing measured; tb: the 720p rung, 3,000 kbps), CloudFront's result type, time to first byte (a miss: RTTs
     * edge-fra to the shield 85 ms and shield to origin 2 ms, the origin's service 20 ms, the shield's and the edge's
     * 1 ms each: 109 ms), cdnsim's outcome, viewer and session.
     */
    @Test
    void aLineIsWrittenAsDocumented() throws IOException {
        Path s = dir.resolve("tiny.yaml");
        Files.writeString(s, String.join("\n",
                "name: tiny",
                "topology: " + Cli.TOPOLOGIES.resolve("edge-shield.yaml").toAbsolutePath().normalize().toString()
                        .replace("\\", "/"),
                "seed: 3",
                "run: { duration: 20s, warmup: 0s }",
                "vod: { titles: 3, alpha: 0.8, length: 2min, segmentDuration: 4s, ladder: hd }",
                "audience:",
                "  viewers: 3",
                "  arrival: { type: spike, at: 0s, ramp: 5s }",
                "  sessionLength: 10min",
                "  devices: [ { name: tv, weight: 1, maxBuffer: 20s, maxResolution: 720p } ]",
                "  lastMile: { \"*\": { throughput: 8Mbps, rtt: 30ms } }",
                "player: { abr: throughput }",
                ""));
        Path log = dir.resolve("tiny.log");
        Cli.Result run = execute("run", s.toString(), "--out", dir.resolve("tiny").toString(), "--request-log",
                log.toString(), "--quiet");
        assertEquals(0, run.code(), run::toString);
        List<String> lines = Files.readAllLines(log);
        assertEquals(String.join("\t", "2000-01-01", "00:00:02.889139", "edge-fra", "190106", "10.0.0.0", "GET",
                "/t0/r0/seg0.m4s", "200", "CMCD=bl%3D0%2Cbr%3D400%2Cd%3D4000%2Cnor%3D%22seg1.m4s%22%2Cot%3Dv%2Csid%3D"
                        + "%2200000000-0000-4000-8000-000000000000%22%2Cst%3Dv%2Csu%2Ctb%3D3000%2Cv%3D1", "Miss",
                "0.109000", "miss", "0", "00000000-0000-4000-8000-000000000000"), lines.get(5));
    }

    /** Bad --request-log values stop the run before it starts, with exit 2 and nothing written. */
    @Test
    void badRequestLogsAreRefusedBeforeTheRun() throws IOException {
        Path s = vod(oneEdge(dir, "40MB"));
        Object[][] cases = {
            {dir.resolve("log.txt"), "the name must end in .gz (gzip), .zst (zstd) or .log (uncompressed)"},
            {dir.resolve("no-such-folder/log.gz"), "no such folder"},
            {dir, "the name must end in"},
        };
        for (Object[] c : cases) {
            Path out = dir.resolve("never");
            Cli.Result r = execute("run", s.toString(), "--out", out.toString(), "--request-log", c[0].toString());
            assertEquals(2, r.code(), r::toString);
            assertTrue(r.err().startsWith("--request-log: "), r::toString);
            assertTrue(r.err().contains((String) c[1]), r::toString);
            assertNoStackTrace(r.err());
            assertFalse(Files.exists(out), "no output folder");
        }
        Path log = dir.resolve("x.log.gz");
        Cli.Result synthetic = execute("run", Cli.shortScenario(dir).toString(), "--out", dir.resolve("never")
                .toString(), "--request-log", log.toString());
        assertEquals(2, synthetic.code(), synthetic::toString);
        assertTrue(synthetic.err().contains("has no viewers"), synthetic::toString);
        Cli.Result twice = execute("run", s.toString(), "--replications", "2", "--out", dir.resolve("never")
                .toString(), "--request-log", log.toString());
        assertEquals(2, twice.code(), twice::toString);
        assertTrue(twice.err().contains("--replications 1"), twice::toString);
        try (Stream<Path> left = Files.list(dir)) {
            assertTrue(left.noneMatch(p -> p.getFileName().toString().contains("x.log")), "no log, no partial log");
        }
    }
}
