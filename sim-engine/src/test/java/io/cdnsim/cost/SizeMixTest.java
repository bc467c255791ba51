package io.cdnsim.cost;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link SizeMix}: request against byte hit ratio for a mix of object sizes, against figures computed by hand. */
class SizeMixTest {

    private static final double EXACT = 1e-12;

    // Pins both fills on a mix small enough to follow by hand, alpha 1: big = 2 objects of 10 B, 50 % of requests
    // (H = 1 + 1/2 = 3/2, so p = 1/3 and 1/6); small = 4 objects of 1 B, 50 % (H = 25/12, so p = 6/25, 3/25, 2/25,
    // 3/50); a mean request of 0.5 x 10 + 0.5 x 1 = 5.5 B; a cache of 12 B.
    // Most requested first: big1 (1/3, 10 B), small1 (6/25, 1 B), then big2 (1/6) does not fit in the 1 B left:
    // request HR = 1/3 + 6/25 = 43/75; byte HR = (10/3 + 6/25) / 5.5 = 536/825.
    // Most requested per byte first: the four small ones (6/25 ... 3/50 per byte, above big1's 1/30), then big1 (10 B)
    // does not fit in the 8 B left: request HR = 1/2; byte HR = 0.5 / 5.5 = 1/11.
    @Test
    void bothFillsByHand() {
        SizeMix.Result r = SizeMix.compute(new SizeMix.Input(List.of(new SizeMix.SizeClass("big", 10, 2, 0.5),
                new SizeMix.SizeClass("small", 1, 4, 0.5)), 1, 12));
        assertEquals(5.5, r.meanBytes(), EXACT);
        assertEquals(24, r.totalBytes(), EXACT);
        assertEquals(10.0 / 11, r.byteShares().get(0), EXACT);
        assertEquals(1.0 / 11, r.byteShares().get(1), EXACT);
        SizeMix.Filled popular = r.fills().get(0);
        assertEquals(SizeMix.Fill.POPULARITY, popular.fill());
        assertEquals(List.of(1L, 1L), popular.held());
        assertEquals(11, popular.bytes());
        assertEquals(43.0 / 75, popular.requestHitRatio(), EXACT);
        assertEquals(536.0 / 825, popular.byteHitRatio(), EXACT);
        SizeMix.Filled perByte = r.fills().get(1);
        assertEquals(List.of(0L, 4L), perByte.held());
        assertEquals(4, perByte.bytes());
        assertEquals(0.5, perByte.requestHitRatio(), EXACT);
        assertEquals(1.0 / 11, perByte.byteHitRatio(), EXACT);
    }

    // Pins alpha 0 (every object of a class alike) and the tie rule (the class given first): a = 10 objects of 1 MB,
    // b = 10 of 10 MB, half the requests each, so every object is requested 5 % of the time; a 20 MB cache takes the
    // ten of a, then one of b (exactly full): request HR 11 x 5 % = 55 %; byte HR (10 x 0.05 x 1 + 0.05 x 10) / 5.5 =
    // 1 / 5.5 = 18.18 %. Per byte, a comes first anyway: the same.
    @Test
    void equalPopularityByHand() {
        SizeMix.Result r = SizeMix.compute(new SizeMix.Input(List.of(new SizeMix.SizeClass("a", 1_000_000, 10, 0.5),
                new SizeMix.SizeClass("b", 10_000_000, 10, 0.5)), 0, 20_000_000));
        for (SizeMix.Filled f : r.fills()) {
            assertEquals(List.of(10L, 1L), f.held());
            assertEquals(20_000_000, f.bytes());
            assertEquals(0.55, f.requestHitRatio(), EXACT);
            assertEquals(1 / 5.5, f.byteHitRatio(), EXACT);
        }
    }

    // Pins the textbook case: one size, so request and byte hit ratios are the same figure; alpha 1 over 4 objects
    // (H = 25/12) and room for 2: 12/25 + 6/25 = 72 %.
    @Test
    void oneSizeGivesEqualRatios() {
        SizeMix.Result r = SizeMix.compute(new SizeMix.Input(List.of(new SizeMix.SizeClass("segment", 2_000_000, 4,
                1)), 1, 5_000_000));
        for (SizeMix.Filled f : r.fills()) {
            assertEquals(List.of(2L), f.held());
            assertEquals(0.72, f.requestHitRatio(), EXACT);
            assertEquals(0.72, f.byteHitRatio(), EXACT);
        }
    }

    // Pins the checks: shares that do not sum to 1, and a cache that holds nothing.
    @Test
    void refusesABadMix() {
        assertThrows(IllegalArgumentException.class, () -> new SizeMix.Input(List.of(new SizeMix.SizeClass("a", 1, 1,
                0.5)), 1, 1));
        SizeMix.Result none = SizeMix.compute(new SizeMix.Input(List.of(new SizeMix.SizeClass("a", 10, 3, 1)), 1, 9));
        assertEquals(List.of(0L), none.fills().get(0).held());
        assertEquals(0, none.fills().get(0).requestHitRatio());
    }
}
