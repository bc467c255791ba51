package io.cdnsim.content;

/**
 * How a low-latency HLS channel cuts each segment into parts (partial segments, {@code EXT-X-PART}): P parts a
 * segment of duration D, part p of a segment covering [floor(p·D/P), floor((p+1)·D/P)) of it, so every part lasts
 * D/P to within a microsecond and a segment's parts add up to it exactly. Parts are numbered through the channel,
 * g = n·P + p for part p of segment n, and a part is published when it has been produced: at the end of what it
 * covers.
 *
 * @param perSegment P, parts in a segment (at least 2)
 * @param segment    D, microseconds
 */
public record Parts(int perSegment, long segment) {

    /** Validates. */
    public Parts {
        if (perSegment < 2 || segment < perSegment) {
            throw new IllegalArgumentException("a segment of " + segment + " us cannot hold " + perSegment + " parts");
        }
    }

    /** @param g a part number @return where it starts, microseconds from the start of segment 0 */
    public long start(long g) {
        long n = Math.floorDiv(g, perSegment);
        long p = g - n * perSegment;
        return n * segment + p * segment / perSegment;
    }

    /** @param g a part number @return where it ends (when it is published), microseconds from the start of segment 0 */
    public long end(long g) {
        return start(g + 1);
    }

    /** @param g a part number @return its duration, microseconds */
    public long duration(long g) {
        return end(g) - start(g);
    }

    /**
     * @param x microseconds from the start of segment 0
     * @return the last part that has ended by then (end(g) ≤ x), or -1 if none has
     */
    public long latestEndedBy(long x) {
        long n = Math.floorDiv(x, segment);
        long rem = x - n * segment;
        // parts k of this segment with floor(k·D/P) ≤ rem: k ≤ ((rem + 1)·P − 1) / D
        long k = ((rem + 1) * perSegment - 1) / segment;
        return n * perSegment + k - 1;
    }

    /** @return the duration of a part as the playlist's PART-TARGET states it (the longest), microseconds */
    public long target() {
        return (segment + perSegment - 1) / perSegment;
    }
}
