package io.cdnsim.report.chart;

import io.cdnsim.bandwidth.LinkFigures;
import io.cdnsim.model.Failure;
import io.cdnsim.run.FailureResult;
import io.cdnsim.run.LinkResult;
import io.cdnsim.run.RunResult;
import java.awt.BasicStroke;
import java.awt.Color;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * The share of their capacity that the links to the viewers carried, second by second: every region's peering link
 * and the {@value #EGRESS_LINES} busiest edge egress links (most seconds at capacity, then the highest peak), under a
 * line at 100 %, the capacity. A link that a failure took capacity from is drawn against the capacity in force, as its
 * figures are (averaged over each second).
 */
final class LinkChart {

    /** How many edge egress links the chart draws at most. */
    static final int EGRESS_LINES = 6;
    private static final double MICROS = 1e6;

    private LinkChart() {
    }

    /**
     * @param run     the replication drawn
     * @param series  its time series
     * @param warmup  the warm-up, seconds
     * @return the chart, or null if no link has a capacity
     */
    static Figure of(RunResult run, SeriesTable series, double warmup) {
        List<LinkResult> drawn = new ArrayList<>();
        List<LinkResult> egress = new ArrayList<>();
        for (LinkResult l : run.links()) {
            if (l.limited()) {
                (l.peering() ? drawn : egress).add(l);
            }
        }
        if (drawn.isEmpty() && egress.isEmpty()) {
            return null;
        }
        egress.sort(Comparator.comparingLong((LinkResult l) -> -l.figures().secondsAtCapacity())
                .thenComparingDouble(l -> -l.figures().peakBits()));
        drawn.addAll(egress.subList(0, Math.min(EGRESS_LINES, egress.size())));
        XYSeriesCollection data = new XYSeriesCollection();
        double[] seconds = series.seconds();
        for (LinkResult l : drawn) {
            LinkFigures f = l.figures();
            double[] bits = series.column((l.peering() ? "peering_" : "egress_") + l.name() + "_bits");
            XYSeries s = new XYSeries(l.peering() ? "peering " + l.name() : l.name(), false, true);
            List<Failure.CapacityLost> losses = losses(run, l);
            for (int i = 0; i < seconds.length; i++) {
                s.add(seconds[i], bits[i] / (losses.isEmpty() ? f.capacity() : inForce(f.capacity(), losses,
                        Math.round(seconds[i] * MICROS))));
            }
            data.addSeries(s);
        }
        Figure figure = Charts.time("links", "Share of capacity carried, per link to the viewers",
                "share of the link's capacity", Look.percent(), data, warmup);
        ValueMarker capacity = new ValueMarker(1.0, Color.DARK_GRAY, new BasicStroke(1.5f));
        capacity.setLabel("capacity");
        capacity.setLabelFont(Look.TICK);
        capacity.setLabelAnchor(RectangleAnchor.TOP_RIGHT);
        capacity.setLabelTextAnchor(TextAnchor.BOTTOM_RIGHT);
        figure.chart().getXYPlot().addRangeMarker(capacity);
        return figure;
    }

    /** @return the failures that take capacity from a link */
    private static List<Failure.CapacityLost> losses(RunResult run, LinkResult l) {
        List<Failure.CapacityLost> losses = new ArrayList<>();
        for (FailureResult f : run.failures()) {
            if (f.failure() instanceof Failure.CapacityLost c && c.peering() == l.peering()
                    && c.link().equals(l.name())) {
                losses.add(c);
            }
        }
        return losses;
    }

    /** @return the capacity in force averaged over the second from {@code from} µs: the largest loss in force counts */
    static double inForce(double capacity, List<Failure.CapacityLost> losses, long from) {
        long to = from + (long) MICROS;
        List<Long> cuts = new ArrayList<>(List.of(from, to));
        for (Failure.CapacityLost c : losses) {
            for (long t : new long[] {c.from(), c.to()}) {
                if (t > from && t < to) {
                    cuts.add(t);
                }
            }
        }
        cuts.sort(null);
        double left = 0;
        for (int i = 0; i + 1 < cuts.size(); i++) {
            double lost = 0;
            for (Failure.CapacityLost c : losses) {
                if (c.from() <= cuts.get(i) && cuts.get(i) < c.to()) {
                    lost = Math.max(lost, c.lost());
                }
            }
            left += (cuts.get(i + 1) - cuts.get(i)) * (1 - lost);
        }
        return capacity * left / MICROS;
    }
}
