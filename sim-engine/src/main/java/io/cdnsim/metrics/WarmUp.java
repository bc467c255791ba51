package io.cdnsim.metrics;

import io.cdnsim.kernel.Micros;

/**
 * The warm-up rule, the one place that decides what the warm-up excludes. During the warm-up the caches fill and the
 * viewers play as in the rest of the run; the statistics, the peaks and the bill's viewer time leave it out:
 * <ul>
 *   <li>a request counts in a node's statistics when a viewer sent it at or after the warm-up's end ({@link #counts};
 *       the fetches it causes count with it, see {@link NodeProbe});</li>
 *   <li>the time series writes a row for every second, and its peaks and five-minute windows start at the first whole
 *       second after the warm-up ({@link #firstSecond});</li>
 *   <li>the viewer time played (for $/viewer-hour) adds each second that ends after the warm-up
 *       ({@link #countsSecondEndingAt}).</li>
 * </ul>
 *
 * @param end the end of the warm-up, microseconds from the start of the run (0: no warm-up)
 */
public record WarmUp(long end) {

    /** No warm-up: everything counts. */
    public static final WarmUp NONE = new WarmUp(0);

    /** @throws IllegalArgumentException if the end is negative */
    public WarmUp {
        if (end < 0) {
            throw new IllegalArgumentException("a warm-up cannot end before the run starts: " + end);
        }
    }

    /**
     * @param sentAt when a viewer sent a request (or a node started a fetch of its own), microseconds
     * @return whether the request counts in the statistics
     */
    public boolean counts(long sentAt) {
        return sentAt >= end;
    }

    /**
     * @param secondEnd the end of a simulated second, microseconds
     * @return whether the viewer time of that second counts
     */
    public boolean countsSecondEndingAt(long secondEnd) {
        return secondEnd > end;
    }

    /** @return the first second (0 is the run's first) whose rows count for peaks and windows: the warm-up rounded up */
    public long firstSecond() {
        return (end + Micros.SECOND - 1) / Micros.SECOND;
    }
}
