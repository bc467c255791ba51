package io.cdnsim.report.chart;

import io.cdnsim.model.Scenario;
import io.cdnsim.report.chart.LongRuns.Point;
import io.cdnsim.run.Billing;
import io.cdnsim.run.RunResult;
import io.cdnsim.run.Simulation;
import java.awt.Color;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.IntervalMarker;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.DataUtils;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.xy.XYDataset;

/**
 * The charts of a run, each written as PNG and SVG into the output folder's {@code charts/}: the origin's requests/s
 * and Gbit/s, each tier's hit ratio and requests over time, and for runs with viewers the concurrent viewers, their
 * average bitrate, the share rebuffering, the share of capacity each link to the viewers carried, the startup-time
 * CDF and the sessions by rebuffer ratio; with a cost section, the month's bill by component. Time-series charts draw
 * replication 0 (as the HTML report's tables do), with a failure schedule's windows shaded.
 * Output is deterministic: fixed fonts, palette and size, no timestamps, SVG ids numbered from a per-chart prefix.
 * A run longer than {@link SeriesTable#MAX_POINTS} seconds is drawn in that many points at most ({@link LongRuns}).
 */
public final class Charts {

    static {
        System.setProperty("java.awt.headless", "true");
    }

    /** Width of every chart, pixels. */
    public static final int WIDTH = 900;
    /** Height of every chart, pixels. */
    public static final int HEIGHT = 450;
    /** The folder in the output folder that holds the charts. */
    public static final String FOLDER = "charts";
    /** Every chart a run may draw, by file name without extension, in report order. */
    public static final List<String> NAMES = List.of("origin-requests", "origin-gbit", "hit-ratio", "tier-requests",
            "viewers", "bitrate", "rebuffering", "links", CdnShareChart.NAME, "startup-cdf", "rebuffer-sessions",
            "bill");

    private Charts() {
    }

    /** @return the paths, relative to the output folder, of every file a run may write into {@link #FOLDER} */
    public static Set<String> files() {
        Set<String> files = new LinkedHashSet<>();
        for (String n : NAMES) {
            files.add(FOLDER + "/" + n + ".png");
            files.add(FOLDER + "/" + n + ".svg");
        }
        return files;
    }

    /**
     * @param scenario the scenario
     * @param run      the replication to draw
     * @param series   its time series
     * @param rebuffer its sessions' rebuffer ratios, or null for a run without viewers
     * @return the charts this run has, in report order
     */
    public static List<Figure> figures(Scenario scenario, RunResult run, SeriesTable series,
                                       RebufferDistribution rebuffer) {
        List<String> tiers = Simulation.tierNames(scenario);
        double warmup = Math.ceil(run.warmup() / 1e6);
        List<Figure> f = new ArrayList<>();
        f.add(LongRuns.ofRun(time("origin-requests", "Requests reaching the origin", "requests/s", Look.amount(),
                Datasets.originRequests(series), warmup), series, Point.MEAN, List.of("origin_requests")));
        f.add(LongRuns.ofRun(time("origin-gbit", "Origin egress", "Gbit/s", Look.format("#,##0.####"),
                Datasets.originGbit(series), warmup), series, Point.MEAN, List.of("origin_gbit_per_s")));
        List<String> caches = tiers.subList(0, tiers.size() - 1);
        f.add(LongRuns.ofRun(time("hit-ratio", "Request cache-hit ratio per tier", Datasets.hitRatioLabel(series),
                Look.percent(), Datasets.hitRatio(series, caches), warmup), series, Point.HIT_RATIO, List.of()));
        // a log axis, so that the edge's thousands do not flatten the origin's few (no spread shaded on it)
        f.add(LongRuns.ofRun(logarithmic(time("tier-requests", "Requests per tier", "requests/s", Look.amount(),
                Datasets.tierRequests(series, tiers), warmup)), series, Point.MEAN, List.of()));
        if (series.has("viewers_watching")) {
            f.add(LongRuns.ofRun(time("viewers", "Concurrent viewers", "viewers", Look.amount(),
                    Datasets.viewers(series), warmup), series, Point.MEAN,
                    List.of("viewers_watching", "viewers_playing", "viewers_stalled")));
            f.add(LongRuns.ofRun(time("bitrate", "Average bitrate being played", "kbit/s", Look.amount(),
                    Datasets.bitrate(series), warmup), series, Point.BITRATE, List.of()));
            f.add(LongRuns.ofRun(time("rebuffering", "Share of viewers rebuffering", "viewers stalled / watching",
                    Look.percent(), Datasets.rebuffering(series), warmup), series, Point.REBUFFERING, List.of()));
            Figure links = LinkChart.of(run, series, warmup);
            if (links != null) {
                f.add(LongRuns.ofRun(links, series, Point.MEAN, List.of()));
            }
        }
        Figure share = CdnShareChart.of(scenario, series, warmup);
        if (share != null) {
            f.add(LongRuns.ofRun(share, series, Point.MEAN, List.of()));
        }
        FailureShades.shade(f, scenario.failures());
        if (run.qoe() != null) {
            f.add(cdf(Datasets.startupCdf(run.qoe().total().startup())));
            if (rebuffer != null) {
                f.add(bars("rebuffer-sessions", "Sessions by rebuffer ratio", Datasets.rebufferClasses(rebuffer),
                        "rebuffer ratio of the session: stall time / (played + stall time)", "sessions",
                        Look.count(), new ShareLabels(), true));
            }
        }
        if (scenario.cost() != null) {
            f.add(bill(Datasets.bill(Billing.bill(scenario, run))));
        }
        return f;
    }

    /**
     * Draws a run's charts into {@code dir} as PNG and SVG.
     *
     * @param scenario   the scenario
     * @param run        the replication to draw
     * @param timeseries the written {@code timeseries.csv}
     * @param rebuffer   the sessions' rebuffer ratios of that replication, or null for a run without viewers
     * @param dir        the folder to write them into (created)
     * @return the charts, with their SVG for inlining
     * @throws IOException if a file cannot be read or written
     */
    public static List<RenderedChart> write(Scenario scenario, RunResult run, Path timeseries,
                                            RebufferDistribution rebuffer, Path dir) throws IOException {
        SeriesTable series = SeriesTable.read(timeseries, run.replication());
        return write(figures(scenario, run, series, rebuffer), dir);
    }

    /**
     * Draws charts into {@code dir} as PNG and SVG, each under its name.
     *
     * @param figures the charts
     * @param dir     the folder to write them into (created)
     * @return the charts, with their SVG for inlining
     * @throws IOException if a file cannot be written
     */
    public static List<RenderedChart> write(List<Figure> figures, Path dir) throws IOException {
        Files.createDirectories(dir);
        List<RenderedChart> rendered = new ArrayList<>();
        for (Figure f : figures) {
            try (OutputStream out = Files.newOutputStream(dir.resolve(f.name() + ".png"))) {
                out.write(Drawing.png(f.chart(), WIDTH, HEIGHT));
            }
            String svg = Drawing.svg(f.chart(), WIDTH, HEIGHT, f.name());
            Files.writeString(dir.resolve(f.name() + ".svg"), Drawing.XML_DECLARATION + svg);
            rendered.add(new RenderedChart(f.name(), f.title(), svg));
        }
        return rendered;
    }

    static Figure time(String name, String title, String yLabel, NumberFormat yTicks, XYDataset data,
                       double warmupSeconds) {
        XYPlot p = xyPlot(data, Look.axis("time since start (s)", Look.count()), Look.axis(yLabel, yTicks));
        p.getDomainAxis().setLowerMargin(0);
        p.getDomainAxis().setUpperMargin(0);
        if (warmupSeconds > 0) {
            IntervalMarker m = new IntervalMarker(0, warmupSeconds, Look.WARMUP);
            m.setLabel("warm-up");
            m.setLabelFont(Look.TICK);
            m.setLabelPaint(Color.GRAY);
            m.setLabelAnchor(RectangleAnchor.TOP_LEFT);
            m.setLabelTextAnchor(TextAnchor.TOP_LEFT);
            p.addDomainMarker(m, Layer.BACKGROUND);
        }
        return new Figure(name, title, Look.chart(title, p));
    }

    /**
     * @param f a chart of rates over time
     * @return it with a logarithmic value axis, powers of ten ticked ({@code requests/s (log scale)}); a second
     *         without requests has no point
     */
    private static Figure logarithmic(Figure f) {
        XYPlot p = f.chart().getXYPlot();
        LogAxis y = new LogAxis(p.getRangeAxis().getLabel() + " (log scale)");
        y.setNumberFormatOverride(Look.format("#,##0.###"));
        y.setLabelFont(Look.LABEL);
        y.setTickLabelFont(Look.TICK);
        y.setSmallestValue(0.1);
        y.setTickUnit(new NumberTickUnit(1));
        y.setUpperMargin(0.1);
        p.setRangeAxis(y);
        return f;
    }

    private static Figure cdf(XYDataset data) {
        String title = "Startup time (join to first frame), cumulative";
        XYPlot p = xyPlot(data, Look.axis("startup time (ms)", Look.count()),
                Look.axis("share of sessions started within", Look.percent()));
        ((NumberAxis) p.getRangeAxis()).setRange(0, 1);
        return new Figure("startup-cdf", title, Look.chart(title, p));
    }

    /** The bill by component; a component no sheet prices has no bar, its name on two lines says so. */
    private static Figure bill(CategoryDataset data) {
        Figure f = bars("bill", "Bill for a month, by component", data, "component", "USD per month",
                Look.format("'$'#,##0"), new StandardCategoryItemLabelGenerator("{2}", Look.format("'$'#,##0.00")),
                false);
        f.chart().getCategoryPlot().getDomainAxis().setMaximumCategoryLabelLines(2);
        return f;
    }

    /** A bar chart, one bar per category, each labelled; {@code whole}: its values are counts, ticked 0, 1, 2... */
    static Figure bars(String name, String title, CategoryDataset data, String xLabel, String yLabel,
                               NumberFormat yTicks, StandardCategoryItemLabelGenerator labels, boolean whole) {
        NumberAxis y = Look.axis(yLabel, yTicks);
        if (whole) {
            y.setStandardTickUnits(NumberAxis.createIntegerTickUnits(Locale.ROOT));
        }
        CategoryAxis x = new CategoryAxis(xLabel);
        x.setLabelFont(Look.LABEL);
        x.setTickLabelFont(Look.TICK);
        BarRenderer r = new BarRenderer();
        r.setBarPainter(new StandardBarPainter());
        r.setShadowVisible(false);
        r.setSeriesPaint(0, Look.PALETTE[0]);
        r.setDefaultItemLabelGenerator(labels);
        r.setDefaultItemLabelFont(Look.TICK);
        r.setDefaultItemLabelsVisible(true);
        r.setMaximumBarWidth(0.12);
        CategoryPlot p = new CategoryPlot(data, x, y, r);
        p.setOrientation(PlotOrientation.VERTICAL);
        Look.plot(p);
        p.setRangeGridlinePaint(Look.GRID);
        y.setUpperMargin(0.12);
        return new Figure(name, title, Look.chart(title, p));
    }

    /** Labels a bar with its value and its share of all the bars, {@code 1,998 (99.9%)}. */
    private static final class ShareLabels extends StandardCategoryItemLabelGenerator {
        private static final long serialVersionUID = 1L;
        private final NumberFormat share = Look.format("0.0#%");

        ShareLabels() {
            super("{2} ({3})", Look.count());
        }

        @Override
        protected Object[] createItemArray(CategoryDataset dataset, int row, int column) {
            Object[] items = super.createItemArray(dataset, row, column);
            double total = DataUtils.calculateRowTotal(dataset, row);
            Number value = dataset.getValue(row, column);
            items[3] = share.format(total == 0 || value == null ? 0 : value.doubleValue() / total);
            return items;
        }
    }

    /** A line chart whose series are each drawn as one path (small SVG), broken where a value is missing. */
    private static XYPlot xyPlot(XYDataset data, NumberAxis x, NumberAxis y) {
        XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(true, false);
        r.setDrawSeriesLineAsPath(true);
        for (int s = 0; s < data.getSeriesCount(); s++) {
            r.setSeriesPaint(s, Look.PALETTE[s % Look.PALETTE.length]);
            r.setSeriesStroke(s, Look.LINE);
        }
        XYPlot p = new XYPlot(data, x, y, r);
        Look.plot(p);
        p.setDomainGridlinePaint(Look.GRID);
        p.setRangeGridlinePaint(Look.GRID);
        y.setAutoRangeIncludesZero(true);
        return p;
    }
}
