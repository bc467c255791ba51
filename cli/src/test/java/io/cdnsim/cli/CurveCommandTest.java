package io.cdnsim.cli;

import static io.cdnsim.cli.Cli.execute;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code cdnsim replay TRACE --cache A:B}: the curve's outputs and console, its bad input, and --libcachesim. */
class CurveCommandTest {

    @TempDir
    Path dir;

    /**
     * A hand-made trace: object 1 first asked with size 0, then 100 bytes twice; object 2 of 150 bytes, object 3 of
     * 100, object 4 of 50, each twice.
     */
    private Path handTrace() throws IOException {
        Path t = dir.resolve("hand.txt");
        Files.writeString(t, "0 1 0\n1 1 100\n2 1 100\n3 2 150\n4 2 150\n5 3 100\n6 3 100\n7 4 50\n8 4 50\n");
        return t;
    }

    private JsonNode cacheTier(Path out) throws IOException {
        return new ObjectMapper().readTree(out.resolve("summary.json").toFile()).get("runs").get(0).get("tiers").get(0);
    }

    /**
     * Pins --libcachesim on the hand-made trace through an S3-FIFO cache of 1,000 bytes (small queue 100 bytes).
     * cdnsim keeps the zero-size request: object 1 is stored with 0 bytes and its two later requests hit, answered
     * with 0 bytes; every second request hits (5 hits, 4 misses, 600 bytes). libCacheSim drops it (8 requests) and
     * stores neither object 1 nor 3 (exactly the quota) nor 2 (above it): only object 4 hits (1 hit, 7 misses,
     * 800 bytes). Through LRU, --libcachesim only drops the zero-size request: 4 hits, 4 misses.
     */
    @Test
    void libCacheSimCountsAsLibCacheSimOnAHandMadeTrace() throws IOException {
        Path t = handTrace();
        Path a = dir.resolve("a");
        assertEquals(0, execute("replay", t.toString(), "--cache", "1000B", "--eviction", "s3fifo", "--out",
                a.toString(), "-q").code());
        JsonNode c = cacheTier(a);
        assertEquals(9, c.get("requests").asLong(), c::toString);
        assertEquals(5, c.get("outcomes").get("hit").asLong(), c::toString);
        assertEquals(4, c.get("outcomes").get("miss").asLong(), c::toString);
        assertEquals(600, c.get("bytesOut").asLong(), c::toString);
        Path b = dir.resolve("b");
        assertEquals(0, execute("replay", t.toString(), "--cache", "1000B", "--eviction", "s3fifo", "--libcachesim",
                "--out", b.toString(), "-q").code());
        c = cacheTier(b);
        assertEquals(8, c.get("requests").asLong(), c::toString);
        assertEquals(1, c.get("outcomes").get("hit").asLong(), c::toString);
        assertEquals(7, c.get("outcomes").get("miss").asLong(), c::toString);
        assertEquals(800, c.get("bytesOut").asLong(), c::toString);
        Path l = dir.resolve("l");
        assertEquals(0, execute("replay", t.toString(), "--cache", "1000B", "--libcachesim", "--out", l.toString(),
                "-q").code());
        c = cacheTier(l);
        assertEquals(4, c.get("outcomes").get("hit").asLong(), c::toString);
        assertEquals(4, c.get("outcomes").get("miss").asLong(), c::toString);
    }

    /**
     * Pins the curve's files and its agreement with the replays above: S3-FIFO --libcachesim at 1,000 and 2,000
     * bytes misses 7 and 4 of the 8 requests, 750 and 400 of the 800 bytes (at 2,000 bytes the small queue is 200
     * bytes: objects 1 to 4 are all stored, each second request hits); the same command writes the same bytes twice.
     */
    @Test
    void aCurveWritesItsFilesIdenticallyAndMatchesTheReplays() throws IOException {
        Path t = handTrace();
        Path[] outs = {dir.resolve("c1"), dir.resolve("c2")};
        for (Path out : outs) {
            Cli.Result r = execute("replay", t.toString(), "--cache", "2000B,1000B", "--eviction", "s3fifo",
                    "--libcachesim", "--out", out.toString());
            assertEquals(0, r.code(), r::toString);
            assertTrue(r.out().contains("S3FIFO, 2 sizes from 1.00 KB to 2.00 KB"), r::toString);
        }
        List<String> rows = Files.readAllLines(outs[0].resolve("mrc.csv"));
        assertEquals("1000,0.87500000,0.93750000,8,7,800,750,1000", rows.get(1));
        assertEquals("2000,0.50000000,0.50000000,8,4,800,400,2000", rows.get(2));
        for (String f : List.of("mrc.csv", "mrc.png", "mrc.svg")) {
            assertArrayEquals(Files.readAllBytes(outs[0].resolve(f)), Files.readAllBytes(outs[1].resolve(f)), f);
        }
    }

    /** Pins bad input: each case exits 2 with a message naming the option and the problem, and writes nothing. */
    @Test
    void badInputIsRefusedBeforeAnythingIsWritten() throws IOException {
        Path t = handTrace();
        String[][] cases = {
            {"--cache 1GB:1GB", "--cache", "from a smaller size to a larger one"},
            {"--cache 2GB:1GB", "--cache", "from a smaller size to a larger one"},
            {"--cache 1GB:2GB:3GB", "--cache", "a range is two sizes"},
            {"--cache 0B:1GB", "--cache", "more than 0 bytes"},
            {"--cache 1GB,0B", "--cache", "more than 0 bytes"},
            {"--cache 1GB,,2GB", "--cache", "an empty size"},
            {"--cache 1GB,1000MB", "--cache", "the same size"},
            {"--cache 1GB:2GB --points 65", "--points", "from 2 to 64"},
            {"--cache 1GB:2GB --points 1", "--points", "from 2 to 64"},
            {"--cache 10B:12B --points 8", "--cache", "too narrow"},
            {"--cache 1GB,2GB --points 4", "--points", "a list gives its sizes"},
            {"--cache 1GB:2GB --sample 0", "--sample", "from 0.0001 to 1"},
            {"--cache 1GB:2GB --sample 1.5", "--sample", "from 0.0001 to 1"},
            {"--cache 1GB --sample 0.1", "--sample", "applies to a miss-ratio curve"},
            {"--cache 1GB:2GB --eviction lfru", "--eviction", "unknown eviction policy"},
            {"--cache 1GB:2GB --json", "--json", "no summary.json"},
            {"--cache 1GB:2GB --cache-control max-age=60", "--cache-control", "never expire"},
            {"--cache 1GB:2GB --libcachesim --trace-options skip-zero-size=false", "--libcachesim", "size 0"},
        };
        StringBuilder many = new StringBuilder("1KB");
        for (int i = 2; i <= 65; i++) {
            many.append(',').append(i).append("KB");
        }
        List<String[]> all = new ArrayList<>(List.of(cases));
        all.add(new String[] {"--cache " + many, "--cache", "at most 64"});
        for (String[] c : all) {
            Path out = dir.resolve("bad");
            List<String> args = new ArrayList<>(List.of("replay", t.toString(), "--out", out.toString()));
            args.addAll(List.of(c[0].split(" ")));
            Cli.Result r = execute(args);
            assertEquals(2, r.code(), c[0] + ": " + r);
            assertTrue(r.err().contains(c[1]) && r.err().contains(c[2]), c[0] + ": " + r);
            assertFalse(r.err().contains("Exception"), c[0] + ": " + r);
            assertFalse(Files.exists(out), c[0]);
        }
    }

    /** Pins a trace that is bad past its start: the curve stops at the bad line, exit 2, and writes nothing. */
    @Test
    void aBadLineLaterInTheTraceWritesNothing() throws IOException {
        Path t = dir.resolve("late.txt");
        Files.writeString(t, "0 1 100\n1 2 100\n2 3\n");
        Path out = dir.resolve("o");
        Cli.Result r = execute("replay", t.toString(), "--cache", "1KB:1MB", "--out", out.toString());
        assertEquals(2, r.code(), r::toString);
        assertTrue(r.err().contains("line 3"), r::toString);
        assertFalse(Files.exists(out));
    }
}
