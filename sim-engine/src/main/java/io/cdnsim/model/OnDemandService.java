package io.cdnsim.model;

import io.cdnsim.content.Ladder;
import io.cdnsim.content.SegmentSizes;
import java.util.List;

/**
 * An on-demand service (C3; one kind of {@link Demand}): a catalog of titles with Zipf popularity, new releases, optional pre-positioning, its
 * audience and their players. A viewer picks a title at join (a release's viewers watch the release) and watches
 * it from the start for its session length or to the end of the title.
 *
 * @param segmentDuration the segment duration, microseconds
 * @param ladder          the renditions, the same for every title
 * @param sizeVariation   relative variation of segment sizes, 0 to 0.5
 * @param titles          number of titles in the catalog
 * @param alpha           Zipf exponent of title popularity (title 0 the most popular)
 * @param length          distribution of title lengths, microseconds
 * @param releases        new titles that enter at a time and draw their own viewers
 * @param prePosition     titles filled into tiers before the run, or null
 * @param audience        the catalog's viewers (a release's viewers come on top)
 * @param player          how the players behave
 * @param urls            how the players' URLs meet the cache key
 * @param keyRotation     how long one content key encrypts (a multiple of the segment duration), microseconds, or
 *                        0 for titles in the clear
 * @param segmentSizes    every segment's size per rendition (every title alike; Sabre's movie.json), or null for
 *                        bitrate × duration varied by {@code sizeVariation}
 */
public record OnDemandService(long segmentDuration, Ladder ladder, double sizeVariation, int titles, double alpha,
                      Distribution length, List<Release> releases, PrePosition prePosition, Audience audience,
                      PlayerSettings player, UrlSpec urls, long keyRotation, SegmentSizes segmentSizes)
        implements Viewing {

    /** Copies the list. */
    public OnDemandService {
        releases = List.copyOf(releases);
    }

    /**
     * A catalog whose segment sizes follow the bitrates.
     *
     * @param segmentDuration the segment duration, microseconds
     * @param ladder          the renditions, the same for every title
     * @param sizeVariation   relative variation of segment sizes, 0 to 0.5
     * @param titles          number of titles in the catalog
     * @param alpha           Zipf exponent of title popularity
     * @param length          distribution of title lengths, microseconds
     * @param releases        new titles
     * @param prePosition     titles filled into tiers before the run, or null
     * @param audience        the catalog's viewers
     * @param player          how the players behave
     * @param urls            how the players' URLs meet the cache key
     * @param keyRotation     how long one content key encrypts, microseconds, or 0 for titles in the clear
     */
    public OnDemandService(long segmentDuration, Ladder ladder, double sizeVariation, int titles, double alpha,
                   Distribution length, List<Release> releases, PrePosition prePosition, Audience audience,
                   PlayerSettings player, UrlSpec urls, long keyRotation) {
        this(segmentDuration, ladder, sizeVariation, titles, alpha, length, releases, prePosition, audience, player,
                urls, keyRotation, null);
    }

    /**
     * A catalog in the clear.
     *
     * @param segmentDuration the segment duration, microseconds
     * @param ladder          the renditions, the same for every title
     * @param sizeVariation   relative variation of segment sizes, 0 to 0.5
     * @param titles          number of titles in the catalog
     * @param alpha           Zipf exponent of title popularity
     * @param length          distribution of title lengths, microseconds
     * @param releases        new titles
     * @param prePosition     titles filled into tiers before the run, or null
     * @param audience        the catalog's viewers
     * @param player          how the players behave
     * @param urls            how the players' URLs meet the cache key
     */
    public OnDemandService(long segmentDuration, Ladder ladder, double sizeVariation, int titles, double alpha,
                   Distribution length, List<Release> releases, PrePosition prePosition, Audience audience,
                   PlayerSettings player, UrlSpec urls) {
        this(segmentDuration, ladder, sizeVariation, titles, alpha, length, releases, prePosition, audience, player,
                urls, 0);
    }

    /** @return viewers in all: the catalog's audience and every release's */
    @Override
    public long totalViewers() {
        long n = audience.viewers();
        for (Release r : releases) {
            n += r.viewers();
        }
        return n;
    }

    /**
     * A new title (the shot-noise model): it enters the catalog at {@code at} and draws {@code viewers} viewers of
     * its own, whose join times after {@code at} are the sum of two exponentials with means {@code rise} and
     * {@code decay}: popularity rises, peaks and decays with density
     * {@code (e^(-t/decay) - e^(-t/rise)) / (decay - rise)} (just {@code e^(-t/decay) / decay} when rise is 0).
     *
     * @param name    its name in reports
     * @param at      when it is released, microseconds
     * @param viewers how many watch it during the run (at most)
     * @param rise    mean of the rising phase, microseconds (0: at once)
     * @param decay   mean of the decay, microseconds
     * @param length  its length, microseconds
     */
    public record Release(String name, long at, int viewers, long rise, long decay, long length) {
    }

    /**
     * Titles copied into the caches of some tiers before the run (the embedded-appliance model: filled off-peak).
     *
     * @param tiers  the tiers whose every node is filled
     * @param titles the most popular titles to fill, in order of popularity, every rendition, as far as they fit
     */
    public record PrePosition(List<String> tiers, int titles) {
        /** Copies the list. */
        public PrePosition {
            tiers = List.copyOf(tiers);
        }
    }
}
