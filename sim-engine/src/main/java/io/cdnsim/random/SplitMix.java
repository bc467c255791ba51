package io.cdnsim.random;

import org.apache.commons.rng.UniformRandomProvider;

/**
 * A SplitMix64 generator (Steele, Lea and Flood, 2014; the generator behind {@link java.util.SplittableRandom})
 * whose whole state is one long that the caller may read and set: a model keeps one stream per entity (a viewer, say)
 * as a long in that entity's own record, lends this generator its state for a draw and takes the new state back. A
 * stream's numbers then depend only on its own seed and how many it has drawn, not on the order in which entities
 * draw, so entities simulated in any order, or on different threads, see the same numbers.
 */
public final class SplitMix implements UniformRandomProvider {

    private static final long GAMMA = 0x9E37_79B9_7F4A_7C15L;

    private long state;

    /**
     * @param seed a seed of the family of streams (a named stream's first long)
     * @param index the entity's number
     * @return the starting state of entity {@code index}'s stream: distinct entities get unrelated streams
     */
    public static long streamOf(long seed, long index) {
        return mix(seed ^ mix(index * GAMMA + GAMMA));
    }

    /** @return the state: the next draw depends on nothing else */
    public long state() {
        return state;
    }

    /** @param value the state to draw from next */
    public void setState(long value) {
        state = value;
    }

    @Override
    public long nextLong() {
        state += GAMMA;
        return mix(state);
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58_476D_1CE4_E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D0_49BB_1331_11EBL;
        return z ^ (z >>> 31);
    }
}
