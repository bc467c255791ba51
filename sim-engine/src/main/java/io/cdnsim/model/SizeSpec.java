package io.cdnsim.model;

/** The size distribution of a workload's objects. */
public sealed interface SizeSpec {

    /** Largest size an object is drawn: 1 PiB. A lognormal's far tail is cut here, so sizes stay physical. */
    long MAX_BYTES = 1L << 50;

    /**
     * Every object has the same size.
     *
     * @param bytes the size
     */
    record Fixed(long bytes) implements SizeSpec {
    }

    /**
     * Sizes are lognormal: {@code median * exp(sigma * Z)}, rounded to whole bytes, at least 1 and at most
     * {@link #MAX_BYTES}.
     *
     * @param medianBytes the median size
     * @param sigma       the shape (standard deviation of the log)
     */
    record LogNormal(long medianBytes, double sigma) implements SizeSpec {
    }
}
