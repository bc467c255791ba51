package io.cdnsim.report;

import io.cdnsim.report.chart.RenderedChart;
import java.util.List;

/**
 * Writes {@code compare.html}: two runs side by side on one self-contained page (inline CSS, inline SVG, no script,
 * no external resource). Each key figure of A and B with B - A, B / A - 1 and, with replications, the 95 % interval
 * of B - A; then the charts with both runs overlaid. Each row carries the exact numbers of {@code compare.json} in
 * {@code data-} attributes. The runs' names are HTML-escaped.
 */
final class ComparePage {

    private static final String CSS = """
            table.compare td.sig{font-weight:600}
            .legend{color:#444;font-size:.9em}
            """;

    private ComparePage() {
    }

    /**
     * @param c      the comparison
     * @param charts the overlaid charts
     * @return the page
     */
    static String render(Comparison c, List<RenderedChart> charts) {
        String title = c.a() + " vs " + c.b();
        int n = c.rows().isEmpty() ? 1 : c.rows().get(0).n();
        StringBuilder h = new StringBuilder(32 * 1024);
        h.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>cdnsim comparison: ").append(ReportHtml.escape(title)).append("</title>\n")
                .append("<style>\n").append(ReportHtml.CSS).append(CSS).append("</style>\n</head>\n<body>\n");
        h.append("<header>\n<h1>").append(ReportHtml.escape(title)).append("</h1>\n")
                .append("<p class=\"meta\"><b>A</b> = <span id=\"run-a\">").append(ReportHtml.escape(c.a()))
                .append("</span> · <b>B</b> = <span id=\"run-b\">").append(ReportHtml.escape(c.b()))
                .append("</span> · ").append(n).append(n == 1 ? " replication" : " replications")
                .append(" each · ").append(ReportHtml.escape(warmups(c))).append("</p>\n<p class=\"meta\">")
                .append(c.paired()
                        ? "Both run here with the same seed, replication by replication (common random numbers): "
                        + "the interval of B - A is a paired Student-t interval over the replications' differences."
                        : "Read from finished output folders (their summary.json): the interval of B - A, where both "
                        + "have replications, is sqrt(hA² + hB²) from each run's own interval (conservative).")
                .append("</p>\n</header>\n");
        figures(h, c, n > 1);
        ReportHtml.charts(h, charts);
        h.append("<footer class=\"meta\"><p>Written by cdnsim compare. Figures are means over the replications; the ")
                .append("charts show replication 0 of each run. Definitions: docs/reports.md and docs/outputs.md.")
                .append("</p></footer>\n</body>\n</html>\n");
        return h.toString();
    }

    /** @return the runs' warm-ups, and when they differ that the charts shade neither */
    private static String warmups(Comparison c) {
        if (c.warmupA() == c.warmupB()) {
            return c.warmupA() == 0 ? "no warm-up" : seconds(c.warmupA()) + " warm-up each (shaded in the charts)";
        }
        return "warm-ups differ: A " + seconds(c.warmupA()) + ", B " + seconds(c.warmupB())
                + " (the charts shade neither)";
    }

    private static String seconds(double s) {
        return Double.isNaN(s) ? "unknown" : Format.decimal(s) + " s";
    }

    private static void figures(StringBuilder h, Comparison c, boolean intervals) {
        h.append("<section id=\"key-figures\">\n<h2>Key figures</h2>\n<table class=\"compare\">\n<thead><tr>")
                .append("<th>figure</th><th>A</th><th>B</th><th>B - A</th><th>B / A - 1</th>");
        if (intervals) {
            h.append("<th>95 % interval of B - A</th>");
        }
        h.append("</tr></thead>\n<tbody>\n");
        for (Comparison.Row r : c.rows()) {
            KeyFigure f = KeyFigure.of(r.metric());
            h.append("<tr data-key=\"").append(ReportHtml.escape(r.metric())).append("\" data-a=\"")
                    .append(exact(r.a())).append("\" data-b=\"").append(exact(r.b())).append("\" data-difference=\"")
                    .append(exact(r.difference())).append("\" data-relative=\"").append(exact(r.relative()))
                    .append("\" data-half-width=\"").append(exact(r.halfWidth95())).append("\"><td>")
                    .append(ReportHtml.escape(f.label())).append("</td>")
                    .append(num(f.value(r.a()))).append(num(f.value(r.b()))).append(num(f.difference(r.difference())))
                    .append(num(KeyFigure.relative(r.a(), r.relative())));
            if (intervals) {
                h.append("<td class=\"n").append(r.differs() ? " sig" : "").append("\">")
                        .append(ReportHtml.escape(f.interval(r.difference(), r.halfWidth95()))).append("</td>");
            }
            h.append("</tr>\n");
        }
        h.append("</tbody>\n</table>\n");
        if (intervals) {
            h.append("<p class=\"legend\">An interval in bold excludes 0: at 95 % confidence, B differs from A.</p>\n");
        }
        for (String note : CompareReport.notes(c)) {
            h.append("<p class=\"legend\">").append(ReportHtml.escape(note)).append("</p>\n");
        }
        h.append("</section>\n");
    }

    private static String num(String text) {
        return "<td class=\"n\">" + ReportHtml.escape(text) + "</td>";
    }

    /** @return the number as compare.json writes it, or empty for none */
    private static String exact(double v) {
        return Double.isNaN(v) || Double.isInfinite(v) ? "" : Double.toString(v);
    }
}
