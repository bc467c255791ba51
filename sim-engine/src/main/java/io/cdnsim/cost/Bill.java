package io.cdnsim.cost;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * A month's bill: one line per component, CDN delivery first, the total, and what it comes to per GB delivered and
 * per viewer-hour. Through several CDNs it is also a bill per CDN (its delivery, requests and own shield) and the
 * lines the CDNs share (a shield of no CDN, the origin's egress and compute), each priced once; its lines are then the
 * network's, each component the sum of its parts, and its total the exact sum of the CDNs' totals and the shared
 * lines.
 *
 * @param lines          one per component, in the order of {@link Component}; no shield line where the deployment
 *                       has no shield tier
 * @param total          the lines' amounts added up, dollars
 * @param deliveredBytes bytes delivered to viewers in the month (the baseline included)
 * @param viewerHours    hours watched in the month, or null where unknown
 * @param cdns           each CDN's bill in the topology's order, through several CDNs (else empty)
 * @param shared         the lines the CDNs share, through several CDNs (else empty)
 */
public record Bill(List<BillLine> lines, BigDecimal total, BigDecimal deliveredBytes, BigDecimal viewerHours,
                   List<CdnBill> cdns, List<BillLine> shared) {

    /** Copies the lists. */
    public Bill {
        lines = List.copyOf(lines);
        cdns = List.copyOf(cdns);
        shared = List.copyOf(shared);
    }

    /**
     * The bill of a network of one CDN.
     *
     * @param lines          one per component
     * @param total          the lines' amounts added up
     * @param deliveredBytes bytes delivered to viewers in the month
     * @param viewerHours    hours watched in the month, or null
     */
    public Bill(List<BillLine> lines, BigDecimal total, BigDecimal deliveredBytes, BigDecimal viewerHours) {
        this(lines, total, deliveredBytes, viewerHours, List.of(), List.of());
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
        return new Bill(lines, sum(lines), month.delivery().totalBytes(), month.viewerHours());
    }

    /**
     * Prices what a window measured: one bill for a network of one CDN ({@link #of(CostSpec, MonthlyUsage)}); through
     * several, a bill per CDN priced by its sheets ({@link CostSpec#sheetFor(String, Component)}) and the shared
     * lines priced by the shared sheets, added up.
     *
     * @param spec     the prices and the deployment's facts
     * @param measured what the window measured
     * @return the month's bill
     * @throws IllegalArgumentException if the repeats do not fit in a month, or several CDNs have a baseline
     */
    public static Bill of(CostSpec spec, Measured measured) {
        MonthlyUsage month = spec.projection().apply(measured);
        if (measured.cdns().isEmpty()) {
            return of(spec, month);
        }
        List<CdnBill> cdns = new ArrayList<>();
        for (CdnUsage c : measured.cdns()) {
            cdns.add(CdnBill.of(c.name(), spec, spec.projection().apply(measured.micros(), c)));
        }
        PriceBook book = spec.prices();
        List<BillLine> shared = new ArrayList<>();
        if (measured.hasSharedShield()) {
            BigDecimal requests = month.shieldRequests();
            BigDecimal bytes = month.shieldBytes();
            BigDecimal n = BigDecimal.valueOf(spec.projection().repeatsPerMonth());
            for (CdnUsage c : measured.cdns()) {
                requests = requests.subtract(BigDecimal.valueOf(c.shieldRequests()).multiply(n));
                bytes = bytes.subtract(BigDecimal.valueOf(c.shieldBytes()).multiply(n));
            }
            shared.add(shield(book.sheetFor(Component.SHIELD), new MonthlyUsage(month.delivery(), month.eventBytes(),
                    month.baselineBytes(), month.viewerRequests(), requests, bytes, month.originEgress(),
                    month.originPeakRequestsPerSecond(), month.viewerHours(), true)));
        }
        shared.add(traffic(Component.ORIGIN_EGRESS, book.sheetFor(Component.ORIGIN_EGRESS), month.originEgress(),
                spec.originInCdnCloud()));
        shared.add(compute(book.sheetFor(Component.ORIGIN_COMPUTE), month.originPeakRequestsPerSecond()));
        List<BillLine> lines = new ArrayList<>();
        for (Component c : Component.values()) {
            List<BillLine> parts = new ArrayList<>();
            List<String> owners = new ArrayList<>();
            for (CdnBill b : cdns) {
                if (b.line(c) != null) {
                    parts.add(b.line(c));
                    owners.add(b.cdn());
                }
            }
            for (BillLine l : shared) {
                if (l.component() == c) {
                    parts.add(l);
                    owners.add("shared");
                }
            }
            if (!parts.isEmpty()) {
                lines.add(parts.size() == 1 ? parts.get(0) : CdnLines.sum(c, parts, owners));
            }
        }
        BigDecimal total = sum(shared);
        for (CdnBill c : cdns) {
            total = total.add(c.total());
        }
        return new Bill(lines, total, month.delivery().totalBytes(), month.viewerHours(), cdns, shared);
    }

    /**
     * @param lines some lines of a bill
     * @return their amounts added up, to the micro-dollar
     */
    public static BigDecimal sum(List<BillLine> lines) {
        BigDecimal total = BigDecimal.ZERO;
        for (BillLine l : lines) {
            total = total.add(l.amount());
        }
        return Money.micro(total);
    }

    private static BillLine unpriced(Component c, BigDecimal quantity, String unit) {
        return new BillLine(c, "-", quantity, unit, "not priced", "no price sheet prices " + c.label(),
                Money.micro(BigDecimal.ZERO), false);
    }

    static BillLine traffic(Component c, PriceSheet sheet, Traffic traffic, boolean free) {
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

    static BillLine requests(PriceSheet sheet, BigDecimal requests, BigDecimal httpsShare) {
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

    static BillLine shield(PriceSheet sheet, MonthlyUsage month) {
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

    static BillLine compute(PriceSheet sheet, BigDecimal peak) {
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
