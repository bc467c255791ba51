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
            int m = rule.fromBuffer(view, ms / 1000.0);
            assertTrue(m >= previous, "decreased at " + ms + " ms");
            previous = m;
        }
        assertEquals(0, rule.fromBuffer(view, 0));
        assertEquals(0, rule.fromBuffer(view, 4.8));
        assertEquals(4, rule.fromBuffer(view, 25));
        assertEquals(4, rule.fromBuffer(view, 30));
        assertEquals(4, rule.fromBuffer(view, 45)); // above the target every score is negative; top is least bad
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
            assertEquals(m, rule.fromBuffer(view, q - 1e-6), "below switch point " + m);
            assertEquals(m + 1, rule.fromBuffer(view, q + 1e-6), "above switch point " + m);
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
        assertEquals(3, rule.fromBuffer(view, 14.880840 - 1e-5));
        assertEquals(4, rule.fromBuffer(view, 14.880840 + 1e-5));
        assertEquals(0, rule.fromBuffer(view, 0));
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
            assertTrue(rule.fromBuffer(view, ms / 1000.0) <= 2);
        }
        assertEquals(0.660878, rule.gammaP(view), 1e-6);
        assertEquals(15.131388, rule.v(view), 1e-6);
        assertEquals(1, rule.fromBuffer(view, 9.617740 - 1e-5));
        assertEquals(2, rule.fromBuffer(view, 9.617740 + 1e-5));
        assertEquals(1, rule.fromBuffer(view, 0));
        assertEquals(2, rule.fromBuffer(view, 30));
    }

    /** Pins the degenerate ladders: a single rung, or a cap at the lowest, always gives rung 0. */
    @Test
    void singleChoice() {
        assertEquals(0, rule.choose(new TestView(1_000_000).buffer(20)));
        TestView view = TestView.hd().buffer(25);
        view.maxRendition = 0;
        assertEquals(0, rule.choose(view));
    }

    /**
     * Pins dash.js's levels on the HD ladder, B = 30 s (V = 7.385387, γp = 1.354025): with its utilities
     * u_m = v_m + 1, maxLevel(m) = V·(u_m + γp) and minLevel(m) = V·(γp + (S_m·u_{m−1} − S_{m−1}·u_m) / (S_m −
     * S_{m−1})), each V above the score's own zero point and switch point: maxLevel = 17.385387, 22.504548,
     * 27.147066, 32.266227, 37.385387 s; minLevel = 0, 12.266227, 17.198813, 22.027906, 27.147066 s.
     */
    @Test
    void levelsAsDashJsComputesThem() {
        TestView view = TestView.hd();
        double[] max = {17.385387, 22.504548, 27.147066, 32.266227, 37.385387};
        double[] min = {0, 12.266227, 17.198813, 22.027906, 27.147066};
        for (int m = 0; m < 5; m++) {
            assertEquals(max[m], rule.maxLevel(view, m), 1e-6, "maxLevel " + m);
            assertEquals(min[m], rule.minLevel(view, m), 1e-6, "minLevel " + m);
        }
        assertEquals(30 + rule.v(view), rule.maxLevel(view, 4), 1e-9);
    }

    /**
     * Pins the start-up state. Without an estimate: no change (the lowest before the first segment), still
     * start-up. With 2 Mbit/s: the throughput choice 1.5 Mbit/s (1.8 Mbit/s budget), the placeholder raised to
     * minLevel(2) − Q; at 3.9 s (less than a 4 s segment buffered) BOLA-E stays in start-up (placeholder
     * 17.198813 − 3.9 = 13.298813 s), at 4 s it turns steady (13.198813 s).
     */
    @Test
    void startUpFollowsTheThroughput() {
        TestView view = TestView.hd();
        assertEquals(0, rule.choose(view));
        assertEquals(0, view.memory);
        view.segmentsDownloaded = 1;
        view.current = 0;
        assertEquals(2, rule.choose(view.throughput(2_000_000).buffer(3.9)));
        assertEquals(13.298813, view.placeholderSeconds, 1e-6);
        assertEquals(0, view.memory);
        assertEquals(2, rule.choose(view.buffer(4)));
        assertEquals(13.198813, view.placeholderSeconds, 1e-6);
        assertEquals(BolaRule.STEADY, view.memory);
    }

    /**
     * Pins the first steady decision after start-up (placeholder 13.198813 s, rendition 2 downloaded in 2 s, arriving
     * at 8 s of buffer, now 6 s): the placeholder keeps 0.99 of itself (13.066824 s; below its cap maxLevel(2) − (8
     * + 2) = 17.147066 s); the effective buffer 19.066824 s scores 3 best, but 3 Mbit/s is more than the 1.8 Mbit/s
     * the throughput supports, so the guard keeps 2. With 4 Mbit/s (3.6 Mbit/s) it allows 3. The placeholder is
     * below both renditions' maxLevel, so none of it is given up.
     */
    @Test
    void steadyStateGuardsUpSwitches() {
        TestView view = steady(2_000_000);
        assertEquals(3, rule.fromBuffer(view, 6 + 13.066824));
        assertEquals(2, rule.choose(view));
        assertEquals(13.066824, view.placeholderSeconds, 1e-6);
        TestView faster = steady(4_000_000);
        assertEquals(3, rule.choose(faster));
        assertEquals(13.066824, faster.placeholderSeconds, 1e-6);
    }

    private TestView steady(double bps) {
        TestView view = TestView.hd().throughput(bps);
        view.segmentsDownloaded = 1;
        view.current = 0;
        rule.choose(view.throughput(2_000_000).buffer(4));
        view.current = 2;
        view.segmentsDownloaded = 2;
        view.arrivalBufferSeconds = 8;
        view.lastDownloadSeconds = 2;
        return view.throughput(bps).buffer(6);
    }

    /**
     * Pins the guard's other half: it never lowers a choice below the current rendition. Rendition 3 playing, the
     * throughput supporting only 1 (1 Mbit/s), the buffer (25 s, no placeholder) scoring 4: the choice stays 3. A
     * buffer that scores lower than the current rendition (12 s: 2) is followed down, whatever the throughput.
     */
    @Test
    void guardKeepsTheCurrentRendition() {
        TestView view = TestView.hd().throughput(1_000_000).buffer(25);
        view.memory = BolaRule.STEADY;
        view.current = 3;
        view.segmentsDownloaded = 10;
        assertEquals(3, rule.choose(view));
        assertEquals(2, rule.choose(view.buffer(12)));
        assertEquals(2, rule.choose(view.throughput(50_000_000).buffer(12)));
    }

    /**
     * Pins BOLA's pause (dash.js's BolaRule: the excess over the chosen rendition's maxLevel beyond the placeholder,
     * below the top rung). Rendition 1 (0.8 Mbit/s) playing, the throughput (1 Mbit/s, 0.9 Mbit/s safe) supporting
     * only 1, 25 s buffered, the last segment arrived at 22 s after 3.5 s of download, now: the placeholder is capped
     * at maxLevel(1) − (22 + 3.5) = 22.504548 − 25.5, below 0, so 0; the buffer scores 4, the guard keeps 1, and
     * 25 − 22.504548 = 2.495452 s above maxLevel(1) is a pause. 2.495452 s later (22.504548 s buffered) the call
     * after the pause adds the time paused to the placeholder (2.495452 s, no decay: no segment arrived), so the
     * effective buffer is 25 s again and its excess, no more than the placeholder, is taken from it: no pause, 1.
     */
    @Test
    void pausesRatherThanFillTheBufferWithALowRendition() {
        TestView view = heldOnRendition1();
        view.placeholderSeconds = 2;
        assertEquals(1, rule.choose(view));
        assertEquals(2.495452, view.pauseSeconds, 1e-6);
        assertEquals(BolaRule.STEADY | BolaRule.PAUSED, view.memory);
        view.pauseSeconds = 0;
        view.idleSeconds = 25 - rule.maxLevel(view, 1);
        assertEquals(1, rule.choose(view.buffer(rule.maxLevel(view, 1))));
        assertEquals(0, view.pauseSeconds);
        assertEquals(0, view.placeholderSeconds, 1e-6);
        assertEquals(BolaRule.STEADY, view.memory);
    }

    /**
     * Pins the time a pause adds when the player had already waited before the call that paused (1 s idle then, which
     * joins the placeholder first: the pause is still 25 + 1 − 22.504548 − 1 s): the next call adds only the time
     * since that call (3 s idle now: 2 s), not the whole idle time. At the top rung there
     * is no pause (dash.js lets the buffer controller decide): the excess is dropped with the placeholder.
     */
    @Test
    void aPauseAddsOnlyTheTimeSinceTheCallThatPaused() {
        TestView view = heldOnRendition1();
        view.idleSeconds = 1;
        assertEquals(1, rule.choose(view));
        assertEquals(25 - 22.504548, view.pauseSeconds, 1e-6);
        view.idleSeconds = 3;
        rule.segmentLoaded(view);
        assertEquals(2, view.placeholderSeconds, 1e-12);
        assertEquals(BolaRule.STEADY, view.memory);

        TestView top = TestView.hd().throughput(50_000_000).buffer(40);
        top.memory = BolaRule.STEADY;
        top.current = 4;
        top.segmentsDownloaded = 5;
        top.arrivalBufferSeconds = 40;
        assertEquals(4, rule.choose(top));
        assertEquals(0, top.pauseSeconds);
        assertEquals(0, top.placeholderSeconds);
    }

    /**
     * Pins that the pause is the scenario's choice (player.bolaPause, off by default): the pausing case above through
     * AbrRules.of with the setting on pauses 2.495452 s; with it off (and with a scenario's default rule) the excess is
     * dropped with the placeholder and the player asks when its buffer has room.
     */
    @Test
    void thePauseIsAScenarioOption() {
        for (boolean on : new boolean[] {true, false}) {
            AbrRule bola = AbrRules.of(new io.cdnsim.model.PlayerSettings("bola", 0.9, 1, 3, 1, false, false, on));
            TestView view = heldOnRendition1();
            assertEquals(1, bola.choose(view));
            assertEquals(on ? 2.495452 : 0, view.pauseSeconds, 1e-6);
        }
        TestView view = heldOnRendition1();
        assertEquals(1, AbrRules.named("bola").choose(view));
        assertEquals(0, view.pauseSeconds);
    }

    /**
     * The pause tests' player: steady, rendition 1 (0.8 Mbit/s) playing on 1 Mbit/s (0.9 safe: the guard holds 1),
     * 25 s buffered, the last segment arrived at 22 s of buffer after 3.5 s of download, no placeholder.
     */
    private static TestView heldOnRendition1() {
        TestView view = TestView.hd().throughput(1_000_000).buffer(25);
        view.memory = BolaRule.STEADY;
        view.current = 1;
        view.segmentsDownloaded = 5;
        view.arrivalBufferSeconds = 22;
        view.lastDownloadSeconds = 3.5;
        return view;
    }
}
