package io.cdnsim.run;

/**
 * One node's figures after a run: a cache node or an origin, with its own statistics as a tier of one.
 *
 * @param id      the node's id
 * @param tier    the name of its tier ({@code origin} for an origin; its CDN's name of it for a CDN's node)
 * @param region  the region it serves or sits in (empty for an origin)
 * @param cdn     the CDN it belongs to, through several (N8); empty for one CDN, a shared tier or an origin
 * @param figures its statistics, counted as a tier of one node (peaks are the tier's, not its own)
 */
public record NodeResult(String id, String tier, String region, String cdn, TierResult figures) {
}
