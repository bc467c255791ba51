package io.cdnsim.content;

/**
 * The fixed pseudo-random variation of segment sizes: a number in [-1, 1) for each (title, rendition, index), keyed
 * by a random stream, so that every cache and the origin see the same size for a segment.
 */
final class SizeVariation {

    private SizeVariation() {
    }

    /**
     * SplitMix64's finaliser over the key, the index, the rendition and the title.
     *
     * @param key       the key (from a named random stream)
     * @param title     the title or channel
     * @param rendition the rendition
     * @param index     the segment index
     * @return a number in [-1, 1)
     */
    static double unit(long key, int title, int rendition, long index) {
        long z = key + index * 0x9E37_79B9_7F4A_7C15L + rendition * 0xBF58_476D_1CE4_E5B9L
                + title * 0x94D0_49BB_1331_11EBL;
        z = (z ^ (z >>> 30)) * 0xBF58_476D_1CE4_E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D0_49BB_1331_11EBL;
        z ^= z >>> 31;
        return (z >>> 11) * 0x1.0p-52 - 1.0;
    }
}
