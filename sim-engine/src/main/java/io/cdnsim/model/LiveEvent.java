package io.cdnsim.model;

import io.cdnsim.content.Ladder;

/**
 * A live event (one kind of {@link Demand}): the channel, its audience and their players.
 *
 * @param segmentDuration the segment duration (cadence and target duration), microseconds
 * @param dvrWindow       how far back the playlist reaches, microseconds
 * @param ladder          the renditions
 * @param sizeVariation   relative variation of segment sizes around bitrate × duration / 8, 0 to 0.5
 * @param audience        who watches, when, from where, on what
 * @param player          how the players behave
 * @param urls            how the players' URLs meet the cache key
 * @param keyRotation     how long one content key encrypts (a multiple of the segment duration), microseconds, or
 *                        0 for a channel in the clear
 * @param lowLatency      low-latency HLS (parts, blocking reloads), or null for a channel of whole segments
 */
public record LiveEvent(long segmentDuration, long dvrWindow, Ladder ladder, double sizeVariation, Audience audience,
                       PlayerSettings player, UrlSpec urls, long keyRotation, LowLatency lowLatency)
        implements Viewing {

    /**
     * A live event of whole segments.
     *
     * @param segmentDuration the segment duration, microseconds
     * @param dvrWindow       how far back the playlist reaches, microseconds
     * @param ladder          the renditions
     * @param sizeVariation   relative variation of segment sizes
     * @param audience        who watches
     * @param player          how the players behave
     * @param urls            how the players' URLs meet the cache key
     * @param keyRotation     how long one content key encrypts, microseconds, or 0 for a channel in the clear
     */
    public LiveEvent(long segmentDuration, long dvrWindow, Ladder ladder, double sizeVariation, Audience audience,
                    PlayerSettings player, UrlSpec urls, long keyRotation) {
        this(segmentDuration, dvrWindow, ladder, sizeVariation, audience, player, urls, keyRotation, null);
    }

    /**
     * A live event in the clear.
     *
     * @param segmentDuration the segment duration, microseconds
     * @param dvrWindow       how far back the playlist reaches, microseconds
     * @param ladder          the renditions
     * @param sizeVariation   relative variation of segment sizes
     * @param audience        who watches
     * @param player          how the players behave
     * @param urls            how the players' URLs meet the cache key
     */
    public LiveEvent(long segmentDuration, long dvrWindow, Ladder ladder, double sizeVariation, Audience audience,
                    PlayerSettings player, UrlSpec urls) {
        this(segmentDuration, dvrWindow, ladder, sizeVariation, audience, player, urls, 0, null);
    }

    /**
     * A live event with plain shared URLs.
     *
     * @param segmentDuration the segment duration, microseconds
     * @param dvrWindow       how far back the playlist reaches, microseconds
     * @param ladder          the renditions
     * @param sizeVariation   relative variation of segment sizes
     * @param audience        who watches
     * @param player          how the players behave
     */
    public LiveEvent(long segmentDuration, long dvrWindow, Ladder ladder, double sizeVariation, Audience audience,
                    PlayerSettings player) {
        this(segmentDuration, dvrWindow, ladder, sizeVariation, audience, player, UrlSpec.SHARED);
    }

    /** @return viewers in all: the audience */
    @Override
    public long totalViewers() {
        return audience.viewers();
    }
}
