package io.cdnsim.config;

import io.cdnsim.model.Cdn;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Where each tier of a topology file sits in the network: a file without {@code cdns} has its tiers in order; a file
 * with {@code cdns} has each CDN's tier {@code i} at position {@code i} (so every CDN's edges are the first tier), and
 * its top-level {@code tiers}, shared by the CDNs, after the deepest CDN's. A position's name is its tiers' name, or
 * their names joined by {@code /} where the CDNs name it differently. Checks the names, the ids and the tier count.
 */
final class TierPlacement {

    /**
     * One tier as written, placed.
     *
     * @param path     its path in the file ({@code tiers[1]}, {@code cdns[0].tiers[2]})
     * @param file     the tier as written
     * @param position its tier in the network, edge first
     * @param cdn      its CDN's index, -1 for a shared tier (or a file without CDNs)
     */
    record Placed(String path, TopologyFile.TierFile file, int position, int cdn) {
    }

    private final List<Placed> placed = new ArrayList<>();
    private final List<String> positionNames = new ArrayList<>();
    private final List<String> cdnNames = new ArrayList<>();
    private final Map<String, Integer> positionOf = new HashMap<>();
    private final Map<String, Integer> cdnOf = new HashMap<>();

    private TierPlacement() {
    }

    /**
     * @param p where problems go
     * @param f the file as written
     * @return its tiers placed; problems for missing tiers, too many, names used twice and ids used twice
     */
    static TierPlacement of(Problems p, TopologyFile f) {
        TierPlacement layout = new TierPlacement();
        List<TopologyFile.TierFile> shared = f.tiers() == null ? List.of() : f.tiers();
        int depth = 0;
        if (f.cdns() == null) {
            if (shared.isEmpty()) {
                p.add("tiers", "missing: at least one cache tier (the edge)");
            }
        } else {
            depth = layout.placeCdns(p, f.cdns());
        }
        Set<String> sharedNames = new HashSet<>();
        for (int t = 0; t < shared.size(); t++) {
            TopologyFile.TierFile tf = shared.get(t);
            String path = "tiers[" + t + "]";
            layout.placed.add(new Placed(path, tf, depth + t, -1));
            if (tf != null && p.require(path + ".name", tf.name(), "the tier's name, for example edge")
                    && ("origin".equals(tf.name()) || !sharedNames.add(tf.name()))) {
                p.add(path + ".name", "tier name '" + tf.name() + "' is already used"
                        + ("origin".equals(tf.name()) ? " by the origins" : ""));
            }
        }
        int positions = depth + shared.size();
        if (positions > TopologyReader.MAX_TIERS) {
            p.add(f.cdns() == null ? "tiers" : "cdns", "has " + positions + " tiers" + (f.cdns() == null ? ""
                    : " (the deepest CDN's and the shared ones)") + "; at most " + TopologyReader.MAX_TIERS
                    + " cache tiers are supported (five layers with the origin)");
        }
        layout.name(p, positions, f.cdns() != null);
        layout.number(p, f);
        return layout;
    }

    private int placeCdns(Problems p, List<TopologyFile.CdnFile> cdns) {
        if (cdns.isEmpty()) {
            p.add("cdns", "empty: list the CDNs, each with its tiers, or leave cdns out for one CDN");
        }
        int depth = 0;
        for (int c = 0; c < cdns.size(); c++) {
            TopologyFile.CdnFile cf = cdns.get(c);
            String path = "cdns[" + c + "]";
            if (cf == null) {
                p.add(path, "empty CDN: give its name and tiers");
                cdnNames.add("");
                continue;
            }
            if (p.require(path + ".name", cf.name(), "the CDN's name, for example cdn-a")
                    && cdnNames.contains(cf.name())) {
                p.add(path + ".name", "CDN name '" + cf.name() + "' is already used");
            }
            cdnNames.add(cf.name() == null ? "" : cf.name());
            List<TopologyFile.TierFile> tiers = cf.tiers() == null ? List.of() : cf.tiers();
            if (tiers.isEmpty()) {
                p.add(path + ".tiers", "missing: at least one cache tier (the CDN's edge)");
            }
            Set<String> names = new HashSet<>();
            for (int t = 0; t < tiers.size(); t++) {
                TopologyFile.TierFile tf = tiers.get(t);
                String at = path + ".tiers[" + t + "]";
                placed.add(new Placed(at, tf, t, c));
                if (tf != null && p.require(at + ".name", tf.name(), "the tier's name, for example edge")
                        && ("origin".equals(tf.name()) || !names.add(tf.name()))) {
                    p.add(at + ".name", "tier name '" + tf.name() + "' is already used"
                            + ("origin".equals(tf.name()) ? " by the origins" : "") + " in this CDN");
                }
            }
            depth = Math.max(depth, tiers.size());
        }
        return depth;
    }

    /** Names each position after its tiers; two positions may not end with the same name. */
    private void name(Problems p, int positions, boolean withCdns) {
        for (int k = 0; k < positions; k++) {
            Set<String> names = new LinkedHashSet<>();
            for (Placed pl : placed) {
                if (pl.position() == k && pl.file() != null && pl.file().name() != null) {
                    names.add(pl.file().name());
                }
            }
            String name = String.join("/", names);
            if (withCdns && positionNames.contains(name) && !name.isEmpty()) {
                p.add("cdns", "two tiers of the network would both be named '" + name + "' (a CDN's tier and a "
                        + "shared tier, or tiers at different depths): name them apart");
            }
            positionNames.add(name);
        }
    }

    /** Numbers every id: its position, its CDN; an id used twice is a problem. */
    private void number(Problems p, TopologyFile f) {
        for (Placed pl : placed) {
            if (pl.file() == null) {
                p.add(pl.path(), "empty tier");
                continue;
            }
            if (pl.file().nodes() == null || pl.file().nodes().isEmpty()) {
                p.add(pl.path() + ".nodes", "missing: the tier's nodes");
                continue;
            }
            for (int n = 0; n < pl.file().nodes().size(); n++) {
                TopologyFile.NodeFile nf = pl.file().nodes().get(n);
                if (nf != null && nf.id() != null && positionOf.putIfAbsent(nf.id(), pl.position()) != null) {
                    p.add(pl.path() + ".nodes[" + n + "].id", "id '" + nf.id() + "' is used twice");
                } else if (nf != null && nf.id() != null) {
                    cdnOf.put(nf.id(), pl.cdn());
                }
            }
        }
        List<TopologyFile.OriginFile> origins = f.origins() == null ? List.of() : f.origins();
        for (int o = 0; o < origins.size(); o++) {
            TopologyFile.OriginFile of = origins.get(o);
            if (of != null && of.id() != null && positionOf.putIfAbsent(of.id(), positionNames.size()) != null) {
                p.add("origins[" + o + "].id", "id '" + of.id() + "' is used twice");
            } else if (of != null && of.id() != null) {
                cdnOf.put(of.id(), -1);
            }
        }
    }

    /** @return the tiers as written, placed, in file order (each CDN's in turn, then the shared ones) */
    List<Placed> placed() {
        return placed;
    }

    /** @return how many tiers the network has */
    int positions() {
        return positionNames.size();
    }

    /** @param position a tier of the network @return its name */
    String positionName(int position) {
        return positionNames.get(position);
    }

    /** @return the tier of every id (origins: the number of tiers) */
    Map<String, Integer> positionOf() {
        return positionOf;
    }

    /** @param id a node's or an origin's id @return its CDN's index, -1 for none; null for an unknown id */
    Integer cdnOf(String id) {
        return cdnOf.get(id);
    }

    /** @param cdn a CDN's index @return its name */
    String cdnName(int cdn) {
        return cdnNames.get(cdn);
    }

    /**
     * @param id a known id
     * @return where it is, as messages say it: {@code tier 'mid'}, {@code tier 'mid' of CDN 'a'}, {@code origins}
     */
    String where(String id) {
        int position = positionOf.get(id);
        if (position >= positionNames.size()) {
            return "origins";
        }
        int cdn = cdnOf.getOrDefault(id, -1);
        if (cdn < 0) {
            return "tier '" + positionNames.get(position) + "'";
        }
        for (Placed pl : placed) {
            if (pl.cdn() == cdn && pl.position() == position && pl.file() != null) {
                return "tier '" + pl.file().name() + "' of CDN '" + cdnNames.get(cdn) + "'";
            }
        }
        return "tier '" + positionNames.get(position) + "'";
    }

    /** @return the CDNs, each with its tiers' names and its nodes' ids; empty for a file without CDNs */
    List<Cdn> cdns() {
        List<Cdn> cdns = new ArrayList<>();
        for (int c = 0; c < cdnNames.size(); c++) {
            List<String> tiers = new ArrayList<>();
            Set<String> nodes = new HashSet<>();
            for (Placed pl : placed) {
                if (pl.cdn() != c || pl.file() == null) {
                    continue;
                }
                tiers.add(pl.file().name() == null ? "" : pl.file().name());
                for (TopologyFile.NodeFile nf : pl.file().nodes() == null ? List.<TopologyFile.NodeFile>of()
                        : pl.file().nodes()) {
                    if (nf != null && nf.id() != null) {
                        nodes.add(nf.id());
                    }
                }
            }
            cdns.add(new Cdn(cdnNames.get(c), tiers, nodes));
        }
        return cdns;
    }
}
