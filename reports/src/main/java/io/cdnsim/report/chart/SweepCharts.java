package io.cdnsim.report.chart;

import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.renderer.category.StatisticalLineAndShapeRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.statistics.DefaultStatisticalCategoryDataset;

/**
 * A sweep's charts: a figure against one varied parameter, its values along the axis as written, each point's mean
 * with a bar over its 95 % Student-t interval, one line per value of a second parameter. Where the sweep varies more
 * parameters, the others stay at their first values and the subtitle says so.
 */
public final class SweepCharts {

    private SweepCharts() {
    }

    /**
     * One line of a chart.
     *
     * @param name       the second parameter's value (or the figure's label where there is none)
     * @param means      the mean at each value of the parameter along the axis, NaN where none
     * @param halfWidths the half-width of each mean's 95 % interval, NaN where none
     */
    public record Line(String name, double[] means, double[] halfWidths) {
    }

    /**
     * @param name     file name, without extension
     * @param title    the chart's title
     * @param xLabel   the parameter along the axis
     * @param xValues  its values, as written
     * @param yLabel   the figure, with its unit
     * @param lines    one line per value of the second parameter
     * @param subtitle what stays fixed, or null
     * @param percent  whether the figure is a share (ticks in %)
     * @return the chart
     */
    public static Figure figure(String name, String title, String xLabel, List<String> xValues, String yLabel,
                                List<Line> lines, String subtitle, boolean percent) {
        DefaultStatisticalCategoryDataset data = new DefaultStatisticalCategoryDataset();
        for (Line line : lines) {
            for (int i = 0; i < xValues.size(); i++) {
                double mean = line.means()[i];
                double half = line.halfWidths()[i];
                data.add(Double.isNaN(mean) ? null : mean, Double.isNaN(half) ? null : half, line.name(),
                        xValues.get(i));
            }
        }
        CategoryAxis x = new CategoryAxis(xLabel);
        x.setLabelFont(Look.LABEL);
        x.setTickLabelFont(Look.TICK);
        NumberAxis y = Look.axis(yLabel, percent ? Look.percent() : Look.amount());
        y.setAutoRangeIncludesZero(false);
        StatisticalLineAndShapeRenderer r = new StatisticalLineAndShapeRenderer(true, true);
        for (int s = 0; s < lines.size(); s++) {
            r.setSeriesPaint(s, Look.PALETTE[s % Look.PALETTE.length]);
            r.setSeriesStroke(s, Look.LINE);
        }
        r.setErrorIndicatorPaint(null);
        CategoryPlot plot = new CategoryPlot(data, x, y, r);
        Look.plot(plot);
        plot.setRangeGridlinePaint(Look.GRID);
        JFreeChart chart = Look.chart(title, plot);
        if (subtitle != null) {
            chart.addSubtitle(new TextTitle(subtitle, Look.TICK));
        }
        return new Figure(name, title, chart);
    }
}
