package io.cdnsim.cost;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Prices of traffic on hand-computed months: flat, tier boundaries, commit plans and the 95th percentile. */
class TrafficPriceTest {

    private static final long GB = 1_000_000_000L;
    private static final long TB = 1_000 * GB;

    private static BigDecimal d(String v) {
        return new BigDecimal(v);
    }

    private static Traffic bytes(long bytes) {
        return new Traffic(Map.of(Traffic.ANY_REGION, BigDecimal.valueOf(bytes)), List.of());
    }

    private static void assertDollars(String expected, Charge charge) {
        assertEquals(0, d(expected).compareTo(charge.amount()), () -> charge.amount() + " (" + charge.detail()
                + "), expected " + expected);
    }

    private static TrafficPrice.Tiered cloudFrontStyle() {
        return new TrafficPrice.Tiered(Map.of(Traffic.ANY_REGION, List.of(
                new TrafficPrice.Band(TB, d("0")),
                new TrafficPrice.Band(10 * TB, d("0.085")),
                new TrafficPrice.Band(50 * TB, d("0.080")),
                new TrafficPrice.Band(Long.MAX_VALUE, d("0.060")))));
    }

    // Pins a flat price: 2,250,000 GB at $0.004/GB = $9,000.
    @Test
    void flat() {
        assertDollars("9000", new TrafficPrice.Flat(d("0.004")).charge(bytes(2_250_000 * GB)));
    }

    // Pins the tier boundaries: the first TB free; up to 10 TB at $0.085 (9,000 GB = $765 at exactly 10 TB); the
    // 10,001st GB at $0.080 ($765.08); 60 TB = $765 + 40,000 GB x $0.080 + 10,000 GB x $0.060 = $4,565.
    @Test
    void tierBoundaries() {
        TrafficPrice.Tiered p = cloudFrontStyle();
        assertDollars("0", p.charge(bytes(TB)));
        assertDollars("765", p.charge(bytes(10 * TB)));
        assertDollars("765.08", p.charge(bytes(10 * TB + GB)));
        assertDollars("4565", p.charge(bytes(60 * TB)));
        assertDollars("0.000085", p.charge(bytes(TB + 1_000_000)));
    }

    // Pins regions: eu has its own table and walks it with its own volume; na and apac pool theirs in the '*' table
    // (6 TB + 5 TB = 11 TB: 1 TB free, 9,000 GB x $0.085, 1,000 GB x $0.080 = $845), eu 2,000 GB x $0.10 = $200.
    @Test
    void regionsWithTheirOwnTablesAndAPool() {
        TrafficPrice.Tiered p = new TrafficPrice.Tiered(Map.of(
                "eu", List.of(new TrafficPrice.Band(Long.MAX_VALUE, d("0.10"))),
                Traffic.ANY_REGION, cloudFrontStyle().regions().get(Traffic.ANY_REGION)));
        Traffic t = new Traffic(Map.of("eu", BigDecimal.valueOf(2 * TB), "na", BigDecimal.valueOf(6 * TB),
                "apac", BigDecimal.valueOf(5 * TB)), List.of());
        assertDollars("1045", p.charge(t));
        TrafficPrice.Tiered euOnly = new TrafficPrice.Tiered(Map.of("eu",
                List.of(new TrafficPrice.Band(Long.MAX_VALUE, d("0.10")))));
        assertThrows(IllegalArgumentException.class, () -> euOnly.charge(t), "na has no table");
    }

    // Pins the checks of a table: rising bounds, an unbounded last band, no negative price.
    @Test
    void badTables() {
        assertTrue(TrafficPrice.Tiered.bandsProblem(List.of(new TrafficPrice.Band(10 * TB, d("0.1")),
                new TrafficPrice.Band(5 * TB, d("0.1")), new TrafficPrice.Band(Long.MAX_VALUE, d("0.1"))))
                .contains("above the previous"));
        assertTrue(TrafficPrice.Tiered.bandsProblem(List.of(new TrafficPrice.Band(10 * TB, d("0.1"))))
                .contains("no bound"));
        assertThrows(IllegalArgumentException.class, () -> new TrafficPrice.Flat(d("-0.01")));
    }

    /** The seed's plans ($100 up to 25 TB ... $4,000 up to 2,000 TB), overage at each plan's own rate. */
    private static TrafficPrice.Commit seedPlans() {
        return new TrafficPrice.Commit(List.of(
                new TrafficPrice.Plan("25TB", d("100"), 25 * TB, d("0.004")),
                new TrafficPrice.Plan("100TB", d("350"), 100 * TB, d("0.0035")),
                new TrafficPrice.Plan("500TB", d("1500"), 500 * TB, d("0.003")),
                new TrafficPrice.Plan("1000TB", d("2500"), 1000 * TB, d("0.0025")),
                new TrafficPrice.Plan("2000TB", d("4000"), 2000 * TB, d("0.002"))));
    }

    // Pins a commit plan's overage: 25 TB for $100, 30 TB used: $100 + 5,000 GB x $0.004 = $120; within the
    // commit the fee alone ($100 for 20 TB).
    @Test
    void commitOverage() {
        TrafficPrice.Commit one = new TrafficPrice.Commit(List.of(seedPlans().plans().get(0)));
        assertDollars("120", one.charge(bytes(30 * TB)));
        assertDollars("100", one.charge(bytes(20 * TB)));
    }

    // Pins the choice among plans: 120 TB costs $480 on the 25 TB plan ($100 + 95,000 GB x $0.004), $420 on the
    // 100 TB plan ($350 + 20,000 GB x $0.0035), $1,500 on the 500 TB plan: the 100 TB plan is billed.
    @Test
    void cheapestPlan() {
        Charge c = seedPlans().charge(bytes(120 * TB));
        assertDollars("420", c);
        assertTrue(c.detail().startsWith("plan 100TB"), c.detail());
        assertDollars("4000", seedPlans().charge(bytes(2000 * TB)));
    }

    /** @return window bytes holding {@code mbps} Mbit/s on average over five minutes */
    private static BigDecimal window(long mbps) {
        return BigDecimal.valueOf(mbps * 37_500_000L);
    }

    // Pins the 95th percentile on a hand-made series: 40 samples of 1..40 Mbit/s in shuffled order; the top 5 %
    // (2 samples: 40 and 39) are dropped, 38 Mbit/s is billed, at $2/Mbps = $76.
    @Test
    void percentile95OfAHandMadeSeries() {
        List<BigDecimal> windows = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            windows.add(window((i * 17) % 40 + 1));
        }
        Traffic t = new Traffic(Map.of(Traffic.ANY_REGION, BigDecimal.ONE), windows);
        assertDollars("76", new TrafficPrice.Percentile95(d("2")).charge(t));
        assertEquals("95th percentile 38 Mbit/s at $2/Mbps", new TrafficPrice.Percentile95(d("2")).describe(t),
                "the price as billed says the Mbit/s it billed");
    }

    // Pins how a tiered price reads: free first bands named as free volume, then the falling range (not "$0 to
    // $0.06", which reads as a range starting at $0); one price alone; a table per region when there are several.
    @Test
    void tieredInWords() {
        assertEquals("tiered: first 1 TB free, then $0.085 falling to $0.06/GB", cloudFrontStyle().describe());
        assertEquals("tiered: $0.11/GB", new TrafficPrice.Tiered(Map.of(Traffic.ANY_REGION, List.of(
                new TrafficPrice.Band(Long.MAX_VALUE, d("0.11"))))).describe());
        assertEquals("tiered: * $0.11/GB; eu $0.02 rising to $0.03/GB", new TrafficPrice.Tiered(Map.of(
                Traffic.ANY_REGION, List.of(new TrafficPrice.Band(Long.MAX_VALUE, d("0.11"))), "eu", List.of(
                        new TrafficPrice.Band(TB, d("0.02")), new TrafficPrice.Band(Long.MAX_VALUE, d("0.03")))))
                .describe());
        assertEquals("$0.09/GB", new TrafficPrice.Flat(d("0.09")).describe(bytes(GB)), "one price as billed");
    }

    // Pins the dropping rule at small counts: 19 samples drop none (the maximum is billed), 20 drop one.
    @Test
    void percentileDropsFloorOfAFifth() {
        List<BigDecimal> nineteen = new ArrayList<>();
        for (int i = 1; i <= 19; i++) {
            nineteen.add(BigDecimal.valueOf(i));
        }
        assertEquals(0, d("19").compareTo(TrafficPrice.Percentile95.percentile(nineteen)));
        nineteen.add(BigDecimal.valueOf(20));
        assertEquals(0, d("19").compareTo(TrafficPrice.Percentile95.percentile(nineteen)));
        assertEquals(0, d("8").compareTo(TrafficPrice.Percentile95.mbps(BigDecimal.valueOf(300_000_000L))));
    }
}
