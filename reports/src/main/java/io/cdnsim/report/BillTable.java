package io.cdnsim.report;

import io.cdnsim.cost.Bill;
import io.cdnsim.cost.BillLine;
import io.cdnsim.cost.CdnBill;
import io.cdnsim.cost.Component;
import io.cdnsim.cost.Figures;
import io.cdnsim.cost.PriceSheet;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A month's bill as the console shows it (F2), under {@code cdnsim run} and {@code cdnsim bill}: the rule that made
 * the month, one row per component (quantity, price, amount in dollars and cents), the total, the cost per unit, the
 * price sheets it used, which of them are examples, and what no sheet prices. Through several CDNs, each CDN's rows
 * and its total, then the rows the CDNs share, then the total, and each CDN's cost per GB it delivered.
 */
public final class BillTable {

    private static final int PRICE_WIDTH = 38;

    private BillTable() {
    }

    /**
     * @param rule how a measured window became a month ({@code the measured 6 min x 120 a month, no baseline})
     * @return the heading of a projected bill, saying it is a projection
     */
    public static String projected(String rule) {
        return "Bill for a month (a projection, not a measurement: " + rule + "):";
    }

    /**
     * @param bill    the bill
     * @param heading its first line: what the month is, for example {@code Bill for a month (a projection, not a
     *                measurement: the measured 6 min x 120 a month, no baseline):}
     * @param sheets  the price sheets it used
     * @return the table and the lines under it, each ending with '\n'
     */
    public static String render(Bill bill, String heading, List<PriceSheet> sheets) {
        StringBuilder b = new StringBuilder();
        b.append(heading).append('\n');
        int width = PRICE_WIDTH;
        for (BillLine l : shown(bill)) {
            width = Math.max(width, l.price().length());
        }
        String row = "%-15s %-22s %26s  %-" + width + "s %16s%n";
        String head = String.format(Locale.ROOT, row, "component", "provider", "quantity a month", "price", "amount");
        b.append(head);
        b.append("-".repeat(head.length() - 1)).append('\n');
        if (bill.cdns().isEmpty()) {
            rows(b, row, bill.lines());
        } else {
            for (CdnBill c : bill.cdns()) {
                b.append(c.cdn()).append(":\n");
                rows(b, row, c.lines());
                b.append(String.format(Locale.ROOT, row, c.cdn() + " total", "", "", "", Figures.dollars(c.total())));
            }
            b.append("shared by the CDNs:\n");
            rows(b, row, bill.shared());
        }
        b.append(String.format(Locale.ROOT, row, "total", "", "", "", Figures.dollars(bill.total())));
        List<String> per = new ArrayList<>();
        if (bill.perGBDelivered() != null) {
            per.add(Figures.price(bill.perGBDelivered().setScale(6, RoundingMode.HALF_UP)) + " per GB delivered ("
                    + Figures.bytes(bill.deliveredBytes()) + ")");
        }
        if (bill.perViewerHour() != null) {
            per.add(Figures.price(bill.perViewerHour().setScale(6, RoundingMode.HALF_UP)) + " per viewer-hour ("
                    + Figures.number(bill.viewerHours(), 0) + " viewer-hours)");
        }
        if (!per.isEmpty()) {
            b.append("Per unit:    ").append(String.join("; ", per)).append('\n');
        }
        List<String> perCdn = new ArrayList<>();
        for (CdnBill c : bill.cdns()) {
            if (c.perGBDelivered() != null) {
                perCdn.add(c.cdn() + " " + Figures.price(c.perGBDelivered().setScale(6, RoundingMode.HALF_UP))
                        + " per GB (" + Figures.bytes(c.deliveredBytes()) + ")");
            }
        }
        if (!perCdn.isEmpty()) {
            b.append("             ").append(String.join("; ", perCdn)).append('\n');
        }
        List<String> files = new ArrayList<>();
        List<String> examples = new ArrayList<>();
        for (PriceSheet sheet : sheets) {
            files.add(sheet.location());
            if (sheet.example()) {
                examples.add(sheet.location());
            }
        }
        b.append("Prices:      ").append(String.join(", ", files)).append('\n');
        if (!examples.isEmpty()) {
            b.append("             EXAMPLE prices ").append(examples.size() == files.size() && files.size() > 1
                    ? "in every sheet above" : "in " + String.join(", ", examples))
                    .append(": replace them with a real contract before trusting this bill\n");
        }
        String missing = unpriced(bill);
        if (missing != null) {
            b.append("Not priced:  ").append(missing).append('\n');
        }
        return b.toString();
    }

    /** The rows of some lines of a bill. */
    private static void rows(StringBuilder b, String row, List<BillLine> lines) {
        for (BillLine l : lines) {
            b.append(String.format(Locale.ROOT, row, l.component().label(), l.provider(), l.quantityText(),
                    l.price(), l.amountText()));
        }
    }

    /** @return the lines the console shows: the network's for one CDN, else each CDN's and the shared ones */
    private static List<BillLine> shown(Bill bill) {
        if (bill.cdns().isEmpty()) {
            return bill.lines();
        }
        List<BillLine> lines = new ArrayList<>(bill.shared());
        for (CdnBill c : bill.cdns()) {
            lines.addAll(c.lines());
        }
        return lines;
    }

    /**
     * @param bill a bill
     * @return what no sheet prices, said so that nobody reads it as free ({@code shield, origin compute (no sheet
     *         prices them; the total leaves them out: unknown, not free)}), or null when every component is priced
     */
    public static String unpriced(Bill bill) {
        List<String> names = unpricedNames(bill);
        if (names.isEmpty()) {
            return null;
        }
        return String.join(", ", names) + " (no sheet prices " + (names.size() == 1 ? "it" : "them")
                + "; the total leaves " + (names.size() == 1 ? "it" : "them") + " out: unknown, not free)";
    }

    /**
     * @param bill a bill
     * @return the components no sheet prices ({@code shield}, {@code origin egress of cdn-b}); empty when every
     *         component is priced
     */
    static List<String> unpricedNames(Bill bill) {
        List<String> names = new ArrayList<>();
        if (bill.cdns().isEmpty()) {
            for (Component c : bill.unpriced()) {
                names.add(c.label());
            }
        }
        for (CdnBill c : bill.cdns()) {
            for (BillLine l : c.lines()) {
                if (!l.priced()) {
                    names.add(l.component().label() + " of " + c.cdn());
                }
            }
        }
        for (BillLine l : bill.shared()) {
            if (!l.priced()) {
                names.add(l.component().label());
            }
        }
        return names;
    }
}
