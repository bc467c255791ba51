package io.cdnsim.cache;

import io.cdnsim.content.RequestSource;
import java.io.IOException;
import java.util.Arrays;

/**
 * The miss-ratio curve of a request log: the request and byte miss ratios of one cache at each of several capacities,
 * in one pass over the log, each point equal to what a replay through a single cache of that capacity counts
 * ({@code cdnsim replay --cache}: a copy answers with the size it was stored with, an object larger than the cache is
 * not stored and evicts nothing, requests before the warm-up fill the cache but are not counted).
 *
 * <pre>
 * LRU (no admission rule): Mattson's stack (LruStack) answers for every capacity at once:
 *   a reference with stack distance d and size s hits at every capacity C with d + s &lt;= C
 *   hitsFrom[smallest such C]++           (a capacity's hits: the sum of hitsFrom up to it)
 *   before a request larger than some capacities C: each such C gets its own LRU cache, filled from the stack
 *   before a request whose size differs from the object's previous one: every capacity gets its own cache
 * any other policy, or an admission rule: one cache per capacity from the first request, side by side
 * sampling (SHARDS): only requests whose key hashes below rate * 2^24 are simulated;
 *   LRU on the stack: a sampled request hits at C iff d / rate + size &lt;= C  (the sampled distance scaled up)
 *   other policies, admission: one cache of rate * C bytes per size (miniature simulation)
 *   miss ratio = sampled misses / (rate * all requests counted)       (SHARDS_adj's correction)
 * </pre>
 *
 * <p>The stack is exact while it is used: an LRU cache that stores every object up to its capacity holds the top of
 * the stack up to its capacity (see {@link LruStack}); a request larger than the capacity leaves the cache untouched
 * but would sit on the stack, and an object whose size changed would be held with its old size by the capacities it
 * hit and its new size by those it missed, which is why those capacities leave the stack before such a request. From
 * then on they cost what a replay costs.
 *
 * <p>The per-request path allocates nothing.
 */
public final class MissRatioCurve {

    /** The most capacities one curve computes. */
    public static final int MAX_POINTS = 64;
    /** Sampling resolution: a key is sampled iff the top 24 bits of its hash are below {@code rate * 2^24}. */
    public static final int SAMPLE_BITS = 24;
    private static final long SAMPLE_SPACE = 1L << SAMPLE_BITS;

    /**
     * What to compute.
     *
     * @param capacities     the capacities in bytes, increasing, at most {@link #MAX_POINTS}
     * @param policy         an eviction policy name ({@link EvictionPolicy#named})
     * @param admissionCells 0 to store every missed object, else the cells of a second-request admission table
     * @param warmup         requests sent before this time (microseconds since the first) are not counted
     * @param sampleRate     the share of keys simulated, in (0, 1]: 1 for every request
     * @param salt           mixed into the sampling hash (the run's seed), so that another salt samples other keys
     */
    public record Setup(long[] capacities, String policy, int admissionCells, long warmup, double sampleRate,
                        long salt) {
    }

    private final long[] requested;
    private final long[] cap;
    private final int k;
    private final String policy;
    private final int admissionCells;
    private final long warmup;
    private final long threshold;
    private final double rate;
    private final long salt;

    /**
     * Requests read ahead: their stack entries (or each cache's entries, {@link ObjectStore#touchAll}) are read in
     * passes before the first is simulated, so that the processor waits for main memory a few times per block rather
     * than a few times per request.
     */
    private static final int BLOCK = 32;
    /** Victims read ahead per block and cache, as a replay reads them ({@code TraceClients}). */
    private static final int VICTIMS = 12;
    private final long[] blockKeys = new long[BLOCK];
    private final long[] blockSizes = new long[BLOCK];
    private final boolean[] blockCounts = new boolean[BLOCK];
    private final int[] blockIds = new int[BLOCK];
    /** Sum of what the read-ahead read; kept so the reads are not optimized away, never used. */
    private long touched;

    private LruStack stack;
    /** Capacities below this index have their own cache; the others are answered by the stack. */
    private int firstClean;
    private final ObjectStore[] stores;
    private final SecondHitAdmission[] admissions;

    private final long[] hitsFrom;
    private final long[] hitBytesFrom;
    private final long[] stackBytesAt;
    private final long[] cacheFrom;
    private final long[] hits;
    private final long[] hitBytes;
    private final long[] bytes;
    private long stackBytes;
    private long read;
    private long sampled;
    private long counted;
    private long all;
    private long allBytes;
    private String leftStack;

    private MissRatioCurve(Setup setup) {
        requested = setup.capacities().clone();
        k = requested.length;
        if (k == 0 || k > MAX_POINTS) {
            throw new IllegalArgumentException("1 to " + MAX_POINTS + " capacities, found " + k);
        }
        if (!(setup.sampleRate() > 0 && setup.sampleRate() <= 1)) {
            throw new IllegalArgumentException("the sampling rate must be in (0, 1]: " + setup.sampleRate());
        }
        threshold = Math.max(1, Math.round(setup.sampleRate() * SAMPLE_SPACE));
        rate = rate(threshold);
        cap = new long[k];
        for (int j = 0; j < k; j++) {
            if (requested[j] <= 0 || j > 0 && requested[j] <= requested[j - 1]) {
                throw new IllegalArgumentException("capacities must be positive and increasing");
            }
            cap[j] = threshold == SAMPLE_SPACE ? requested[j] : Math.max(1, (long) Math.floor(requested[j] * rate));
        }
        policy = setup.policy();
        EvictionPolicy.named(policy);
        admissionCells = setup.admissionCells();
        warmup = setup.warmup();
        salt = setup.salt();
        stores = new ObjectStore[k];
        admissions = admissionCells > 0 ? new SecondHitAdmission[k] : null;
        hitsFrom = new long[k];
        hitBytesFrom = new long[k];
        stackBytesAt = new long[k];
        cacheFrom = new long[k];
        Arrays.fill(cacheFrom, -1);
        hits = new long[k];
        hitBytes = new long[k];
        bytes = new long[k];
        if ("lru".equals(policy) && admissionCells == 0) {
            stack = new LruStack(cap[k - 1]);
        } else {
            leave(k, null);
        }
    }

    /**
     * Computes a curve.
     *
     * @param source the requests, read once to their end
     * @param setup  what to compute
     * @return the curve
     * @throws IOException if the log cannot be read or is malformed
     */
    public static CurveResult compute(RequestSource source, Setup setup) throws IOException {
        MissRatioCurve c = new MissRatioCurve(setup);
        c.run(source);
        return c.result();
    }

    /**
     * @param threshold a sampling threshold out of 2^24
     * @return the share of keys it samples
     */
    private static double rate(long threshold) {
        return (double) threshold / SAMPLE_SPACE;
    }

    private void run(RequestSource source) throws IOException {
        boolean sampling = threshold < SAMPLE_SPACE;
        boolean more = true;
        while (more) {
            int n = 0;
            while (n < BLOCK && (more = source.next())) {
                read++;
                long key = source.key();
                long size = source.size();
                boolean counts = source.time() >= warmup;
                if (counts) {
                    all++;
                    allBytes += size;
                }
                if (!sampling || sampled(key)) {
                    blockKeys[n] = key;
                    blockSizes[n] = size;
                    blockCounts[n] = counts;
                    n++;
                }
            }
            if (stack != null) {
                for (int i = 0; i < n; i++) {
                    blockIds[i] = stack.find(blockKeys[i]);
                }
                long t = 0;
                for (int i = 0; i < n; i++) {
                    t += stack.touch(blockIds[i]);
                }
                touched += t;
            }
            for (int j = 0; j < firstClean && n > 0; j++) {
                touched += stores[j].touchAll(blockKeys, n, blockIds) + stores[j].touchVictims(VICTIMS);
            }
            for (int i = 0; i < n; i++) {
                sampled++;
                if (firstClean < k) {
                    stackStep(blockKeys[i], blockSizes[i], blockCounts[i]);
                }
                if (firstClean > 0) {
                    cacheStep(blockKeys[i], blockSizes[i], blockCounts[i]);
                }
                if (blockCounts[i]) {
                    counted++;
                }
            }
        }
    }

    private boolean sampled(long key) {
        return sampled(key, salt, threshold);
    }

    /**
     * @param key       a key
     * @param salt      the salt
     * @param threshold the threshold out of 2^24
     * @return whether SHARDS samples this key: the top 24 bits of a SplitMix64 hash of the salted key are below the
     *         threshold
     */
    static boolean sampled(long key, long salt, long threshold) {
        long h = key ^ salt;
        h = (h ^ (h >>> 30)) * 0xbf58476d1ce4e5b9L;
        h = (h ^ (h >>> 27)) * 0x94d049bb133111ebL;
        h ^= h >>> 31;
        return (h >>> (Long.SIZE - SAMPLE_BITS)) < threshold;
    }

    /**
     * A sampled request on the stack (SHARDS proper): it hits at every size C with {@code d / rate + size <= C}, the
     * sampled distance scaled up; a size change gives the object its new size, and a request larger than a size is a
     * miss there (and takes room on the stack, which the full cache would not give it): both rare, both approximate.
     */
    private void sampledStackStep(long key, long size, boolean counts) {
        int o = stack.find(key);
        if (counts) {
            stackBytes += size;
        }
        if (o == LruStack.ABSENT) {
            stack.push(key, size);
            return;
        }
        double need = stack.reference(o, size) / rate + size;
        if (counts && need <= requested[k - 1]) {
            int lo = 0;
            int hi = k - 1;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (requested[mid] >= need) {
                    hi = mid;
                } else {
                    lo = mid + 1;
                }
            }
            hitsFrom[lo]++;
            hitBytesFrom[lo] += size;
        }
    }

    private void stackStep(long key, long size, boolean counts) {
        if (threshold < SAMPLE_SPACE) {
            sampledStackStep(key, size, counts);
            return;
        }
        int o = stack.find(key);
        if (o != LruStack.ABSENT && stack.size(o) != size) {
            leave(k, "an object changed size");
            return;
        }
        if (size > cap[firstClean]) {
            int j = firstClean;
            while (j < k && cap[j] < size) {
                j++;
            }
            leave(j, "a request was larger than the cache");
            if (firstClean == k) {
                return;
            }
        }
        if (counts) {
            stackBytes += size;
        }
        if (o == LruStack.ABSENT) {
            stack.push(key, size);
            return;
        }
        long need = stack.reference(o, size) + size;
        if (counts && need <= cap[k - 1]) {
            int lo = firstClean;
            int hi = k - 1;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (cap[mid] >= need) {
                    hi = mid;
                } else {
                    lo = mid + 1;
                }
            }
            hitsFrom[lo]++;
            hitBytesFrom[lo] += size;
        }
    }

    /** Gives the capacities below {@code upTo} that the stack still answers for their own caches, filled from it. */
    private void leave(int upTo, String why) {
        for (int j = firstClean; j < upTo; j++) {
            stores[j] = new ObjectStore(cap[j], EvictionPolicy.named(policy));
            if (admissions != null) {
                admissions[j] = new SecondHitAdmission(admissionCells);
            }
            if (stack != null) {
                stack.fill(stores[j]);
                cacheFrom[j] = sampled;
                if (leftStack == null) {
                    leftStack = why;
                }
            } else {
                cacheFrom[j] = 0;
            }
            stackBytesAt[j] = stackBytes;
        }
        firstClean = upTo;
        if (firstClean == k) {
            stack = null;
        }
    }

    private void cacheStep(long key, long size, boolean counts) {
        for (int j = 0; j < firstClean; j++) {
            ObjectStore store = stores[j];
            int s = store.find(key);
            if (s != ObjectStore.ABSENT) {
                store.use(s);
                if (counts) {
                    long b = store.size(s);
                    hits[j]++;
                    hitBytes[j] += b;
                    bytes[j] += b;
                }
            } else {
                if (admissions == null || admissions[j].admit(key)) {
                    store.admit(key, size);
                }
                if (counts) {
                    bytes[j] += size;
                }
            }
        }
    }

    private CurveResult result() {
        long[] h = new long[k];
        long[] hb = new long[k];
        long[] b = new long[k];
        long sumHits = 0;
        long sumBytes = 0;
        for (int j = 0; j < k; j++) {
            sumHits += hitsFrom[j];
            sumBytes += hitBytesFrom[j];
            h[j] = sumHits + hits[j];
            hb[j] = sumBytes + hitBytes[j];
            b[j] = (j < firstClean ? stackBytesAt[j] : stackBytes) + bytes[j];
        }
        return new CurveResult(requested.clone(), cap.clone(), policy, counted, h, b, hb, read, sampled,
                rate, all, allBytes, cacheFrom.clone(), leftStack);
    }
}
