package io.cdnsim.report;

import io.cdnsim.report.chart.Charts;
import io.cdnsim.report.chart.Figure;
import io.cdnsim.report.chart.RenderedChart;
import io.cdnsim.report.chart.SweepCharts;
import io.cdnsim.report.chart.SweepOffloadChart;
import io.cdnsim.stats.ConfidenceInterval;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a finished sweep's charts ({@code charts/<figure>-by-<parameter>.svg, .png}) and {@code sweep.html}: one
 * self-contained page (inline CSS and SVG, no script, no external resource) with each point's mean and 95 % interval
 * of each figure, then the charts. Every text from the sweep file is HTML-escaped.
 */
public final class SweepPage {

    private static final String CSS = """
            .wide{overflow-x:auto}table.sweep td{white-space:nowrap}small{color:#666}
            """;

    private static final String OFFLOAD = "endToEnd.offload";
    private static final String EGRESS = "origin.egressBytes";

    private SweepPage() {
    }

    /**
     * @param layout the sweep
     * @param done   every point's runs, in point order
     * @param dir    the sweep's folder
     * @throws IOException if a file cannot be written
     */
    public static void write(SweepLayout layout, List<SweepLayout.Runs> done, Path dir) throws IOException {
        List<String> figures = SweepReport.figures(layout, done);
        List<RenderedChart> charts = Charts.write(figures(layout, done, figures), dir.resolve(Charts.FOLDER));
        SweepReport.replace(dir, SweepReport.PAGE, render(layout, done, figures, charts));
    }

    /**
     * @return each figure against each parameter (the first of the zipped ones stands for them all), one line per
     *         value of the next parameter that does not vary with it
     */
    static List<Figure> figures(SweepLayout layout, List<SweepLayout.Runs> done, List<String> figures) {
        List<Figure> out = new ArrayList<>();
        int count = layout.parameters().size();
        int firstZipped = layout.zipped().indexOf(true);
        for (String f : figures) {
            KeyFigure figure = KeyFigure.of(f);
            for (int x = 0; x < count; x++) {
                if (layout.zipped().get(x) && x != firstZipped) {
                    continue;
                }
                int line = -1;
                for (int step = 1; step < count && line < 0; step++) {
                    int q = (x + step) % count;
                    boolean together = layout.zipped().get(q) && layout.zipped().get(x);
                    line = together || layout.zipped().get(q) && q != firstZipped ? -1 : q;
                }
                List<String> xs = layout.values().get(x);
                List<String> lineValues = line < 0 ? List.of(figure.label()) : layout.values().get(line);
                List<SweepCharts.Line> lines = new ArrayList<>();
                for (int l = 0; l < lineValues.size(); l++) {
                    double[] means = new double[xs.size()];
                    double[] halves = new double[xs.size()];
                    for (int i = 0; i < xs.size(); i++) {
                        SweepLayout.Runs runs = find(layout, done, x, i, line, l);
                        ConfidenceInterval ci = runs == null ? null : SweepReport.interval(runs, f);
                        means[i] = ci == null ? Double.NaN : ci.mean();
                        halves[i] = ci == null ? Double.NaN : ci.halfWidth();
                    }
                    String name = line < 0 ? lineValues.get(l) : layout.parameters().get(line) + " = "
                            + lineValues.get(l);
                    lines.add(new SweepCharts.Line(name, means, halves));
                }
                List<String> fixed = new ArrayList<>();
                for (int q = 0; q < count; q++) {
                    if (q != x && q != line && zip(layout, q) != zip(layout, x) && zip(layout, q) != zip(layout, line)) {
                        fixed.add(layout.parameters().get(q) + " = " + layout.values().get(q).get(0));
                    }
                }
                String subtitle = (fixed.isEmpty() ? "" : "at " + String.join(", ", fixed) + "; ")
                        + "bars: 95 % interval over " + layout.replications() + " replications";
                out.add(SweepCharts.figure(fileName(f + "-by-" + layout.parameters().get(x)),
                        figure.label() + " by " + layout.parameters().get(x), layout.parameters().get(x), xs,
                        axisLabel(figure), lines, subtitle, figure.unit() == KeyFigure.Unit.RATIO));
            }
        }
        offloadChart(layout, done, figures, out);
        return out;
    }

    /**
     * Adds the chart of origin egress against offload beside calc's curve, when the sweep reports both figures and
     * some point has them (with an offload below 1).
     */
    private static void offloadChart(SweepLayout layout, List<SweepLayout.Runs> done, List<String> figures,
                                     List<Figure> out) {
        if (!figures.contains(OFFLOAD) || !figures.contains(EGRESS)) {
            return;
        }
        List<SweepOffloadChart.Point> points = new ArrayList<>();
        for (SweepLayout.Runs r : done) {
            double offload = SweepReport.interval(r, OFFLOAD).mean();
            double egress = SweepReport.interval(r, EGRESS).mean();
            if (offload < 1 && egress > 0) {
                List<String> names = layout.points().get(r.point()).stream()
                        .map(v -> v.replaceAll("^.*/", "").replaceAll("\\.ya?ml$", "")).toList();
                points.add(new SweepOffloadChart.Point(String.join(" · ", names), offload, egress / 1e9));
            }
        }
        if (!points.isEmpty()) {
            out.add(SweepOffloadChart.figure(points, "the measured window"));
        }
    }

    /**
     * @return the runs of the point with value {@code i} of parameter {@code x}, value {@code l} of parameter
     *         {@code line} (unless -1), and the first value of every other parameter; null if not done or none
     */
    private static SweepLayout.Runs find(SweepLayout layout, List<SweepLayout.Runs> done, int x, int i, int line,
                                         int l) {
        for (SweepLayout.Runs r : done) {
            List<String> values = layout.points().get(r.point());
            boolean match = true;
            for (int q = 0; q < values.size() && match; q++) {
                int wanted = zip(layout, q) == zip(layout, x) ? i : zip(layout, q) == zip(layout, line) ? l : 0;
                match = values.get(q).equals(layout.values().get(q).get(wanted));
            }
            if (match) {
                return r;
            }
        }
        return null;
    }

    /** @return which parameters vary as one: the zipped ones share the first's index, each other is its own */
    private static int zip(SweepLayout layout, int q) {
        return q >= 0 && layout.zipped().get(q) ? layout.zipped().indexOf(true) : q;
    }

    /** @return a figure's label with its unit where the label does not say it ({@code startup p95 (ms)}) */
    static String axisLabel(KeyFigure figure) {
        String unit = switch (figure.unit()) {
            case BYTES -> "bytes";
            case MILLIS -> "ms";
            case KBPS -> "kbit/s";
            case USD -> "$";
            default -> "";
        };
        return unit.isEmpty() ? figure.label() : figure.label() + " (" + unit + ")";
    }

    private static String fileName(String text) {
        return text.replaceAll("[^A-Za-z0-9._-]+", "-");
    }

    private static String render(SweepLayout layout, List<SweepLayout.Runs> done, List<String> figures,
                                 List<RenderedChart> charts) {
        StringBuilder h = new StringBuilder(64 * 1024);
        h.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>cdnsim sweep: ").append(ReportHtml.escape(layout.name())).append("</title>\n")
                .append("<style>\n").append(ReportHtml.CSS).append(CSS).append("</style>\n</head>\n<body>\n")
                .append("<header>\n<h1>").append(ReportHtml.escape(layout.name())).append("</h1>\n");
        if (!layout.description().isEmpty()) {
            h.append("<p class=\"description\">").append(ReportHtml.escape(layout.description())).append("</p>\n");
        }
        h.append("<p class=\"meta\">base scenario ").append(ReportHtml.escape(layout.scenario())).append(" · ")
                .append(layout.points().size()).append(" points × ").append(layout.replications())
                .append(" replications · seed ").append(layout.seed()).append(" for every point: replication r of ")
                .append("every point draws the same random streams (common random numbers). Each cell is the mean ")
                .append("over the replications ± the half-width of its 95 % Student-t interval.</p>\n</header>\n");
        h.append("<section id=\"points\">\n<h2>Points</h2>\n<div class=\"wide\"><table class=\"sweep\">\n")
                .append("<thead><tr><th>#</th>");
        for (String p : layout.parameters()) {
            h.append("<th>").append(ReportHtml.escape(p)).append("</th>");
        }
        for (String f : figures) {
            h.append("<th>").append(ReportHtml.escape(KeyFigure.of(f).label())).append("</th>");
        }
        h.append("</tr></thead>\n<tbody>\n");
        for (SweepLayout.Runs r : done) {
            h.append("<tr><td class=\"n\">").append(r.point() + 1).append("</td>");
            for (String v : layout.points().get(r.point())) {
                h.append("<td>").append(ReportHtml.escape(v)).append("</td>");
            }
            for (String f : figures) {
                ConfidenceInterval ci = SweepReport.interval(r, f);
                KeyFigure k = KeyFigure.of(f);
                h.append("<td class=\"n\" data-key=\"").append(ReportHtml.escape(f)).append("\" data-mean=\"")
                        .append(SweepReport.number(ci.mean())).append("\" data-half-width=\"")
                        .append(SweepReport.number(ci.halfWidth())).append("\">")
                        .append(ReportHtml.escape(k.value(ci.mean())));
                if (!Double.isNaN(ci.halfWidth())) {
                    h.append(" <small>± ").append(ReportHtml.escape(k.difference(ci.halfWidth())
                            .replaceFirst("^\\+", ""))).append("</small>");
                }
                h.append("</td>");
            }
            h.append("</tr>\n");
        }
        h.append("</tbody>\n</table></div>\n</section>\n");
        ReportHtml.charts(h, charts);
        h.append("<footer class=\"meta\"><p>Written by cdnsim sweep. The runs' rows: sweep.csv; the intervals: ")
                .append("sweep-summary.csv and sweep.json. Definitions: docs/sweeps.md and docs/outputs.md.</p>")
                .append("</footer>\n</body>\n</html>\n");
        return h.toString();
    }
}
