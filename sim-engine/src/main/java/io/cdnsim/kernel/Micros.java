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
    /**
     * A time no run reaches (about 73,000 years), far enough below {@link Long#MAX_VALUE} that adding a few more
     * durations to it cannot overflow: what a transfer at a vanishing rate takes.
     */
    public static final long FOREVER = Long.MAX_VALUE / 4;

    private Micros() {
    }

    /**
     * A time plus a duration computed in floating point, rounded up, without overflow: a duration too long to
     * represent (or NaN, from a rate of 0) ends at {@link #FOREVER}.
     *
     * @param time   a time, at most {@link #FOREVER}
     * @param micros a duration, microseconds
     * @return {@code time + ceil(micros)}, or {@link #FOREVER} if that is later
     */
    public static long later(long time, double micros) {
        double whole = Math.ceil(micros);
        return whole < FOREVER - time ? time + (long) whole : FOREVER;
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
