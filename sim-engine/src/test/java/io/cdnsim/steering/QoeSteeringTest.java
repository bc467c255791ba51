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
        SteeringSpec spec = new SteeringSpec(new SteeringSpec.Performance(3 * S, 2 * S, step, floor, 0.002),
                Map.of("eu", List.of(50.0, 50.0)), Optional.empty());
        return Steering.of(spec, List.of("eu"), null);
    }

    /** One second: {@code stalledA} of 100 viewers stalled on CDN 0, {@code stalledB} of 100 on CDN 1. */
    private static Measures second(int stalledA, int stalledB) {
        Measures m = new Measures(1, 2);
        for (int i = 0; i < 100; i++) {
            m.viewer(0, 0, i < stalledA);
            m.viewer(0, 1, i < stalledB);
        }
        return m;
    }

    // Pins the rule: window 3 s, every 2 s, step 0.1, floor 0.05. Second 1: A 10 % stalled, B 0 %; no decision
    // (every 2 s). Second 2: decision on seconds 1-2: A 20/200 = 0.1 > 0 + 0.002, so 0.1 moves to B: 0.4 / 0.6.
    // Seconds 3, 4 again: decision on seconds 2-4 (the window): A 0.1 > B 0: 0.3 / 0.7. Then A recovers and B
    // stalls 5 %: seconds 5, 6: window 4-6: A 10/300 = 0.033, B 10/300 = 0.033: equal, nothing moves. Seconds 7, 8:
    // window 6-8: A 0, B 15/300 = 0.05 > 0.002: 0.1 moves back to A: 0.4 / 0.6.
    @Test
    void sharesMoveAStepTowardTheCdnThatRebuffersLeast() {
        Steering s = performance(0.1, 0.05);
        s.observe(second(10, 0), S);
        assertEquals(0.5, s.shares().of(0, 0), 1e-12);
        s.observe(second(10, 0), 2 * S);
        assertEquals(0.4, s.shares().of(0, 0), 1e-12);
        assertEquals(0.6, s.shares().of(0, 1), 1e-12);
        s.observe(second(10, 0), 3 * S);
        s.observe(second(10, 0), 4 * S);
        assertEquals(0.3, s.shares().of(0, 0), 1e-12);
        s.observe(second(0, 5), 5 * S);
        s.observe(second(0, 5), 6 * S);
        assertEquals(0.3, s.shares().of(0, 0), 1e-12);
        s.observe(second(0, 5), 7 * S);
        s.observe(second(0, 5), 8 * S);
        assertEquals(0.4, s.shares().of(0, 0), 1e-12);
        assertEquals(0.6, s.shares().of(0, 1), 1e-12);
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
        onlyA.viewer(0, 0, true);
        s.observe(onlyA, S);
        s.observe(onlyA, 2 * S);
        assertEquals(0.5, s.shares().of(0, 0), 1e-12);
    }
}
