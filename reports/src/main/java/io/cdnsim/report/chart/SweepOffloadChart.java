package io.cdnsim.report.chart;

import java.util.List;
import java.util.Locale;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * A sweep's simulated origin egress against its end-to-end offload, each point of the sweep marked with its number
 * (the legend names its parameter values; the curve runs from 80 % or below the lowest point to 99 % or the highest),
 * drawn over the calculator's closed-form curve (F3, {@link OffloadChart}): egress = delivered x (1 - offload), for
 * the bytes the points delivered to viewers on average (each point's delivered = its egress / (1 - its offload)).
 * A point off the curve delivered more or fewer bytes than the average; along it, each step of offload towards 100 %
 * removes a larger share of the origin's bytes than the one before (a log egress axis).
 */
public final class SweepOffloadChart {

    /** The chart's file name. */
    public static final String NAME = "origin-egress-by-offload";
    /** Points along the curve, spaced evenly on the log egress axis. */
    private static final int CURVE_POINTS = 240;

    private SweepOffloadChart() {
    }

    /**
     * A point of the sweep.
     *
     * @param name     what it is (its parameter values)
     * @param offload  its mean end-to-end offload, below 1
     * @param egressGB its mean origin egress, GB
     */
    public record Point(String name, double offload, double egressGB) {
    }

    /**
     * @param points the sweep's points that have both figures, at least one, every offload below 1
     * @param window what the egress covers ({@code the measured 5 minutes})
     * @return the chart
     */
    public static Figure figure(List<Point> points, String window) {
        double delivered = points.stream().mapToDouble(p -> p.egressGB() / (1 - p.offload())).average().orElseThrow();
        double lowest = points.stream().mapToDouble(Point::offload).min().orElseThrow();
        double highest = points.stream().mapToDouble(Point::offload).max().orElseThrow();
        double low = Math.min(0.8, Math.floor(lowest * 10) / 10);
        double high = Math.max(0.99, highest);
        XYSeries curve = new XYSeries("calc: delivered x (1 - offload)", false, false);
        for (int i = 0; i <= CURVE_POINTS; i++) {
            double miss = (1 - low) * Math.pow((1 - high) / (1 - low), (double) i / CURVE_POINTS);
            curve.add(1 - miss, delivered * miss);
        }
        XYSeriesCollection data = new XYSeriesCollection();
        data.addSeries(curve);
        for (int k = 0; k < points.size(); k++) {
            XYSeries point = new XYSeries((k + 1) + ": " + points.get(k).name(), false, true);
            point.add(points.get(k).offload(), points.get(k).egressGB());
            data.addSeries(point);
        }
        String title = "Origin egress against offload: the sweep beside calc's curve";
        XYPlot p = OffloadChart.plot(data, "origin egress over " + window + " (GB, log scale)",
                (dataset, series, item) -> Integer.toString(series),
                new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3, TextAnchor.CENTER_LEFT));
        XYLineAndShapeRenderer r = (XYLineAndShapeRenderer) p.getRenderer();
        for (int s = 2; s <= points.size(); s++) {
            r.setSeriesLinesVisible(s, false);
            r.setSeriesShapesVisible(s, true);
            r.setSeriesPaint(s, Look.PALETTE[s % Look.PALETTE.length]);
            r.setSeriesItemLabelGenerator(s, r.getSeriesItemLabelGenerator(1));
            r.setSeriesItemLabelsVisible(s, true);
            r.setSeriesItemLabelFont(s, Look.TICK);
            r.setSeriesPositiveItemLabelPosition(s, r.getSeriesPositiveItemLabelPosition(1));
        }
        Figure f = new Figure(NAME, title, Look.chart(title, p));
        f.chart().addSubtitle(new TextTitle(String.format(Locale.ROOT, "curve: calc's egress = %,.1f GB delivered "
                + "(the points' mean) x (1 - offload); a numbered point: its mean over its replications", delivered),
                Look.TICK));
        return f;
    }
}
