package io.cdnsim.bandwidth;

/**
 * What a link carried after the warm-up.
 *
 * @param capacity          its capacity, bit/s ({@link LinkPlan#UNLIMITED} for none)
 * @param seconds           seconds measured
 * @param bits              bits carried in them
 * @param peakBits          bits carried in the busiest second
 * @param p95Share          share of the capacity at the 95th percentile of seconds (to 0.1 %), NaN if unlimited
 * @param peakShare         share of the capacity in the busiest second, NaN if unlimited
 * @param secondsAtCapacity seconds in which it carried at least 95 % of its capacity
 */
public record LinkFigures(double capacity, long seconds, double bits, double peakBits, double p95Share,
                          double peakShare, long secondsAtCapacity) {
}
