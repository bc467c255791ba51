package io.cdnsim.network;

import io.cdnsim.content.CacheControl;
import io.cdnsim.content.Catalog;
import io.cdnsim.content.ObjectKind;
import io.cdnsim.kernel.EventLoop;
import io.cdnsim.metrics.NodeProbe;
import io.cdnsim.metrics.NodeStats;
import io.cdnsim.metrics.TimeSeries;
import io.cdnsim.metrics.WarmUp;
import io.cdnsim.model.CacheNodeSpec;
import io.cdnsim.model.Cdn;
import io.cdnsim.model.Failure;
import io.cdnsim.model.OriginSpec;
import io.cdnsim.model.Tier;
import io.cdnsim.model.Topology;
import io.cdnsim.random.RandomStreams;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds a {@link Network} from a validated {@link Topology}: numbers the nodes (cache tiers from the edge, then the
 * origins), creates them and links each to its parent.
 */
public final class Wiring {

    private final List<Network> networks;
    private final List<String> nodeIds;
    private final List<Integer> edgeNodes;
    /** Each partition's failover, empty for a run without failures. */
    private final List<Failover> failovers;

    private Wiring(List<Network> networks, List<String> nodeIds, List<Integer> edgeNodes, List<Failover> failovers) {
        this.networks = List.copyOf(networks);
        this.nodeIds = List.copyOf(nodeIds);
        this.edgeNodes = List.copyOf(edgeNodes);
        this.failovers = List.copyOf(failovers);
    }

    /**
     * @param topology     a validated topology (every parent exists and is further inwards)
     * @param cacheControl the origin's directives per object kind
     * @param loop         the event loop
     * @param catalog      what the origin holds
     * @param series       the per-second series, with one tier per cache tier plus the origin tier
     * @param streams      the run's random streams (fixed hit ratios draw from {@code hit-ratio/<node id>})
     * @param warmUp       the warm-up rule
     * @param headerBytes  bytes of a header-only response
     * @return the wired network
     */
    public static Wiring build(Topology topology, Map<ObjectKind, CacheControl> cacheControl, EventLoop loop,
                               Catalog catalog, TimeSeries series, RandomStreams streams, WarmUp warmUp,
                               long headerBytes) {
        return build(topology, cacheControl, new EventLoop[] {loop}, catalog, new TimeSeries[] {series}, streams,
                warmUp, headerBytes, null);
    }

    /**
     * Wires a network split into partitions: one {@link Network} per partition, on its own loop and counting into its
     * own series; each node runs on its partition's network and is known to the others.
     *
     * @param topology     a validated topology (every parent exists and is further inwards)
     * @param cacheControl the origin's directives per object kind
     * @param loops        the event loop of each partition
     * @param catalog      what the origin holds
     * @param series       the per-second series of each partition
     * @param streams      the run's random streams (fixed hit ratios draw from {@code hit-ratio/<node id>})
     * @param warmUp       the warm-up rule
     * @param headerBytes  bytes of a header-only response
     * @param partitioning the partitions, or null for one ({@code loops} and {@code series} then have one element)
     * @return the wired networks
     */
    public static Wiring build(Topology topology, Map<ObjectKind, CacheControl> cacheControl, EventLoop[] loops,
                               Catalog catalog, TimeSeries[] series, RandomStreams streams, WarmUp warmUp,
                               long headerBytes, Partitioning partitioning) {
        return build(topology, cacheControl, loops, catalog, series, streams, warmUp, headerBytes, partitioning,
                List.of(), Long.MAX_VALUE);
    }

    /**
     * Wires a network split into partitions, with a failure schedule (N7): each partition gets a {@link Failover},
     * and each node the schedule takes down a {@link FailingNode} in its partition, whose failures are scheduled on
     * that partition's loop now, before anything else.
     *
     * @param topology     a validated topology (every parent exists and is further inwards)
     * @param cacheControl the origin's directives per object kind
     * @param loops        the event loop of each partition
     * @param catalog      what the origin holds
     * @param series       the per-second series of each partition
     * @param streams      the run's random streams (also {@code failover} and {@code failures/<origin id>})
     * @param warmUp       the warm-up rule
     * @param headerBytes  bytes of a header-only response
     * @param partitioning the partitions, or null for one
     * @param failures     the validated failure schedule; empty for none
     * @param end          the end of the run's arrivals: failures that start later are not scheduled
     * @return the wired networks
     */
    public static Wiring build(Topology topology, Map<ObjectKind, CacheControl> cacheControl, EventLoop[] loops,
                               Catalog catalog, TimeSeries[] series, RandomStreams streams, WarmUp warmUp,
                               long headerBytes, Partitioning partitioning, List<Failure> failures, long end) {
        List<String> ids = new ArrayList<>();
        Map<String, Integer> number = new HashMap<>();
        for (Tier tier : topology.tiers()) {
            for (CacheNodeSpec n : tier.nodes()) {
                number.put(n.id(), ids.size());
                ids.add(n.id());
            }
        }
        for (OriginSpec o : topology.origins()) {
            number.put(o.id(), ids.size());
            ids.add(o.id());
        }
        Partitioning parts = partitioning != null ? partitioning : Partitioning.single(ids.size());
        List<Network> networks = new ArrayList<>();
        for (int p = 0; p < parts.count(); p++) {
            PartitionMail mail = parts.count() > 1 ? PartitionMail.of(parts.partitions(), p, parts.count())
                    : PartitionMail.single(ids.size());
            networks.add(new Network(loops[p], catalog, ids.size(), mail));
        }
        FailurePlan plan = failures.isEmpty() ? null
                : new FailurePlan(topology, failures, number, streams.stream("failover").nextLong());
        List<Failover> failovers = new ArrayList<>();
        for (int p = 0; plan != null && p < parts.count(); p++) {
            failovers.add(new Failover(plan, ids, streams));
            networks.get(p).setFailover(failovers.get(p));
        }
        List<Integer> edges = new ArrayList<>();
        Map<String, Integer> lanes = lanes(topology);
        int originTier = topology.tiers().size();
        for (int t = 0; t < topology.tiers().size(); t++) {
            for (CacheNodeSpec n : topology.tiers().get(t).nodes()) {
                int i = number.get(n.id());
                int p = parts.of(i);
                Network home = networks.get(p);
                NodeProbe probe = new NodeProbe(new NodeStats(catalog.releases()), series[p], t, lanes.getOrDefault(n.id(),
                        NodeProbe.NO_LANE), warmUp, catalog);
                NodeContext context = new NodeContext(i, t, loops[p], home.requests(), catalog, home, probe,
                        headerBytes);
                Proxy node = n.cache().hasFixedHitRatio()
                        ? new FixedRatioNode(context, n.cache(), cacheControl, streams.stream("hit-ratio/" + n.id()))
                        : new CacheNode(context, n.cache(), cacheControl);
                int parent = number.get(n.parent());
                FailingNode failing = plan != null && plan.fails(i) ? new FailingNode(context, node, failovers.get(p))
                        : null;
                home.placeProxy(i, node, failing != null ? failing : node, probe, t, parent, n.rtt(), n.bandwidth());
                if (failing != null) {
                    failing.schedule(end);
                }
                for (Network other : networks) {
                    if (other != home) {
                        other.placeRemote(i, node, probe, t, parent, n.rtt(), n.bandwidth());
                    }
                }
                if (t == 0) {
                    edges.add(i);
                }
            }
        }
        for (OriginSpec o : topology.origins()) {
            int i = number.get(o.id());
            int p = parts.of(i);
            Network home = networks.get(p);
            NodeProbe probe = new NodeProbe(new NodeStats(catalog.releases()), series[p], originTier,
                    NodeProbe.NO_LANE, warmUp, catalog);
            NodeContext context = new NodeContext(i, originTier, loops[p], home.requests(), catalog, home, probe,
                    headerBytes);
            OriginServer origin = new OriginServer(context, o);
            FailingNode failing = plan != null && plan.fails(i) ? new FailingNode(context, origin, failovers.get(p))
                    : null;
            home.placeOrigin(i, origin, failing != null ? failing : origin, probe, originTier);
            if (plan != null) {
                origin.setFailover(failovers.get(p));
            }
            if (failing != null) {
                failing.schedule(end);
            }
            for (Network other : networks) {
                if (other != home) {
                    other.placeRemote(i, null, probe, originTier, -1, 0, 0);
                }
            }
        }
        return new Wiring(networks, ids, edges, failovers);
    }

    /**
     * @return the run's failure plan (who is down when, the routes upstream, the links' added RTTs), or null for a run
     *         without failures
     */
    public FailurePlan failurePlan() {
        return failovers.isEmpty() ? null : failovers.get(0).plan();
    }

    /**
     * @return what the partitions counted of the failures, added up; null for a run without failures (its
     *         conservation check is the plain one)
     */
    public FailureCounts failureCounts() {
        if (failovers.isEmpty()) {
            return null;
        }
        FailureCounts total = new FailureCounts(failovers.get(0).plan(), nodeIds.size());
        for (Failover f : failovers) {
            total.add(f.counts());
        }
        return total;
    }

    /** @return the network (of partition 0 in a partitioned run; it knows every node's statistics) */
    public Network network() {
        return networks.get(0);
    }

    /** @return the network of each partition, in partition order */
    public List<Network> networks() {
        return networks;
    }

    /** @return node ids by node number */
    public List<String> nodeIds() {
        return nodeIds;
    }

    /** @return node numbers of the edge tier, in topology order */
    public List<Integer> edgeNodes() {
        return edgeNodes;
    }

    /**
     * Through several CDNs, each CDN node's lane in the time series: the CDNs' tiers laid end to end in the topology's
     * order, each CDN's edge first (the order of the series' lane names: {@code cdn-a_edge, cdn-a_mid, ...}).
     *
     * @param topology the topology
     * @return each CDN node's lane by id (a shared tier's node and an origin have none)
     */
    private static Map<String, Integer> lanes(Topology topology) {
        Map<String, Integer> lanes = new HashMap<>();
        int first = 0;
        for (Cdn cdn : topology.cdns()) {
            for (int t = 0; t < cdn.tiers().size(); t++) {
                for (CacheNodeSpec n : topology.tiers().get(t).nodes()) {
                    if (cdn.nodes().contains(n.id())) {
                        lanes.put(n.id(), first + t);
                    }
                }
            }
            first += cdn.tiers().size();
        }
        return lanes;
    }
}
