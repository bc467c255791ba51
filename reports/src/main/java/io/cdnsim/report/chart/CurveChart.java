package io.cdnsim.report.chart;

import io.cdnsim.cache.CurveResult;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.geom.Ellipse2D;
import java.text.FieldPosition;
import java.text.NumberFormat;
import java.text.ParsePosition;
import java.util.Locale;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * The miss-ratio curve's chart: request and byte miss ratio against the cache size on a log scale, a dot at each
 * size computed (the sizes asked for), and the knee marked by a vertical line.
 */
public final class CurveChart {

    /** The chart's file name, without extension. */
    public static final String NAME = "mrc";

    private CurveChart() {
    }

    /**
     * @param c     the curve
     * @param title the chart's title
     * @param knee  the index of the knee, or -1
     * @return the chart
     */
    public static Figure figure(CurveResult c, String title, int knee) {
        XYSeries requests = new XYSeries("request miss ratio", false);
        XYSeries bytes = new XYSeries("byte miss ratio", false);
        long[] s = c.capacities();
        for (int j = 0; j < s.length; j++) {
            requests.add(s[j], c.missRatio(j));
            bytes.add(s[j], c.byteMissRatio(j));
        }
        XYSeriesCollection data = new XYSeriesCollection();
        data.addSeries(requests);
        data.addSeries(bytes);
        LogAxis x = new LogAxis("cache size (log scale)");
        x.setBase(10);
        x.setNumberFormatOverride(new Bytes());
        x.setLabelFont(Look.LABEL);
        x.setTickLabelFont(Look.TICK);
        x.setSmallestValue(1);
        NumberAxis y = Look.axis("miss ratio", Look.percent());
        y.setAutoRangeIncludesZero(true);
        XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(true, true);
        for (int i = 0; i < 2; i++) {
            r.setSeriesPaint(i, Look.PALETTE[i]);
            r.setSeriesStroke(i, Look.LINE);
            r.setSeriesShape(i, new Ellipse2D.Double(-3, -3, 6, 6));
        }
        XYPlot p = new XYPlot(data, x, y, r);
        Look.plot(p);
        p.setDomainGridlinePaint(Look.GRID);
        p.setRangeGridlinePaint(Look.GRID);
        if (knee >= 0) {
            ValueMarker m = new ValueMarker(s[knee], Color.GRAY, new BasicStroke(1f, BasicStroke.CAP_BUTT,
                    BasicStroke.JOIN_MITER, 10f, new float[] {4f, 4f}, 0f));
            m.setLabel("knee: " + sizeLabel(s[knee]));
            m.setLabelFont(Look.TICK);
            m.setLabelPaint(Color.DARK_GRAY);
            m.setLabelAnchor(RectangleAnchor.TOP_RIGHT);
            m.setLabelTextAnchor(TextAnchor.TOP_LEFT);
            p.addDomainMarker(m);
        }
        return new Figure(NAME, title, Look.chart(title, p));
    }

    /** Tick labels in decimal byte units, {@code 10 GB}. */
    private static final class Bytes extends NumberFormat {
        private static final long serialVersionUID = 1L;

        @Override
        public StringBuffer format(double number, StringBuffer toAppendTo, FieldPosition pos) {
            return toAppendTo.append(sizeLabel(number));
        }

        @Override
        public StringBuffer format(long number, StringBuffer toAppendTo, FieldPosition pos) {
            return toAppendTo.append(sizeLabel(number));
        }

        @Override
        public Number parse(String source, ParsePosition parsePosition) {
            return null;
        }
    }

    /**
     * @param bytes a size
     * @return it in decimal units with up to three significant digits, {@code 410 GB}, {@code 3.16 GB}, {@code 1 TB}
     */
    static String sizeLabel(double bytes) {
        String[] units = {"B", "KB", "MB", "GB", "TB", "PB", "EB"};
        int u = 0;
        double v = bytes;
        while (v >= 1000 && u < units.length - 1) {
            v /= 1000;
            u++;
        }
        String n = String.format(Locale.ROOT, v >= 100 ? "%.0f" : v >= 10 ? "%.1f" : "%.2f", v);
        if (n.indexOf('.') >= 0) {
            n = n.replaceAll("0+$", "").replaceAll("\\.$", "");
        }
        return n + " " + units[u];
    }
}
