package io.cdnsim.report.chart;

import io.cdnsim.report.chart.LongRuns.Point;
import java.awt.BasicStroke;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * The charts of a comparison (R5): the same time series of two runs drawn over each other, replication 0 of each,
 * A in solid lines and B in dashed ones, on seconds since each run's start. A chart is drawn when either run has its
 * columns; a run without them (no viewers) adds no line. Series of one run are named {@code A: <run>}, or
 * {@code A: <tier>} where there is one per tier; a tier of both runs has the same colour in both. The warm-up is
 * shaded as in a run's charts when both runs have the same; when they differ nothing is shaded and each chart's
 * subtitle says so. Each run is read in at most {@link SeriesTable#MAX_POINTS} points; when a point of either stands
 * for several seconds, a subtitle says how many (the lines are means or ratios over them, with no shaded spread:
 * the spreads of two runs over each other would hide the lines).
 */
public final class CompareCharts {

    /** Every chart a comparison may draw, by file name without extension, in report order. */
    public static final List<String> NAMES = List.of("origin-requests", "origin-gbit", "hit-ratio", "viewers",
            "bitrate", "rebuffering");

    private static final BasicStroke DASHED = new BasicStroke(1.6f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND,
            10f, new float[] {6f, 4f}, 0f);

    private CompareCharts() {
    }

    /** @return the paths, relative to the output folder, of every file a comparison may write into charts/ */
    public static Set<String> files() {
        Set<String> files = new LinkedHashSet<>();
        for (String n : NAMES) {
            files.add(Charts.FOLDER + "/" + n + ".png");
            files.add(Charts.FOLDER + "/" + n + ".svg");
        }
        return files;
    }

    /**
     * One run of a comparison, as its charts see it.
     *
     * @param name          its name, for the legends
     * @param series        its time series (replication 0)
     * @param warmupSeconds its warm-up, seconds; NaN if unknown
     */
    public record Run(String name, SeriesTable series, double warmupSeconds) {
    }

    /**
     * @param a A
     * @param b B
     * @return the overlaid charts the two runs have, in report order
     */
    public static List<Figure> figures(Run a, Run b) {
        Runs runs = new Runs(a, b, warmup(a, b));
        List<Figure> f = new ArrayList<>();
        f.add(runs.overlaid("origin-requests", "Requests reaching the origin", "requests/s", Look.amount(),
                "origin_requests", Datasets::originRequests, true, Point.MEAN));
        f.add(runs.overlaid("origin-gbit", "Origin egress", "Gbit/s", Look.format("#,##0.####"), "origin_gbit_per_s",
                Datasets::originGbit, true, Point.MEAN));
        f.add(runs.overlaid("hit-ratio", "Request cache-hit ratio per tier", Datasets.hitRatioLabel(
                a.series().secondsPerPoint() >= b.series().secondsPerPoint() ? a.series() : b.series()), Look.percent(),
                "origin_requests", t -> Datasets.hitRatio(t, t.tiers().subList(0, t.tiers().size() - 1)), false,
                Point.HIT_RATIO));
        if (a.series().has("viewers_watching") || b.series().has("viewers_watching")) {
            f.add(runs.overlaid("viewers", "Concurrent viewers (watching)", "viewers", Look.amount(),
                    "viewers_watching", CompareCharts::viewersWatching, true, Point.MEAN));
            f.add(runs.overlaid("bitrate", "Average bitrate being played", "kbit/s", Look.amount(),
                    "average_bitrate_kbps", Datasets::bitrate, true, Point.BITRATE));
            f.add(runs.overlaid("rebuffering", "Share of viewers rebuffering", "viewers stalled / watching",
                    Look.percent(), "viewers_stalled", Datasets::rebuffering, true, Point.REBUFFERING));
        }
        return f;
    }

    /**
     * @return the warm-up both runs have, to shade; 0 (nothing shaded) with a note for the subtitle when they differ
     */
    private static Warmup warmup(Run a, Run b) {
        if (a.warmupSeconds() == b.warmupSeconds()) {
            return new Warmup(Math.ceil(a.warmupSeconds()), null);
        }
        return new Warmup(0, "Warm-ups differ (A " + seconds(a.warmupSeconds()) + ", B " + seconds(b.warmupSeconds())
                + "): neither is shaded");
    }

    private static String seconds(double s) {
        return Double.isNaN(s) ? "unknown" : Look.format("#,##0.###").format(s) + " s";
    }

    /**
     * @param shadedSeconds the warm-up to shade, seconds (0: none)
     * @param note          a subtitle saying why it is not shaded, or null
     */
    private record Warmup(double shadedSeconds, String note) {
    }

    private static XYSeriesCollection viewersWatching(SeriesTable t) {
        XYSeriesCollection c = new XYSeriesCollection();
        c.addSeries(Datasets.viewers(t).getSeries(0));
        return c;
    }

    /** The two runs and the warm-up their charts shade. */
    private record Runs(Run a, Run b, Warmup warmup) {

        /**
         * @param needs a column a run must have to add lines
         * @param byRun whether the chart has one series per run (named and coloured after the run) rather than one
         *              per tier (named and coloured after the tier)
         * @param point what a point of the chart is, should either run's stand for several seconds
         */
        Figure overlaid(String name, String title, String yLabel, NumberFormat yTicks, String needs,
                        Function<SeriesTable, XYSeriesCollection> data, boolean byRun, Point point) {
            XYSeriesCollection both = new XYSeriesCollection();
            List<String> keys = new ArrayList<>();
            int fromA = add(both, keys, "A: ", a.name(), a.series().has(needs) ? data.apply(a.series()) : null, byRun);
            add(both, keys, "B: ", b.name(), b.series().has(needs) ? data.apply(b.series()) : null, byRun);
            Figure f = Charts.time(name, title + " (A solid, B dashed)", yLabel, yTicks, both,
                    warmup.shadedSeconds());
            if (warmup.note() != null) {
                f.chart().addSubtitle(new TextTitle(warmup.note(), Look.TICK));
            }
            LongRuns.ofComparison(f, a.series(), b.series(), point);
            XYLineAndShapeRenderer r = (XYLineAndShapeRenderer) f.chart().getXYPlot().getRenderer();
            for (int s = 0; s < both.getSeriesCount(); s++) {
                int colour = byRun ? (s < fromA ? 0 : 1) : keys.indexOf(keys.get(s));
                r.setSeriesPaint(s, Look.PALETTE[colour % Look.PALETTE.length]);
                r.setSeriesStroke(s, s < fromA ? Look.LINE : DASHED);
            }
            return f;
        }

        /** Adds one run's series, if it has them, to {@code both}; @return how many series {@code both} then has */
        private static int add(XYSeriesCollection both, List<String> keys, String prefix, String run,
                               XYSeriesCollection c, boolean byRun) {
            for (int s = 0; c != null && s < c.getSeriesCount(); s++) {
                XYSeries from = c.getSeries(s);
                String key = from.getKey().toString();
                XYSeries copy = new XYSeries(prefix + (byRun ? run : key), false, true);
                for (int i = 0; i < from.getItemCount(); i++) {
                    copy.add(from.getX(i), from.getY(i));
                }
                both.addSeries(copy);
                keys.add(key);
            }
            return both.getSeriesCount();
        }
    }
}
