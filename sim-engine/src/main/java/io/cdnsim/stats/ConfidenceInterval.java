package io.cdnsim.stats;

import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.stat.descriptive.SummaryStatistics;

/**
 * A Student-t confidence interval for the mean of independent replications: {@code mean +- t(n-1, (1+level)/2) *
 * s / sqrt(n)}.
 *
 * @param mean      sample mean
 * @param halfWidth half-width (NaN with a single replication)
 * @param n         number of values
 * @param level     confidence level, e.g. 0.95
 */
public record ConfidenceInterval(double mean, double halfWidth, int n, double level) {

    /**
     * @param values one value per replication
     * @param level  confidence level in (0, 1)
     * @return the interval
     */
    public static ConfidenceInterval of(double[] values, double level) {
        SummaryStatistics s = new SummaryStatistics();
        for (double v : values) {
            s.addValue(v);
        }
        int n = values.length;
        if (n < 2) {
            return new ConfidenceInterval(n == 1 ? values[0] : Double.NaN, Double.NaN, n, level);
        }
        double t = new TDistribution(null, n - 1).inverseCumulativeProbability((1 + level) / 2);
        return new ConfidenceInterval(s.getMean(), t * s.getStandardDeviation() / Math.sqrt(n), n, level);
    }

    /** @return lower bound */
    public double low() {
        return mean - halfWidth;
    }

    /** @return upper bound */
    public double high() {
        return mean + halfWidth;
    }
}
