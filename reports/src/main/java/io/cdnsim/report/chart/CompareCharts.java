package io.cdnsim.report.chart;

import java.awt.BasicStroke;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * The charts of a comparison (R5): the same time series of two runs drawn over each other, replication 0 of each,
 * A in solid lines and B in dashed ones. A chart is drawn when either run has its columns; a run without them (no
 * viewers) adds no line. Series of one run are named {@code A: <run>}, or {@code A: <tier>} where there is one per
 * tier; a tier of both runs has the same colour in both.
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
     * @param a  A's name
     * @param ta A's time series (replication 0)
     * @param b  B's name
     * @param tb B's time series (replication 0)
     * @return the overlaid charts the two runs have, in report order
     */
    public static List<Figure> figures(String a, SeriesTable ta, String b, SeriesTable tb) {
        Runs runs = new Runs(a, ta, b, tb);
        List<Figure> f = new ArrayList<>();
        f.add(runs.overlaid("origin-requests", "Requests reaching the origin", "requests/s", Look.count(),
                "origin_requests", Datasets::originRequests, true));
        f.add(runs.overlaid("origin-gbit", "Origin egress", "Gbit/s", Look.format("#,##0.####"), "origin_gbit_per_s",
                Datasets::originGbit, true));
        f.add(runs.overlaid("hit-ratio", "Request cache-hit ratio per tier", "hit ratio", Look.percent(),
                "origin_requests", t -> Datasets.hitRatio(t, t.tiers().subList(0, t.tiers().size() - 1)), false));
        if (ta.has("viewers_watching") || tb.has("viewers_watching")) {
            f.add(runs.overlaid("viewers", "Concurrent viewers (watching)", "viewers", Look.count(),
                    "viewers_watching", CompareCharts::viewersWatching, true));
            f.add(runs.overlaid("bitrate", "Average bitrate being played", "kbit/s", Look.count(),
                    "average_bitrate_kbps", Datasets::bitrate, true));
            f.add(runs.overlaid("rebuffering", "Share of viewers rebuffering", "viewers stalled / watching",
                    Look.percent(), "viewers_stalled", Datasets::rebuffering, true));
        }
        return f;
    }

    private static XYSeriesCollection viewersWatching(SeriesTable t) {
        XYSeriesCollection c = new XYSeriesCollection();
        c.addSeries(Datasets.viewers(t).getSeries(0));
        return c;
    }

    /** The two runs: their names and time series. */
    private record Runs(String a, SeriesTable ta, String b, SeriesTable tb) {

        /**
         * @param needs a column a run must have to add lines
         * @param byRun whether the chart has one series per run (named and coloured after the run) rather than one
         *              per tier (named and coloured after the tier)
         */
        Figure overlaid(String name, String title, String yLabel, NumberFormat yTicks, String needs,
                        Function<SeriesTable, XYSeriesCollection> data, boolean byRun) {
            XYSeriesCollection both = new XYSeriesCollection();
            List<String> keys = new ArrayList<>();
            int fromA = add(both, keys, "A: ", a, ta.has(needs) ? data.apply(ta) : null, byRun);
            add(both, keys, "B: ", b, tb.has(needs) ? data.apply(tb) : null, byRun);
            Figure f = Charts.time(name, title + " (A solid, B dashed)", yLabel, yTicks, both, 0);
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
