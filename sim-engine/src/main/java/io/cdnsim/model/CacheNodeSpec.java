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
 * @param secondaries the parents that take over, in order, while {@code parent} is down (a topology's
 *                    {@code parents} after the first); empty for none
 */
public record CacheNodeSpec(String id, String region, double weight, String parent, long rtt, long bandwidth,
                            CacheSettings cache, List<String> locations, List<Uplink> secondaries) {

    /** Copies the lists. */
    public CacheNodeSpec {
        locations = List.copyOf(locations);
        secondaries = List.copyOf(secondaries);
    }

    /**
     * A node with one parent.
     *
     * @param id        unique id
     * @param region    region it serves (edge nodes) or sits in
     * @param weight    share of its region's viewers routed to it (edge nodes)
     * @param parent    id of the node or origin it fetches from
     * @param rtt       round-trip time to the parent, microseconds
     * @param bandwidth bandwidth of the link to the parent, bit/s ({@code Long.MAX_VALUE} for no limit)
     * @param cache     its cache behaviour
     * @param locations the places whose logged requests a replay sends to it (edge nodes); empty for none
     */
    public CacheNodeSpec(String id, String region, double weight, String parent, long rtt, long bandwidth,
                         CacheSettings cache, List<String> locations) {
        this(id, region, weight, parent, rtt, bandwidth, cache, locations, List.of());
    }

    /** @return its links to its parents, in order of preference: the primary parent first */
    public List<Uplink> uplinks() {
        List<Uplink> all = new java.util.ArrayList<>();
        all.add(new Uplink(parent, rtt, bandwidth));
        all.addAll(secondaries);
        return all;
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
