package io.cdnsim.player;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class BolaRuleTest {

    private final BolaRule rule = new BolaRule();

    /**
     * The closed-form switch point between rungs m and m+1: (V(v_m+γp) − Q)/S_m = (V(v_{m+1}+γp) − Q)/S_{m+1} gives
     * Q = V·(γp + (S_{m+1}·v_m − S_m·v_{m+1}) / (S_{m+1} − S_m)).
     */
    private static double switchPoint(TestView view, double v, double gp, int m) {
        double s0 = view.bitrate(0);
        double sm = view.bitrate(m);
        double sn = view.bitrate(m + 1);
        double vm = Math.log(sm / s0);
        double vn = Math.log(sn / s0);
        return v * (gp + (sn * vm - sm * vn) / (sn - sm));
    }

    /**
     * Pins the parameters on the HD ladder with a 30 s buffer: target T = max(30, 10 + 2·5) = 30 s,
     * γp = ln(6/0.4) / (30/10 − 1) = ln 15 / 2 = 1.354025, V = 10 / γp = 20 / ln 15 = 7.385387 s.
     */
    @Test
    void parametersFollowDashJs() {
        TestView view = TestView.hd();
        assertEquals(30, rule.bufferTarget(view), 1e-12);
        assertEquals(Math.log(15) / 2, rule.gammaP(view), 1e-12);
        assertEquals(1.354025, rule.gammaP(view), 1e-6);
        assertEquals(7.385387, rule.v(view), 1e-6);
        // V·γp = Qmin and V·(v_M + γp) = T
        assertEquals(10, rule.v(view) * rule.gammaP(view), 1e-9);
        assertEquals(30, rule.v(view) * (Math.log(15) + rule.gammaP(view)), 1e-9);
    }

    /**
     * Pins monotonicity and the ends: sweeping the buffer 0 → 30 s in 1 ms steps, the rung never decreases, is the
     * lowest at 0 s and the top (6 Mbit/s) from 19.76 s to 30 s.
     */
    @Test
    void nonDecreasingInBufferFromLowestToTop() {
        TestView view = TestView.hd();
        int previous = -1;
        for (int ms = 0; ms <= 30_000; ms++) {
            int m = rule.choose(view.buffer(ms / 1000.0));
            assertTrue(m >= previous, "decreased at " + ms + " ms");
            previous = m;
        }
        assertEquals(0, rule.choose(view.buffer(0)));
        assertEquals(0, rule.choose(view.buffer(4.8)));
        assertEquals(4, rule.choose(view.buffer(25)));
        assertEquals(4, rule.choose(view.buffer(30)));
        assertEquals(4, rule.choose(view.buffer(45))); // above the target every score is negative; top is least bad
    }

    /**
     * Pins the exact switch points against the closed form and against hand values. With V = 20/ln 15 and
     * V·γp = 10: Q(0→1) = 10 − 20·ln 2/ln 15 = 4.880840; Q(1→2) = 10 + V·(1.5·ln 2 − 0.8·ln 3.75)/0.7 = 9.813425;
     * Q(2→3) = 10 + 20·ln 1.875/ln 15 = 14.642519; Q(3→4) = 10 + 20·ln 3.75/ln 15 = 19.761679 (seconds).
     * Just below a switch point the rule keeps rung m, just above it takes m+1.
     */
    @Test
    void switchPointsMatchClosedForm() {
        TestView view = TestView.hd();
        double v = rule.v(view);
        double gp = rule.gammaP(view);
        double[] hand = {4.880840, 9.813425, 14.642519, 19.761679};
        for (int m = 0; m < 4; m++) {
            double q = switchPoint(view, v, gp, m);
            assertEquals(hand[m], q, 1e-6, "switch point " + m);
            assertEquals(m, rule.choose(view.buffer(q - 1e-6)), "below switch point " + m);
            assertEquals(m + 1, rule.choose(view.buffer(q + 1e-6)), "above switch point " + m);
        }
        assertEquals(10 - 20 * Math.log(2) / Math.log(15), switchPoint(view, v, gp, 0), 1e-12);
        assertEquals(10 + 20 * Math.log(3.75) / Math.log(15), switchPoint(view, v, gp, 3), 1e-12);
    }

    /**
     * Pins dash.js's floor on the target: with a 12 s buffer and 5 rungs T = 10 + 2·5 = 20 s, γp = ln 15,
     * V = 10/ln 15 = 3.692694, and the top switch point is 10 + 10·ln 3.75/ln 15 = 14.880840 s.
     */
    @Test
    void targetNeverBelowMinimumPlusPerLevel() {
        TestView view = TestView.hd();
        view.maxBufferSeconds = 12;
        assertEquals(20, rule.bufferTarget(view), 1e-12);
        assertEquals(Math.log(15), rule.gammaP(view), 1e-12);
        assertEquals(3.692694, rule.v(view), 1e-6);
        assertEquals(3, rule.choose(view.buffer(14.880840 - 1e-5)));
        assertEquals(4, rule.choose(view.buffer(14.880840 + 1e-5)));
        assertEquals(0, rule.choose(view.buffer(0)));
    }

    /**
     * Pins the cap: a 480p device (max rung 2) never gets more than 1.5 Mbit/s, and BOLA is built on the capped
     * ladder as dash.js builds it on the filtered one: M = 2, T = 30, γp = ln 3.75 / 2 = 0.660878, V = 15.131388,
     * so the 0.8 → 1.5 switch sits at 10 + V·(1.5·ln 2 − 0.8·ln 3.75)/0.7 = 9.617740 s. Here γp &lt; ln 2, so even an
     * empty buffer picks 0.8 Mbit/s (Q(0→1) = 10 − V·ln 2 = −0.488 s): dash.js's parameters give that too.
     */
    @Test
    void capRespectedAndLadderCapped() {
        TestView view = TestView.hd();
        view.maxRendition = 2;
        for (int ms = 0; ms <= 40_000; ms += 10) {
            assertTrue(rule.choose(view.buffer(ms / 1000.0)) <= 2);
        }
        assertEquals(0.660878, rule.gammaP(view), 1e-6);
        assertEquals(15.131388, rule.v(view), 1e-6);
        assertEquals(1, rule.choose(view.buffer(9.617740 - 1e-5)));
        assertEquals(2, rule.choose(view.buffer(9.617740 + 1e-5)));
        assertEquals(1, rule.choose(view.buffer(0)));
        assertEquals(2, rule.choose(view.buffer(30)));
    }

    /** Pins the degenerate ladders: a single rung, or a cap at the lowest, always gives rung 0. */
    @Test
    void singleChoice() {
        assertEquals(0, rule.choose(new TestView(1_000_000).buffer(20)));
        TestView view = TestView.hd().buffer(25);
        view.maxRendition = 0;
        assertEquals(0, rule.choose(view));
    }

    /** Pins statelessness: BOLA reads no memory and writes none. */
    @Test
    void keepsNoState() {
        TestView view = TestView.hd().buffer(12);
        view.memory = 7;
        int first = rule.choose(view);
        assertEquals(first, rule.choose(view));
        assertEquals(7, view.memory);
    }
}
