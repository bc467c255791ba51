package io.cdnsim.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class WarmUpTest {

    // Pins the request rule: a request sent at the warm-up's end counts, one a microsecond earlier does not.
    @Test
    void aRequestCountsFromTheWarmUpsEndOn() {
        WarmUp w = new WarmUp(2_500_000);
        assertFalse(w.counts(2_499_999));
        assertTrue(w.counts(2_500_000));
        assertTrue(WarmUp.NONE.counts(0));
    }

    // Pins the two second-based rules on a warm-up of 2.5 s: peaks start at second 3 (2.5 rounded up), while the
    // viewer time of the second [2 s, 3 s), which ends after 2.5 s, counts; with a warm-up of 3 s both start at 3.
    @Test
    void secondsCountAsTheirRulesSay() {
        WarmUp half = new WarmUp(2_500_000);
        assertEquals(3, half.firstSecond());
        assertFalse(half.countsSecondEndingAt(2_000_000));
        assertTrue(half.countsSecondEndingAt(3_000_000));
        WarmUp whole = new WarmUp(3_000_000);
        assertEquals(3, whole.firstSecond());
        assertFalse(whole.countsSecondEndingAt(3_000_000));
        assertTrue(whole.countsSecondEndingAt(4_000_000));
        assertEquals(0, WarmUp.NONE.firstSecond());
    }

    @Test
    void aNegativeEndIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new WarmUp(-1));
    }
}
