package io.cdnsim.cache;

/**
 * A miss-ratio curve as {@link MissRatioCurve} computed it: per capacity, the requests counted (after the warm-up),
 * the hits, the bytes answered and the bytes answered from the cache, as a replay through a single cache of that
 * capacity counts them (a hit answers with the size the copy was stored with).
 *
 * <p>From a sample (SHARDS, {@code rate < 1}) the miss ratios divide the sample's misses (or missed bytes) by the
 * rate times all the requests (or bytes) counted, sampled or not, rather than by the sample's own requests: the
 * correction of SHARDS_adj (Waldspurger et al., FAST 2015), which takes away most of the error of a sample that
 * happens to hold more or fewer of the most requested objects than its share. The estimate is capped at 1.
 *
 * @param capacities the capacities asked for, bytes, increasing
 * @param simulated  the capacities simulated: the same, or scaled by the sampling rate (a sample's caches of other
 *                   policies; for LRU the limit of the sampled distance plus the scaled size)
 * @param policy     the eviction policy
 * @param requests   requests simulated and counted (after the warm-up); the same at every capacity
 * @param hits       hits per capacity
 * @param bytes      bytes answered per capacity
 * @param hitBytes   bytes answered from the cache per capacity
 * @param read       requests read from the log
 * @param sampled    requests simulated (all of them without sampling), warm-up included
 * @param rate       the share of keys sampled, 1 without sampling
 * @param all        requests counted, sampled or not
 * @param allBytes   bytes of the requests counted, sampled or not (their requested sizes)
 * @param cacheFrom  per capacity, the number of simulated requests after which it had its own cache: -1 if the stack
 *                   answered for it to the end, 0 if it had its own cache from the start
 * @param leftStack  why the first capacity left the stack, or null if none did (or the stack was not used)
 */
public record CurveResult(long[] capacities, long[] simulated, String policy, long requests, long[] hits,
                          long[] bytes, long[] hitBytes, long read, long sampled, double rate, long all,
                          long allBytes, long[] cacheFrom, String leftStack) {

    /**
     * @param j a capacity's index
     * @return its request miss ratio, NaN without requests
     */
    public double missRatio(int j) {
        if (rate < 1) {
            return all == 0 ? Double.NaN : Math.min(1, (requests - hits[j]) / (rate * all));
        }
        return requests == 0 ? Double.NaN : (double) (requests - hits[j]) / requests;
    }

    /**
     * @param j a capacity's index
     * @return its byte miss ratio (bytes not answered from the cache over bytes answered), NaN without bytes
     */
    public double byteMissRatio(int j) {
        if (rate < 1) {
            return allBytes == 0 ? Double.NaN : Math.min(1, (bytes[j] - hitBytes[j]) / (rate * allBytes));
        }
        return bytes[j] == 0 ? Double.NaN : (double) (bytes[j] - hitBytes[j]) / bytes[j];
    }

    /** @return whether the stack distances answered for every capacity to the end */
    public boolean stackOnly() {
        for (long c : cacheFrom) {
            if (c >= 0) {
                return false;
            }
        }
        return true;
    }
}
