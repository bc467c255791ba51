package io.cdnsim.cli;

import static io.cdnsim.cli.Cli.execute;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code cdnsim replay} end to end: formats, detection, compression, the outputs and the error paths. */
class ReplayCommandTest {

    @TempDir
    Path dir;

    /** 1, 2, 1, 3, 1, 2 with sizes 100, 200, 300: an LRU cache of 300 bytes misses 1, 2, 3 and then 2 again. */
    private static final long[][] REQUESTS = {{0, 1, 100}, {1, 2, 200}, {2, 1, 100}, {3, 3, 300}, {4, 1, 100},
        {5, 2, 200}};

    private Path oracleGeneral() throws IOException {
        ByteBuffer b = ByteBuffer.allocate(24 * REQUESTS.length).order(ByteOrder.LITTLE_ENDIAN);
        for (long[] r : REQUESTS) {
            b.putInt((int) r[0]).putLong(r[1]).putInt((int) r[2]).putLong(-1);
        }
        Path f = dir.resolve("t.oracleGeneral");
        Files.write(f, b.array());
        return f;
    }

    /**
     * Pins a hand-computed replay through one 300-byte LRU cache, the format detected from the content: 1 (miss),
     * 2 (miss), 1 (hit), 3 (miss: evicts 2 and 1), 1 (miss: evicts 3), 2 (miss) — 1 hit, 5 misses, 100 bytes
     * served from the cache out of 1,000.
     */
    @Test
    void handComputedLruReplay() throws IOException {
        Path out = dir.resolve("out");
        Cli.Result r = execute("replay", oracleGeneral().toString(), "--cache", "300B", "--out", out.toString());
        assertEquals(0, r.code(), r::toString);
        assertTrue(r.out().contains("on topology single-cache"), r::toString);
        JsonNode cache = new ObjectMapper().readTree(out.resolve("summary.json").toFile()).get("runs").get(0)
                .get("tiers").get(0);
        assertEquals(6, cache.get("requests").asLong(), cache::toString);
        assertEquals(1, cache.get("outcomes").get("hit").asLong(), cache::toString);
        assertEquals(5, cache.get("outcomes").get("miss").asLong(), cache::toString);
        assertEquals(1000, cache.get("bytesOut").asLong(), cache::toString);
        assertTrue(Files.exists(out.resolve("timeseries.csv")));
    }

    /** Pins compression: the same trace gzip-compressed gives the same summary. */
    @Test
    void gzipTraceGivesTheSameResult() throws IOException {
        Path plain = oracleGeneral();
        Path gz = dir.resolve("t.oracleGeneral.gz");
        try (OutputStream o = new GZIPOutputStream(Files.newOutputStream(gz))) {
            o.write(Files.readAllBytes(plain));
        }
        assertEquals(0, execute("replay", plain.toString(), "--cache", "300B", "--name", "t", "--out",
                dir.resolve("a").toString(), "-q").code());
        assertEquals(0, execute("replay", gz.toString(), "--cache", "300B", "--name", "t", "--out",
                dir.resolve("b").toString(), "-q").code());
        assertEquals(Files.readString(dir.resolve("a/summary.json")).replace("t.oracleGeneral.gz", "t.oracleGeneral"),
                Files.readString(dir.resolve("b/summary.json")).replace("t.oracleGeneral.gz", "t.oracleGeneral"));
    }

    /** Pins the bad-input contract: a malformed line far into the trace exits 2, names the line, writes nothing. */
    @Test
    void malformedLineExits2WithoutOutputs() throws IOException {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 1000; i++) {
            b.append(i).append(' ').append(i % 7).append(" 10\n");
        }
        b.append("1000 7\n");
        Path t = Files.writeString(dir.resolve("t.txt"), b);
        Path out = dir.resolve("out");
        Cli.Result r = execute("replay", t.toString(), "--format", "plain", "--cache", "1KB", "--out",
                out.toString());
        assertEquals(2, r.code(), r::toString);
        assertTrue(r.err().contains("line 1001"), r::toString);
        assertFalse(r.err().contains("Exception"), r::toString);
        assertFalse(Files.exists(out), "no output folder");
    }

    /** Pins option errors: neither --cache nor --topology, an unknown format: exit 2 and what to do. */
    @Test
    void optionErrors() throws IOException {
        Path t = oracleGeneral();
        Cli.Result r = execute("replay", t.toString());
        assertEquals(2, r.code(), r::toString);
        assertTrue(r.err().contains("give either --topology FILE or --cache SIZE"), r::toString);
        r = execute("replay", t.toString(), "--cache", "1MB", "--format", "parquet");
        assertEquals(2, r.code(), r::toString);
        assertTrue(r.err().contains("--format: unknown trace format 'parquet'"), r::toString);
    }

    /** Pins replay through a shipped topology: the edge's misses are the shield's requests. */
    @Test
    void replayThroughATopology() throws IOException {
        Path out = dir.resolve("out");
        Cli.Result r = execute("replay", oracleGeneral().toString(), "--topology",
                Cli.TOPOLOGIES.resolve("edge-shield.yaml").toString(), "--out", out.toString(), "-q");
        assertEquals(0, r.code(), r::toString);
        JsonNode tiers = new ObjectMapper().readTree(out.resolve("summary.json").toFile()).get("runs").get(0)
                .get("tiers");
        assertEquals(6, tiers.get(0).get("requests").asLong());
        assertEquals(tiers.get(0).get("upstreamRequests").asLong(), tiers.get(1).get("requests").asLong(),
                tiers::toString);
    }

    /**
     * Pins the README's replay example on the shipped sample log (traces/cloudfront-sample.log.gz, a gzipped
     * CloudFront log, detected): its 48,862 requests through one 5 GB LRU cache give 18,718 hits, as the README
     * says, and S3-FIFO does better on the same log (21,669 hits).
     */
    @Test
    void shippedSampleLogReplaysAsTheReadmeSays() throws IOException {
        Path sample = Cli.TOPOLOGIES.resolveSibling("traces").resolve("cloudfront-sample.log.gz");
        long[] hits = new long[2];
        String[] policies = {"lru", "s3fifo"};
        for (int i = 0; i < 2; i++) {
            Path out = dir.resolve(policies[i]);
            Cli.Result r = execute("replay", sample.toString(), "--cache", "5GB", "--eviction", policies[i],
                    "--out", out.toString(), "-q");
            assertEquals(0, r.code(), r::toString);
            JsonNode cache = new ObjectMapper().readTree(out.resolve("summary.json").toFile()).get("runs").get(0)
                    .get("tiers").get(0);
            assertEquals(48_862, cache.get("requests").asLong(), cache::toString);
            hits[i] = cache.get("outcomes").get("hit").asLong();
        }
        assertEquals(18_718, hits[0]);
        assertEquals(21_669, hits[1]);
    }
}
