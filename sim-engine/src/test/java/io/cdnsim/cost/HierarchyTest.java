package io.cdnsim.cost;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The seeds' worked examples through the closed-form calculator, each figure to the unit the article gives. */
class HierarchyTest {

    private static final long S = 1_000_000L;

    private static BigDecimal d(String v) {
        return new BigDecimal(v);
    }

    private static List<Hierarchy.TierRatio> tiers(String... ratios) {
        List<String> names = Hierarchy.defaultNames(ratios.length);
        return java.util.stream.IntStream.range(0, ratios.length)
                .mapToObj(i -> new Hierarchy.TierRatio(names.get(i), d(ratios[i]))).collect(Collectors.toList());
    }

    private static Map<String, BigDecimal> values(Hierarchy.Input in) {
        return Hierarchy.compute(in).stream().collect(Collectors.toMap(Hierarchy.Step::key, Hierarchy.Step::value));
    }

    private static void assertValue(String expected, Map<String, BigDecimal> values, String key) {
        assertEquals(0, d(expected).compareTo(values.get(key)), () -> key + " = " + values.get(key)
                + ", expected " + expected);
    }

    // Pins seed 002's live event: 100,000 viewers at one 2 s segment each = 50,000 fetches/s; 95 % / 92 % / 95 %
    // leave 2,500, 200 and 10 requests/s; a 5,000-fold reduction; 200/s (20 times more) without the shield.
    @Test
    void seed002ThreeTiers() {
        Map<String, BigDecimal> v = values(new Hierarchy.Input(100_000, 2 * S, null, null,
                tiers("0.95", "0.92", "0.95"), List.of(), null, null, List.of()));
        assertValue("50000", v, "edge.requestsPerSecond");
        assertValue("2500", v, "edge.escapesPerSecond");
        assertValue("200", v, "mid.escapesPerSecond");
        assertValue("10", v, "shield.escapesPerSecond");
        assertValue("10", v, "origin.requestsPerSecond");
        assertValue("5000", v, "reduction");
        assertValue("0.9998", v, "endToEnd.hitRatio");
        assertValue("200", v, "noShield.origin.requestsPerSecond");
        assertValue("20", v, "shield.factor");
        assertFalse(v.containsKey("month.deliveredBytes"), "no bitrate, no bytes");
    }

    // Pins seed 002's other claim: 50,000 fetches/s at an end-to-end hit ratio of 99.9 % leave 50/s at the origin.
    @Test
    void seed002EndToEnd999() {
        Map<String, BigDecimal> v = values(new Hierarchy.Input(100_000, 2 * S, null, null, tiers("0.999"),
                List.of(), null, null, List.of()));
        assertValue("50", v, "origin.requestsPerSecond");
    }

    // Pins seed 002's sports streamer with the correct bandwidth: 50,000 viewers, 4 s segments of 3 Mbit/s
    // (1.5 MB each): 12,500 fetches/s, 88 % at the edge leaves 1,500/s, the shield at 92 % leaves 120/s (12.5 times
    // fewer). A fetch is a whole 1.5 MB segment, so 1,500/s is 18 Gbit/s and 120/s is 1.44 Gbit/s; the article's
    // 4.5 Gbit/s and 360 Mbit/s are fetches/s x bitrate, a quarter of that. All month at $0.09/GB: 5,832,000 GB =
    // $524,880 without the shield, 466,560 GB = $41,990.40 with it; $482,889.60 saved a month.
    @Test
    void seed002SportsStreamer() {
        Map<String, BigDecimal> v = values(new Hierarchy.Input(50_000, 4 * S, 3_000_000L, null,
                tiers("0.88", "0.92"), List.of(), d("0.09"), null, List.of()));
        assertValue("1500000", v, "segment.bytes");
        assertValue("12500", v, "edge.requestsPerSecond");
        assertValue("1500", v, "edge.escapesPerSecond");
        assertValue("120", v, "origin.requestsPerSecond");
        assertValue("1500", v, "noShield.origin.requestsPerSecond");
        assertValue("12.5", v, "shield.factor");
        assertValue("18000000000", v, "noShield.origin.bandwidth");
        assertValue("1440000000", v, "origin.bandwidth");
        assertValue("4500000000", v, "noShield.origin.bandwidthIfOneSecondPerFetch");
        assertValue("360000000", v, "origin.bandwidthIfOneSecondPerFetch");
        assertValue("36000000", v, "month.viewerHours");
        assertValue("972000000000", v, "month.bytesPerViewer");
        assertValue("48600000000000000", v, "month.deliveredBytes");
        assertValue("5832000000000000", v, "noShield.month.originEgressBytes");
        assertValue("524880", v, "noShield.month.originEgressCost");
        assertValue("466560000000000", v, "month.originEgressBytes");
        assertValue("41990.4", v, "month.originEgressCost");
        assertValue("482889.6", v, "shield.saving.month");
        assertValue("5794675.2", v, "shield.saving.year");
    }

    // Pins seed 003: 100,000 viewers x 10 h x 5 Mbit/s = 22.5 GB per viewer, 2,250,000 GB (2.25 PB) a month;
    // origin egress 225,000 GB at 90 % offload and 112,500 GB at 95 %; at $0.08/GB the step saves $9,000 a month,
    // $108,000 a year.
    @Test
    void seed003Offload() {
        Map<String, BigDecimal> v = values(new Hierarchy.Input(100_000, null, 5_000_000L, d("10"), List.of(),
                List.of(d("0.90"), d("0.95")), d("0.08"), null, List.of()));
        assertValue("1000000", v, "month.viewerHours");
        assertValue("22500000000", v, "month.bytesPerViewer");
        assertValue("2250000000000000", v, "month.deliveredBytes");
        assertValue("225000000000000", v, "offload.90%.originEgressBytes");
        assertValue("112500000000000", v, "offload.95%.originEgressBytes");
        assertValue("18000", v, "offload.90%.originEgressCost");
        assertValue("9000", v, "offload.95%.originEgressCost");
        assertValue("112500000000000", v, "offload.90%-95%.bytesRemoved");
        assertValue("9000", v, "offload.90%-95%.saving.month");
        assertValue("108000", v, "offload.90%-95%.saving.year");
    }

    // Pins the inverse question on seed 002's chain: for at most 10/s at the origin the hierarchy needs 99.98 %
    // end to end; behind a 92 % mid-tier and a 95 % shield the edge needs 95 %; without the shield 99.75 %
    // (1 - 10 / (50,000 x 0.08)).
    @Test
    void inverseQuestion() {
        Map<String, BigDecimal> v = values(new Hierarchy.Input(100_000, 2 * S, null, null,
                tiers("0.95", "0.92", "0.95"), List.of(), null, d("10"), List.of()));
        assertValue("0.9998", v, "target.endToEndHitRatio");
        assertValue("0.95", v, "target.edgeHitRatio");
        assertValue("0.9975", v, "target.noShield.edgeHitRatio");
    }

    // Pins the offload sweep's non-linearity: 50,000 req/s at 90 / 95 / 99 / 99.9 % leave 5,000 / 2,500 / 500 / 50;
    // each step divides the origin's load by 2, 5 and 10.
    @Test
    void sweep() {
        Map<String, BigDecimal> v = values(new Hierarchy.Input(100_000, 2 * S, null, null, List.of(), List.of(),
                null, null, List.of(d("0.90"), d("0.95"), d("0.99"), d("0.999"))));
        assertValue("5000", v, "sweep.90%.originRequestsPerSecond");
        assertValue("2500", v, "sweep.95%.originRequestsPerSecond");
        assertValue("500", v, "sweep.99%.originRequestsPerSecond");
        assertValue("50", v, "sweep.99.9%.originRequestsPerSecond");
        assertValue("2", v, "sweep.95%.factor");
        assertValue("5", v, "sweep.99%.factor");
        assertValue("10", v, "sweep.99.9%.factor");
    }

    // Pins the default tier names and the refusal of a 100 % hit ratio (nothing would reach the origin).
    @Test
    void namesAndBadRatios() {
        assertEquals(List.of("edge"), Hierarchy.defaultNames(1));
        assertEquals(List.of("edge", "shield"), Hierarchy.defaultNames(2));
        assertEquals(List.of("edge", "mid", "shield"), Hierarchy.defaultNames(3));
        assertEquals(List.of("edge", "mid1", "mid2", "shield"), Hierarchy.defaultNames(4));
        assertThrows(IllegalArgumentException.class, () -> new Hierarchy.TierRatio("edge", BigDecimal.ONE));
        assertThrows(IllegalArgumentException.class, () -> new Hierarchy.TierRatio("edge", d("-0.1")));
    }
}
