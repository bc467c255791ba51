package io.cdnsim.network;

import io.cdnsim.content.CacheControl;
import io.cdnsim.content.Catalog;
import io.cdnsim.content.ObjectKind;
import io.cdnsim.kernel.EventLoop;
import io.cdnsim.metrics.TimeSeries;
import io.cdnsim.model.CacheNodeSpec;
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

    private final Network network;
    private final List<String> nodeIds;
    private final List<Integer> edgeNodes;

    private Wiring(Network network, List<String> nodeIds, List<Integer> edgeNodes) {
        this.network = network;
        this.nodeIds = List.copyOf(nodeIds);
        this.edgeNodes = List.copyOf(edgeNodes);
    }

    /**
     * @param topology     a validated topology (every parent exists and is further inwards)
     * @param cacheControl the origin's directives per object kind
     * @param loop         the event loop
     * @param catalog      what the origin holds
     * @param series       the per-second series, with one tier per cache tier plus the origin tier
     * @param streams      the run's random streams (fixed hit ratios draw from {@code hit-ratio/<node id>})
     * @param warmupEnd    end of the warm-up, microseconds
     * @param headerBytes  bytes of a header-only response
     * @return the wired network
     */
    public static Wiring build(Topology topology, Map<ObjectKind, CacheControl> cacheControl, EventLoop loop,
                               Catalog catalog, TimeSeries series, RandomStreams streams, long warmupEnd,
                               long headerBytes) {
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
        Network network = new Network(loop, catalog, series, ids.size(), warmupEnd, headerBytes);
        List<Integer> edges = new ArrayList<>();
        int originTier = topology.tiers().size();
        for (int t = 0; t < topology.tiers().size(); t++) {
            for (CacheNodeSpec n : topology.tiers().get(t).nodes()) {
                int i = number.get(n.id());
                CacheNode node = new CacheNode(i, t, network, n.cache(), cacheControl,
                        streams.stream("hit-ratio/" + n.id()));
                network.placeCache(i, node, t, number.get(n.parent()), n.rtt(), n.bandwidth());
                if (t == 0) {
                    edges.add(i);
                }
            }
        }
        for (OriginSpec o : topology.origins()) {
            int i = number.get(o.id());
            network.placeOrigin(i, new OriginServer(i, originTier, network, o), originTier);
        }
        return new Wiring(network, ids, edges);
    }

    /** @return the network */
    public Network network() {
        return network;
    }

    /** @return node ids by node number */
    public List<String> nodeIds() {
        return nodeIds;
    }

    /** @return node numbers of the edge tier, in topology order */
    public List<Integer> edgeNodes() {
        return edgeNodes;
    }
}
