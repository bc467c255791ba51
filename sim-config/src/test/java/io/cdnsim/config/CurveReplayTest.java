package io.cdnsim.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cdnsim.cache.CurveResult;
import io.cdnsim.cache.MissRatioCurve;
import io.cdnsim.content.RequestSource;
import io.cdnsim.metrics.Outcome;
import io.cdnsim.run.RunOptions;
import io.cdnsim.run.Simulation;
import io.cdnsim.run.TierResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The miss-ratio curve against separate replays of the same trace, one per size, through the replay's own run. */
class CurveReplayTest {

    @TempDir
    Path dir;

    /**
     * A plain trace, 4 requests a second, skewed over {@code objects} keys, each key with its own size (1 to
     * {@code maxSize} bytes, or 0 for one key in 40); one request in {@code changeEvery} asks for another size.
     */
    private Path trace(String name, int n, int objects, long maxSize, int changeEvery, long seed) throws IOException {
        SplittableRandom rng = new SplittableRandom(seed);
        long[] own = new long[objects];
        for (int o = 0; o < objects; o++) {
            own[o] = o % 40 == 7 ? 0 : 1 + rng.nextLong(maxSize);
        }
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < n; i++) {
            double u = rng.nextDouble();
            int o = (int) (objects * u * u);
            long size = changeEvery > 0 && i % changeEvery == changeEvery - 1 ? 1 + rng.nextLong(maxSize) : own[o];
            b.append(i / 4).append(' ').append(o + 1).append(' ').append(size).append('\n');
        }
        Path f = dir.resolve(name);
        Files.writeString(f, b);
        return f;
    }

    private static ReplayReader.Options options(Path t, String cache, String eviction, String admission,
                                                String warmup) {
        return new ReplayReader.Options(t, "plain", null, null, cache, eviction, admission, null, warmup, 1, "t");
    }

    /** Asserts that each point of the curve is the replay at that size: hits, misses, bytes and missed bytes. */
    private static void assertEqualsReplays(Path t, String sizes, String eviction, String admission, String warmup)
            throws Exception {
        CurveReader.Curve curve = CurveReader.read(options(t, sizes, eviction, admission, warmup), null, null);
        CurveResult c;
        try (RequestSource s = curve.replay().opener().open()) {
            c = MissRatioCurve.compute(s, curve.setup());
        }
        for (int j = 0; j < c.capacities().length; j++) {
            String size = c.capacities()[j] + "B";
            TierResult r = Simulation.run(ReplayReader.read(options(t, size, eviction, admission, warmup)), 0,
                    RunOptions.defaults()).tiers().get(0);
            String at = eviction + "/" + admission + " at " + size;
            assertEquals(r.requests(), c.requests(), at);
            assertEquals(r.stats().outcomes(Outcome.HIT), c.hits()[j], at);
            assertEquals(r.stats().outcomes(Outcome.MISS), c.requests() - c.hits()[j], at);
            assertEquals(r.stats().bytesOut(), c.bytes()[j], at);
            assertEquals(r.stats().bytesOut(Outcome.MISS), c.bytes()[j] - c.hitBytes()[j], at);
        }
    }

    /**
     * Pins the exactness: every point of the curve equals a separate replay at that size, hit for hit and byte
     * for byte, for every policy (and LRU and S3-FIFO with second-request admission), at six sizes from a third of
     * the largest object to most of the working set, on a trace of 20,000 requests of variable sizes (0 to 3,000
     * bytes) with size changes and a 10 s warm-up. LRU goes through stack distances and, from the first request
     * larger than a size or the first size change, one cache per size; the others, one cache per size throughout.
     */
    @Test
    void everyPointEqualsASeparateReplay() throws Exception {
        Path t = trace("v.txt", 20_000, 2_000, 3_000, 500, 5);
        String sizes = "1000B,4KB,15KB,60KB,250KB,1MB";
        for (String eviction : TopologyReader.EVICTIONS) {
            assertEqualsReplays(t, sizes, eviction, "always", "10s");
        }
        assertEqualsReplays(t, sizes, "lru", "second-request", null);
        assertEqualsReplays(t, sizes, "s3fifo", "second-request", "10s");
    }

    /**
     * Pins the LRU curve from stack distances alone (no size changes, no request larger than the smallest size) on a
     * log-spaced range of 12 sizes, against replays: the stack answers every size to the end.
     */
    @Test
    void aRangeFromStackDistancesEqualsSeparateReplays() throws Exception {
        Path t = trace("s.txt", 20_000, 3_000, 1_000, 0, 9);
        assertEqualsReplays(t, "1KB:3MB", "lru", "always", null);
        CurveReader.Curve curve = CurveReader.read(options(t, "1KB:3MB", null, null, null), "12", null);
        assertEquals(12, curve.setup().capacities().length);
        assertEquals(1_000, curve.setup().capacities()[0]);
        assertEquals(3_000_000, curve.setup().capacities()[11]);
        try (RequestSource s = curve.replay().opener().open()) {
            assertTrue(MissRatioCurve.compute(s, curve.setup()).stackOnly());
        }
    }
}
