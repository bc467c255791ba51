package io.cdnsim.config;

import io.cdnsim.model.CacheNodeSpec;
import io.cdnsim.model.Failure;
import io.cdnsim.model.Topology;
import java.util.List;
import java.util.Map;

/**
 * Reads a failure that takes capacity from a link to the viewers: {@code egress: <edge id>} (a POP's egress) or
 * {@code peering: <region>} (a region's peering link), each with {@code lostCapacity}, the share lost (0 to 1). The
 * link must have a capacity in the topology ({@code egress:} on the edge node, {@code peering:} for the region).
 */
final class CapacityLossReader {

    private CapacityLossReader() {
    }

    /**
     * @param p        where problems go
     * @param path     the entry's path ({@code failures[2]})
     * @param f        the entry as written (its egress or its peering set)
     * @param window   {from, to}, -1 where unreadable
     * @param topology the topology, or null if it could not be read
     * @return the failure, or null if it has a problem
     */
    static Failure read(Problems p, String path, ScenarioFile.FailureFile f, long[] window, Topology topology) {
        boolean peering = f.peering() != null;
        String field = peering ? "peering" : "egress";
        String link = peering ? f.peering() : f.egress();
        FailuresReader.notFor(p, path, "a link to the viewers losing capacity", f.restart(), "restart",
                f.detection(), "detection", f.addedRtt(), "addedRtt", f.errorShare(), "errorShare",
                f.addedLatency(), "addedLatency");
        boolean given = p.require(path + ".lostCapacity", f.lostCapacity(),
                "the share of the link's capacity lost, 0 to 1 (1: the link carries nothing)");
        double lost = given ? f.lostCapacity() : 0;
        if (given) {
            FailuresReader.share(p, path + ".lostCapacity", lost, "share of the link's capacity lost");
        }
        if (topology == null) {
            return null;
        }
        Map<String, Long> capacities = peering ? topology.capacities().peering() : topology.capacities().egress();
        List<String> known = peering ? topology.regions()
                : topology.edge().nodes().stream().map(CacheNodeSpec::id).toList();
        if (!known.contains(link)) {
            p.add(path + "." + field, "no " + (peering ? "region" : "edge node") + " of topology '" + topology.name()
                    + "' is called '" + link + "'" + Problems.didYouMean(link, known) + "; its "
                    + (peering ? "regions: " : "edge nodes: ") + known);
            return null;
        }
        if (!capacities.containsKey(link)) {
            p.add(path + "." + field, "'" + link + "' has no " + field + " capacity in topology '" + topology.name()
                    + "' (" + (peering ? "peering: { " + link + ": 400Gbps }" : "egress: 200Gbps on the node")
                    + "): only a link with a capacity can lose some of it");
            return null;
        }
        return !given || FailuresReader.invalid(window) ? null
                : new Failure.CapacityLost(link, peering, window[0], window[1], lost);
    }
}
