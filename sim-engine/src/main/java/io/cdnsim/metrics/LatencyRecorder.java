package io.cdnsim.metrics;

import io.cdnsim.kernel.Micros;
import org.HdrHistogram.Histogram;

/**
 * Records durations (microseconds, clamped to [0, 1 hour]) into an HdrHistogram with three significant digits, a
 * run of equal values at once: a tier that answers from its copies takes the same service time for every request,
 * and recording each one alone costs an index computation and a read of the counts array per request. The
 * histogram holds the same counts either way; {@link #histogram()} adds the run in progress before handing it out.
 */
public final class LatencyRecorder {

    /** The longest duration kept; longer ones are recorded as this. */
    public static final long MAX_MICROS = Micros.HOUR;

    /** Significant decimal digits the histogram keeps. */
    private static final int SIGNIFICANT_DIGITS = 3;

    private final Histogram histogram = new Histogram(MAX_MICROS, SIGNIFICANT_DIGITS);
    private long runValue;
    private long runCount;

    /** @param micros a duration, microseconds (clamped to [0, {@value #MAX_MICROS}]) */
    public void record(long micros) {
        long v = Math.min(Math.max(micros, 0), MAX_MICROS);
        if (v == runValue) {
            runCount++;
        } else {
            flush();
            runValue = v;
            runCount = 1;
        }
    }

    /** @return every duration recorded so far */
    public Histogram histogram() {
        flush();
        return histogram;
    }

    /** @param other another recorder whose durations are added to these */
    public void add(LatencyRecorder other) {
        flush();
        histogram.add(other.histogram());
    }

    private void flush() {
        if (runCount > 0) {
            histogram.recordValueWithCount(runValue, runCount);
            runCount = 0;
        }
    }
}
