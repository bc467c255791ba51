package io.cdnsim.model;

/**
 * An origin server.
 *
 * @param id                unique id
 * @param serviceTime       time to first byte of an unloaded origin, microseconds
 * @param requestsPerSecond requests it can start per second ({@code Double.POSITIVE_INFINITY} for no limit); requests
 *                          beyond that queue
 * @param egressBps         egress bandwidth, bit/s ({@code Long.MAX_VALUE} for no limit); responses queue for it
 * @param timeout           a request that would wait longer than this for its first byte fails, microseconds
 */
public record OriginSpec(String id, long serviceTime, double requestsPerSecond, long egressBps, long timeout) {
}
