package io.cdnsim.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ShardsTest {

    private static final long[] CAPS = {30_000, 100_000, 300_000, 1_000_000, 3_000_000};

    /**
     * Per capacity, the standard deviation of SHARDS' miss ratio if each object were in the sample with probability
     * {@code rate} independently and a sampled object missed as often as it does in the full cache: the estimate
     * sum(m_o I_o) / (rate N) has the variance {@code (1 - rate) / rate * sum_o m_o^2 / N^2}, with {@code m_o} the
     * object's misses and {@code N} all requests.
     */
    private static double[] sigmas(long[] keys, long[] sizes, double rate) {
        double[] sigma = new double[CAPS.length];
        for (int j = 0; j < CAPS.length; j++) {
            ObjectStore store = new ObjectStore(CAPS[j], new LruPolicy());
            Map<Long, long[]> perObject = new HashMap<>();
            for (int i = 0; i < keys.length; i++) {
                long[] nm = perObject.computeIfAbsent(keys[i], k -> new long[2]);
                nm[0]++;
                int s = store.find(keys[i]);
                if (s != ObjectStore.ABSENT) {
                    store.use(s);
                } else {
                    store.admit(keys[i], sizes[i]);
                    nm[1]++;
                }
            }
            double sum = 0;
            for (long[] nm : perObject.values()) {
                sum += (double) nm[1] * nm[1];
            }
            sigma[j] = Math.sqrt((1 - rate) / rate * sum) / keys.length;
        }
        return sigma;
    }

    /**
     * A Zipf-like trace: rank {@code floor(objects^u)} for uniform u (popularity about 1/rank), each object with its
     * own size of 1 to {@code maxSize} bytes.
     */
    static long[][] zipf(int n, int objects, long maxSize, long seed) {
        java.util.SplittableRandom rng = new java.util.SplittableRandom(seed);
        long[] own = new long[objects + 1];
        for (int o = 0; o <= objects; o++) {
            own[o] = 1 + rng.nextLong(maxSize);
        }
        long[] keys = new long[n];
        long[] sizes = new long[n];
        for (int i = 0; i < n; i++) {
            int o = (int) Math.floor(Math.pow(objects, rng.nextDouble()));
            keys[i] = o * 0x9E3779B97F4A7C15L;
            sizes[i] = own[o];
        }
        return new long[][] {keys, sizes};
    }

    /**
     * Pins SHARDS at a 10 % rate on a fixed trace (1,000,000 requests, popularity about 1/rank over 200,000 objects of
     * 1 to 100 bytes) and five fixed salts, against a bound derived from the two ways a sample varies:
     * <ul>
     *   <li>which objects' misses it counts: 4 standard deviations of the estimate if each object were sampled
     *       independently and missed as in the full cache ({@link #sigmas});</li>
     *   <li>how its distances spread: a cache of C bytes holds about K = C / (mean object size) objects, of which
     *       the sample holds K rate &plusmn; sqrt(K rate (1 - rate)), so the scaled distances answer like a full cache
     *       of C (1 &plusmn; d) with d = 4 sqrt((1 - rate) / (rate K)) at 4 standard deviations; the bound adds the
     *       largest change of the exact curve between C / (1 + d) and C (1 + d).</li>
     * </ul>
     * Also: the rate sampled is 10 % to within 1/2^24 and about 10 % of the requests are simulated. The mean absolute
     * error over the salts and sizes is printed (docs/replay.md quotes it).
     */
    @Test
    void estimatesAreWithinTheirDerivedBound() throws IOException {
        long[][] t = zipf(1_000_000, 200_000, 100, 77);
        double rate = 0.1;
        double meanSize = meanObjectSize(t[0], t[1]);
        long[] around = new long[3 * CAPS.length];
        double[] d = new double[CAPS.length];
        for (int j = 0; j < CAPS.length; j++) {
            d[j] = 4 * Math.sqrt((1 - rate) / (rate * CAPS[j] / meanSize));
            around[3 * j] = (long) (CAPS[j] / (1 + d[j]));
            around[3 * j + 1] = CAPS[j];
            around[3 * j + 2] = (long) (CAPS[j] * (1 + d[j]));
        }
        java.util.Arrays.sort(around);
        CurveResult exact = MissRatioCurve.compute(MissRatioCurveTest.source(t[0], t[1]),
                new MissRatioCurve.Setup(around, "lru", 0, 0, 1.0, 0));
        double[] sigma = sigmas(t[0], t[1], rate);
        double absErr = 0;
        double maxErr = 0;
        int n = 0;
        for (long salt = 1; salt <= 5; salt++) {
            CurveResult s = MissRatioCurve.compute(MissRatioCurveTest.source(t[0], t[1]),
                    new MissRatioCurve.Setup(CAPS, "lru", 0, 0, rate, salt));
            assertEquals(rate, s.rate(), 1.0 / (1 << 24));
            assertTrue(Math.abs(s.sampled() - rate * t[0].length) < 0.05 * t[0].length, "sampled " + s.sampled());
            for (int j = 0; j < CAPS.length; j++) {
                int at = java.util.Arrays.binarySearch(around, CAPS[j]);
                double m = exact.missRatio(at);
                double shift = Math.max(Math.abs(exact.missRatio(at - 1) - m), Math.abs(exact.missRatio(at + 1) - m));
                double bound = 4 * sigma[j] + shift;
                double err = s.missRatio(j) - m;
                absErr += Math.abs(err);
                maxErr = Math.max(maxErr, Math.abs(err));
                n++;
                assertTrue(Math.abs(err) <= bound, "salt " + salt + " at " + CAPS[j] + ": error " + err
                        + " beyond the bound " + bound);
            }
        }
        System.out.printf("SHARDS at 10 %%: mean absolute error %.5f, largest %.5f, over %d points%n", absErr / n,
                maxErr, n);
    }

    private static double meanObjectSize(long[] keys, long[] sizes) {
        Map<Long, Long> own = new HashMap<>();
        for (int i = 0; i < keys.length; i++) {
            own.put(keys[i], sizes[i]);
        }
        return own.values().stream().mapToLong(Long::longValue).average().orElse(1);
    }
}
