package io.cdnsim.cache;

/**
 * A miss-ratio curve as {@link MissRatioCurve} computed it: per capacity, the requests counted (after the warm-up),
 * the hits, the bytes answered and the bytes answered from the cache, as a replay through a single cache of that
 * capacity counts them (a hit answers with the size the copy was stored with).
 *
 * @param capacities the capacities asked for, bytes, increasing
 * @param simulated  the capacities simulated: the same, or scaled by the sampling rate
 * @param policy     the eviction policy
 * @param requests   requests counted (sampled, after the warm-up); the same at every capacity
 * @param hits       hits per capacity
 * @param bytes      bytes answered per capacity
 * @param hitBytes   bytes answered from the cache per capacity
 * @param read       requests read from the log
 * @param sampled    requests simulated (all of them without sampling), warm-up included
 * @param rate       the share of keys sampled, 1 without sampling
 * @param cacheFrom  per capacity, the number of simulated requests after which it had its own cache: -1 if the stack
 *                   answered for it to the end, 0 if it had its own cache from the start
 * @param leftStack  why the first capacity left the stack, or null if none did (or the stack was not used)
 */
public record CurveResult(long[] capacities, long[] simulated, String policy, long requests, long[] hits,
                          long[] bytes, long[] hitBytes, long read, long sampled, double rate, long[] cacheFrom,
                          String leftStack) {

    /**
     * @param j a capacity's index
     * @return its request miss ratio, NaN without requests
     */
    public double missRatio(int j) {
        return requests == 0 ? Double.NaN : (double) (requests - hits[j]) / requests;
    }

    /**
     * @param j a capacity's index
     * @return its byte miss ratio (bytes not answered from the cache over bytes answered), NaN without bytes
     */
    public double byteMissRatio(int j) {
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
