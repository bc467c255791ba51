package io.cdnsim.model;

import io.cdnsim.content.Ladder;

/**
 * Demand made by viewers with players, who join, play segments of a ladder and leave: a {@link LiveEvent} or an
 * {@link OnDemandService}. What the two share is what a run needs to draw and drive the viewers.
 */
public sealed interface Viewing extends Demand permits LiveEvent, OnDemandService {

    /** @return the segment duration, microseconds */
    long segmentDuration();

    /** @return the renditions */
    Ladder ladder();

    /** @return who watches (for an on-demand service, the catalog's audience; releases draw viewers on top) */
    Audience audience();

    /** @return how the players behave */
    PlayerSettings player();

    /** @return how the players' URLs meet the cache key */
    UrlSpec urls();

    /** @return how many viewers join in all */
    long totalViewers();
}
