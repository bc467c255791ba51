package io.cdnsim.player;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class InsufficientBufferRuleTest {

    private final InsufficientBufferRule rule = new InsufficientBufferRule(new ThroughputRule());

    /**
     * Pins dash.js's rule over the throughput rule on the HD ladder, 4 s segments, a 2 Mbit/s estimate (the
     * throughput rule alone: 1.5 Mbit/s, rung 2). Before two segments it does not act (2). Then the cap is the
     * highest rung within 0.7 × 2 Mbit/s × Q / 4 s: at Q = 4 s, 1.4 Mbit/s → 0.8 Mbit/s (1); at Q = 12 s,
     * 4.2 Mbit/s → 3 Mbit/s, above the throughput rule's 2, which stands; an empty buffer → the lowest (0).
     */
    @Test
    void capsByWhatTheBufferCanWaitFor() {
        TestView view = TestView.hd().throughput(2_000_000).buffer(4);
        view.segmentsDownloaded = 1;
        assertEquals(2, rule.choose(view));
        view.segmentsDownloaded = 2;
        assertEquals(1, rule.cap(view));
        assertEquals(1, rule.choose(view));
        assertEquals(3, rule.cap(view.buffer(12)));
        assertEquals(2, rule.choose(view));
        assertEquals(0, rule.choose(view.buffer(0)));
    }
}
