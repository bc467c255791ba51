package io.cdnsim.model;

import java.util.List;
import java.util.Set;

/**
 * One CDN of a network delivered through several (N8): its own cache tiers, edge first, whose nodes sit in the
 * topology's tiers by position (its edges in the topology's first tier, its second tier in the second, and so on).
 * The tiers after its own (a shield shared by the CDNs) and the origins belong to no CDN.
 *
 * @param name  its name in reports and in the steering's weights
 * @param tiers its tiers' names, edge first (its tier {@code i} is the topology's tier {@code i})
 * @param nodes the ids of its cache nodes
 */
public record Cdn(String name, List<String> tiers, Set<String> nodes) {

    /** Copies the list and the set. */
    public Cdn {
        tiers = List.copyOf(tiers);
        nodes = Set.copyOf(nodes);
    }
}
