package io.cdnsim.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cdnsim.report.chart.Figure;
import io.cdnsim.report.chart.SweepOffloadChart;
import java.util.List;
import java.util.Map;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.xy.XYDataset;
import org.junit.jupiter.api.Test;

/**
 * A sweep that reports offload and origin egress gets the chart of one against the other beside calc's curve; one
 * that does not, none. The numbers are hand-made so that each point's place and the curve are known. Also the value
 * axis of every sweep chart: its label says the unit.
 */
class SweepOffloadChartTest {

    private static final String OFFLOAD = "endToEnd.offload";
    private static final String EGRESS = "origin.egressBytes";

    private static SweepLayout layout(List<String> figures) {
        return new SweepLayout("s", "", "base.yaml", 1, 2, List.of("edge", "topology"),
                List.of(List.of("1TB", "4TB"), List.of("../t/shield.yaml")), List.of(false, false),
                List.of(List.of("1TB", "../t/shield.yaml"), List.of("4TB", "../t/shield.yaml")), figures);
    }

    /**
     * Point 0: offloads 0.9 and 0.92 (mean 0.91), egress 100 and 80 GB (mean 90 GB): delivered 90 / 0.09 = 1,000 GB.
     * Point 1: offload 0.99, egress 10 GB: delivered 1,000 GB. The curve is drawn for their mean, 1,000 GB, so it
     * passes through both points, from 80 % to 99 %; the points are numbered, and the legend names their parameter
     * values, paths shortened to the file's name.
     */
    @Test
    void thePointsSitOnTheCurveOfTheBytesTheyDelivered() {
        List<SweepLayout.Runs> done = List.of(
                new SweepLayout.Runs(0, List.of(Map.of(OFFLOAD, 0.9, EGRESS, 100e9), Map.of(OFFLOAD, 0.92,
                        EGRESS, 80e9))),
                new SweepLayout.Runs(1, List.of(Map.of(OFFLOAD, 0.99, EGRESS, 10e9), Map.of(OFFLOAD, 0.99,
                        EGRESS, 10e9))));
        List<Figure> figures = SweepPage.figures(layout(List.of(OFFLOAD, EGRESS)), done, List.of(OFFLOAD, EGRESS));
        Figure chart = figures.get(figures.size() - 1);
        assertEquals(SweepOffloadChart.NAME, chart.name());
        XYDataset data = ((XYPlot) chart.chart().getPlot()).getDataset();
        assertEquals(3, data.getSeriesCount());
        assertEquals(0.91, data.getXValue(1, 0), 1e-12);
        assertEquals(90, data.getYValue(1, 0), 1e-9);
        assertEquals(0.99, data.getXValue(2, 0), 1e-12);
        assertEquals(10, data.getYValue(2, 0), 1e-9);
        assertEquals("1: 1TB · shield", data.getSeriesKey(1));
        assertEquals("2: 4TB · shield", data.getSeriesKey(2));
        for (int i = 0; i < data.getItemCount(0); i++) {
            assertEquals(1_000 * (1 - data.getXValue(0, i)), data.getYValue(0, i), 1e-9);
        }
        assertEquals(0.8, data.getXValue(0, 0), 1e-12);
        assertEquals(0.99, data.getXValue(0, data.getItemCount(0) - 1), 1e-12);
        String label = ((XYPlot) chart.chart().getPlot()).getRenderer().getSeriesItemLabelGenerator(2)
                .generateLabel(data, 2, 0);
        assertEquals("2", label);
    }

    // Pins the value axis of a sweep chart: the label with its unit where the label does not say it.
    @Test
    void axisLabelsSayTheUnit() {
        assertEquals("startup p95 (ms)", SweepPage.axisLabel(KeyFigure.of("qoe.startupP95Ms")));
        assertEquals("origin egress (bytes)", SweepPage.axisLabel(KeyFigure.of(EGRESS)));
        assertEquals("bill for a month ($)", SweepPage.axisLabel(KeyFigure.of("bill.totalUsd")));
        assertEquals("average bitrate (kbit/s)", SweepPage.axisLabel(KeyFigure.of("qoe.averageBitrateKbps")));
        assertEquals("end-to-end offload", SweepPage.axisLabel(KeyFigure.of(OFFLOAD)));
        assertEquals("origin peak Gbit/s", SweepPage.axisLabel(KeyFigure.of("origin.peakGbitPerSecond")));
    }

    @Test
    void aSweepWithoutBothFiguresHasNoSuchChart() {
        List<SweepLayout.Runs> done = List.of(new SweepLayout.Runs(0, List.of(Map.of(OFFLOAD, 0.9))));
        List<Figure> figures = SweepPage.figures(layout(List.of(OFFLOAD)), done, List.of(OFFLOAD));
        assertTrue(figures.stream().noneMatch(f -> f.name().equals(SweepOffloadChart.NAME)));
    }
}
