package io.cdnsim.report.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Paint;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.util.Locale;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;

/**
 * The charts' common look: white background, light grid, no 3D, no gradients, antialiasing, a fixed palette and
 * fixed fonts, tick labels in a fixed locale with grouping and no exponents.
 */
final class Look {

    /** Series colours, in order (a colour-blind-safe palette). */
    static final Paint[] PALETTE = {new Color(0x1f77b4), new Color(0xd62728), new Color(0x2ca02c),
        new Color(0xff7f0e), new Color(0x9467bd), new Color(0x8c564b), new Color(0x17becf), new Color(0x7f7f7f)};
    static final Color GRID = new Color(0xdddddd);
    static final Color WARMUP = new Color(0xf2f2f2);
    static final Font TITLE = new Font(Font.SANS_SERIF, Font.BOLD, 16);
    static final Font LABEL = new Font(Font.SANS_SERIF, Font.PLAIN, 13);
    static final Font TICK = new Font(Font.SANS_SERIF, Font.PLAIN, 11);
    static final BasicStroke LINE = new BasicStroke(1.6f);

    private Look() {
    }

    /** @param pattern a {@link DecimalFormat} pattern @return it with the root locale's symbols */
    static NumberFormat format(String pattern) {
        return new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(Locale.ROOT));
    }

    /** @return whole numbers with grouping, {@code 12,345} */
    static NumberFormat count() {
        return format("#,##0");
    }

    /**
     * @return amounts (requests/s, viewers, kbit/s) with grouping, {@code 12,345}, and the decimals a tick between
     *         whole numbers needs ({@code 0.5}, {@code 2.25}), so that an axis of a small range (a mean of a few
     *         requests a second) does not label two ticks alike
     */
    static NumberFormat amount() {
        return format("#,##0.##");
    }

    /**
     * @return ratios as percentages, {@code 95%}, with the decimals a small tick needs ({@code 0.0005%}), so that an
     *         axis of small shares (a few viewers rebuffering) does not read 0% at every tick
     */
    static NumberFormat percent() {
        return format("0.######%");
    }

    /**
     * @param label the axis label, with its unit
     * @param ticks how to write tick values
     * @return a number axis in the common look
     */
    static NumberAxis axis(String label, NumberFormat ticks) {
        NumberAxis a = new NumberAxis(label);
        a.setNumberFormatOverride(ticks);
        a.setLabelFont(LABEL);
        a.setTickLabelFont(TICK);
        a.setAxisLinePaint(Color.GRAY);
        a.setTickMarkPaint(Color.GRAY);
        return a;
    }

    /** Gives a plot a white background and no outline. @param plot the plot */
    static void plot(Plot plot) {
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlineVisible(false);
        plot.setInsets(new RectangleInsets(8, 8, 8, 16));
    }

    /** @param title title @param plot plot @return a chart in the common look, legend at the bottom */
    static JFreeChart chart(String title, Plot plot) {
        JFreeChart c = new JFreeChart(title, TITLE, plot, true);
        c.setBackgroundPaint(Color.WHITE);
        c.setAntiAlias(true);
        c.setTextAntiAlias(true);
        c.setPadding(new RectangleInsets(6, 6, 6, 6));
        LegendTitle legend = c.getLegend();
        legend.setItemFont(LABEL);
        legend.setFrame(BlockBorder.NONE);
        legend.setBackgroundPaint(Color.WHITE);
        legend.setPosition(RectangleEdge.BOTTOM);
        return c;
    }
}
