package io.cdnsim.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.cdnsim.cost.Bill;
import io.cdnsim.cost.Component;
import io.cdnsim.cost.CostSpec;
import io.cdnsim.cost.Measured;
import io.cdnsim.cost.PriceBook;
import io.cdnsim.cost.PriceSheet;
import io.cdnsim.cost.Projection;
import io.cdnsim.cost.RequestPrice;
import io.cdnsim.cost.ShieldPrice;
import io.cdnsim.cost.TrafficPrice;
import io.cdnsim.model.RunSettings;
import io.cdnsim.model.Scenario;
import io.cdnsim.run.Billing;
import io.cdnsim.run.RunResult;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The bill of a simulated run: the quantities it prices are the run's own figures (edge, shield and origin bytes and
 * requests), the five-minute windows add up to them, and the projection multiplies them by the repeats.
 */
class BillingTest {

    private static Scenario priced(Scenario s, long repeats) {
        PriceSheet sheet = new PriceSheet("flat", "Flat CDN", "test", "2026-01-01", true, "flat.yaml",
                new TrafficPrice.Flat(new BigDecimal("0.01")), new RequestPrice(BigDecimal.ZERO, new BigDecimal("0.01")),
                new ShieldPrice(new BigDecimal("0.002"), BigDecimal.ZERO), new TrafficPrice.Flat(new BigDecimal("0.09")),
                null);
        CostSpec cost = new CostSpec(new PriceBook(List.of(sheet)), new Projection(repeats, 0), BigDecimal.ONE, false,
                "shield");
        return s.withRun(new RunSettings(s.run().duration(), 2 * Fixture.SECOND, 1)).withCost(cost);
    }

    /** An edge at 90 % and a shield at 50 %, 2,000 requests/s for 12 s (2 s warm-up), repeated 10 times a month. */
    private static Scenario edgeAndShield() {
        return priced(Fixture.chain(List.of("edge", "shield"), List.of(Fixture.fixedRatio(0.9),
                Fixture.fixedRatio(0.5)), Fixture.zipf(100, 0.8, 2_000), 12 * Fixture.SECOND, 3), 10);
    }

    // Pins that the measured quantities are the run's figures: edge bytes (all in region r) and requests, the
    // shield's requests and bytes, the origin's bytes and peak; the edge's and origin's windows (one five-minute
    // window for 10 s) add up to the bytes those tiers sent after the warm-up; no viewers, so no viewer time.
    // The windows equal the stats exactly, with no tolerance: the stats count a request when it reaches the edge at
    // or after the warm-up's end (2 s), the window counts the bytes a tier sent in the seconds from 2 s on. In this
    // fixture every link has zero latency and no rate limit and no tier has a service time, so every tier sends a
    // request's bytes at the very instant the request reaches the edge: both split the run at the same instant, and
    // no request is in flight across the boundary (0 requests x 1,000 B). The series closes seconds until arrivals
    // have ended (12 s) and every request has drained, so none is sent after its last row.
    @Test
    void measuredQuantitiesAreTheRunsFigures() {
        Scenario s = edgeAndShield();
        RunResult r = Fixture.run(s, 0);
        Measured m = Billing.measured(s, r);
        assertEquals(10 * Fixture.SECOND, m.micros());
        assertEquals(r.edge().stats().bytesOut(), m.deliveredBytesByRegion().get("r"));
        assertEquals(r.edge().requests(), m.viewerRequests());
        assertEquals(r.tiers().get(1).requests(), m.shieldRequests());
        assertEquals(r.tiers().get(1).stats().bytesOut(), m.shieldBytes());
        assertEquals(r.origin().stats().bytesOut(), m.originBytes());
        assertEquals(r.origin().peakRequestsPerSecond(), m.originPeakRequestsPerSecond());
        assertEquals(1, m.deliveryWindowBytes().size());
        assertEquals(m.deliveredBytes(), m.deliveryWindowBytes().get(0),
                "the window holds the edge's bytes after the warm-up (nothing in flight: zero latency)");
        assertEquals(m.originBytes(), m.originWindowBytes().get(0), "the origin's, likewise");
        assertEquals(-1, m.viewerSeconds());
    }

    // Pins the bill's arithmetic on the run: 10 repeats; delivery = edge bytes x 10 / 10⁹ x $0.01; requests =
    // edge requests x 10 x $0.01 / 10,000; shield = shield bytes x 10 / 10⁹ x $0.002; origin egress = origin bytes x
    // 10 / 10⁹ x $0.09; compute not priced; no viewer-hours.
    @Test
    void billOfARun() {
        Scenario s = edgeAndShield();
        RunResult r = Fixture.run(s, 0);
        Bill b = Billing.bill(s, r);
        assertDollars(BigDecimal.valueOf(r.edge().stats().bytesOut() * 10).movePointLeft(9)
                .multiply(new BigDecimal("0.01")), b.line(Component.DELIVERY).amount());
        assertDollars(BigDecimal.valueOf(r.edge().requests() * 10).multiply(new BigDecimal("0.01"))
                .movePointLeft(4), b.line(Component.REQUESTS).amount());
        assertDollars(BigDecimal.valueOf(r.tiers().get(1).stats().bytesOut() * 10).movePointLeft(9)
                .multiply(new BigDecimal("0.002")), b.line(Component.SHIELD).amount());
        assertDollars(BigDecimal.valueOf(r.origin().stats().bytesOut() * 10).movePointLeft(9)
                .multiply(new BigDecimal("0.09")), b.line(Component.ORIGIN_EGRESS).amount());
        assertEquals(false, b.line(Component.ORIGIN_COMPUTE).priced());
        assertNull(b.perViewerHour());
        assertNull(Billing.bill(Fixture.chain(List.of("edge"), List.of(Fixture.fixedRatio(0.9)),
                Fixture.zipf(10, 0.8, 10), Fixture.SECOND, 1), r), "no cost section, no bill");
    }

    private static void assertDollars(BigDecimal expected, BigDecimal actual) {
        assertEquals(0, expected.setScale(6, java.math.RoundingMode.HALF_EVEN).compareTo(actual),
                () -> actual + ", expected " + expected);
    }
}
