package io.cdnsim.content;

/**
 * How the origin packages a title or a channel, the sizes shared by live channels and on-demand catalogs: a media
 * segment is bitrate × D / 8 bytes, varied by up to ±{@code sizeVariation} (a fixed function of title, rendition
 * and index, keyed by a random stream, so every cache sees the same size), or the size a {@link SegmentSizes} list
 * gives its index and rendition (every title alike); a media playlist is 200 bytes plus 70
 * per listed segment; the master manifest 200 bytes plus 150 per rendition; an init segment 1,500 bytes; a key 16
 * bytes.
 */
final class Packaging {

    private final Ladder ladder;
    private final double sizeVariation;
    private final long sizeKey;
    private final long[] segmentBytes;
    private final SegmentSizes sizes;

    /**
     * @param segmentDuration D, microseconds
     * @param ladder          the renditions
     * @param sizeVariation   relative size variation of segments, 0 to 0.5
     * @param sizeKey         key of the size variation (from a named random stream)
     */
    Packaging(long segmentDuration, Ladder ladder, double sizeVariation, long sizeKey) {
        this(segmentDuration, ladder, sizeVariation, sizeKey, null);
    }

    /**
     * @param segmentDuration D, microseconds
     * @param ladder          the renditions
     * @param sizeVariation   relative size variation of segments, 0 to 0.5 (unused with a size list)
     * @param sizeKey         key of the size variation (from a named random stream)
     * @param sizes           every segment's size, one per rendition of the ladder, or null for bitrate × D / 8
     */
    Packaging(long segmentDuration, Ladder ladder, double sizeVariation, long sizeKey, SegmentSizes sizes) {
        if (sizes != null && sizes.renditions() != ladder.size()) {
            throw new IllegalArgumentException("segment sizes for " + sizes.renditions() + " renditions, the ladder "
                    + "has " + ladder.size());
        }
        this.sizes = sizes;
        this.ladder = ladder;
        this.sizeVariation = sizeVariation;
        this.sizeKey = sizeKey;
        this.segmentBytes = new long[ladder.size()];
        for (int r = 0; r < ladder.size(); r++) {
            segmentBytes[r] = Math.round(ladder.bitrate(r) * (segmentDuration / 1e6) / 8);
        }
    }

    /**
     * @param object         an object id
     * @param listedSegments segments its title's media playlist lists
     * @return its size in bytes
     */
    long size(long object, long listedSegments) {
        switch (ObjectIds.kind(object)) {
            case MEDIA_SEGMENT:
                int r = ObjectIds.rendition(object);
                if (sizes != null) {
                    return sizes.size(ObjectIds.index(object), r);
                }
                return Math.max(1, Math.round(segmentBytes[r] * (1 + sizeVariation
                        * unit(ObjectIds.title(object), r, ObjectIds.index(object)))));
            case MEDIA_PLAYLIST:
                return 200 + 70 * listedSegments;
            case MASTER_MANIFEST:
                return 200 + 150L * ladder.size();
            case INIT_SEGMENT:
                return 1_500;
            default:
                return 16;
        }
    }

    /**
     * @param object   a part's id
     * @param duration its duration, microseconds
     * @return its size: bitrate × duration / 8 bytes, varied by up to ±{@code sizeVariation} like a segment's (a fixed
     *         function of title, rendition and part number, keyed apart from the segments')
     */
    long partSize(long object, long duration) {
        int r = ObjectIds.rendition(object);
        long bytes = Math.round(ladder.bitrate(r) * (duration / 1e6) / 8);
        return Math.max(1, Math.round(bytes * (1 + sizeVariation
                * unit(ObjectIds.title(object), r, ~ObjectIds.index(object)))));
    }

    /** A number in [-1, 1) fixed by (key, title, rendition, index): SplitMix64's finaliser over them. */
    private double unit(int title, int rendition, long index) {
        long z = sizeKey + index * 0x9E37_79B9_7F4A_7C15L + rendition * 0xBF58_476D_1CE4_E5B9L
                + title * 0x94D0_49BB_1331_11EBL;
        z = (z ^ (z >>> 30)) * 0xBF58_476D_1CE4_E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D0_49BB_1331_11EBL;
        z ^= z >>> 31;
        return (z >>> 11) * 0x1.0p-52 - 1.0;
    }
}
