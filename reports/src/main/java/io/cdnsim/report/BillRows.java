package io.cdnsim.report;

import com.fasterxml.jackson.databind.JsonNode;
import io.cdnsim.cost.Bill;
import io.cdnsim.cost.BillLine;
import io.cdnsim.cost.CdnBill;
import io.cdnsim.cost.Component;
import io.cdnsim.cost.Money;
import io.cdnsim.stats.ConfidenceInterval;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The month's bill as rows of a {@link Comparison} (R5, F2): the total and each component, in dollars. A side's
 * value is the exact mean of its replications' bills, and B - A is taken exactly before it becomes a double, so that
 * a difference of two amounts to the cent is that difference to the cent. A component no sheet of a run prices has
 * no value there (unknown, not free); a component a run's bill has no line for (the shield of a deployment without
 * one) costs $0 there.
 */
final class BillRows {

    /** Key of the total; each component's is {@code bill.<component in camel case>Usd}. */
    static final String TOTAL = "bill.totalUsd";

    /** Start of the keys of a CDN's rows through several CDNs: {@code bill.cdn.<name>.totalUsd}, and so on. */
    static final String CDN = "bill.cdn.";

    private BillRows() {
    }

    /**
     * @param key a CDN's row's key, {@code bill.cdn.cdn-a.cdnDeliveryUsd}
     * @return its label, {@code bill: cdn-a cdn delivery}
     */
    static String cdnLabel(String key) {
        String rest = key.substring(CDN.length());
        int dot = rest.lastIndexOf('.');
        String what = rest.substring(dot + 1);
        for (Component c : Component.values()) {
            if (key(c).equals("bill." + what)) {
                return "bill: " + rest.substring(0, dot) + " " + c.label();
            }
        }
        return "bill: " + rest.substring(0, dot) + " total";
    }

    /**
     * @param component a component
     * @return its row's key, for example {@code bill.cdnDeliveryUsd}
     */
    static String key(Component component) {
        StringBuilder b = new StringBuilder("bill.");
        boolean up = false;
        for (char ch : component.label().toCharArray()) {
            if (ch == ' ') {
                up = true;
            } else {
                b.append(up ? Character.toUpperCase(ch) : ch);
                up = false;
            }
        }
        return b.append("Usd").toString();
    }

    /**
     * @param bills each replication's bill, or null where the run has no cost section
     * @return each row's key to its amount in each replication (null where not priced), total first; empty for null
     */
    static Map<String, BigDecimal[]> of(List<Bill> bills) {
        Map<String, BigDecimal[]> m = new LinkedHashMap<>();
        if (bills == null || bills.isEmpty()) {
            return m;
        }
        m.put(TOTAL, new BigDecimal[bills.size()]);
        for (Component c : Component.values()) {
            m.put(key(c), new BigDecimal[bills.size()]);
        }
        for (int r = 0; r < bills.size(); r++) {
            m.get(TOTAL)[r] = bills.get(r).total();
            for (Component c : Component.values()) {
                BillLine l = bills.get(r).line(c);
                m.get(key(c))[r] = l == null ? BigDecimal.ZERO : l.priced() ? l.amount() : null;
            }
        }
        for (int r = 0; r < bills.size(); r++) {
            for (CdnBill cdn : bills.get(r).cdns()) {
                String at = CDN + cdn.cdn() + ".";
                m.computeIfAbsent(at + "totalUsd", k -> zeros(bills.size()))[r] = cdn.total();
                for (Component c : Component.values()) {
                    BillLine l = cdn.line(c);
                    if (l != null) {
                        m.computeIfAbsent(at + key(c).substring("bill.".length()), k -> zeros(bills.size()))[r] =
                                l.priced() ? l.amount() : null;
                    }
                }
            }
        }
        return m;
    }

    /** @return n zeros */
    private static BigDecimal[] zeros(int n) {
        BigDecimal[] z = new BigDecimal[n];
        Arrays.fill(z, BigDecimal.ZERO);
        return z;
    }

    /**
     * @param summary a finished run's summary.json
     * @return as {@link #of(List)}, from the bills of its {@code runs}; empty without a cost section
     */
    static Map<String, BigDecimal[]> of(JsonNode summary) {
        Map<String, BigDecimal[]> m = new LinkedHashMap<>();
        JsonNode runs = summary.path("runs");
        if (!summary.has("cost") || runs.size() == 0) {
            return m;
        }
        int n = runs.size();
        m.put(TOTAL, new BigDecimal[n]);
        for (Component c : Component.values()) {
            BigDecimal[] zeros = new BigDecimal[n];
            Arrays.fill(zeros, BigDecimal.ZERO);
            m.put(key(c), zeros);
        }
        for (int r = 0; r < n; r++) {
            JsonNode cost = runs.get(r).path("cost");
            m.get(TOTAL)[r] = amount(cost.get("totalUsd"));
            for (JsonNode line : cost.path("lines")) {
                for (Component c : Component.values()) {
                    if (c.label().equals(line.path("component").asText())) {
                        m.get(key(c))[r] = line.path("priced").asBoolean(true) ? amount(line.get("amountUsd")) : null;
                    }
                }
            }
            for (JsonNode cdn : cost.path("cdns")) {
                String at = CDN + cdn.path("name").asText() + ".";
                m.computeIfAbsent(at + "totalUsd", k -> zeros(n))[r] = amount(cdn.get("totalUsd"));
                for (JsonNode line : cdn.path("lines")) {
                    for (Component c : Component.values()) {
                        if (c.label().equals(line.path("component").asText())) {
                            m.computeIfAbsent(at + key(c).substring("bill.".length()), k -> zeros(n))[r] =
                                    line.path("priced").asBoolean(true) ? amount(line.get("amountUsd")) : null;
                        }
                    }
                }
            }
        }
        return m;
    }

    private static BigDecimal amount(JsonNode v) {
        return v == null || !v.isNumber() ? null : v.decimalValue();
    }

    /**
     * Adds the bill's rows: one per key either side has, in bill order, each valued on a side only where every
     * replication has it.
     *
     * @param rows   the comparison's rows so far
     * @param a      A's amounts by key
     * @param b      B's amounts by key
     * @param paired whether replication r of A and of B share their random numbers (the interval of B - A is then
     *               over the per-replication differences; otherwise sqrt(hA² + hB²))
     */
    static void add(List<Comparison.Row> rows, Map<String, BigDecimal[]> a, Map<String, BigDecimal[]> b,
                    boolean paired) {
        List<String> keys = new ArrayList<>(a.keySet());
        b.keySet().stream().filter(k -> !a.containsKey(k)).forEach(keys::add);
        for (String key : keys) {
            BigDecimal[] va = complete(a.get(key));
            BigDecimal[] vb = complete(b.get(key));
            BigDecimal ma = mean(va);
            BigDecimal mb = mean(vb);
            double half = Double.NaN;
            int na = a.containsKey(key) ? a.get(key).length : 0;
            int nb = b.containsKey(key) ? b.get(key).length : 0;
            int n = na == 0 || nb == 0 ? Math.max(na, nb) : Math.min(na, nb);
            if (va != null && vb != null) {
                if (paired && n > 1) {
                    double[] d = new double[n];
                    for (int i = 0; i < n; i++) {
                        d[i] = vb[i].subtract(va[i]).doubleValue();
                    }
                    half = ConfidenceInterval.of(d, 0.95).halfWidth();
                } else if (!paired && va.length > 1 && vb.length > 1) {
                    double ha = halfWidth(va);
                    double hb = halfWidth(vb);
                    half = Math.sqrt(ha * ha + hb * hb);
                }
            }
            double da = ma == null ? Double.NaN : ma.doubleValue();
            double db = mb == null ? Double.NaN : mb.doubleValue();
            double difference = ma == null || mb == null ? Double.NaN : mb.subtract(ma).doubleValue();
            double relative = ma == null || mb == null || ma.signum() == 0 ? Double.NaN
                    : mb.subtract(ma).divide(ma.abs(), Money.EXACT).doubleValue();
            rows.add(new Comparison.Row(key, da, db, difference, relative, half, n));
        }
    }

    /** @return the amounts if every replication has one, else null */
    private static BigDecimal[] complete(BigDecimal[] v) {
        if (v == null || v.length == 0) {
            return null;
        }
        for (BigDecimal x : v) {
            if (x == null) {
                return null;
            }
        }
        return v;
    }

    /** @return the exact mean to the micro-dollar, or null for none */
    private static BigDecimal mean(BigDecimal[] v) {
        if (v == null) {
            return null;
        }
        BigDecimal sum = BigDecimal.ZERO;
        for (BigDecimal x : v) {
            sum = sum.add(x);
        }
        return Money.micro(sum.divide(BigDecimal.valueOf(v.length), Money.EXACT));
    }

    private static double halfWidth(BigDecimal[] v) {
        double[] d = new double[v.length];
        for (int i = 0; i < v.length; i++) {
            d[i] = v[i].doubleValue();
        }
        return ConfidenceInterval.of(d, 0.95).halfWidth();
    }
}
