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
 *
 * <p>A low-latency channel (one built with parts per segment) also publishes each segment as {@link Parts}: part g becomes
 * available when it has been produced, and a media playlist's version is then the number of the latest part it
 * lists (it changes at every part). Its media playlists answer blocking reloads: the URL with {@code _HLS_msn} and
 * {@code _HLS_part} naming part g is an object of its own ({@link #blockingPlaylist}) that the origin holds until part
 * g is published ({@link #readyAt}), as it holds a request for a part not yet published.
 */
public final class LiveChannel implements Catalog, Lineup, Programme {

    private final int channel;
    private final long segmentDuration;
    private final long start;
    private final long dvrWindow;
    private final Ladder ladder;
    private final Packaging packaging;
    private final int segmentsPerKey;
    /** How segments are cut into parts, or null for a channel of whole segments. */
    private final Parts parts;
    /** PART-HOLD-BACK, microseconds (a low-latency channel). */
    private final long partHoldBack;

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
        this(channel, segmentDuration, start, dvrWindow, ladder, sizeVariation, sizeKey, segmentsPerKey, 0, 0);
    }

    /**
     * A channel that may be low-latency: with {@code partsPerSegment} of 2 or more it publishes every segment as that
     * many {@link Parts} too.
     *
     * @param channel         the channel's title number in object ids
     * @param segmentDuration D, microseconds
     * @param start           when segment 0 started, microseconds (may be negative)
     * @param dvrWindow       how far back the playlist reaches, microseconds (at least one segment)
     * @param ladder          the renditions
     * @param sizeVariation   relative size variation of segments, 0 to 0.5
     * @param sizeKey         key of the size variation (from a named random stream)
     * @param segmentsPerKey  segments encrypted with one key, or 0 for a channel in the clear
     * @param partsPerSegment parts in a segment, or 0 for a channel of whole segments only
     * @param partHoldBack    the PART-HOLD-BACK its playlists state, microseconds (a low-latency channel)
     */
    public LiveChannel(int channel, long segmentDuration, long start, long dvrWindow, Ladder ladder,
                       double sizeVariation, long sizeKey, int segmentsPerKey, int partsPerSegment,
                       long partHoldBack) {
        this.parts = partsPerSegment == 0 ? null : new Parts(partsPerSegment, segmentDuration);
        this.partHoldBack = partHoldBack;
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

    /** @return how the channel cuts segments into parts, or null if it publishes whole segments only */
    public Parts parts() {
        return parts;
    }

    /**
     * @param time a time, microseconds
     * @return the number of the latest part published then, or -1 if none is (a low-latency channel)
     */
    public long latestPart(long time) {
        return parts.latestEndedBy(time - start);
    }

    /** @param g a part number @return when it is published at the origin (a low-latency channel) */
    public long partPublishedAt(long g) {
        return start + parts.end(g);
    }

    /** @param rendition a rendition @param g a part number @return the part's id (a low-latency channel) */
    public long part(int rendition, long g) {
        return ObjectIds.of(ObjectKind.MEDIA_PART, channel, rendition, g);
    }

    /**
     * @param rendition a rendition
     * @param g         a part number
     * @return the id of the rendition's media playlist requested with the delivery directives {@code _HLS_msn=g / P}
     *         and {@code _HLS_part=g mod P}: an object of its own, since the query is part of the cache key
     */
    public long blockingPlaylist(int rendition, long g) {
        return ObjectIds.of(ObjectKind.MEDIA_PLAYLIST, channel, rendition, g + 1);
    }

    /**
     * Where a low-latency player starts: in the part that holds the position PART-HOLD-BACK before the end of the
     * last part its playlist lists (hls.js' target latency in low-latency mode), but not before the playlist's oldest
     * segment.
     *
     * @param time       when the player received its first media playlist
     * @param lastListed the last part that playlist lists
     * @return the number of the part the player starts with
     */
    public long startPart(long time, long lastListed) {
        long part = parts.latestEndedBy(parts.end(lastListed) - partHoldBack) + 1;
        return Math.max(oldestIndex(time) * parts.perSegment(), part);
    }

    @Override
    public long readyAt(long object) {
        if (parts == null) {
            return Long.MIN_VALUE;
        }
        ObjectKind kind = ObjectIds.kind(object);
        if (kind == ObjectKind.MEDIA_PART) {
            return partPublishedAt(ObjectIds.index(object));
        }
        long index = ObjectIds.index(object);
        return kind == ObjectKind.MEDIA_PLAYLIST && index > 0 ? partPublishedAt(index - 1) : Long.MIN_VALUE;
    }

    @Override
    public boolean holdsRequests() {
        return parts != null;
    }

    @Override
    public long captureTime(long index) {
        return start + (parts == null ? index * segmentDuration : parts.start(index));
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

    /**
     * {@inheritDoc} A low-latency channel's media playlist is longer: {@value #LL_PLAYLIST_HEADER} bytes of
     * EXT-X-SERVER-CONTROL and EXT-X-PART-INF, {@value #PART_LINE} bytes per part listed (the parts of the last three
     * target durations, 3P) and {@value #PART_LINE} for the EXT-X-PRELOAD-HINT of the next part.
     */
    @Override
    public long size(long object) {
        ObjectKind kind = ObjectIds.kind(object);
        if (kind == ObjectKind.MEDIA_PART) {
            return packaging.partSize(object, parts.duration(ObjectIds.index(object)));
        }
        long size = packaging.size(object, dvrWindow / segmentDuration);
        if (parts != null && kind == ObjectKind.MEDIA_PLAYLIST) {
            size += LL_PLAYLIST_HEADER + PART_LINE * (3L * parts.perSegment() + 1);
        }
        return size;
    }

    /** Bytes of EXT-X-SERVER-CONTROL and EXT-X-PART-INF in a low-latency media playlist. */
    static final int LL_PLAYLIST_HEADER = 100;
    /** Bytes of one EXT-X-PART (or EXT-X-PRELOAD-HINT) line. */
    static final int PART_LINE = 60;

    @Override
    public long version(long object, long time) {
        if (ObjectIds.kind(object) != ObjectKind.MEDIA_PLAYLIST) {
            return 0;
        }
        return parts == null ? latestIndex(time) : latestPart(time);
    }
}
