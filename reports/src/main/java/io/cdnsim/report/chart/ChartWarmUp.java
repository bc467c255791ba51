package io.cdnsim.report.chart;

import java.util.concurrent.atomic.AtomicBoolean;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * Prepares the drawing of charts while a run simulates: loading and initialising Java2D, the fonts, JFreeChart,
 * ImageIO's PNG writer and Batik's SVG generator takes about half a second, which a short run (a small replay) would
 * otherwise spend after its simulation, on its critical path.
 *
 * <pre>
 * start(): once per process, on a daemon thread: draw a small throwaway chart as PNG and as SVG, keep nothing
 * </pre>
 *
 * The throwaway chart shares nothing with a run's charts but the classes it loads: the charts drawn afterwards are
 * the same bytes with or without it. A failure here is ignored (a real chart drawn later reports its own).
 */
public final class ChartWarmUp {

    private static final AtomicBoolean STARTED = new AtomicBoolean();

    private ChartWarmUp() {
    }

    /** Starts the warm-up on a daemon thread, the first time it is called in this process; returns at once. */
    public static void start() {
        if (!STARTED.compareAndSet(false, true)) {
            return;
        }
        Thread t = new Thread(ChartWarmUp::draw, "cdnsim-chart-warm-up");
        t.setDaemon(true);
        t.start();
    }

    private static void draw() {
        try {
            XYSeries points = new XYSeries("warm-up");
            for (int x = 0; x < 8; x++) {
                points.add(x, x * x);
            }
            Figure f = Charts.time("warm-up", "warm-up", "y", Look.amount(), new XYSeriesCollection(points), 1);
            Drawing.png(f.chart(), Charts.WIDTH, Charts.HEIGHT);
            Drawing.svg(f.chart(), Charts.WIDTH, Charts.HEIGHT, f.name());
        } catch (Exception | LinkageError e) {
            // nothing to do: the run's own charts, drawn later, report what is wrong with drawing
        }
    }
}
