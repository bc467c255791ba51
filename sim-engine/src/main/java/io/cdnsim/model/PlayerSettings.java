package io.cdnsim.model;

/**
 * How the players behave (V4, V5).
 *
 * @param abr              ABR rule: throughput, bola or dynamic
 * @param safety           the throughput rule's safety factor (0.9: use 90 % of the estimate)
 * @param startupBuffer    media buffered before playback starts (and resumes after a stall), microseconds
 * @param holdbackSegments how many segments behind the live edge a player starts (HLS: 3 target durations)
 * @param retryBase        first retry delay after an error, doubled at each retry up to 8 s, microseconds
 */
public record PlayerSettings(String abr, double safety, long startupBuffer, int holdbackSegments, long retryBase) {
}
