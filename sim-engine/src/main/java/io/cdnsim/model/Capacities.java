package io.cdnsim.model;

import java.util.Map;
import java.util.TreeMap;

/**
 * How much a network can send towards its viewers: the egress capacity of edge POPs and the capacity of each
 * region's peering and transit links between its POPs and its viewers. A node or region not named has no limit.
 *
 * @param egress  bit/s an edge node can send to viewers, by node id
 * @param peering bit/s a region's peering and transit links carry from its POPs to its viewers, by region
 */
public record Capacities(Map<String, Long> egress, Map<String, Long> peering) {

    /** No limits anywhere. */
    public static final Capacities NONE = new Capacities(Map.of(), Map.of());

    /** Copies the maps, sorted by key. */
    public Capacities {
        egress = java.util.Collections.unmodifiableMap(new TreeMap<>(egress));
        peering = java.util.Collections.unmodifiableMap(new TreeMap<>(peering));
    }

    /** @return whether any capacity is set */
    public boolean any() {
        return !egress.isEmpty() || !peering.isEmpty();
    }
}
