package io.cdnsim.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cdnsim.metrics.TimeSeries;
import io.cdnsim.report.chart.SeriesTable;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code compare.html} (R5): the figures side by side, escaped, self-contained, the same bytes each time. */
class ComparePageTest {

    private static final String EVIL = "<script>alert(1)</script>";

    private static Comparison comparison() {
        return new Comparison(EVIL, "b & \"c\"", List.of(
                Comparison.Row.of("edge.requestHitRatio", 0.9, 0.95, 0.004, 3),
                Comparison.Row.of("origin.egressBytes", 2e9, 1e9, Double.NaN, 3),
                Comparison.Row.of("qoe.rebufferRatio", 0.00005, 0.00006, 0.00001, 3),
                Comparison.Row.of("shield.requestHitRatio", 0.8, Double.NaN, Double.NaN, 3)), true, 30, 30);
    }

    /** @return a time series of an edge and the origin without a row */
    static SeriesTable empty() {
        List<String> columns = new ArrayList<>(List.of("second"));
        columns.addAll(TimeSeries.columns(List.of("edge", "origin"), List.of()));
        columns.add("origin_gbit_per_s");
        return new SeriesTable(columns, List.of());
    }

    // Pins the table: one row per figure with its key and exact numbers in data- attributes and its label in words
    // ("edge request hit ratio", not edge.requestHitRatio); values in their units (a hit ratio in %, its difference in
    // percentage points, bytes in GB, a small ratio with enough decimals to show two significant digits); the interval
    // of B - A in bold where it excludes 0 (+5 pp +- 0.4 pp) and not where it holds 0 (+0.001 pp +- 0.001 pp, whose
    // lower end, -2e-21 by rounding, shows as an unsigned 0.00 pp); a figure only A has shows "-" for B; notes under
    // the table say what bold, pp and "-" mean.
    @Test
    void figuresSideBySide() {
        String html = ComparePage.render(comparison(), List.of());
        assertTrue(html.contains("<tr data-key=\"edge.requestHitRatio\" data-a=\"0.9\" data-b=\"0.95\" "
                + "data-difference=\"" + (0.95 - 0.9) + "\""), html);
        assertTrue(html.contains("<td>edge request hit ratio</td><td class=\"n\">90.00 %</td><td class=\"n\">95.00 %"
                + "</td><td class=\"n\">+5.00 pp</td><td class=\"n\">+5.56 %</td><td class=\"n sig\">[+4.60 pp, "
                + "+5.40 pp]</td>"), html);
        assertTrue(html.contains("<td>origin egress</td><td class=\"n\">2.00 GB</td><td class=\"n\">1.00 GB</td>"
                + "<td class=\"n\">-1.00 GB</td><td class=\"n\">-50.00 %</td><td class=\"n\">-</td>"), html);
        assertTrue(html.contains("<td>rebuffer ratio</td><td class=\"n\">0.0050 %</td><td class=\"n\">0.0060 %</td>"
                + "<td class=\"n\">+0.0010 pp</td><td class=\"n\">+20.00 %</td><td class=\"n\">[0.00 pp, +0.0020 pp]"
                + "</td>"), html);
        assertTrue(html.contains("<td>shield request hit ratio</td><td class=\"n\">80.00 %</td><td class=\"n\">-</td>"
                + "<td class=\"n\">-</td><td class=\"n\">-</td><td class=\"n\">-</td></tr>"), html);
        assertTrue(html.contains("""
                </table>
                <p class="legend">An interval in bold excludes 0: at 95 % confidence, B differs from A.</p>
                <p class="legend">pp: percentage points, the difference of two percentages.</p>
                <p class="legend">-: a figure the run does not have (a tier, or viewers, only the other run has), or \
                B / A - 1 where A is 0.</p>
                </section>"""), html);
    }

    // Pins the warm-ups in the header: the same in both runs (shaded in the charts), none, or different (then the
    // charts shade neither, and the page says so with both).
    @Test
    void warmupsInTheHeader() {
        Comparison c = comparison();
        assertTrue(ComparePage.render(c, List.of()).contains("3 replications each · 30 s warm-up each (shaded in the "
                + "charts)</p>"));
        assertTrue(ComparePage.render(new Comparison(c.a(), c.b(), c.rows(), true, 0, 0), List.of())
                .contains("3 replications each · no warm-up</p>"));
        assertTrue(ComparePage.render(new Comparison(c.a(), c.b(), c.rows(), true, 120, 0.5), List.of())
                .contains("3 replications each · warm-ups differ: A 120 s, B 0.5 s (the charts shade neither)</p>"));
    }

    // Pins escaping and self-containment: the runs' names appear only as text (in the page and in the charts'
    // legends), never as markup; the page loads nothing (no script, link, image or URL).
    @Test
    void escapedAndSelfContained(@TempDir Path dir) throws Exception {
        CompareReport.write(comparison(), empty(), empty(), dir.resolve("cmp"));
        String html = Files.readString(dir.resolve("cmp").resolve("compare.html"), StandardCharsets.UTF_8);
        assertFalse(html.contains("<script"), "no script element");
        assertTrue(html.contains("<h1>&lt;script&gt;alert(1)&lt;/script&gt; vs b &amp; &quot;c&quot;</h1>"), html);
        assertTrue(html.contains("A: &lt;script&gt;alert(1)&lt;/script&gt;"), "the legend of an inline chart");
        assertEquals(3, html.split("<svg", -1).length - 1, "origin requests, origin Gbit/s, hit ratio inline");
        for (String external : List.of("<link", "<img", "<iframe", "@import", "src=", "href=", "url(http")) {
            assertFalse(html.contains(external), () -> "compare.html holds " + external);
        }
    }

    // Pins determinism: the same comparison writes the same bytes, page and charts.
    @Test
    void sameComparisonSameBytes(@TempDir Path dir) throws Exception {
        CompareReport.write(comparison(), empty(), empty(), dir.resolve("one"));
        CompareReport.write(comparison(), empty(), empty(), dir.resolve("two"));
        for (String f : List.of("compare.html", "compare.json", "compare.csv", "charts/hit-ratio.svg",
                "charts/hit-ratio.png")) {
            assertArrayEquals(Files.readAllBytes(dir.resolve("one").resolve(f)),
                    Files.readAllBytes(dir.resolve("two").resolve(f)), f);
        }
    }
}
