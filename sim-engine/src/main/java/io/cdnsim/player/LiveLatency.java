package io.cdnsim.player;

import java.util.Arrays;

/**
 * Each live viewer's glass-to-glass latency: from the capture of what it displays to the display. The model has no
 * catch-up (playback runs at rate 1, as in hls.js by default), so the latency of a viewer playing at time t is
 *
 * <pre>
 *   latency(t) = t − capture(playhead(t)) = (playStart − capture(first unit)) + stalled(t)
 * </pre>
 *
 * where stalled(t) is its rebuffering so far: it starts at the gap between the capture of the first segment or part
 * it plays and its first frame, and grows by each stall. A session's live latency is its average over the played
 * time P: L0 + S − Σ sᵢ·pᵢ / P, for stalls of length sᵢ that ended after pᵢ of played time (a stall after the last
 * frame adds nothing). Kept here, per viewer, is the capture time of the first unit and Σ sᵢ·pᵢ; and, for a
 * low-latency channel whose parts are not all alike, the media time downloaded (for the average bitrate).
 */
final class LiveLatency {

    private static final int FIELDS = 3;
    private static final int START_CAPTURE = 0;
    private static final int STALL_WEIGHT = 1;
    private static final int MEDIA_TIME = 2;

    private long[] fields;

    /** @param capacity viewers to make room for at first */
    LiveLatency(int capacity) {
        fields = new long[capacity * FIELDS];
    }

    /** Grows the records to hold {@code viewers} viewers. */
    void ensureCapacity(int viewers) {
        if (viewers * FIELDS > fields.length) {
            fields = Arrays.copyOf(fields, Math.max(viewers, 2 * fields.length / FIELDS) * FIELDS);
        }
    }

    /** @param v a viewer @param capture when the first segment or part it will play was captured, microseconds */
    void start(int v, long capture) {
        fields[v * FIELDS + START_CAPTURE] = capture;
    }

    /** A stall of {@code length} ended after {@code played} of played time. */
    void stallEnded(int v, long length, long played) {
        double w = Double.longBitsToDouble(fields[v * FIELDS + STALL_WEIGHT]) + (double) length * played;
        fields[v * FIELDS + STALL_WEIGHT] = Double.doubleToRawLongBits(w);
    }

    /** Media of {@code duration} microseconds was downloaded. */
    void addMedia(int v, long duration) {
        fields[v * FIELDS + MEDIA_TIME] += duration;
    }

    /** @return the media time downloaded, microseconds (counted on a low-latency channel only) */
    long mediaTime(int v) {
        return fields[v * FIELDS + MEDIA_TIME];
    }

    /**
     * @param v         a viewer of a live channel
     * @param playStart its first frame, microseconds, or negative if it had none
     * @param stallTime its rebuffering, microseconds
     * @param played    its played time, microseconds
     * @return its average latency over its played time, microseconds, or -1 if it played nothing
     */
    long of(int v, long playStart, long stallTime, long played) {
        if (playStart < 0 || played <= 0) {
            return -1;
        }
        double weight = Double.longBitsToDouble(fields[v * FIELDS + STALL_WEIGHT]);
        return Math.round(playStart - fields[v * FIELDS + START_CAPTURE] + stallTime - weight / played);
    }
}
