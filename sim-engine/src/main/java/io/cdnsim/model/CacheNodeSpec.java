package io.cdnsim.model;

import java.util.List;

/**
 * One cache node of a topology.
 *
 * @param id        unique id
 * @param region    region it serves (edge nodes) or sits in
 * @param weight    share of its region's viewers routed to it (edge nodes)
 * @param parent    id of the node or origin it fetches from
 * @param rtt       round-trip time to the parent, microseconds
 * @param bandwidth bandwidth of the link to the parent, bit/s ({@code Long.MAX_VALUE} for no limit)
 * @param cache     its cache behaviour
 * @param locations the places (CDN POP or airport codes, upper case) whose logged requests a replay sends to it
 *                  (edge nodes); empty for none
 */
public record CacheNodeSpec(String id, String region, double weight, String parent, long rtt, long bandwidth,
                            CacheSettings cache, List<String> locations) {

    /** Copies the list. */
    public CacheNodeSpec {
        locations = List.copyOf(locations);
    }

    /**
     * A node that claims no locations.
     *
     * @param id        unique id
     * @param region    region it serves (edge nodes) or sits in
     * @param weight    share of its region's viewers routed to it (edge nodes)
     * @param parent    id of the node or origin it fetches from
     * @param rtt       round-trip time to the parent, microseconds
     * @param bandwidth bandwidth of the link to the parent, bit/s ({@code Long.MAX_VALUE} for no limit)
     * @param cache     its cache behaviour
     */
    public CacheNodeSpec(String id, String region, double weight, String parent, long rtt, long bandwidth,
                         CacheSettings cache) {
        this(id, region, weight, parent, rtt, bandwidth, cache, List.of());
    }
}
