package io.cdnsim.run;

import io.cdnsim.player.QoeStats;
import java.util.List;

/**
 * One CDN's figures after a run through several (N8): its own tiers, edge first, each the sum of its nodes in that
 * tier (the tiers they share and the origin are in the run's tiers only), and the experience of the viewers it
 * served.
 *
 * @param name  the CDN's name
 * @param tiers its tiers, edge first, named as its topology names them; no peaks (the run's tiers have them)
 * @param qoe   the sessions whose edge (at their end) was one of its POPs, or null for a run without players
 */
public record CdnResult(String name, List<TierResult> tiers, QoeStats qoe) {

    /** Copies the list. */
    public CdnResult {
        tiers = List.copyOf(tiers);
    }

    /** @return its edge tier */
    public TierResult edge() {
        return tiers.get(0);
    }

    /** @return viewers it served: sessions ended at one of its edges (0 without players) */
    public long viewers() {
        return qoe == null ? 0 : qoe.sessions();
    }
}
