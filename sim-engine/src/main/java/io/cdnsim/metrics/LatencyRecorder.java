package io.cdnsim.metrics;

import io.cdnsim.kernel.Micros;
import org.HdrHistogram.Histogram;

/**
 * Records durations (microseconds, of any length) into an HdrHistogram with three significant digits that grows
 * to the longest duration recorded (a run of short durations keeps a small histogram, and a long one is kept as it
 * is, not cut at some maximum), a
 * run of equal values at once: a tier that answers from its copies takes the same service time for every request,
 * and recording each one alone costs an index computation and a read of the counts array per request. The
 * histogram holds the same counts either way; {@link #histogram()} adds the run in progress before handing it out.
 */
public final class LatencyRecorder {

    /** Significant decimal digits the histogram keeps. */
    private static final int SIGNIFICANT_DIGITS = 3;

    private final Histogram histogram = new Histogram(SIGNIFICANT_DIGITS);
    private long runValue;
    private long runCount;

    /** @param micros a duration, microseconds (a negative one counts as 0, one past {@link Micros#FOREVER} as that) */
    public void record(long micros) {
        long v = Math.min(Math.max(micros, 0), Micros.FOREVER);
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
