package io.cdnsim.config;

import io.cdnsim.model.CacheNodeSpec;
import io.cdnsim.model.Cdn;
import io.cdnsim.model.Failure;
import io.cdnsim.model.Tier;
import io.cdnsim.model.Topology;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a failure schedule's outages: a node down ({@code node: <id>}) or one CDN of several down in a region or
 * everywhere ({@code cdn: <name>}, with {@code region: <region>} or without), with how the nodes come back
 * ({@code restart}) and how long the viewers of a down edge POP keep asking it ({@code detection}).
 */
final class OutageReader {

    private OutageReader() {
    }

    /**
     * @param p        where problems go
     * @param path     the entry's path, {@code failures[i]}
     * @param f        the entry, which names a node or a CDN
     * @param window   its window ({@link FailuresReader})
     * @param topology the topology, or null if it could not be read
     * @return the outage, or null (problems)
     */
    static Failure read(Problems p, String path, ScenarioFile.FailureFile f, long[] window, Topology topology) {
        FailuresReader.notFor(p, path, "a node or a CDN down", f.addedRtt(), "addedRtt", f.lostCapacity(),
                "lostCapacity", f.errorShare(), "errorShare", f.addedLatency(), "addedLatency");
        String restart = f.restart() == null ? Defaults.FAILURE_RESTART : f.restart();
        if (!restart.equals("warm") && !restart.equals("cold")) {
            p.add(path + ".restart", "unknown restart '" + restart + "'"
                    + Problems.didYouMean(restart, List.of("warm", "cold")) + "; warm (it keeps its copies) or cold");
        }
        long detection = p.micros(path + ".detection", f.detection(), Defaults.FAILURE_DETECTION);
        Limits.atMost(p, path + ".detection", detection, Limits.MAX_WAIT, f.detection());
        if (topology == null) {
            return null;
        }
        List<String> nodes = f.cdn() != null ? cdnNodes(p, path, f, topology) : node(p, path, f, topology);
        if (nodes == null || FailuresReader.invalid(window)) {
            return null;
        }
        boolean cold = restart.equals("cold");
        if (f.cdn() != null) {
            return new Failure.CdnDown(f.cdn(), f.region() == null ? Failure.ALL_REGIONS : f.region(), nodes,
                    window[0], window[1], cold, detection);
        }
        return new Failure.NodeDown(f.node(), window[0], window[1], cold, detection);
    }

    /** @return the node, in a list, or null if the topology has no such node */
    private static List<String> node(Problems p, String path, ScenarioFile.FailureFile f, Topology topology) {
        List<String> ids = new ArrayList<>();
        boolean edge = false;
        for (Tier t : topology.tiers()) {
            for (CacheNodeSpec n : t.nodes()) {
                ids.add(n.id());
                edge |= t == topology.edge() && n.id().equals(f.node());
            }
        }
        topology.origins().forEach(o -> ids.add(o.id()));
        if (!ids.contains(f.node())) {
            p.add(path + ".node", "no node or origin of topology '" + topology.name() + "' has the id '" + f.node()
                    + "'" + Problems.didYouMean(f.node(), ids));
            return null;
        }
        if (f.detection() != null && !edge) {
            p.add(path + ".detection", "applies to an edge POP (how long until its viewers are moved); the nodes "
                    + "below '" + f.node() + "' go to their next parent at once");
        }
        return List.of(f.node());
    }

    /** @return the CDN's nodes in the region (all of them without one), in topology order, or null (problems) */
    private static List<String> cdnNodes(Problems p, String path, ScenarioFile.FailureFile f, Topology topology) {
        List<String> names = topology.cdns().stream().map(Cdn::name).toList();
        if (names.isEmpty()) {
            p.add(path + ".cdn", "the topology '" + topology.name() + "' is one CDN (it has no cdns section): name "
                    + "the nodes that fail with node: <id>");
            return null;
        }
        if (!names.contains(f.cdn())) {
            p.add(path + ".cdn", "no CDN of topology '" + topology.name() + "' is named '" + f.cdn() + "'"
                    + Problems.didYouMean(f.cdn(), names) + "; its CDNs: " + String.join(", ", names));
            return null;
        }
        if (f.region() != null && !topology.regions().contains(f.region())) {
            p.add(path + ".region", "no region '" + f.region() + "' in topology '" + topology.name() + "'"
                    + Problems.didYouMean(f.region(), topology.regions()) + "; its regions: "
                    + String.join(", ", topology.regions()));
            return null;
        }
        Cdn cdn = topology.cdns().get(names.indexOf(f.cdn()));
        List<String> nodes = new ArrayList<>();
        for (Tier t : topology.tiers()) {
            for (CacheNodeSpec n : t.nodes()) {
                if (cdn.nodes().contains(n.id()) && (f.region() == null || n.region().equals(f.region()))) {
                    nodes.add(n.id());
                }
            }
        }
        if (nodes.isEmpty()) {
            p.add(path + ".region", "the CDN '" + f.cdn() + "' has no node in region '" + f.region() + "'");
            return null;
        }
        return nodes;
    }
}
