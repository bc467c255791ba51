package io.cdnsim.cost;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A bill per CDN through two CDNs, every line computed by hand; the CDNs' bills and the shared lines add up. */
class CdnBillTest {

    private static final long GB = 1_000_000_000L;

    private static BigDecimal d(String v) {
        return new BigDecimal(v);
    }

    /** cdn-a: $0.05/GB flat, requests $0.01/10k HTTPS. */
    private static PriceSheet a() {
        return new PriceSheet("a", "CDN A", "hand-made", "2026-01-01", true, "a.yaml",
                new TrafficPrice.Flat(d("0.05")), new RequestPrice(d("0.0075"), d("0.01")), null, null, null);
    }

    /** cdn-b: a commit of $100 covering 1 TB, $0.004/GB over it; requests $0.02/10k. */
    private static PriceSheet b() {
        return new PriceSheet("b", "CDN B", "hand-made", "2026-01-01", true, "b.yaml",
                new TrafficPrice.Commit(List.of(new TrafficPrice.Plan("1TB", d("100"), 1000 * GB, d("0.004")))),
                new RequestPrice(d("0.02"), d("0.02")), null, null, null);
    }

    /** Shared: the shield $0.01/GB and $0.0075/10k, origin egress $0.09/GB, compute 1,000 requests/s at $0.10/h. */
    private static PriceSheet shared() {
        return new PriceSheet("shared", "Cloud", "hand-made", "2026-01-01", true, "shared.yaml", null, null,
                new ShieldPrice(d("0.01"), d("0.0075")), new TrafficPrice.Flat(d("0.09")),
                new ComputePrice(d("1000"), d("0.10"), 1));
    }

    private static CostSpec spec() {
        return new CostSpec(new PriceBook(List.of(shared())), new Projection(1, 0), BigDecimal.ONE, false, "shield",
                Map.of("cdn-a", new PriceBook(List.of(a())), "cdn-b", new PriceBook(List.of(b()))));
    }

    /**
     * Five minutes through two CDNs: cdn-a delivers 2,000 GB in eu to 1,000,000 requests, cdn-b 1,000 GB in eu and
     * 2,000 GB in na to 2,000,000; the shield receives 10,000 requests and sends 100 GB (split 4,000 / 40 GB and
     * 6,000 / 60 GB when each CDN has its own); the origin sends 50 GB, peak 1,500 requests/s.
     */
    private static Measured measured(boolean ownShields) {
        CdnUsage ca = new CdnUsage("cdn-a", Map.of("eu", 2000 * GB), List.of(2000 * GB), 1_000_000,
                ownShields ? 4000 : 0, ownShields ? 40 * GB : 0, ownShields);
        CdnUsage cb = new CdnUsage("cdn-b", Map.of("eu", 1000 * GB, "na", 2000 * GB), List.of(3000 * GB), 2_000_000,
                ownShields ? 6000 : 0, ownShields ? 60 * GB : 0, ownShields);
        return new Measured(300_000_000L, Map.of("eu", 3000 * GB, "na", 2000 * GB), List.of(5000 * GB), 3_000_000,
                10_000, 100 * GB, 50 * GB, List.of(50 * GB), 1500, -1, true, List.of(ca, cb));
    }

    private static void assertDollars(String expected, BigDecimal actual) {
        assertEquals(0, d(expected).compareTo(actual), () -> actual + ", expected " + expected);
    }

    // Pins a bill per CDN with a shield the CDNs share, by hand. cdn-a: 2,000 GB x $0.05 = $100 + 1,000,000 requests
    // x $0.01/10k = $1: $101. cdn-b: the plan's $100 covers 1 TB, 2,000 GB over at $0.004 = $8: $108, + 2,000,000 x
    // $0.02/10k = $4: $112. Shared, priced once: the shield 100 GB x $0.01 + 10,000 x $0.0075/10k = $1.0075; origin
    // egress 50 GB x $0.09 = $4.50; compute ceil(1,500 / 1,000) = 2 instances x 720 h x $0.10 = $144. Total
    // $101 + $112 + $149.5075 = $362.5075, and the network's lines are the parts added up (delivery $208).
    @Test
    void billsPerCdnAndSharedLinesAddUpToTheTotal() {
        Bill bill = Bill.of(spec(), measured(false));
        assertEquals(2, bill.cdns().size());
        CdnBill ca = bill.cdns().get(0);
        CdnBill cb = bill.cdns().get(1);
        assertEquals("cdn-a", ca.cdn());
        assertDollars("100", ca.line(Component.DELIVERY).amount());
        assertDollars("1", ca.line(Component.REQUESTS).amount());
        assertNull(ca.line(Component.SHIELD));
        assertDollars("101", ca.total());
        assertDollars("108", cb.line(Component.DELIVERY).amount());
        assertDollars("4", cb.line(Component.REQUESTS).amount());
        assertDollars("112", cb.total());
        assertEquals(3, bill.shared().size());
        assertEquals(Component.SHIELD, bill.shared().get(0).component());
        assertDollars("1.0075", bill.shared().get(0).amount());
        assertDollars("4.5", bill.shared().get(1).amount());
        assertDollars("144", bill.shared().get(2).amount());
        assertDollars("362.5075", bill.total());
        assertDollars("208", bill.line(Component.DELIVERY).amount());
        assertDollars("5", bill.line(Component.REQUESTS).amount());
        assertDollars("1.0075", bill.line(Component.SHIELD).amount());
        assertEquals(0, d("5000").compareTo(bill.line(Component.DELIVERY).quantity()));
        BigDecimal lines = BigDecimal.ZERO;
        for (BillLine l : bill.lines()) {
            lines = lines.add(l.amount());
        }
        assertDollars("362.5075", lines);
        assertDollars("101", ca.perGBDelivered().multiply(d("2000")));
    }

    // Pins each CDN's own shield on its own bill, priced by the shared sheet (what a CDN's own sheets leave out, the
    // shared ones price): cdn-a 40 GB x $0.01 + 4,000 x $0.0075/10k = $0.403, cdn-b $0.60 + $0.0045 = $0.6045; no
    // shared shield line. Prices being linear here, the total is the same $362.5075.
    @Test
    void ownShieldsAreOnTheirCdnsBills() {
        Bill bill = Bill.of(spec(), measured(true));
        assertDollars("0.403", bill.cdns().get(0).line(Component.SHIELD).amount());
        assertDollars("101.403", bill.cdns().get(0).total());
        assertDollars("0.6045", bill.cdns().get(1).line(Component.SHIELD).amount());
        assertEquals(2, bill.shared().size());
        assertDollars("1.0075", bill.line(Component.SHIELD).amount());
        assertDollars("362.5075", bill.total());
    }

    // Pins that a baseline is refused through several CDNs (whose delivery would it be?).
    @Test
    void aBaselineIsNotSplitAmongCdns() {
        CostSpec s = new CostSpec(spec().prices(), new Projection(1, GB), BigDecimal.ONE, false, "shield",
                spec().cdnPrices());
        assertThrows(IllegalArgumentException.class, () -> Bill.of(s, measured(false)));
    }
}
