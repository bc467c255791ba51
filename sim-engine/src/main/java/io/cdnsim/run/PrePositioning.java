package io.cdnsim.run;

import io.cdnsim.content.VodCatalog;
import io.cdnsim.model.OnDemandService;
import io.cdnsim.model.Topology;
import io.cdnsim.network.CacheNode;
import io.cdnsim.network.Network;
import io.cdnsim.network.Wiring;

/**
 * Titles copied into caches before an on-demand service's run ({@link OnDemandService.PrePosition}, the
 * embedded-appliance model).
 */
final class PrePositioning {

    private PrePositioning() {
    }

    /**
     * Fills every node of the chosen tiers with the most popular titles, in order of popularity (master manifest,
     * then per rendition the playlist, the init segment and the segments), as far as they fit: nothing is evicted.
     *
     * @param pre      which tiers, how many titles
     * @param topology the topology (for the tiers' names)
     * @param wiring   the wired network (partition 0's network knows every node)
     * @param catalog  the titles
     */
    static void fill(OnDemandService.PrePosition pre, Topology topology, Wiring wiring, VodCatalog catalog) {
        Network network = wiring.network();
        for (int n = 0; n < network.nodeCount(); n++) {
            CacheNode node = network.cache(n);
            if (node == null || !pre.tiers().contains(topology.tiers().get(network.tierOf(n)).name())) {
                continue;
            }
            fill:
            for (int t = 0; t < Math.min(pre.titles(), catalog.titles()); t++) {
                if (!node.preload(catalog.master(t))) {
                    break;
                }
                for (int r = 0; r < catalog.ladder().size(); r++) {
                    if (!node.preload(catalog.playlist(t, r)) || !node.preload(catalog.init(t, r))) {
                        break fill;
                    }
                    for (int i = 0; i < catalog.segments(t); i++) {
                        if (!node.preload(catalog.segment(t, r, i))) {
                            break fill;
                        }
                    }
                }
            }
        }
    }
}
