package io.cdnsim.bandwidth;

import io.cdnsim.model.Capacities;
import io.cdnsim.model.CacheNodeSpec;
import io.cdnsim.model.Failure;
import io.cdnsim.model.Topology;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The links between the edges and the viewers, numbered: first each region's peering link (if its capacity is set),
 * in region order, then each edge node's egress, in topology order. A download crosses its edge's egress and, if its
 * region has one, its region's peering link: the links form a tree per region, the peering link at the root. A link
 * without a capacity carries anything (it is still metered). A link with a capacity may lose a share of it for a
 * while (the scenario's failures, {@link #losses()}).
 */
public final class LinkPlan {

    /** Bits per second of a link without a limit. */
    public static final double UNLIMITED = Double.POSITIVE_INFINITY;
    /** The parent of a link that has none. */
    public static final int NONE = -1;

    /**
     * A link that loses a share of its capacity during a window.
     *
     * @param link a link
     * @param from start, microseconds
     * @param to   end, microseconds
     * @param lost the share of its capacity lost, 0 to 1
     */
    public record Loss(int link, long from, long to, double lost) {
    }

    private final String[] names;
    private final boolean[] peering;
    private final double[] capacity;
    private final int[] parent;
    /** The egress link of each node, by node number; {@link #NONE} for nodes that are not edges. */
    private final int[] linkOfNode;
    private final List<Loss> losses;

    private LinkPlan(String[] names, boolean[] peering, double[] capacity, int[] parent, int[] linkOfNode,
                     List<Loss> losses) {
        this.names = names;
        this.peering = peering;
        this.capacity = capacity;
        this.parent = parent;
        this.linkOfNode = linkOfNode;
        this.losses = losses;
    }

    /**
     * @param topology  a validated topology
     * @param edgeNodes the node number of each edge node, in topology order
     * @param nodeCount how many nodes the network numbers
     * @return its links
     */
    public static LinkPlan of(Topology topology, int[] edgeNodes, int nodeCount) {
        Capacities caps = topology.capacities();
        List<String> names = new ArrayList<>();
        List<Boolean> isPeering = new ArrayList<>();
        List<Double> bps = new ArrayList<>();
        List<Integer> parents = new ArrayList<>();
        List<String> regions = topology.regions();
        int[] peeringOf = new int[regions.size()];
        for (int r = 0; r < regions.size(); r++) {
            Long c = caps.peering().get(regions.get(r));
            peeringOf[r] = c == null ? NONE : names.size();
            if (c != null) {
                names.add(regions.get(r));
                isPeering.add(true);
                bps.add((double) c);
                parents.add(NONE);
            }
        }
        int[] linkOfNode = new int[nodeCount];
        Arrays.fill(linkOfNode, NONE);
        List<CacheNodeSpec> edges = topology.edge().nodes();
        for (int e = 0; e < edges.size(); e++) {
            CacheNodeSpec spec = edges.get(e);
            Long c = caps.egress().get(spec.id());
            linkOfNode[edgeNodes[e]] = names.size();
            names.add(spec.id());
            isPeering.add(false);
            bps.add(c == null ? UNLIMITED : (double) c);
            int r = regions.indexOf(spec.region());
            parents.add(r < 0 ? NONE : peeringOf[r]);
        }
        int n = names.size();
        boolean[] peer = new boolean[n];
        double[] capacity = new double[n];
        int[] parent = new int[n];
        for (int i = 0; i < n; i++) {
            peer[i] = isPeering.get(i);
            capacity[i] = bps.get(i);
            parent[i] = parents.get(i);
        }
        return new LinkPlan(names.toArray(new String[0]), peer, capacity, parent, linkOfNode, List.of());
    }

    /**
     * @param failures a validated scenario's failures (those that are not {@link Failure.CapacityLost} are skipped)
     * @return these links, losing capacity as the failures say
     */
    public LinkPlan withLosses(List<Failure> failures) {
        List<Loss> all = new ArrayList<>();
        for (Failure f : failures) {
            if (f instanceof Failure.CapacityLost c) {
                for (int l = 0; l < names.length; l++) {
                    if (peering[l] == c.peering() && names[l].equals(c.link())) {
                        all.add(new Loss(l, c.from(), c.to(), c.lost()));
                    }
                }
            }
        }
        return new LinkPlan(names, peering, capacity, parent, linkOfNode, List.copyOf(all));
    }

    /** @return the links' losses of capacity, in the scenario's order */
    public List<Loss> losses() {
        return losses;
    }

    /**
     * @param link a link
     * @param t    a time, microseconds
     * @return its capacity at that time: what the losses in force leave of it (the largest loss counts)
     */
    public double capacityAt(int link, long t) {
        double lost = 0;
        for (Loss loss : losses) {
            if (loss.link() == link && loss.from() <= t && t < loss.to()) {
                lost = Math.max(lost, loss.lost());
            }
        }
        return lost == 0 ? capacity[link] : capacity[link] * (1 - lost);
    }

    /**
     * @param topology a topology
     * @return the time-series columns of its links that have a capacity, in link order: {@code peering_<region>_bits}
     *         and {@code egress_<edge id>_bits}, the bits each carried in the second
     */
    public static List<String> seriesColumns(Topology topology) {
        List<String> columns = new ArrayList<>();
        for (String region : topology.regions()) {
            if (topology.capacities().peering().containsKey(region)) {
                columns.add("peering_" + region + "_bits");
            }
        }
        for (CacheNodeSpec spec : topology.edge().nodes()) {
            if (topology.capacities().egress().containsKey(spec.id())) {
                columns.add("egress_" + spec.id() + "_bits");
            }
        }
        return columns;
    }

    /** @return how many links */
    public int count() {
        return names.length;
    }

    /** @param link a link @return the edge node's id, or the region's name for a peering link */
    public String name(int link) {
        return names[link];
    }

    /** @param link a link @return whether it is a region's peering link (else an edge's egress) */
    public boolean isPeering(int link) {
        return peering[link];
    }

    /** @param link a link @return its capacity, bit/s, or {@link #UNLIMITED} */
    public double capacity(int link) {
        return capacity[link];
    }

    /** @param link a link @return whether it has a capacity */
    public boolean limited(int link) {
        return capacity[link] != UNLIMITED;
    }

    /** @param link an edge's egress @return its region's peering link, or {@link #NONE} */
    public int parent(int link) {
        return parent[link];
    }

    /** @param node a node number @return its egress link if it is an edge, else {@link #NONE} */
    public int linkOfNode(int node) {
        return linkOfNode[node];
    }

    /** @return whether some link has a capacity (else downloads are never held back) */
    public boolean anyLimited() {
        for (double c : capacity) {
            if (c != UNLIMITED) {
                return true;
            }
        }
        return false;
    }
}
