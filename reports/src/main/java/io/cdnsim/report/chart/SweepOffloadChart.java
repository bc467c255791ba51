package io.cdnsim.report.chart;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * A sweep's simulated origin egress against its end-to-end offload, each point of the sweep marked and labelled,
 * drawn over the calculator's closed-form curve (F3, {@link OffloadChart}): egress = delivered x (1 - offload), for
 * the bytes the points delivered to viewers on average (each point's delivered = its egress / (1 - its offload)).
 * A point off the curve delivered more or fewer bytes than the average; along it, each step of offload towards 100 %
 * removes a larger share of the origin's bytes than the one before (a log egress axis).
 */
public final class SweepOffloadChart {

    /** The chart's file name. */
    public static final String NAME = "origin-egress-by-offload";

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
        XYSeriesCollection curve = Datasets.offloadCurve(BigDecimal.valueOf(delivered),
                points.stream().map(p -> BigDecimal.valueOf(p.offload())).toList());
        XYSeries simulated = new XYSeries("simulated points", false, true);
        for (Point p : points) {
            simulated.add(p.offload(), p.egressGB());
        }
        XYSeriesCollection data = new XYSeriesCollection();
        data.addSeries(curve.getSeries(0));
        data.addSeries(simulated);
        String title = "Origin egress against offload: the sweep beside calc's curve";
        XYPlot p = OffloadChart.plot(data, "origin egress over " + window + " (GB, log scale)",
                (dataset, series, item) -> points.get(item).name(),
                new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3, TextAnchor.CENTER_LEFT));
        Figure f = new Figure(NAME, title, Look.chart(title, p));
        f.chart().addSubtitle(new TextTitle(String.format(Locale.ROOT, "curve: calc's egress = %,.1f GB delivered "
                + "(the points' mean) x (1 - offload); points: each point's mean over its replications", delivered),
                Look.TICK));
        return f;
    }
}
