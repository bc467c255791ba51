package io.cdnsim.model;

import java.util.List;

/**
 * One layer of caches, for example the edge POPs. Tiers are listed from the viewers inwards.
 *
 * @param name  its name in reports ({@code edge}, {@code mid}, {@code shield}, ...)
 * @param nodes its nodes
 */
public record Tier(String name, List<CacheNodeSpec> nodes) {

    /** Copies the node list. */
    public Tier {
        nodes = List.copyOf(nodes);
    }
}
