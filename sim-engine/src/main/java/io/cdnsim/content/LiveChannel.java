package io.cdnsim.content;

/**
 * A live channel as the origin packages it (C2). Segment n of every rendition covers
 * [start + n·D, start + (n+1)·D) and becomes available at the origin when it has been produced, at
 * start + (n+1)·D. The media playlist of a rendition lists the segments of the DVR window up to the latest one, so
 * its version (the index of the latest segment) changes with every publication. The channel has been live since
 * {@code start}, which may lie before the run.
 *
 * <p>Sizes as {@link Packaging} says; the playlist lists the segments of the DVR window. An encrypted channel uses
 * one content key for every {@code segmentsPerKey} consecutive segments (key rotation), the same key in every
 * rendition.
 *
 * <p>A live channel is its own {@link Lineup} of one {@link Programme}: every viewer watches it, from a few segments
 * behind the newest one its first playlist lists.
 */
public final class LiveChannel implements Catalog, Lineup, Programme {

    private final int channel;
    private final long segmentDuration;
    private final long start;
    private final long dvrWindow;
    private final Ladder ladder;
    private final Packaging packaging;
    private final int segmentsPerKey;

    /**
     * An unencrypted channel.
     *
     * @param channel         the channel's title number in object ids
     * @param segmentDuration D, microseconds
     * @param start           when segment 0 started, microseconds (may be negative)
     * @param dvrWindow       how far back the playlist reaches, microseconds (at least one segment)
     * @param ladder          the renditions
     * @param sizeVariation   relative size variation of segments, 0 to 0.5
     * @param sizeKey         key of the size variation (from a named random stream)
     */
    public LiveChannel(int channel, long segmentDuration, long start, long dvrWindow, Ladder ladder,
                       double sizeVariation, long sizeKey) {
        this(channel, segmentDuration, start, dvrWindow, ladder, sizeVariation, sizeKey, 0);
    }

    /**
     * @param channel         the channel's title number in object ids
     * @param segmentDuration D, microseconds
     * @param start           when segment 0 started, microseconds (may be negative)
     * @param dvrWindow       how far back the playlist reaches, microseconds (at least one segment)
     * @param ladder          the renditions
     * @param sizeVariation   relative size variation of segments, 0 to 0.5
     * @param sizeKey         key of the size variation (from a named random stream)
     * @param segmentsPerKey  segments encrypted with one key, or 0 for a channel in the clear
     */
    public LiveChannel(int channel, long segmentDuration, long start, long dvrWindow, Ladder ladder,
                       double sizeVariation, long sizeKey, int segmentsPerKey) {
        if (segmentsPerKey < 0) {
            throw new IllegalArgumentException("segments per key must not be negative: " + segmentsPerKey);
        }
        this.segmentsPerKey = segmentsPerKey;
        this.channel = channel;
        this.segmentDuration = segmentDuration;
        this.start = start;
        this.dvrWindow = Math.max(dvrWindow, segmentDuration);
        this.ladder = ladder;
        this.packaging = new Packaging(segmentDuration, ladder, sizeVariation, sizeKey);
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

    /** @return the channel number */
    public int channel() {
        return channel;
    }

    /**
     * @param time a time, microseconds
     * @return the index of the latest segment available at the origin then, or -1 if none is
     */
    public long latestIndex(long time) {
        return Math.floorDiv(time - start, segmentDuration) - 1;
    }

    /**
     * @param time a time
     * @return the oldest segment index the playlist lists then
     */
    public long oldestIndex(long time) {
        return Math.max(0, latestIndex(time) - dvrWindow / segmentDuration + 1);
    }

    /** @param index a segment index @return when it became available at the origin */
    public long publishedAt(long index) {
        return start + (index + 1) * segmentDuration;
    }

    /** @return the master manifest's id */
    @Override
    public long master() {
        return ObjectIds.of(ObjectKind.MASTER_MANIFEST, channel, 0, 0);
    }

    /** @param rendition a rendition @return its media playlist's id */
    @Override
    public long playlist(int rendition) {
        return ObjectIds.of(ObjectKind.MEDIA_PLAYLIST, channel, rendition, 0);
    }

    /** @param rendition a rendition @return its init segment's id */
    @Override
    public long init(int rendition) {
        return ObjectIds.of(ObjectKind.INIT_SEGMENT, channel, rendition, 0);
    }

    /** @param rendition a rendition @param index a segment index @return the media segment's id */
    @Override
    public long segment(int rendition, long index) {
        return ObjectIds.of(ObjectKind.MEDIA_SEGMENT, channel, rendition, index);
    }

    /** @return segments encrypted with one key, or 0 if the channel is in the clear */
    @Override
    public int segmentsPerKey() {
        return segmentsPerKey;
    }

    /**
     * @param index a segment index of an encrypted channel
     * @return the id of the key its segments are encrypted with
     */
    @Override
    public long key(long index) {
        return ObjectIds.of(ObjectKind.KEY, channel, 0, Math.floorDiv(index, segmentsPerKey));
    }

    /** @return this channel, whatever the number: a live channel is a lineup of one programme */
    @Override
    public Programme programme(int number) {
        return this;
    }

    /** @return the playlist's version: the index of the latest segment it lists */
    @Override
    public long lastIndex(long playlistVersion) {
        return playlistVersion;
    }

    /** @return {@code holdback} segments behind the last one listed, but not before the oldest the playlist lists */
    @Override
    public long startIndex(long time, long lastListed, int holdback) {
        return Math.max(oldestIndex(time), lastListed - holdback + 1);
    }

    /** @return true */
    @Override
    public boolean live() {
        return true;
    }

    @Override
    public ObjectKind kind(long object) {
        return ObjectIds.kind(object);
    }

    @Override
    public long size(long object) {
        return packaging.size(object, dvrWindow / segmentDuration);
    }

    @Override
    public long version(long object, long time) {
        return ObjectIds.kind(object) == ObjectKind.MEDIA_PLAYLIST ? latestIndex(time) : 0;
    }
}
