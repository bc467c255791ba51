package io.cdnsim.player;

/**
 * The audience at one instant, as the time series records it each second.
 *
 * @param watching viewers who have joined and not yet left
 * @param playing  viewers whose playback is running
 * @param stalled  viewers whose playback is stalled (their buffer ran dry)
 * @param bitrates the sum of the playing viewers' renditions' bitrates, bit/s
 */
public record AudienceCount(int watching, long playing, long stalled, long bitrates) {
}
