package io.cdnsim.model;

/**
 * A class of devices (V2).
 *
 * @param name             tv, desktop, mobile, ...
 * @param weight           share of viewers
 * @param maxBuffer        the most media its player buffers, microseconds
 * @param maxHeight        its resolution cap, pixels (the highest rendition it plays)
 * @param throughputFactor multiplies the region's last-mile throughput (Wi-Fi phones below 1, wired TVs above)
 */
public record DeviceClass(String name, double weight, long maxBuffer, int maxHeight, double throughputFactor) {
}
