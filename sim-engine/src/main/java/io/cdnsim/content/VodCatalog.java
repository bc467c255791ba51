package io.cdnsim.content;

/**
 * A catalog of on-demand titles as the origin packages them (C3): title t (0 the most popular) has
 * {@code segments[t]} segments of duration D in every rendition of the ladder, a master manifest, a media playlist
 * per rendition listing every segment, and an init segment per rendition. Nothing ever changes (version 0).
 *
 * <p>Sizes as {@link Packaging} says; the playlist lists every segment of the title. An encrypted catalog uses one
 * content key for every {@code segmentsPerKey} consecutive segments of a title, the same in every rendition.
 *
 * <p>As a {@link Lineup}, the catalog's programmes are its titles ({@link #programme}): a viewer watches one from its
 * first segment.
 */
public final class VodCatalog implements Catalog, Lineup {

    private final long segmentDuration;
    private final Ladder ladder;
    private final int[] segments;
    private final Packaging packaging;
    private final int segmentsPerKey;
    private final Title[] titles;
    private final int firstRelease;

    /**
     * A catalog in the clear.
     *
     * @param segmentDuration D, microseconds
     * @param ladder          the renditions
     * @param segments        {@code segments[t]}: how many segments title t has (at least 1)
     * @param sizeVariation   relative size variation of segments, 0 to 0.5
     * @param sizeKey         key of the size variation (from a named random stream)
     */
    public VodCatalog(long segmentDuration, Ladder ladder, int[] segments, double sizeVariation, long sizeKey) {
        this(segmentDuration, ladder, segments, sizeVariation, sizeKey, 0);
    }

    /**
     * @param segmentDuration D, microseconds
     * @param ladder          the renditions
     * @param segments        {@code segments[t]}: how many segments title t has (at least 1)
     * @param sizeVariation   relative size variation of segments, 0 to 0.5
     * @param sizeKey         key of the size variation (from a named random stream)
     * @param segmentsPerKey  segments encrypted with one key, or 0 for a catalog in the clear
     */
    public VodCatalog(long segmentDuration, Ladder ladder, int[] segments, double sizeVariation, long sizeKey,
                      int segmentsPerKey) {
        this(segmentDuration, ladder, segments, sizeVariation, sizeKey, segmentsPerKey, null);
    }

    /**
     * @param segmentDuration D, microseconds
     * @param ladder          the renditions
     * @param segments        {@code segments[t]}: how many segments title t has (at least 1)
     * @param sizeVariation   relative size variation of segments, 0 to 0.5
     * @param sizeKey         key of the size variation (from a named random stream)
     * @param segmentsPerKey  segments encrypted with one key, or 0 for a catalog in the clear
     * @param sizes           every segment's size (every title alike), or null for sizes from the bitrates
     */
    public VodCatalog(long segmentDuration, Ladder ladder, int[] segments, double sizeVariation, long sizeKey,
                      int segmentsPerKey, SegmentSizes sizes) {
        this(segmentDuration, ladder, segments, sizeVariation, sizeKey, segmentsPerKey, sizes, 0);
    }

    /**
     * @param segmentDuration D, microseconds
     * @param ladder          the renditions
     * @param segments        {@code segments[t]}: how many segments title t has (at least 1)
     * @param sizeVariation   relative size variation of segments, 0 to 0.5
     * @param sizeKey         key of the size variation (from a named random stream)
     * @param segmentsPerKey  segments encrypted with one key, or 0 for a catalog in the clear
     * @param sizes           every segment's size (every title alike), or null for sizes from the bitrates
     * @param releases        how many of the titles, the last ones, are new releases ({@link #release})
     */
    public VodCatalog(long segmentDuration, Ladder ladder, int[] segments, double sizeVariation, long sizeKey,
                      int segmentsPerKey, SegmentSizes sizes, int releases) {
        if (releases < 0 || releases > segments.length) {
            throw new IllegalArgumentException("releases must be 0 to " + segments.length + ", got " + releases);
        }
        this.firstRelease = segments.length - releases;
        if (segmentsPerKey < 0) {
            throw new IllegalArgumentException("segments per key must not be negative: " + segmentsPerKey);
        }
        this.segmentsPerKey = segmentsPerKey;
        if (segments.length > ObjectIds.MAX_TITLES) {
            throw new IllegalArgumentException("at most " + ObjectIds.MAX_TITLES + " titles, got " + segments.length);
        }
        this.segmentDuration = segmentDuration;
        this.ladder = ladder;
        this.segments = segments.clone();
        this.packaging = new Packaging(segmentDuration, ladder, sizeVariation, sizeKey, sizes);
        this.titles = new Title[segments.length];
        for (int t = 0; t < titles.length; t++) {
            titles[t] = new Title(t);
        }
    }

    /** @return the segment duration D, microseconds */
    @Override
    public long segmentDuration() {
        return segmentDuration;
    }

    /** @return the ladder */
    @Override
    public Ladder ladder() {
        return ladder;
    }

    /** @return the number of titles, releases included */
    public int titles() {
        return segments.length;
    }

    @Override
    public int releases() {
        return titles.length - firstRelease;
    }

    /** Release k is title {@code titles() - releases() + k}. */
    @Override
    public int release(long object) {
        int r = ObjectIds.title(object) - firstRelease;
        return r >= 0 ? r : NO_RELEASE;
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

    /** @return segments encrypted with one key, or 0 if the catalog is in the clear */
    @Override
    public int segmentsPerKey() {
        return segmentsPerKey;
    }

    /**
     * @param title a title of an encrypted catalog
     * @param index one of its segment indices
     * @return the id of the key that segment is encrypted with
     */
    public long key(int title, long index) {
        return ObjectIds.of(ObjectKind.KEY, title, 0, index / segmentsPerKey);
    }

    /** @param number a title @return that title, as what a viewer watches */
    @Override
    public Programme programme(int number) {
        return titles[number];
    }

    @Override
    public ObjectKind kind(long object) {
        return ObjectIds.kind(object);
    }

    @Override
    public long size(long object) {
        return packaging.size(object, segments[ObjectIds.title(object)]);
    }

    @Override
    public long version(long object, long time) {
        return 0;
    }

    /** One title of the catalog, as what a viewer watches: its playlists list every segment, from 0. */
    private final class Title implements Programme {

        private final int title;

        private Title(int title) {
            this.title = title;
        }

        @Override
        public long master() {
            return VodCatalog.this.master(title);
        }

        @Override
        public long playlist(int rendition) {
            return VodCatalog.this.playlist(title, rendition);
        }

        @Override
        public long init(int rendition) {
            return VodCatalog.this.init(title, rendition);
        }

        @Override
        public long segment(int rendition, long index) {
            return VodCatalog.this.segment(title, rendition, index);
        }

        @Override
        public long key(long index) {
            return VodCatalog.this.key(title, index);
        }

        @Override
        public long lastIndex(long playlistVersion) {
            return segments[title] - 1;
        }

        @Override
        public long startIndex(long time, long lastListed, int holdback) {
            return 0;
        }

        @Override
        public boolean live() {
            return false;
        }
    }
}
