package io.cdnsim.network;

import io.cdnsim.kernel.Micros;
import io.cdnsim.model.CacheNodeSpec;
import io.cdnsim.model.OriginSpec;
import io.cdnsim.model.Tier;
import io.cdnsim.model.Topology;
import io.cdnsim.model.Uplink;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How the nodes of a network, with the viewers of its regions, split into partitions that can be simulated side by
 * side: parts that only talk to each other over links long enough that what one sends cannot reach another before a
 * known time (conservative parallel simulation: the link's one-way delay is the lookahead).
 *
 * <p>The rule: a cache node and its parent share a partition when the link between them has an RTT under
 * {@value #MIN_CUT_RTT} µs (a secondary parent too: every link a request may take counts); the edge nodes of a region share one (its viewers may be routed to any of them, and a
 * viewer's request reaches its edge at once); a group without edge nodes (a mid-tier or a shield far from the rest)
 * joins the group of its first child outside it, so every partition has viewers to simulate. The partitions are the
 * groups that result, numbered in the order of their first node. The lookahead is the shortest one-way delay (RTT / 2, as messages cross a link) of the links
 * between partitions (a route past a down parent, {@link FailurePlan}, crosses the links of both, so it is no shorter
 * than the one that separates partitions). A topology whose links are all short is one partition. Node numbers are those of
 * {@link Wiring}: the cache tiers from the edge, then the origins.
 *
 * <p>The five-tier global topology splits into eu, na with the shield and the origin (the shield is 3 ms from
 * mid-iad and 2 ms from the origin), apac and latam, with a lookahead of 42.5 ms (mid-fra to the shield).
 */
public final class Partitioning {

    /** Shortest RTT of a link that may separate partitions, microseconds (10 ms). */
    public static final long MIN_CUT_RTT = 10 * Micros.MILLISECOND;

    private final int[] partitionOf;
    private final int count;
    private final long lookahead;

    private Partitioning(int[] partitionOf, int count, long lookahead) {
        this.partitionOf = partitionOf;
        this.count = count;
        this.lookahead = lookahead;
    }

    /**
     * @param nodes how many nodes
     * @return every node in partition 0
     */
    public static Partitioning single(int nodes) {
        return new Partitioning(new int[nodes], 1, Long.MAX_VALUE);
    }

    /**
     * @param topology a validated topology
     * @return its partitions by the rule of the class comment
     */
    public static Partitioning of(Topology topology) {
        Map<String, Integer> number = new HashMap<>();
        List<CacheNodeSpec> caches = new ArrayList<>();
        for (Tier tier : topology.tiers()) {
            for (CacheNodeSpec n : tier.nodes()) {
                number.put(n.id(), number.size());
                caches.add(n);
            }
        }
        for (OriginSpec o : topology.origins()) {
            number.put(o.id(), number.size());
        }
        int[] group = new int[number.size()];
        for (int i = 0; i < group.length; i++) {
            group[i] = i;
        }
        for (int i = 0; i < caches.size(); i++) {
            for (Uplink up : caches.get(i).uplinks()) {
                if (up.rtt() < MIN_CUT_RTT) {
                    union(group, i, number.get(up.parent()));
                }
            }
        }
        Map<String, Integer> firstEdgeOfRegion = new HashMap<>();
        for (CacheNodeSpec edge : topology.edge().nodes()) {
            Integer first = firstEdgeOfRegion.putIfAbsent(edge.region(), number.get(edge.id()));
            if (first != null) {
                union(group, first, number.get(edge.id()));
            }
        }
        int[] parentOf = new int[group.length];
        Arrays.fill(parentOf, -1);
        for (int i = 0; i < caches.size(); i++) {
            parentOf[i] = number.get(caches.get(i).parent());
        }
        mergeGroupsWithoutEdges(group, parentOf, topology.edge().nodes().size());
        int[] partitionOf = new int[group.length];
        int[] partitionOfRoot = new int[group.length];
        Arrays.fill(partitionOfRoot, -1);
        int count = 0;
        for (int i = 0; i < group.length; i++) {
            int root = root(group, i);
            if (partitionOfRoot[root] < 0) {
                partitionOfRoot[root] = count++;
            }
            partitionOf[i] = partitionOfRoot[root];
        }
        long lookahead = Long.MAX_VALUE;
        for (int i = 0; i < caches.size(); i++) {
            for (Uplink up : caches.get(i).uplinks()) {
                if (partitionOf[i] != partitionOf[number.get(up.parent())]) {
                    lookahead = Math.min(lookahead, up.rtt() / 2);
                }
            }
        }
        return new Partitioning(partitionOf, count, lookahead);
    }

    /**
     * A group with no edge node has no viewers of its own (a mid-tier or shield far from everything): it joins the
     * group of its first child outside it (else of its parent), so that every partition holds viewers.
     */
    private static void mergeGroupsWithoutEdges(int[] group, int[] parentOf, int edges) {
        boolean merged = true;
        while (merged) {
            merged = false;
            boolean[] hasEdge = new boolean[group.length];
            for (int i = 0; i < edges; i++) {
                hasEdge[root(group, i)] = true;
            }
            for (int n = edges; n < group.length && !merged; n++) {
                int g = root(group, n);
                if (hasEdge[g]) {
                    continue;
                }
                int other = -1;
                for (int c = 0; c < parentOf.length && other < 0; c++) {
                    if (parentOf[c] >= 0 && root(group, parentOf[c]) == g && root(group, c) != g) {
                        other = c;
                    }
                }
                for (int c = 0; c < parentOf.length && other < 0; c++) {
                    if (root(group, c) == g && parentOf[c] >= 0 && root(group, parentOf[c]) != g) {
                        other = parentOf[c];
                    }
                }
                if (other >= 0) {
                    union(group, n, other);
                    merged = true;
                }
            }
        }
    }

    private static int root(int[] group, int i) {
        while (group[i] != i) {
            group[i] = group[group[i]];
            i = group[i];
        }
        return i;
    }

    private static void union(int[] group, int a, int b) {
        int ra = root(group, a);
        int rb = root(group, b);
        if (ra != rb) {
            group[Math.max(ra, rb)] = Math.min(ra, rb);
        }
    }

    /** @return how many partitions */
    public int count() {
        return count;
    }

    /** @param node a node number @return its partition */
    public int of(int node) {
        return partitionOf[node];
    }

    /** @return each node's partition, by node number (a copy) */
    public int[] partitions() {
        return partitionOf.clone();
    }

    /**
     * @return the shortest one-way delay of a link between partitions, microseconds: nothing one partition does at
     *         time t reaches another before t + lookahead; {@link Long#MAX_VALUE} for a single partition
     */
    public long lookahead() {
        return lookahead;
    }
}
