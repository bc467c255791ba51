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
 */
public record Topology(String name, String description, List<String> regions, List<Tier> tiers,
                       List<OriginSpec> origins) {

    /** Copies the lists. */
    public Topology {
        regions = List.copyOf(regions);
        tiers = List.copyOf(tiers);
        origins = List.copyOf(origins);
    }

    /** @return the first tier: the nodes viewers talk to */
    public Tier edge() {
        return tiers.get(0);
    }
}
