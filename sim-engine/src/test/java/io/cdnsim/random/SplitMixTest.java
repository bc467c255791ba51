package io.cdnsim.random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The per-entity SplitMix64 streams. */
class SplitMixTest {

    /** Pins the generator: from state s it draws what java.util.SplittableRandom seeded with s draws. */
    @Test
    void drawsWhatSplittableRandomDraws() {
        SplitMix g = new SplitMix();
        for (long seed : new long[] {0, 1, -7, 0x1234_5678_9ABC_DEF0L}) {
            g.setState(seed);
            SplittableRandom reference = new SplittableRandom(seed);
            for (int i = 0; i < 1000; i++) {
                assertEquals(reference.nextLong(), g.nextLong(), "seed " + seed + " draw " + i);
            }
        }
    }

    /**
     * Pins that a stream lent out and taken back continues where it was: two entities drawing in turns see what each
     * would see drawing alone, and different entities start at different states.
     */
    @Test
    void aStreamKeptInARecordContinuesWhereItWas() {
        SplitMix g = new SplitMix();
        long a = SplitMix.streamOf(42, 0);
        long b = SplitMix.streamOf(42, 1);
        assertNotEquals(a, b);
        long[] alone = new long[10];
        g.setState(a);
        for (int i = 0; i < 10; i++) {
            alone[i] = g.nextLong();
        }
        long stateA = a;
        long stateB = b;
        for (int i = 0; i < 10; i++) {
            g.setState(stateA);
            assertEquals(alone[i], g.nextLong());
            stateA = g.state();
            g.setState(stateB);
            g.nextLong();
            stateB = g.state();
        }
    }
}
