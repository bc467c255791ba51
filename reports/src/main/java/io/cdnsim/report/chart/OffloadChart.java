package io.cdnsim.report.chart;

import io.cdnsim.cost.Hierarchy;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.labels.XYItemLabelGenerator;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * The calculator's chart (F3): origin egress a month against end-to-end offload, egress = delivered x (1 - offload),
 * on a logarithmic egress axis, where each step towards 100 % visibly removes a larger share than the one before;
 * the user's offloads ({@code --offload}, {@code --sweep}, and the hierarchy's own end-to-end offload from
 * {@code --chr}, with and without the shield) are marked and labelled with their offload and egress, the
 * hierarchy's also with what they are ({@code 99.04% with shield: 466,560 GB}).
 */
public final class OffloadChart {

    /** The chart's name, for SVG ids. */
    public static final String NAME = "offload-egress";

    private OffloadChart() {
    }

    /**
     * @param in    what the calculator computed from; needs a bitrate
     * @param steps its steps
     * @return the chart
     * @throws IllegalArgumentException if there is no bitrate (the curve is of bytes)
     */
    public static Figure figure(Hierarchy.Input in, List<Hierarchy.Step> steps) {
        BigDecimal delivered = value(steps, "month.deliveredBytes");
        if (delivered == null) {
            throw new IllegalArgumentException("--chart: needs --bitrate (the chart is of bytes a month)");
        }
        List<Mark> marks = marked(in, steps);
        XYSeriesCollection data = Datasets.offloadCurve(delivered.movePointLeft(9),
                marks.stream().map(Mark::offload).toList());
        String title = "Origin egress a month against offload";
        XYPlot p = plot(data, "origin egress a month (GB, log scale)", (dataset, series, item) -> label(marks,
                dataset.getXValue(series, item), dataset.getYValue(series, item)),
                new ItemLabelPosition(ItemLabelAnchor.OUTSIDE9, TextAnchor.CENTER_RIGHT));
        Figure f = new Figure(NAME, title, Look.chart(title, p));
        TextTitle formula = new TextTitle("egress = " + String.format(Locale.ROOT, "%,.0f",
                delivered.movePointLeft(9).doubleValue()) + " GB delivered x (1 - offload): 90 % -> 95 % halves "
                + "it, 95 % -> 99 % divides it by 5", Look.TICK);
        f.chart().addSubtitle(formula);
        return f;
    }

    /**
     * The plot of egress against offload: the curve (series 0) as a line, the marked points (series 1) as labelled
     * shapes, on a logarithmic egress axis from the decade below the lowest value to the decade above the highest.
     *
     * @param data     the curve, then the marked points
     * @param yLabel   the egress axis's label
     * @param labels   each marked point's label
     * @param position where a label sits beside its point
     * @return the plot
     */
    static XYPlot plot(XYSeriesCollection data, String yLabel, XYItemLabelGenerator labels,
                       ItemLabelPosition position) {
        LogAxis y = new LogAxis(yLabel);
        y.setNumberFormatOverride(Look.format("#,##0.###"));
        y.setLabelFont(Look.LABEL);
        y.setTickLabelFont(Look.TICK);
        y.setSmallestValue(1e-6);
        y.setTickUnit(new NumberTickUnit(1));
        double lowest = data.getSeries(0).getMinY();
        if (data.getSeries(1).getItemCount() > 0) {
            lowest = Math.min(lowest, data.getSeries(1).getMinY());
        }
        double highest = Math.max(data.getSeries(0).getMaxY(), data.getSeries(1).getItemCount() > 0
                ? data.getSeries(1).getMaxY() : 0);
        if (lowest > 0) {
            y.setRange(Math.pow(10, Math.floor(Math.log10(lowest))), Math.pow(10, Math.ceil(Math.log10(highest))));
        }
        NumberAxis x = Look.axis("end-to-end offload: share of the bytes delivered that did not come from the origin",
                Look.format("0.#%"));
        x.setAutoRangeIncludesZero(false);
        x.setLowerMargin(0.02);
        x.setUpperMargin(0.02);
        XYLineAndShapeRenderer r = new XYLineAndShapeRenderer();
        r.setSeriesLinesVisible(0, true);
        r.setSeriesShapesVisible(0, false);
        r.setSeriesLinesVisible(1, false);
        r.setSeriesShapesVisible(1, true);
        r.setDrawSeriesLineAsPath(true);
        r.setSeriesPaint(0, Look.PALETTE[0]);
        r.setSeriesStroke(0, Look.LINE);
        r.setSeriesPaint(1, Look.PALETTE[1]);
        r.setSeriesItemLabelGenerator(1, labels);
        r.setSeriesItemLabelsVisible(1, true);
        r.setSeriesItemLabelFont(1, Look.TICK);
        r.setSeriesPositiveItemLabelPosition(1, position);
        XYPlot p = new XYPlot(data, x, y, r);
        Look.plot(p);
        p.setDomainGridlinePaint(Look.GRID);
        p.setRangeGridlinePaint(Look.GRID);
        return p;
    }

    /**
     * Writes the chart as SVG or PNG, by the file's extension, atomically: into a temporary file beside it, then
     * moved into place, so the file is either the old one or the whole new one.
     *
     * @param figure the chart
     * @param file   a file ending in {@code .svg} or {@code .png}
     * @throws IllegalArgumentException if it ends in neither
     * @throws IOException              if it cannot be written
     */
    public static void write(Figure figure, Path file) throws IOException {
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        byte[] bytes;
        if (name.endsWith(".svg")) {
            bytes = (Drawing.XML_DECLARATION + Drawing.svg(figure.chart(), Charts.WIDTH, Charts.HEIGHT,
                    figure.name())).getBytes(StandardCharsets.UTF_8);
        } else if (name.endsWith(".png")) {
            bytes = Drawing.png(figure.chart(), Charts.WIDTH, Charts.HEIGHT);
        } else {
            throw new IllegalArgumentException("--chart: the file must end in .svg or .png, found '" + file + "'");
        }
        Path target = file.toAbsolutePath().normalize();
        Files.createDirectories(target.getParent());
        // Not Files.createTempFile: its files are private to the owner (0600); this one gets the umask's permissions
        // like every other output.
        Path part = target.resolveSibling("." + target.getFileName() + ".partial");
        try {
            Files.write(part, bytes);
            try {
                Files.move(part, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(part, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(part);
        }
    }

    /**
     * An offload the chart marks.
     *
     * @param offload the end-to-end offload, below 1
     * @param name    what it is, for its label: {@code with shield} or {@code without shield} (the hierarchy's
     *                innermost tier, by its name) for the hierarchy's own; empty for an offload the user gave
     */
    record Mark(BigDecimal offload, String name) {
    }

    /**
     * @return the offloads to mark: the user's, then the hierarchy's with its innermost tier (the shield) and, with
     *         two tiers or more, without it
     */
    static List<Mark> marked(Hierarchy.Input in, List<Hierarchy.Step> steps) {
        List<Mark> marked = new ArrayList<>();
        Stream.concat(in.offloads().stream(), in.sweep().stream()).forEach(o -> marked.add(new Mark(o, "")));
        BigDecimal delivered = value(steps, "month.deliveredBytes");
        String shield = in.tiers().isEmpty() ? "" : in.tiers().get(in.tiers().size() - 1).name();
        for (String key : List.of("month.originEgressBytes", "noShield.month.originEgressBytes")) {
            BigDecimal egress = value(steps, key);
            if (egress != null && delivered.signum() > 0) {
                marked.add(new Mark(BigDecimal.ONE.subtract(egress.divide(delivered, MathContext.DECIMAL64)),
                        (key.startsWith("noShield.") ? "without " : "with ") + shield));
            }
        }
        return marked;
    }

    /**
     * @param marks    the marked offloads
     * @param offload  a marked point's offload, as the chart's data holds it
     * @param egressGB its egress, GB
     * @return its label, {@code 90%: 225,000 GB}, with the names of the marks at that offload after the offload
     *         ({@code 99.04% with shield: 466,560 GB})
     */
    private static String label(List<Mark> marks, double offload, double egressGB) {
        String names = marks.stream().filter(m -> m.offload().doubleValue() == offload && !m.name().isEmpty())
                .map(Mark::name).distinct().collect(Collectors.joining(", "));
        return Look.format("0.###%").format(offload) + (names.isEmpty() ? "" : " " + names) + ": "
                + Look.format("#,##0.###").format(egressGB) + " GB";
    }

    private static BigDecimal value(List<Hierarchy.Step> steps, String key) {
        for (Hierarchy.Step s : steps) {
            if (s.key().equals(key)) {
                return s.value();
            }
        }
        return null;
    }
}
