package io.cdnsim.cost;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A month's bill, every line computed by hand. */
class BillTest {

    private static final long GB = 1_000_000_000L;

    private static BigDecimal d(String v) {
        return new BigDecimal(v);
    }

    private static PriceSheet cdn() {
        return new PriceSheet("cdn", "Some CDN", "hand-made", "2026-01-01", true, "cdn.yaml",
                new TrafficPrice.Flat(d("0.01")), new RequestPrice(d("0.0075"), d("0.01")),
                new ShieldPrice(d("0.005"), d("0.009")), null, null);
    }

    private static PriceSheet cloud() {
        return new PriceSheet("cloud", "Some cloud", "hand-made", "2026-01-01", true, "cloud.yaml", null, null, null,
                new TrafficPrice.Flat(d("0.09")), new ComputePrice(d("1000"), d("0.10"), 1));
    }

    /**
     * A month: 1,000 GB delivered, 4,000,000 requests, the shield 100 GB and 200,000 requests, 50 GB from the
     * origin, a peak of 2,500 requests/s, 2,000 viewer-hours.
     */
    private static MonthlyUsage month() {
        return new MonthlyUsage(new Traffic(Map.of("eu", BigDecimal.valueOf(1000 * GB)), List.of()),
                BigDecimal.valueOf(1000 * GB), BigDecimal.ZERO, d("4000000"), d("200000"),
                BigDecimal.valueOf(100 * GB), new Traffic(Map.of(Traffic.ANY_REGION, BigDecimal.valueOf(50 * GB)),
                List.of()), d("2500"), d("2000"), true);
    }

    private static void assertDollars(String expected, BigDecimal actual) {
        assertEquals(0, d(expected).compareTo(actual), () -> actual + ", expected " + expected);
    }

    // Pins each line: delivery 1,000 GB x $0.01 = $10; requests half HTTPS: 2,000,000 x $0.01/10k + 2,000,000 x
    // $0.0075/10k = $3.50; shield 100 GB x $0.005 + 200,000 x $0.009/10k = $0.68; origin egress 50 GB x $0.09 =
    // $4.50; compute ceil(2,500 / 1,000) = 3 instances x 720 h x $0.10 = $216. Total $234.68: $0.23468/GB,
    // $0.11734 per viewer-hour.
    @Test
    void everyComponent() {
        Bill b = Bill.of(new CostSpec(new PriceBook(List.of(cdn(), cloud())), new Projection(1, 0), d("0.5"), false,
                "shield"), month());
        assertDollars("10", b.line(Component.DELIVERY).amount());
        assertDollars("3.5", b.line(Component.REQUESTS).amount());
        assertDollars("0.68", b.line(Component.SHIELD).amount());
        assertDollars("4.5", b.line(Component.ORIGIN_EGRESS).amount());
        assertDollars("216", b.line(Component.ORIGIN_COMPUTE).amount());
        assertDollars("3", b.line(Component.ORIGIN_COMPUTE).quantity());
        assertDollars("234.68", b.total());
        assertDollars("0.23468", b.perGBDelivered());
        assertDollars("0.11734", b.perViewerHour());
        assertEquals("Some CDN", b.line(Component.DELIVERY).provider());
        assertEquals("Some cloud", b.line(Component.ORIGIN_EGRESS).provider());
        assertEquals(6, b.total().scale(), "kept to the micro-dollar");
    }

    // Pins that an origin in the CDN's own cloud sends for free, and that a component no sheet prices is shown as
    // not priced (0, flagged), not as free.
    @Test
    void freeEgressAndUnpricedComponents() {
        Bill b = Bill.of(new CostSpec(new PriceBook(List.of(cdn(), cloud())), new Projection(1, 0), BigDecimal.ONE,
                true, "shield"), month());
        assertDollars("0", b.line(Component.ORIGIN_EGRESS).amount());
        assertEquals("free", b.line(Component.ORIGIN_EGRESS).price());
        Bill cdnOnly = Bill.of(new CostSpec(new PriceBook(List.of(cdn())), new Projection(1, 0), BigDecimal.ONE,
                false, "shield"), new MonthlyUsage(month().delivery(), d("1"), d("0"), d("0"), d("0"), d("0"),
                month().originEgress(), d("0"), null, true));
        assertFalse(cdnOnly.line(Component.ORIGIN_EGRESS).priced());
        assertEquals("not priced", cdnOnly.line(Component.ORIGIN_EGRESS).price());
        assertNull(cdnOnly.perViewerHour(), "no viewer-hours, no $/viewer-hour");
    }

    // Pins that a deployment without a shield tier has no shield line, although a sheet prices the shield: the bill
    // is the other four lines, $10 + $3.50 + $4.50 + $216 = $234 (everyComponent's less the shield's $0.68).
    @Test
    void noShieldNoShieldLine() {
        MonthlyUsage m = month();
        Bill b = Bill.of(new CostSpec(new PriceBook(List.of(cdn(), cloud())), new Projection(1, 0), d("0.5"), false,
                "shield"), new MonthlyUsage(m.delivery(), m.eventBytes(), m.baselineBytes(), m.viewerRequests(),
                d("0"), d("0"), m.originEgress(), m.originPeakRequestsPerSecond(), m.viewerHours(), false));
        assertNull(b.line(Component.SHIELD));
        assertEquals(4, b.lines().size());
        assertDollars("234", b.total());
    }

    // Pins how a line shows its quantity and amount: GB to three decimals, counts whole, dollars and cents, and '-'
    // where no sheet prices it.
    @Test
    void lineTexts() {
        BillLine gb = new BillLine(Component.SHIELD, "p", d("5843352.2494"), "GB", "x", "d", d("5829.644"), true);
        assertEquals("5,843,352.249 GB", gb.quantityText());
        assertEquals("$5,829.64", gb.amountText());
        BillLine requests = new BillLine(Component.REQUESTS, "-", d("64800057600"), "requests", "not priced", "d",
                d("0"), false);
        assertEquals("64,800,057,600 requests", requests.quantityText());
        assertEquals("-", requests.amountText());
    }

    // Pins that two sheets pricing the same component are refused, naming both.
    @Test
    void aComponentIsPricedOnce() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new PriceBook(List.of(cdn(), cdn())));
        assertTrue(e.getMessage().contains("cdn delivery is priced twice"), e.getMessage());
    }

    // Pins the formatting of money and sizes: cents rounded half-up, grouped thousands, decimal units.
    @Test
    void figures() {
        assertEquals("$41,990.40", Figures.dollars(d("41990.4")));
        assertEquals("$0.01", Figures.dollars(d("0.005")));
        assertEquals("$0.085", Figures.price(d("0.0850")));
        assertEquals("2.25 PB", Figures.bytes(d("2250000000000000")));
        assertEquals("99.98 %", Figures.percent(d("0.9998")));
        assertEquals("12,500", Figures.number(d("12500.000")));
    }
}
