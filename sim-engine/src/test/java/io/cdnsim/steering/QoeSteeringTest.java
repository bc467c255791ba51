package io.cdnsim.steering;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.cdnsim.kernel.Micros;
import io.cdnsim.model.SteeringSpec;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Performance steering by hand: the shares after each decision, from made-up seconds of two CDNs' viewers. */
class QoeSteeringTest {

    private static final long S = Micros.SECOND;

    private static Steering performance(double step, double floor) {
        SteeringSpec spec = new SteeringSpec(new SteeringSpec.Performance(3 * S, 2 * S, step, floor, 0.05, 5_000_000),
                Map.of("eu", List.of(50.0, 50.0)), Optional.empty());
        return Steering.of(spec, List.of("eu"), null);
    }

    /**
     * One second: {@code stalledA} of 100 viewers stalled on CDN 0 (the others playing {@code kbpsA}), {@code stalledB}
     * of 100 on CDN 1 (the others playing 4 Mbit/s).
     */
    private static Measures second(int stalledA, int stalledB, long kbpsA) {
        Measures m = new Measures(1, 2);
        for (int i = 0; i < 100; i++) {
            m.viewer(0, 0, i < stalledA, i < stalledA ? 0 : kbpsA * 1000);
            m.viewer(0, 1, i < stalledB, i < stalledB ? 0 : 4_000_000);
        }
        return m;
    }

    private static Measures second(int stalledA, int stalledB) {
        return second(stalledA, stalledB, 4000);
    }

    // Pins the rule: window 3 s, every 2 s, step 0.1, floor 0.05, margin 5 %, a stalled second costs 5 Mbit/s.
    // Second 1: A 10 of 100 stalled, B none; no decision (every 2 s). Second 2: on seconds 1-2, A's score is
    // (180 x 4 - 5 x 20) / 200 = 3.1 Mbit/s, B's 4: A is below 4 - 0.05 x 4 = 3.8, so 0.1 moves to B: 0.4 / 0.6.
    // Seconds 3, 4: decision on seconds 2-4 (the window), the same scores: 0.3 / 0.7. Then A recovers and B stalls
    // 2 %: seconds 5, 6: window 4-6: A (290 x 4 - 5 x 10) / 300 = 3.7, B (296 x 4 - 5 x 4) / 300 = 3.88: A is below
    // B but within 5 % of it (3.686): nothing moves. Seconds 7, 8: window 6-8: A 4, B (294 x 4 - 5 x 6) / 300 = 3.82,
    // within 5 % of 4 (3.8): nothing moves. Seconds 9, 10, B 5 % stalled: window 8-10: B (288 x 4 - 5 x 12) / 300
    // = 3.64 < 3.8: 0.1 moves back to A: 0.4 / 0.6.
    @Test
    void sharesMoveAStepTowardTheCdnWithTheBestScore() {
        Steering s = performance(0.1, 0.05);
        s.observe(second(10, 0), S);
        assertEquals(0.5, s.shares().of(0, 0), 1e-12);
        s.observe(second(10, 0), 2 * S);
        assertEquals(0.4, s.shares().of(0, 0), 1e-12);
        assertEquals(0.6, s.shares().of(0, 1), 1e-12);
        s.observe(second(10, 0), 3 * S);
        s.observe(second(10, 0), 4 * S);
        assertEquals(0.3, s.shares().of(0, 0), 1e-12);
        s.observe(second(0, 2), 5 * S);
        s.observe(second(0, 2), 6 * S);
        assertEquals(0.3, s.shares().of(0, 0), 1e-12);
        s.observe(second(0, 2), 7 * S);
        s.observe(second(0, 2), 8 * S);
        assertEquals(0.3, s.shares().of(0, 0), 1e-12);
        s.observe(second(0, 5), 9 * S);
        s.observe(second(0, 5), 10 * S);
        assertEquals(0.4, s.shares().of(0, 0), 1e-12);
        assertEquals(0.6, s.shares().of(0, 1), 1e-12);
    }

    // Pins the bitrate side of the score: no one stalls, but A's viewers play 3 Mbit/s against B's 4: 3 < 3.8, so
    // sessions move to B, as they should when one CDN's congestion only pushes its viewers down the ladder.
    @Test
    void aCdnWhoseViewersPlayLowerRenditionsLosesSessions() {
        Steering s = performance(0.1, 0.05);
        s.observe(second(0, 0, 3000), S);
        s.observe(second(0, 0, 3000), 2 * S);
        assertEquals(0.4, s.shares().of(0, 0), 1e-12);
    }

    // Pins the floor: a CDN that keeps failing keeps 5 % of the sessions (0.5 - 0.3 - 0.15 would pass it).
    @Test
    void aFailingCdnKeepsItsFloor() {
        Steering s = performance(0.3, 0.05);
        for (int t = 1; t <= 10; t++) {
            s.observe(second(100, 0), t * S);
        }
        assertEquals(0.05, s.shares().of(0, 0), 1e-12);
        assertEquals(0.95, s.shares().of(0, 1), 1e-12);
    }

    // Pins "unknown": a CDN without viewers in the window is neither the best nor moved from.
    @Test
    void aCdnWithoutViewersIsNotJudged() {
        Steering s = performance(0.1, 0.05);
        Measures onlyA = new Measures(1, 2);
        onlyA.viewer(0, 0, true, 0);
        s.observe(onlyA, S);
        s.observe(onlyA, 2 * S);
        assertEquals(0.5, s.shares().of(0, 0), 1e-12);
    }
}
