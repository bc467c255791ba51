package io.cdnsim.model;

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
 */
public record CacheNodeSpec(String id, String region, double weight, String parent, long rtt, long bandwidth,
                            CacheSettings cache) {
}
