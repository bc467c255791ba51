package io.cdnsim.report;

import com.fasterxml.jackson.databind.JsonNode;
import io.cdnsim.run.RunResult;
import io.cdnsim.stats.ConfidenceInterval;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/**
 * Two runs side by side (R5): each key figure of A and of B, the difference B − A and the relative difference
 * (B − A) / |A|. With replications run here, replication r of A and of B share their random numbers (common random
 * numbers), so the 95 % interval of the difference is a paired Student-t interval over the per-replication
 * differences; from two finished output folders, where only each side's mean and half-width are known, it is the
 * conservative sqrt(hA² + hB²).
 *
 * @param a       the first run's name
 * @param b       the second run's name
 * @param rows    the key figures, in A's report order, then those only B has; then, where either run is billed, the
 *                bill's total and each component in dollars
 * @param paired  whether A and B were run here, replication by replication with common random numbers (the
 *                intervals are then paired); false when they were read from finished output folders
 * @param warmupA A's warm-up, seconds (its figures count only what came after it; its charts shade it); NaN if
 *                unknown
 * @param warmupB B's warm-up, seconds; NaN if unknown
 */
public record Comparison(String a, String b, List<Row> rows, boolean paired, double warmupA, double warmupB) {

    /** Copies the list. */
    public Comparison {
        rows = List.copyOf(rows);
    }

    /**
     * One key figure.
     *
     * @param metric      its name, as in summary.json's estimates
     * @param a           A's value (mean over replications), NaN if A does not have it
     * @param b           B's value, NaN if B does not have it
     * @param difference  b − a
     * @param relative    (b − a) / |a|, NaN when a is 0 or missing
     * @param halfWidth95 95 % half-width of the difference, NaN with one replication
     * @param n           replications behind each side
     */
    public record Row(String metric, double a, double b, double difference, double relative, double halfWidth95,
                      int n) {

        /**
         * @return whether the 95 % interval of B - A excludes 0: at 95 % confidence, B differs from A (false without
         *         an interval)
         */
        public boolean differs() {
            return difference - halfWidth95 > 0 || difference + halfWidth95 < 0;
        }

        static Row of(String metric, double a, double b, double halfWidth, int n) {
            return new Row(metric, a, b, b - a, a == 0 || Double.isNaN(a) ? Double.NaN : (b - a) / Math.abs(a),
                    halfWidth, n);
        }
    }

    /**
     * Compares replications run here, paired by replication index.
     *
     * @param a  A's name
     * @param ra A's replications
     * @param b  B's name
     * @param rb B's replications, as many as A's
     * @return the comparison
     */
    public static Comparison ofRuns(String a, List<RunResult> ra, String b, List<RunResult> rb) {
        return ofRuns(a, ra, null, b, rb, null);
    }

    /**
     * Compares replications run here, paired by replication index, with their bills: after the key figures, the
     * bill's total and each component (see {@link BillRows}), where either run has a cost section.
     *
     * @param a      A's name
     * @param ra     A's replications
     * @param billsA A's bill for each replication, or null without a cost section
     * @param b      B's name
     * @param rb     B's replications, as many as A's
     * @param billsB B's bills, or null
     * @return the comparison
     */
    public static Comparison ofRuns(String a, List<RunResult> ra, List<io.cdnsim.cost.Bill> billsA, String b,
                                    List<RunResult> rb, List<io.cdnsim.cost.Bill> billsB) {
        Map<String, ToDoubleFunction<RunResult>> fa = Metrics.keyFigures(ra.get(0));
        Map<String, ToDoubleFunction<RunResult>> fb = Metrics.keyFigures(rb.get(0));
        List<Row> rows = new ArrayList<>();
        int n = Math.min(ra.size(), rb.size());
        for (Map.Entry<String, ToDoubleFunction<RunResult>> e : fa.entrySet()) {
            ToDoubleFunction<RunResult> other = fb.get(e.getKey());
            double[] va = values(ra, e.getValue(), n);
            if (other == null) {
                rows.add(Row.of(e.getKey(), mean(va), Double.NaN, Double.NaN, n));
                continue;
            }
            double[] vb = values(rb, other, n);
            double[] diff = new double[n];
            for (int i = 0; i < n; i++) {
                diff[i] = vb[i] - va[i];
            }
            double half = n < 2 ? Double.NaN : ConfidenceInterval.of(diff, 0.95).halfWidth();
            rows.add(Row.of(e.getKey(), mean(va), mean(vb), half, n));
        }
        for (Map.Entry<String, ToDoubleFunction<RunResult>> e : fb.entrySet()) {
            if (!fa.containsKey(e.getKey())) {
                rows.add(Row.of(e.getKey(), Double.NaN, mean(values(rb, e.getValue(), n)), Double.NaN, n));
            }
        }
        BillRows.add(rows, BillRows.of(billsA), BillRows.of(billsB), true);
        return new Comparison(a, b, rows, true, ra.get(0).warmup() / 1e6, rb.get(0).warmup() / 1e6);
    }

    /**
     * Compares two finished runs from their summary.json trees.
     *
     * @param a  A's name
     * @param sa A's summary.json
     * @param b  B's name
     * @param sb B's summary.json
     * @return the comparison
     */
    public static Comparison ofSummaries(String a, JsonNode sa, String b, JsonNode sb) {
        Map<String, double[]> ea = estimates(sa);
        Map<String, double[]> eb = estimates(sb);
        List<Row> rows = new ArrayList<>();
        for (Map.Entry<String, double[]> e : ea.entrySet()) {
            double[] x = e.getValue();
            double[] y = eb.get(e.getKey());
            if (y == null) {
                rows.add(Row.of(e.getKey(), x[0], Double.NaN, Double.NaN, (int) x[2]));
            } else {
                rows.add(Row.of(e.getKey(), x[0], y[0], Math.sqrt(x[1] * x[1] + y[1] * y[1]),
                        (int) Math.min(x[2], y[2])));
            }
        }
        for (Map.Entry<String, double[]> e : eb.entrySet()) {
            if (!ea.containsKey(e.getKey())) {
                rows.add(Row.of(e.getKey(), Double.NaN, e.getValue()[0], Double.NaN, (int) e.getValue()[2]));
            }
        }
        BillRows.add(rows, BillRows.of(sa), BillRows.of(sb), false);
        return new Comparison(a, b, rows, false, number(sa.path("scenario").get("warmupSeconds")),
                number(sb.path("scenario").get("warmupSeconds")));
    }

    /** @return metric to {mean, half-width (NaN for one replication), n} from summary.json's estimates */
    private static Map<String, double[]> estimates(JsonNode summary) {
        Map<String, double[]> m = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = summary.path("estimates").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonNode v = e.getValue();
            int n = v.path("n").asInt(1);
            m.put(e.getKey(), new double[] {number(v.get("mean")), n < 2 ? Double.NaN : number(v.get("halfWidth95")),
                n});
        }
        return m;
    }

    private static double number(JsonNode v) {
        return v == null || !v.isNumber() ? Double.NaN : v.asDouble();
    }

    private static double[] values(List<RunResult> runs, ToDoubleFunction<RunResult> f, int n) {
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            v[i] = f.applyAsDouble(runs.get(i));
        }
        return v;
    }

    private static double mean(double[] v) {
        double s = 0;
        for (double x : v) {
            s += x;
        }
        return s / v.length;
    }
}
