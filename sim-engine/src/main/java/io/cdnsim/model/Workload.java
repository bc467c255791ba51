package io.cdnsim.model;

import io.cdnsim.content.ObjectKind;
import java.util.Map;

/**
 * A synthetic independent-reference request stream: Poisson arrivals at a total rate, each asking for one of
 * {@code objects} objects chosen with Zipf(alpha) popularity, routed to a region by weight and then to one of its
 * edge nodes by weight.
 *
 * @param objects       number of distinct objects
 * @param alpha         Zipf exponent (0 gives uniform popularity)
 * @param rate          requests per second, all regions together
 * @param size          object sizes
 * @param kind          the objects' kind (selects their Cache-Control)
 * @param regionWeights share of requests per region; empty to split by edge-node weights alone
 */
public record Workload(int objects, double alpha, double rate, SizeSpec size, ObjectKind kind,
                       Map<String, Double> regionWeights) {

    /** Copies the map. */
    public Workload {
        regionWeights = Map.copyOf(regionWeights);
    }
}
