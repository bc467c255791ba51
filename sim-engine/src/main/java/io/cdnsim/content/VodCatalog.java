package io.cdnsim.content;

/**
 * A catalog of on-demand titles as the origin packages them (C3): title t (0 the most popular) has
 * {@code segments[t]} segments of duration D in every rendition of the ladder, a master manifest, a media playlist
 * per rendition listing every segment, and an init segment per rendition. Nothing ever changes (version 0).
 *
 * <p>Sizes as for a live channel: a media segment is bitrate × D / 8 bytes varied by up to ±{@code sizeVariation}
 * (fixed per title, rendition and index); a playlist is 200 bytes plus 70 per segment; the master manifest 200 bytes
 * plus 150 per rendition; an init segment 1,500 bytes.
 */
public final class VodCatalog implements Catalog {

    private final long segmentDuration;
    private final Ladder ladder;
    private final double sizeVariation;
    private final long sizeKey;
    private final int[] segments;
    private final long[] segmentBytes;

    /**
     * @param segmentDuration D, microseconds
     * @param ladder          the renditions
     * @param segments        {@code segments[t]}: how many segments title t has (at least 1)
     * @param sizeVariation   relative size variation of segments, 0 to 0.5
     * @param sizeKey         key of the size variation (from a named random stream)
     */
    public VodCatalog(long segmentDuration, Ladder ladder, int[] segments, double sizeVariation, long sizeKey) {
        if (segments.length > ObjectIds.MAX_TITLES) {
            throw new IllegalArgumentException("at most " + ObjectIds.MAX_TITLES + " titles, got " + segments.length);
        }
        this.segmentDuration = segmentDuration;
        this.ladder = ladder;
        this.segments = segments.clone();
        this.sizeVariation = sizeVariation;
        this.sizeKey = sizeKey;
        this.segmentBytes = new long[ladder.size()];
        for (int r = 0; r < ladder.size(); r++) {
            segmentBytes[r] = Math.round(ladder.bitrate(r) * (segmentDuration / 1e6) / 8);
        }
    }

    /** @return the segment duration D, microseconds */
    public long segmentDuration() {
        return segmentDuration;
    }

    /** @return the ladder */
    public Ladder ladder() {
        return ladder;
    }

    /** @return the number of titles */
    public int titles() {
        return segments.length;
    }

    /** @param title a title @return how many segments it has */
    public int segments(int title) {
        return segments[title];
    }

    /** @param title a title @return its master manifest's id */
    public long master(int title) {
        return ObjectIds.of(ObjectKind.MASTER_MANIFEST, title, 0, 0);
    }

    /** @param title a title @param rendition a rendition @return its media playlist's id */
    public long playlist(int title, int rendition) {
        return ObjectIds.of(ObjectKind.MEDIA_PLAYLIST, title, rendition, 0);
    }

    /** @param title a title @param rendition a rendition @return its init segment's id */
    public long init(int title, int rendition) {
        return ObjectIds.of(ObjectKind.INIT_SEGMENT, title, rendition, 0);
    }

    /**
     * @param title     a title
     * @param rendition a rendition
     * @param index     a segment index, 0 to {@code segments(title) - 1}
     * @return the media segment's id
     */
    public long segment(int title, int rendition, long index) {
        return ObjectIds.of(ObjectKind.MEDIA_SEGMENT, title, rendition, index);
    }

    @Override
    public ObjectKind kind(long object) {
        return ObjectIds.kind(object);
    }

    @Override
    public long size(long object) {
        int title = ObjectIds.title(object);
        switch (ObjectIds.kind(object)) {
            case MEDIA_SEGMENT:
                int r = ObjectIds.rendition(object);
                return Math.max(1, Math.round(segmentBytes[r] * (1 + sizeVariation
                        * SizeVariation.unit(sizeKey, title, r, ObjectIds.index(object)))));
            case MEDIA_PLAYLIST:
                return 200 + 70L * segments[title];
            case MASTER_MANIFEST:
                return 200 + 150L * ladder.size();
            case INIT_SEGMENT:
                return 1_500;
            default:
                return 16;
        }
    }

    @Override
    public long version(long object, long time) {
        return 0;
    }
}
