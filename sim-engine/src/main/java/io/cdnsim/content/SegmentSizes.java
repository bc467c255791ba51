package io.cdnsim.content;

/**
 * Per-segment sizes of an encoding, as Sabre's {@code movie.json} gives them: for each segment index a size in each
 * rendition, the same for every viewer and every cache. A title longer than the list reads it again from the start
 * (segment i has the sizes of row {@code i mod rows}, as Sabre's {@code --movie-length} repeats the movie).
 *
 * @param segmentDuration the segments' duration, microseconds
 * @param bytes           {@code bytes[i][r]}: the size in bytes of segment i in rendition r, every row as long as
 *                        the ladder, every size at least 1
 */
public record SegmentSizes(long segmentDuration, long[][] bytes) {

    /** Checks the shape and copies the rows. */
    public SegmentSizes {
        if (segmentDuration <= 0 || bytes.length == 0) {
            throw new IllegalArgumentException("segment sizes need a duration and at least one segment");
        }
        long[][] copy = new long[bytes.length][];
        for (int i = 0; i < bytes.length; i++) {
            copy[i] = bytes[i].clone();
            if (copy[i].length != bytes[0].length) {
                throw new IllegalArgumentException("segment " + i + " has " + copy[i].length + " sizes, segment 0 "
                        + bytes[0].length);
            }
            for (long b : copy[i]) {
                if (b < 1) {
                    throw new IllegalArgumentException("segment " + i + " has a size below 1 byte: " + b);
                }
            }
        }
        bytes = copy;
    }

    /** @return how many renditions each segment has a size in */
    public int renditions() {
        return bytes[0].length;
    }

    /** @return how many segments the list has (a longer title repeats it) */
    public int segments() {
        return bytes.length;
    }

    /**
     * @param index     a segment index, 0 or more
     * @param rendition a rendition
     * @return the segment's size in that rendition, bytes
     */
    public long size(long index, int rendition) {
        return bytes[(int) Math.floorMod(index, (long) bytes.length)][rendition];
    }
}
