package io.cdnsim.report.chart;

import io.cdnsim.model.Cdn;
import io.cdnsim.model.Scenario;
import org.jfree.chart.renderer.xy.StackedXYAreaRenderer2;
import org.jfree.data.xy.DefaultTableXYDataset;
import org.jfree.data.xy.XYSeries;

/**
 * The traffic share over time through several CDNs: each CDN's edges' Gbit/s per second (its {@code <cdn>_<edge>_bytes}
 * column of the time series, × 8 / 10⁹), stacked, so that the stack's height is the network's edge Gbit/s and each
 * band a CDN's share of it.
 */
final class CdnShareChart {

    /** The chart's file name. */
    static final String NAME = "cdn-share";

    private CdnShareChart() {
    }

    /**
     * @param scenario the scenario
     * @param series   its time series
     * @param warmup   seconds of warm-up, shaded
     * @return the chart, or null through one CDN
     */
    static Figure of(Scenario scenario, SeriesTable series, double warmup) {
        if (scenario.topology().cdns().isEmpty()) {
            return null;
        }
        DefaultTableXYDataset data = new DefaultTableXYDataset();
        double[] seconds = series.seconds();
        for (Cdn c : scenario.topology().cdns()) {
            String column = c.name() + "_" + c.tiers().get(0) + "_bytes";
            XYSeries s = new XYSeries(c.name(), false, false);
            double[] bytes = series.has(column) ? series.column(column) : new double[seconds.length];
            for (int i = 0; i < seconds.length; i++) {
                s.add(seconds[i], Double.isNaN(bytes[i]) ? 0 : bytes[i] * 8 / 1e9);
            }
            data.addSeries(s);
        }
        Figure f = Charts.time(NAME, "Traffic share over time: each CDN's edge Gbit/s, stacked", "Gbit/s",
                Look.format("#,##0.##"), data, warmup);
        StackedXYAreaRenderer2 r = new StackedXYAreaRenderer2();
        for (int s = 0; s < data.getSeriesCount(); s++) {
            r.setSeriesPaint(s, Look.PALETTE[s % Look.PALETTE.length]);
        }
        f.chart().getXYPlot().setRenderer(r);
        return f;
    }
}
