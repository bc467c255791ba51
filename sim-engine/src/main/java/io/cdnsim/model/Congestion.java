package io.cdnsim.model;

/**
 * A congestion episode (V3): during [from, to) the viewers of a region get {@code factor} of their throughput, as
 * when a peering link between an ISP and the CDN saturates.
 *
 * @param region the region ("*" for all)
 * @param from   start, microseconds
 * @param to     end, microseconds
 * @param factor share of throughput left, in (0, 1]
 */
public record Congestion(String region, long from, long to, double factor) {
}
