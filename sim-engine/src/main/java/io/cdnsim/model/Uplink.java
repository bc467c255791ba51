package io.cdnsim.model;

/**
 * A cache node's link to one of its parents (a topology's {@code parents} list: the first is the one it fetches from,
 * the others take over, in order, while it is down).
 *
 * @param parent    the parent's id (a node of a later tier, or an origin)
 * @param rtt       round-trip time to it, microseconds
 * @param bandwidth bandwidth of the link, bit/s ({@code Long.MAX_VALUE} for no limit)
 */
public record Uplink(String parent, long rtt, long bandwidth) {
}
