package io.cdnsim.cost;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * A month's bill: one line per component, CDN delivery first, the total, and what it comes to per GB delivered and
 * per viewer-hour.
 *
 * @param lines          one per component, in the order of {@link Component}; no shield line where the deployment
 *                       has no shield tier
 * @param total          the lines' amounts added up, dollars
 * @param deliveredBytes bytes delivered to viewers in the month (the baseline included)
 * @param viewerHours    hours watched in the month, or null where unknown
 */
public record Bill(List<BillLine> lines, BigDecimal total, BigDecimal deliveredBytes, BigDecimal viewerHours) {

    /** Copies the list. */
    public Bill {
        lines = List.copyOf(lines);
    }

    /** @return dollars per GB delivered, or null with nothing delivered */
    public BigDecimal perGBDelivered() {
        return Money.ratio(total, Money.gigabytes(deliveredBytes));
    }

    /** @return dollars per viewer-hour, or null where viewer-hours are unknown or zero */
    public BigDecimal perViewerHour() {
        return Money.ratio(total, viewerHours);
    }

    /**
     * @param component a component
     * @return its line, or null where the bill has none (the shield of a deployment without one)
     */
    public BillLine line(Component component) {
        for (BillLine l : lines) {
            if (l.component() == component) {
                return l;
            }
        }
        return null;
    }

    /** @return the components no sheet prices, in bill order: the total leaves them out (unknown, not free) */
    public List<Component> unpriced() {
        List<Component> out = new ArrayList<>();
        for (BillLine l : lines) {
            if (!l.priced()) {
                out.add(l.component());
            }
        }
        return out;
    }

    /**
     * Prices a month.
     *
     * @param spec  the prices and the deployment's facts
     * @param month the month's quantities
     * @return its bill
     */
    public static Bill of(CostSpec spec, MonthlyUsage month) {
        PriceBook book = spec.prices();
        List<BillLine> lines = new ArrayList<>();
        lines.add(traffic(Component.DELIVERY, book.sheetFor(Component.DELIVERY), month.delivery(), false));
        lines.add(requests(book.sheetFor(Component.REQUESTS), month.viewerRequests(), spec.httpsShare()));
        if (month.hasShield()) {
            lines.add(shield(book.sheetFor(Component.SHIELD), month));
        }
        lines.add(traffic(Component.ORIGIN_EGRESS, book.sheetFor(Component.ORIGIN_EGRESS), month.originEgress(),
                spec.originInCdnCloud()));
        lines.add(compute(book.sheetFor(Component.ORIGIN_COMPUTE), month.originPeakRequestsPerSecond()));
        BigDecimal total = BigDecimal.ZERO;
        for (BillLine l : lines) {
            total = total.add(l.amount());
        }
        return new Bill(lines, Money.micro(total), month.delivery().totalBytes(), month.viewerHours());
    }

    private static BillLine unpriced(Component c, BigDecimal quantity, String unit) {
        return new BillLine(c, "-", quantity, unit, "not priced", "no price sheet prices " + c.label(),
                Money.micro(BigDecimal.ZERO), false);
    }

    private static BillLine traffic(Component c, PriceSheet sheet, Traffic traffic, boolean free) {
        BigDecimal gb = Money.gigabytes(traffic.totalBytes());
        if (free) {
            return new BillLine(c, sheet == null ? "-" : sheet.provider(), gb, "GB", "free",
                    "the origin sits in the CDN's own cloud", Money.micro(BigDecimal.ZERO), true);
        }
        if (sheet == null) {
            return unpriced(c, gb, "GB");
        }
        TrafficPrice price = c == Component.DELIVERY ? sheet.delivery() : sheet.originEgress();
        Charge charge = price.charge(traffic);
        return new BillLine(c, sheet.provider(), gb, "GB", price.describe(traffic), charge.detail(), charge.amount(),
                true);
    }

    private static BillLine requests(PriceSheet sheet, BigDecimal requests, BigDecimal httpsShare) {
        if (sheet == null) {
            return unpriced(Component.REQUESTS, requests, "requests");
        }
        RequestPrice p = sheet.requests();
        BigDecimal https = requests.multiply(httpsShare);
        BigDecimal http = requests.subtract(https);
        BigDecimal amount = https.multiply(p.httpsPer10k()).add(http.multiply(p.httpPer10k()))
                .divide(BigDecimal.valueOf(10_000), Money.EXACT);
        String detail = Figures.number(https, 0) + " HTTPS at " + Figures.price(p.httpsPer10k()) + " + "
                + Figures.number(http, 0) + " HTTP at " + Figures.price(p.httpPer10k()) + " per 10,000";
        return new BillLine(Component.REQUESTS, sheet.provider(), requests, "requests", Figures.price(
                p.httpsPer10k()) + "/10k HTTPS, " + Figures.price(p.httpPer10k()) + "/10k HTTP", detail,
                Money.micro(amount), true);
    }

    private static BillLine shield(PriceSheet sheet, MonthlyUsage month) {
        BigDecimal gb = Money.gigabytes(month.shieldBytes());
        if (sheet == null) {
            return unpriced(Component.SHIELD, gb, "GB");
        }
        ShieldPrice p = sheet.shield();
        BigDecimal amount = gb.multiply(p.perGB()).add(month.shieldRequests().multiply(p.per10k())
                .divide(BigDecimal.valueOf(10_000), Money.EXACT));
        String detail = Figures.number(gb, 3) + " GB at " + Figures.price(p.perGB()) + "/GB + "
                + Figures.number(month.shieldRequests(), 0) + " requests at " + Figures.price(p.per10k())
                + " per 10,000";
        return new BillLine(Component.SHIELD, sheet.provider(), gb, "GB", Figures.price(p.perGB()) + "/GB, "
                + Figures.price(p.per10k()) + "/10k requests", detail, Money.micro(amount), true);
    }

    private static BillLine compute(PriceSheet sheet, BigDecimal peak) {
        if (sheet == null) {
            return unpriced(Component.ORIGIN_COMPUTE, BigDecimal.ZERO, "instances");
        }
        ComputePrice p = sheet.originCompute();
        long instances = p.instances(peak);
        BigDecimal hours = BigDecimal.valueOf(instances * Projection.MONTH_HOURS);
        String detail = "peak " + Figures.number(peak) + " requests/s / " + Figures.number(p.requestsPerInstance())
                + " per instance = " + instances + " instance" + (instances == 1 ? "" : "s") + " x "
                + Projection.MONTH_HOURS + " h at " + Figures.price(p.perHour()) + "/h";
        return new BillLine(Component.ORIGIN_COMPUTE, sheet.provider(), BigDecimal.valueOf(instances), "instances",
                Figures.price(p.perHour()) + "/h per " + Figures.number(p.requestsPerInstance()) + " requests/s",
                detail, Money.micro(hours.multiply(p.perHour()).setScale(Money.SCALE, RoundingMode.HALF_EVEN)),
                true);
    }
}
