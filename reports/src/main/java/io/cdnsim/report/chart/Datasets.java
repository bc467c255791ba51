package io.cdnsim.report.chart;

import io.cdnsim.cost.Bill;
import io.cdnsim.cost.BillLine;
import io.cdnsim.metrics.Outcome;
import java.math.BigDecimal;
import java.util.List;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.HistogramIterationValue;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/**
 * Turns a run's figures into the data the charts draw. Each function is pure: the same table gives the same
 * dataset, point for point, so the tests can check a chart's data against the time series it came from. A second
 * without a defined value (a ratio of nothing) is a gap (a null y), not a zero. Where a point of the table stands for
 * several seconds (a long run) it holds the means of its seconds, so a ratio drawn from it is the ratio of their sums:
 * hits over requests answered, viewer-seconds stalled over viewer-seconds watching.
 */
public final class Datasets {

    private Datasets() {
    }

    /** @param t a time series @return the origin's requests per second, series {@code origin} */
    public static XYSeriesCollection originRequests(SeriesTable t) {
        return collection(series("origin", t.seconds(), t.column("origin_requests")));
    }

    /** @param t a time series @return the origin's egress in Gbit/s per second, series {@code origin} */
    public static XYSeriesCollection originGbit(SeriesTable t) {
        return collection(series("origin", t.seconds(), t.column("origin_gbit_per_s")));
    }

    /** Seconds of the rolling window of the hit-ratio charts: one second's ratio of a few requests zig-zags. */
    public static final int HIT_RATIO_WINDOW_SECONDS = 10;

    /**
     * @param t a time series
     * @return the points the hit-ratio charts sum over: {@value #HIT_RATIO_WINDOW_SECONDS} seconds' worth, or one
     *         point where a point already stands for that many seconds or more
     */
    public static int hitRatioWindow(SeriesTable t) {
        return (int) Math.max(1, HIT_RATIO_WINDOW_SECONDS / t.secondsPerPoint());
    }

    /**
     * @param t a time series
     * @return the hit-ratio charts' axis label, saying the window
     */
    public static String hitRatioLabel(SeriesTable t) {
        return hitRatioWindow(t) == 1 ? "hit ratio" : "hit ratio over the last " + HIT_RATIO_WINDOW_SECONDS
                + " s (rolling)";
    }

    /**
     * @param t     a time series
     * @param tiers the cache tiers to draw (not the origin)
     * @return per tier and point, requests answered as a hit (hit, collapsed, refresh hit, stale, fallback) over
     *         requests answered, as in the summary's request hit ratio, both summed over the {@link
     *         #hitRatioWindow(SeriesTable)} points ending at it (a rolling window); a gap where the tier answered
     *         nothing in the window (an outcome column the series lacks, as a series written before that outcome
     *         existed, counts as 0)
     */
    public static XYSeriesCollection hitRatio(SeriesTable t, List<String> tiers) {
        int window = hitRatioWindow(t);
        XYSeriesCollection c = new XYSeriesCollection();
        double[] seconds = t.seconds();
        for (String tier : tiers) {
            double[] hits = new double[seconds.length];
            double[] answered = new double[seconds.length];
            for (Outcome o : Outcome.values()) {
                if (!t.has(tier + "_" + o.label())) {
                    continue;
                }
                double[] n = t.column(tier + "_" + o.label());
                for (int i = 0; i < n.length; i++) {
                    answered[i] += n[i];
                    if (o.isHit()) {
                        hits[i] += n[i];
                    }
                }
            }
            XYSeries s = new XYSeries(tier, false, true);
            double hitSum = 0;
            double answeredSum = 0;
            for (int i = 0; i < seconds.length; i++) {
                hitSum += hits[i];
                answeredSum += answered[i];
                if (i >= window) {
                    hitSum -= hits[i - window];
                    answeredSum -= answered[i - window];
                }
                s.add(Double.valueOf(seconds[i]), answeredSum <= 0 ? null : Double.valueOf(hitSum / answeredSum));
            }
            c.addSeries(s);
        }
        return c;
    }

    /**
     * @param t     a time series
     * @param tiers the tiers to draw, the origin included
     * @return per tier, requests that arrived each second; a gap where none did (the chart's axis is logarithmic)
     */
    public static XYSeriesCollection tierRequests(SeriesTable t, List<String> tiers) {
        XYSeriesCollection c = new XYSeriesCollection();
        double[] seconds = t.seconds();
        for (String tier : tiers) {
            double[] n = t.column(tier + "_requests");
            XYSeries s = new XYSeries(tier, false, true);
            for (int i = 0; i < seconds.length; i++) {
                s.add(Double.valueOf(seconds[i]), n[i] > 0 ? Double.valueOf(n[i]) : null);
            }
            c.addSeries(s);
        }
        return c;
    }

    /** @param t a live or VOD time series @return viewers watching, playing and stalled at the end of each second */
    public static XYSeriesCollection viewers(SeriesTable t) {
        double[] seconds = t.seconds();
        return collection(series("watching", seconds, t.column("viewers_watching")),
                series("playing", seconds, t.column("viewers_playing")),
                series("stalled", seconds, t.column("viewers_stalled")));
    }

    /**
     * @param t a live or VOD time series
     * @return the mean bitrate of the renditions being played, kbit/s; a gap where nobody plays
     */
    public static XYSeriesCollection bitrate(SeriesTable t) {
        double[] seconds = t.seconds();
        double[] kbps = t.column("average_bitrate_kbps");
        double[] playing = t.column("viewers_playing");
        XYSeries s = new XYSeries("average bitrate", false, true);
        for (int i = 0; i < seconds.length; i++) {
            s.add(Double.valueOf(seconds[i]), playing[i] == 0 ? null : Double.valueOf(kbps[i]));
        }
        return collection(s);
    }

    /**
     * @param t a live or VOD time series
     * @return viewers stalled over viewers watching at the end of each second; a gap where nobody watches
     */
    public static XYSeriesCollection rebuffering(SeriesTable t) {
        double[] seconds = t.seconds();
        double[] stalled = t.column("viewers_stalled");
        double[] watching = t.column("viewers_watching");
        XYSeries s = new XYSeries("rebuffering", false, true);
        for (int i = 0; i < seconds.length; i++) {
            s.add(Double.valueOf(seconds[i]), watching[i] == 0 ? null : Double.valueOf(stalled[i] / watching[i]));
        }
        return collection(s);
    }

    /**
     * @param t       a time series
     * @param columns columns of it
     * @return per column, a series named after it: per point, its mean (y) between its lowest and highest second
     */
    public static YIntervalSeriesCollection spread(SeriesTable t, List<String> columns) {
        double[] seconds = t.seconds();
        YIntervalSeriesCollection c = new YIntervalSeriesCollection();
        for (String column : columns) {
            double[] mean = t.column(column);
            double[] low = t.low(column);
            double[] high = t.high(column);
            YIntervalSeries s = new YIntervalSeries(column, false, true);
            for (int i = 0; i < seconds.length; i++) {
                s.add(seconds[i], mean[i], low[i], high[i]);
            }
            c.addSeries(s);
        }
        return c;
    }

    /**
     * @param startup startup times in microseconds (the run's QoE histogram, the one summary.json's percentiles
     *                come from)
     * @return the empirical CDF: for each distinct recorded value (ms), the share of sessions that started within it
     */
    public static XYSeriesCollection startupCdf(Histogram startup) {
        XYSeries s = new XYSeries("sessions", false, true);
        long total = startup.getTotalCount();
        if (total > 0) {
            s.add(0.0, 0.0);
            for (HistogramIterationValue v : startup.recordedValues()) {
                s.add(startup.highestEquivalentValue(v.getValueIteratedTo()) / 1000.0,
                        (double) v.getTotalCountToThisValue() / total);
            }
        }
        return collection(s);
    }

    /**
     * @param d the per-session rebuffer ratios of a run
     * @return one bar per class of {@link RebufferDistribution#CLASSES}, in order: the sessions in it
     */
    public static DefaultCategoryDataset rebufferClasses(RebufferDistribution d) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (int c = 0; c < RebufferDistribution.CLASSES.size(); c++) {
            data.addValue(d.count(c), "sessions", RebufferDistribution.CLASSES.get(c));
        }
        return data;
    }

    /** Points on the offload curve. */
    static final int CURVE_POINTS = 240;
    /** The highest offload the curve reaches: closer to 100 %, neighbouring points would be one double. */
    static final double CURVE_END = 1 - 1e-12;

    /**
     * The origin egress against offload curve of the seeds' worked example: egress = delivered x (1 - offload).
     *
     * @param deliveredGB bytes delivered to viewers a month, GB
     * @param marked      offloads to mark, each below 1; may be empty
     * @return series {@code origin egress a month}: {@value #CURVE_POINTS} + 1 points from the lower offload (80 %,
     *         or the lowest marked offload rounded down to a tenth) to the upper (99.9 %, or the highest marked, at
     *         most {@link #CURVE_END}), their misses (1 - offload) evenly spaced on a log scale, so the curve is as
     *         smooth near 100 % as near 80 %; series {@code your offloads}: the marked offloads, ascending, each once,
     *         with their egress computed exactly before it is rounded to a double (two offloads closer than a double
     *         tells apart share an x)
     */
    public static XYSeriesCollection offloadCurve(BigDecimal deliveredGB, List<BigDecimal> marked) {
        List<BigDecimal> points = marked.stream().map(Datasets::plain).distinct().sorted().toList();
        double low = 0.8;
        double high = 0.999;
        if (!points.isEmpty()) {
            low = Math.min(low, Math.floor(points.get(0).doubleValue() * 10) / 10);
            high = Math.min(Math.max(high, points.get(points.size() - 1).doubleValue()), CURVE_END);
        }
        double delivered = deliveredGB.doubleValue();
        XYSeries curve = new XYSeries("origin egress a month", false, false);
        double ratio = (1 - high) / (1 - low);
        for (int i = 0; i <= CURVE_POINTS; i++) {
            double miss = i == CURVE_POINTS ? 1 - high : (1 - low) * Math.pow(ratio, (double) i / CURVE_POINTS);
            curve.add(1 - miss, delivered * miss);
        }
        XYSeries mine = new XYSeries("your offloads", false, true);
        for (BigDecimal o : points) {
            mine.add(o.doubleValue(), deliveredGB.multiply(BigDecimal.ONE.subtract(o)).doubleValue());
        }
        return collection(curve, mine);
    }

    /**
     * @param bill a month's bill
     * @return one bar per line: its component and its amount in dollars; a component no sheet prices has no bar and
     *         is named {@code <component> (not priced)}, so that nobody reads it as $0
     */
    public static DefaultCategoryDataset bill(Bill bill) {
        DefaultCategoryDataset d = new DefaultCategoryDataset();
        for (BillLine l : bill.lines()) {
            if (l.priced()) {
                d.addValue(l.amount(), "amount", l.component().label());
            } else {
                d.addValue(null, "amount", l.component().label() + " (not priced)");
            }
        }
        return d;
    }

    /** @return the same number without trailing zeros, so that 0.90 and 0.9 are one offload */
    private static BigDecimal plain(BigDecimal v) {
        BigDecimal s = v.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0) : s;
    }

    private static XYSeries series(String key, double[] x, double[] y) {
        XYSeries s = new XYSeries(key, false, true);
        for (int i = 0; i < x.length; i++) {
            s.add(x[i], y[i]);
        }
        return s;
    }

    private static XYSeriesCollection collection(XYSeries... series) {
        XYSeriesCollection c = new XYSeriesCollection();
        for (XYSeries s : series) {
            c.addSeries(s);
        }
        return c;
    }
}
