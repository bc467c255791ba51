package io.cdnsim.kernel;

/**
 * Simulation time is a {@code long} count of microseconds. This class is the one place that knows it: the lengths of
 * the units, and the conversions to and from seconds and milliseconds that outputs and rates need.
 *
 * <p>The conversions are written as the divisions and products they replace ({@code micros / 1e6}), so that a result
 * computed through them is the same double, bit for bit, as before.
 */
public final class Micros {

    /** One millisecond. */
    public static final long MILLISECOND = 1_000L;
    /** One second. */
    public static final long SECOND = 1_000_000L;
    /** One minute. */
    public static final long MINUTE = 60 * SECOND;
    /** One hour. */
    public static final long HOUR = 60 * MINUTE;
    /** One day. */
    public static final long DAY = 24 * HOUR;
    /** Microseconds in a second, as a double: for rates ({@code PER_SECOND / requestsPerSecond}). */
    public static final double PER_SECOND = 1e6;

    private Micros() {
    }

    /**
     * @param micros a time or duration
     * @return it in seconds
     */
    public static double toSeconds(long micros) {
        return micros / 1e6;
    }

    /**
     * @param micros a time or duration
     * @return it in milliseconds
     */
    public static double toMillis(long micros) {
        return micros / 1e3;
    }

    /**
     * @param micros a time or duration
     * @return the whole seconds it holds (rounded down; negative times round towards zero)
     */
    public static long wholeSeconds(long micros) {
        return micros / SECOND;
    }
}
