package io.cdnsim.config;

import io.cdnsim.model.Uplink;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads a topology node's links upstream: one {@code parent} with its {@code rtt} (and {@code bandwidth}), or an
 * ordered {@code parents} list, each with its own link, the first the node's parent and the others the ones that take
 * over, in order, while it is down. Every parent is in a later tier or an origin, named once, and not the node itself:
 * a request can then never come back to a node it left.
 */
final class Uplinks {

    private Uplinks() {
    }

    /**
     * @param p        where problems go
     * @param path     the node's path in the file
     * @param nf       the node as written
     * @param at       its tier, placed
     * @param layout   where every id is
     * @return its links, the primary first; one placeholder link if none could be read (the problems say why)
     */
    static List<Uplink> read(Problems p, String path, TopologyFile.NodeFile nf, TierPlacement.Placed at,
                             TierPlacement layout) {
        if (nf.parents() == null) {
            if (p.require(path + ".parent", nf.parent(), "the id of the node or origin it fetches from")) {
                checkParent(p, path + ".parent", nf.parent(), nf.id(), at, layout);
            }
            return List.of(link(p, path, nf.parent(), nf.rtt(), nf.bandwidth()));
        }
        for (String given : new String[] {nf.parent() != null ? "parent" : null, nf.rtt() != null ? "rtt" : null,
                nf.bandwidth() != null ? "bandwidth" : null}) {
            if (given != null) {
                p.add(path + "." + given, "give either 'parent' with its 'rtt' (and 'bandwidth'), or 'parents' with "
                        + "each parent's rtt, not both");
            }
        }
        List<Uplink> links = new ArrayList<>();
        Set<String> named = new HashSet<>();
        if (nf.parents().isEmpty()) {
            p.add(path + ".parents", "empty: list the parents in order of preference, for example "
                    + "[{ id: mid-fra, rtt: 10ms }, { id: mid-ams, rtt: 15ms }]");
        }
        for (int i = 0; i < nf.parents().size(); i++) {
            TopologyFile.ParentFile pf = nf.parents().get(i);
            String here = path + ".parents[" + i + "]";
            if (pf == null) {
                p.add(here, "empty parent: give its id and rtt");
                continue;
            }
            if (p.require(here + ".id", pf.id(), "the id of the node or origin")) {
                if (!named.add(pf.id())) {
                    p.add(here + ".id", "'" + pf.id() + "' is listed twice; each parent once, in order of preference");
                } else {
                    checkParent(p, here + ".id", pf.id(), nf.id(), at, layout);
                }
            }
            links.add(link(p, here, pf.id(), pf.rtt(), pf.bandwidth()));
        }
        return links.isEmpty() ? List.of(new Uplink("", 0, Defaults.UNLIMITED_BITS_PER_SECOND)) : links;
    }

    private static Uplink link(Problems p, String at, String parent, String rttText, String bandwidthText) {
        p.require(at + ".rtt", rttText, "the round-trip time to the parent, for example '20ms'");
        long rtt = p.micros(at + ".rtt", rttText, 0);
        Limits.atMost(p, at + ".rtt", rtt, Limits.MAX_RTT, rttText);
        long bandwidth = p.bitsPerSecond(at + ".bandwidth", bandwidthText, Defaults.UNLIMITED_BITS_PER_SECOND);
        return new Uplink(parent == null ? "" : parent, rtt, bandwidth);
    }

    private static void checkParent(Problems p, String at, String parent, String self, TierPlacement.Placed tier,
                                    TierPlacement layout) {
        Integer parentTier = layout.positionOf().get(parent);
        Integer parentCdn = layout.cdnOf(parent);
        if (parent.equals(self)) {
            p.add(at, "'" + parent + "' is the node itself; a node fetches from a node of a later tier or an origin");
        } else if (parentTier == null) {
            p.add(at, "no node or origin has the id '" + parent + "'"
                    + Problems.didYouMean(parent, layout.positionOf().keySet()));
        } else if (parentTier <= tier.position()) {
            String own = tier.cdn() < 0 ? "tier '" + layout.positionName(tier.position()) + "'"
                    : "tier '" + tier.file().name() + "' of CDN '" + layout.cdnName(tier.cdn()) + "'";
            p.add(at, "'" + parent + "' is in " + layout.where(parent) + ", which is not inward of " + own
                    + "; a parent must be in a later tier or an origin, or requests would go round in a cycle");
        } else if (parentCdn != null && parentCdn >= 0 && parentCdn != tier.cdn()) {
            p.add(at, "'" + parent + "' is in " + layout.where(parent) + "; a node of CDN '"
                    + layout.cdnName(tier.cdn()) + "' fetches from its own CDN's later tiers, a shared tier or an "
                    + "origin");
        }
    }
}
