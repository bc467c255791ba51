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
 * @param cdns        the CDNs whose nodes the tiers hold, when the network is several CDNs side by side (N8);
 *                    empty for one CDN (every file without a {@code cdns} section)
 */
public record Topology(String name, String description, List<String> regions, List<Tier> tiers,
                       List<OriginSpec> origins, Capacities capacities, List<Cdn> cdns) {

    /** Copies the lists. */
    public Topology {
        regions = List.copyOf(regions);
        tiers = List.copyOf(tiers);
        origins = List.copyOf(origins);
        cdns = List.copyOf(cdns);
    }

    /**
     * One CDN.
     *
     * @param name        its name
     * @param description what it models
     * @param regions     the viewer regions
     * @param tiers       cache tiers, edge first
     * @param origins     origins
     * @param capacities  what the edges and each region's peering can send to viewers
     */
    public Topology(String name, String description, List<String> regions, List<Tier> tiers,
                    List<OriginSpec> origins, Capacities capacities) {
        this(name, description, regions, tiers, origins, capacities, List.of());
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

    /**
     * @param nodeId a cache node's id
     * @return the index of the CDN it belongs to in {@link #cdns()}, or -1 (one CDN, a shared tier, an origin)
     */
    public int cdnOf(String nodeId) {
        for (int c = 0; c < cdns.size(); c++) {
            if (cdns.get(c).nodes().contains(nodeId)) {
                return c;
            }
        }
        return -1;
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
                                collapsing, c.lockTimeout(), c.serviceTime(), c.admissionCells(), c.prefetch()), n.locations(),
                        n.secondaries()));
            }
            changed.add(new Tier(t.name(), nodes));
        }
        return new Topology(name, description, regions, changed, origins, capacities, cdns);
    }
}
