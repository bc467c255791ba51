package io.cdnsim.model;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * How a scenario spreads its viewers over the CDNs of its network (N8): for now static weights per region, drawn
 * per session when the viewer joins.
 *
 * @param weights each region's weights of the CDNs, in the order of {@link Topology#cdns()}, for every region of the
 *                topology; weights of a region add up to more than 0
 */
public record SteeringSpec(Map<String, List<Double>> weights) {

    /** Copies the map (sorted by region) and its lists. */
    public SteeringSpec {
        Map<String, List<Double>> copy = new TreeMap<>();
        weights.forEach((region, w) -> copy.put(region, List.copyOf(w)));
        weights = java.util.Collections.unmodifiableMap(copy);
    }

    /**
     * @param region a region of the topology
     * @return its weights of the CDNs, in the topology's order
     */
    public List<Double> of(String region) {
        return weights.get(region);
    }
}
