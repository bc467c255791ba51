package io.cdnsim.model;

/** The size distribution of a workload's objects. */
public sealed interface SizeSpec {

    /**
     * Every object has the same size.
     *
     * @param bytes the size
     */
    record Fixed(long bytes) implements SizeSpec {
    }

    /**
     * Sizes are lognormal: {@code median * exp(sigma * Z)}, rounded to whole bytes, at least 1.
     *
     * @param medianBytes the median size
     * @param sigma       the shape (standard deviation of the log)
     */
    record LogNormal(long medianBytes, double sigma) implements SizeSpec {
    }
}
