package io.cdnsim.model;

/** A positive quantity drawn per viewer (session length, throughput): fixed, exponential or lognormal. */
public sealed interface Distribution {

    /**
     * Always the same value.
     *
     * @param value the value
     */
    record Fixed(double value) implements Distribution {
    }

    /**
     * Exponential.
     *
     * @param mean the mean
     */
    record Exponential(double mean) implements Distribution {
    }

    /**
     * Lognormal: median × exp(sigma × Z).
     *
     * @param median the median
     * @param sigma  the standard deviation of the log
     */
    record LogNormal(double median, double sigma) implements Distribution {
    }
}
