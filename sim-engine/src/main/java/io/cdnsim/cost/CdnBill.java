package io.cdnsim.cost;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * One CDN's own bill for a month, through several CDNs: its edges' delivery (by viewer region where its sheet is
 * regional, its own 95th percentile from its own five-minute series), the requests viewers sent its edges, and its own
 * shield if it has one. What the CDNs share (the origin's egress and compute, a shield of no CDN) is not on it.
 *
 * @param cdn            the CDN's name
 * @param lines          its lines, in the order of {@link Component}
 * @param total          its lines' amounts added up, dollars
 * @param deliveredBytes bytes its edges delivered in the month
 */
public record CdnBill(String cdn, List<BillLine> lines, BigDecimal total, BigDecimal deliveredBytes) {

    /** Copies the list. */
    public CdnBill {
        lines = List.copyOf(lines);
    }

    /** @return dollars per GB its edges delivered, or null with nothing delivered */
    public BigDecimal perGBDelivered() {
        return Money.ratio(total, Money.gigabytes(deliveredBytes));
    }

    /**
     * @param component a component
     * @return its line, or null where it has none
     */
    public BillLine line(Component component) {
        for (BillLine l : lines) {
            if (l.component() == component) {
                return l;
            }
        }
        return null;
    }

    /**
     * @param cdn   the CDN's name
     * @param spec  the prices ({@link CostSpec#sheetFor(String, Component)}: its own sheets, then the shared ones)
     * @param month its month, as {@link Projection#apply(long, CdnUsage)} makes it
     * @return its bill
     */
    public static CdnBill of(String cdn, CostSpec spec, MonthlyUsage month) {
        List<BillLine> lines = new ArrayList<>();
        lines.add(Bill.traffic(Component.DELIVERY, spec.sheetFor(cdn, Component.DELIVERY), month.delivery(), false));
        lines.add(Bill.requests(spec.sheetFor(cdn, Component.REQUESTS), month.viewerRequests(), spec.httpsShare()));
        if (month.hasShield()) {
            lines.add(Bill.shield(spec.sheetFor(cdn, Component.SHIELD), month));
        }
        return new CdnBill(cdn, lines, Bill.sum(lines), month.delivery().totalBytes());
    }
}
