package io.cdnsim.config;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;

/**
 * A topology file as written. Every field is optional at this level; {@link TopologyReader} checks what is required
 * and fills in defaults. Quantities are strings with units ({@code "15ms"}, {@code "20GB"}).
 *
 * @param schema      optional JSON Schema reference for editors
 * @param name        topology name
 * @param description what it models
 * @param regions     viewer regions
 * @param tiers       cache tiers from the viewers inwards
 * @param origins     origins
 * @param peering     capacity of each region's peering and transit links to its viewers, by region, default unlimited
 * @param cdns        several CDNs side by side, each with its own tiers; {@code tiers} are then the tiers they share
 *                    (between them and the origins), optional
 */
record TopologyFile(@JsonProperty("$schema") String schema, String name, String description, List<String> regions,
                    List<TierFile> tiers, List<OriginFile> origins, Map<String, String> peering,
                    List<CdnFile> cdns) {

    /**
     * @param name        the CDN's name
     * @param description what it models
     * @param tiers       its cache tiers from the viewers inwards, edge first
     */
    record CdnFile(String name, String description, List<TierFile> tiers) {
    }

    /**
     * @param name  tier name
     * @param cache settings for every node of the tier
     * @param nodes the nodes
     */
    record TierFile(String name, CacheFile cache, List<NodeFile> nodes) {
    }

    /**
     * @param id        unique id
     * @param region    region
     * @param weight    routing weight within its region (edge nodes), default 1
     * @param parent    id of the node or origin it fetches from
     * @param rtt       RTT to the parent
     * @param bandwidth bandwidth to the parent, default unlimited
     * @param cache     settings overriding the tier's
     * @param locations CDN POP or airport codes whose logged requests a replay sends here (edge nodes)
     * @param parents   instead of parent, rtt and bandwidth: its parents in order of preference, each with its link
     * @param egress    what an edge node can send to its viewers, default unlimited
     */
    record NodeFile(String id, String region, Double weight, String parent, String rtt, String bandwidth,
                    CacheFile cache, List<String> locations, List<ParentFile> parents, String egress) {
    }

    /**
     * @param id        id of the node or origin
     * @param rtt       RTT to it
     * @param bandwidth bandwidth to it, default unlimited
     */
    record ParentFile(String id, String rtt, String bandwidth) {
    }

    /**
     * @param capacity    store capacity
     * @param eviction    the eviction policy: lru, fifo, lfu, sieve or s3fifo
     * @param hitRatio    fixed hit ratio instead of a store
     * @param ttl         clamps of the origin's lifetimes
     * @param honorAge    count freshness from the response's Date (true) or from the fill (false)
     * @param collapsing  request collapsing on or off
     * @param lockTimeout how long a collapsed request waits at most
     * @param serviceTime time to answer
     * @param admission   always, or second-request (store an object on its second miss)
     * @param admissionTable cells of the second-request table (a power of two)
     * @param prefetch    off, or nor: fetch in the background the next object a request names (CMCD nor)
     */
    record CacheFile(String capacity, String eviction, Double hitRatio, TtlFile ttl, Boolean honorAge,
                     Boolean collapsing, String lockTimeout, String serviceTime, String admission,
                     Long admissionTable, String prefetch) {
    }

    /**
     * @param min      lower clamp
     * @param max      upper clamp
     * @param fallback lifetime when the origin sends none ({@code default} in files)
     */
    record TtlFile(String min, String max, @JsonProperty("default") String fallback) {
    }

    /**
     * @param id          unique id
     * @param serviceTime time to first byte unloaded
     * @param capacity    requests per second it can start
     * @param egress      egress bandwidth
     * @param timeout     how long a request may wait for its first byte
     */
    record OriginFile(String id, String serviceTime, String capacity, String egress, String timeout) {
    }
}
