package io.cdnsim.cache;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cdnsim.content.RequestSource;
import java.io.IOException;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class MissRatioCurveTest {

    /** Requests from arrays: one per second, as a replay would read them. */
    static RequestSource source(long[] keys, long[] sizes) {
        return new RequestSource() {
            private int i = -1;

            @Override
            public boolean next() {
                return ++i < keys.length;
            }

            @Override
            public long time() {
                return i * 1_000_000L;
            }

            @Override
            public long key() {
                return keys[i];
            }

            @Override
            public long size() {
                return sizes[i];
            }

            @Override
            public void close() {
            }
        };
    }

    /** Hits, bytes answered and bytes answered from the cache of one cache, as the replay's single cache counts. */
    static long[] reference(long[] keys, long[] sizes, long capacity, String policy, int cells, int warmupRequests) {
        ObjectStore store = new ObjectStore(capacity, EvictionPolicy.named(policy));
        SecondHitAdmission admission = cells > 0 ? new SecondHitAdmission(cells) : null;
        long[] r = new long[3];
        for (int i = 0; i < keys.length; i++) {
            boolean counts = i >= warmupRequests;
            int s = store.find(keys[i]);
            if (s != ObjectStore.ABSENT) {
                store.use(s);
                if (counts) {
                    r[0]++;
                    r[1] += store.size(s);
                    r[2] += store.size(s);
                }
            } else {
                if (admission == null || admission.admit(keys[i])) {
                    store.admit(keys[i], sizes[i]);
                }
                if (counts) {
                    r[1] += sizes[i];
                }
            }
        }
        return r;
    }

    /** A skewed random trace: {@code n} requests over {@code objects} keys, each key with its own size. */
    static long[][] trace(int n, int objects, long maxSize, double sizeChanges, double zeros, long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        long[] own = new long[objects];
        for (int o = 0; o < objects; o++) {
            own[o] = rng.nextDouble() < zeros ? 0 : 1 + rng.nextLong(maxSize);
        }
        long[] keys = new long[n];
        long[] sizes = new long[n];
        for (int i = 0; i < n; i++) {
            double u = rng.nextDouble();
            int o = (int) (objects * u * u * u);
            keys[i] = 1_000 + o * 7919L;
            sizes[i] = rng.nextDouble() < sizeChanges ? 1 + rng.nextLong(maxSize) : own[o];
        }
        return new long[][] {keys, sizes};
    }

    private static void assertMatchesReplays(long[][] t, long[] caps, String policy, int cells, int warmupRequests)
            throws IOException {
        CurveResult c = MissRatioCurve.compute(source(t[0], t[1]),
                new MissRatioCurve.Setup(caps, policy, cells, warmupRequests * 1_000_000L, 1.0, 42));
        assertEquals(t[0].length - warmupRequests, c.requests());
        for (int j = 0; j < caps.length; j++) {
            long[] r = reference(t[0], t[1], caps[j], policy, cells, warmupRequests);
            assertArrayEquals(r, new long[] {c.hits()[j], c.bytes()[j], c.hitBytes()[j]},
                    policy + " at " + caps[j] + " bytes");
        }
    }

    /**
     * Pins the one-pass LRU curve (stack distances) against one cache per capacity, hit for hit and byte for byte, on
     * traces with sizes of 1 to 1,000 bytes and capacities of 1,500 bytes to 1.5 MB: the stack answers for every
     * capacity to the end (no request is larger than 1,500 bytes, no object changes size).
     */
    @Test
    void lruCurveFromStackDistancesEqualsOneCachePerSize() throws IOException {
        long[] caps = {1_500, 4_000, 10_000, 25_000, 60_000, 150_000, 400_000, 1_500_000};
        for (long seed = 1; seed <= 3; seed++) {
            long[][] t = trace(60_000, 5_000, 1_000, 0, 0, seed);
            assertMatchesReplays(t, caps, "lru", 0, 0);
            CurveResult c = MissRatioCurve.compute(source(t[0], t[1]),
                    new MissRatioCurve.Setup(caps, "lru", 0, 0, 1.0, 42));
            assertTrue(c.stackOnly());
        }
    }

    /**
     * Pins the corners where the stack alone would be wrong, against one cache per capacity: objects larger than the
     * small capacities (sizes to 5,000 bytes, capacities from 1,000), a share of zero-size objects, requests whose
     * size differs from the object's own (1 in 2,000: the stack hands every capacity its own cache there), and a
     * warm-up of 10,000 requests.
     */
    @Test
    void lruCurveIsExactWithLargeObjectsZeroSizesSizeChangesAndWarmup() throws IOException {
        long[] caps = {1_000, 3_000, 8_000, 20_000, 70_000, 300_000};
        assertMatchesReplays(trace(50_000, 3_000, 5_000, 0, 0.05, 11), caps, "lru", 0, 10_000);
        assertMatchesReplays(trace(50_000, 3_000, 5_000, 0.0005, 0.05, 12), caps, "lru", 0, 10_000);
        assertMatchesReplays(trace(50_000, 3_000, 900, 0.0005, 0, 13), caps, "lru", 0, 0);
    }

    /** Pins the side-by-side caches of every other policy, and LRU with second-request admission, the same way. */
    @Test
    void otherPoliciesAndAdmissionEqualOneCachePerSize() throws IOException {
        long[] caps = {2_000, 9_000, 40_000, 200_000};
        long[][] t = trace(30_000, 3_000, 3_000, 0.001, 0.02, 21);
        for (String policy : EvictionPolicy.NAMES) {
            assertMatchesReplays(t, caps, policy, 0, 5_000);
        }
        assertMatchesReplays(t, caps, "lru", 1 << 12, 5_000);
        assertMatchesReplays(t, caps, "s3fifo", 1 << 12, 0);
    }

    /** Bytes this thread allocated while computing a curve of the trace (the trace itself made beforehand). */
    private static long allocated(long[][] t, long[] caps, String policy, double rate) throws IOException {
        com.sun.management.ThreadMXBean threads =
                (com.sun.management.ThreadMXBean) java.lang.management.ManagementFactory.getThreadMXBean();
        RequestSource s = source(t[0], t[1]);
        long before = threads.getThreadAllocatedBytes(Thread.currentThread().getId());
        MissRatioCurve.compute(s, new MissRatioCurve.Setup(caps, policy, 0, 0, rate, 1));
        return threads.getThreadAllocatedBytes(Thread.currentThread().getId()) - before;
    }

    /**
     * Pins that the per-request path allocates nothing: a curve of 1,000,000 requests over the same 2,000 objects as
     * one of 100,000 allocates less than 64 KB more (the structures grow with the objects, not with the requests;
     * the stack's line is renumbered in place), for LRU's stack, for side-by-side caches and for a sample.
     */
    @Test
    void thePerRequestPathAllocatesNothing() throws IOException {
        long[] caps = {5_000, 50_000, 500_000};
        long[][] small = trace(100_000, 2_000, 500, 0, 0, 3);
        long[][] large = trace(1_000_000, 2_000, 500, 0, 0, 3);
        for (String policy : new String[] {"lru", "s3fifo"}) {
            for (double rate : new double[] {1, 0.5}) {
                allocated(small, caps, policy, rate);
                long extra = allocated(large, caps, policy, rate) - allocated(small, caps, policy, rate);
                assertTrue(extra < 64 * 1024, policy + " at rate " + rate + ": " + extra + " bytes more");
            }
        }
    }

    /**
     * Pins what a sample simulates for a policy other than LRU (the miniature simulation): exactly one cache of
     * floor(rate * C) bytes per size on the requests of the sampled keys, hit for hit; the keys sampled are those whose
     * hash falls below round(0.25 * 2^24), and the estimate divides the sample's misses by 0.25 times all requests.
     */
    @Test
    void aSampleOfAnotherPolicyIsOneScaledCachePerSize() throws IOException {
        long[][] t = trace(40_000, 4_000, 500, 0, 0, 31);
        long[] caps = {20_000, 100_000, 400_000};
        long threshold = Math.round(0.25 * (1 << 24));
        CurveResult c = MissRatioCurve.compute(source(t[0], t[1]),
                new MissRatioCurve.Setup(caps, "sieve", 0, 0, 0.25, 9));
        int n = 0;
        for (long key : t[0]) {
            n += MissRatioCurve.sampled(key, 9, threshold) ? 1 : 0;
        }
        long[] keys = new long[n];
        long[] sizes = new long[n];
        for (int i = 0, m = 0; i < t[0].length; i++) {
            if (MissRatioCurve.sampled(t[0][i], 9, threshold)) {
                keys[m] = t[0][i];
                sizes[m++] = t[1][i];
            }
        }
        assertEquals(n, c.requests());
        for (int j = 0; j < caps.length; j++) {
            long[] r = reference(keys, sizes, (long) Math.floor(caps[j] * 0.25), "sieve", 0, 0);
            assertArrayEquals(r, new long[] {c.hits()[j], c.bytes()[j], c.hitBytes()[j]}, "at " + caps[j]);
            assertEquals((n - r[0]) / (0.25 * t[0].length), c.missRatio(j), 1e-12);
        }
    }

    /**
     * Pins SHARDS' rule for LRU against a naive reference: on the sampled requests, a request hits at C iff its
     * distance among the sampled objects (the sizes, at their latest request, of the distinct keys requested since
     * its previous request, found by scanning back), divided by the rate, plus its own size is at most C.
     */
    @Test
    void aSampleOfLruHitsWhereTheScaledDistanceFits() throws IOException {
        long[][] t = trace(6_000, 800, 300, 0, 0, 41);
        long[] caps = {2_000, 10_000, 50_000};
        double rate = 0.5;
        long threshold = Math.round(rate * (1 << 24));
        CurveResult c = MissRatioCurve.compute(source(t[0], t[1]),
                new MissRatioCurve.Setup(caps, "lru", 0, 0, rate, 5));
        java.util.List<long[]> sampled = new java.util.ArrayList<>();
        for (int i = 0; i < t[0].length; i++) {
            if (MissRatioCurve.sampled(t[0][i], 5, threshold)) {
                sampled.add(new long[] {t[0][i], t[1][i]});
            }
        }
        long[] hits = new long[caps.length];
        for (int i = 0; i < sampled.size(); i++) {
            java.util.Set<Long> seen = new java.util.HashSet<>();
            long d = 0;
            boolean found = false;
            for (int b = i - 1; b >= 0; b--) {
                long key = sampled.get(b)[0];
                if (key == sampled.get(i)[0]) {
                    found = true;
                    break;
                }
                if (seen.add(key)) {
                    d += sampled.get(b)[1];
                }
            }
            for (int j = 0; j < caps.length; j++) {
                if (found && d / rate + sampled.get(i)[1] <= caps[j]) {
                    hits[j]++;
                }
            }
        }
        assertEquals(sampled.size(), c.requests());
        assertArrayEquals(hits, c.hits());
    }
}
