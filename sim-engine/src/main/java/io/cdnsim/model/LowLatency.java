package io.cdnsim.model;

/**
 * Low-latency HLS on a live channel: each segment is also published as parts (partial segments) of about
 * {@code partTarget}, the playlists list them with a preload hint for the next part and answer blocking reloads, and
 * the players start {@code partHoldBack} behind the live edge.
 *
 * @param partsPerSegment P, parts in a segment: the segment duration divided by the part target, rounded
 * @param partHoldBack    PART-HOLD-BACK: how far behind the end of the last listed part a player starts,
 *                        microseconds (at least three part targets)
 */
public record LowLatency(int partsPerSegment, long partHoldBack) {

    /** Validates. */
    public LowLatency {
        if (partsPerSegment < 2 || partHoldBack <= 0) {
            throw new IllegalArgumentException("parts per segment " + partsPerSegment + ", part hold-back "
                    + partHoldBack);
        }
    }
}
