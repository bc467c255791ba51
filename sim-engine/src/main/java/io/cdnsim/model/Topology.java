package io.cdnsim.model;

import java.util.List;

/**
 * A delivery network: cache tiers from the viewers inwards, then the origins.
 *
 * @param name        its name
 * @param description what it models
 * @param regions     the viewer regions
 * @param tiers       cache tiers, edge first
 * @param origins     origins
 * @param capacities  what the edges and each region's peering can send to viewers
 */
public record Topology(String name, String description, List<String> regions, List<Tier> tiers,
                       List<OriginSpec> origins, Capacities capacities) {

    /** Copies the lists. */
    public Topology {
        regions = List.copyOf(regions);
        tiers = List.copyOf(tiers);
        origins = List.copyOf(origins);
    }

    /**
     * A topology without capacity limits.
     *
     * @param name        its name
     * @param description what it models
     * @param regions     the viewer regions
     * @param tiers       cache tiers, edge first
     * @param origins     origins
     */
    public Topology(String name, String description, List<String> regions, List<Tier> tiers,
                    List<OriginSpec> origins) {
        this(name, description, regions, tiers, origins, Capacities.NONE);
    }

    /** @return the first tier: the nodes viewers talk to */
    public Tier edge() {
        return tiers.get(0);
    }

    /**
     * @param collapsing request collapsing on or off
     * @return this topology with collapsing set so at every cache node
     */
    public Topology withCollapsing(boolean collapsing) {
        List<Tier> changed = new java.util.ArrayList<>();
        for (Tier t : tiers) {
            List<CacheNodeSpec> nodes = new java.util.ArrayList<>();
            for (CacheNodeSpec n : t.nodes()) {
                CacheSettings c = n.cache();
                nodes.add(new CacheNodeSpec(n.id(), n.region(), n.weight(), n.parent(), n.rtt(), n.bandwidth(),
                        new CacheSettings(c.capacityBytes(), c.eviction(), c.fixedHitRatio(), c.ttl(), c.honorAge(),
                                collapsing, c.lockTimeout(), c.serviceTime(), c.admissionCells()), n.locations(),
                        n.secondaries()));
            }
            changed.add(new Tier(t.name(), nodes));
        }
        return new Topology(name, description, regions, changed, origins, capacities);
    }
}
