package io.cdnsim.content;

/**
 * One rung of an ABR ladder.
 *
 * @param bitrate average bitrate, bit/s
 * @param width   frame width, pixels
 * @param height  frame height, pixels
 */
public record Rendition(long bitrate, int width, int height) {
}
