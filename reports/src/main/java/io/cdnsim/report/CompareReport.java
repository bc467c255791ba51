package io.cdnsim.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cdnsim.report.chart.Charts;
import io.cdnsim.report.chart.CompareCharts;
import io.cdnsim.report.chart.RenderedChart;
import io.cdnsim.report.chart.SeriesTable;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Writes a {@link Comparison} (R5): a console table, and in an output folder, atomically, {@code compare.json},
 * {@code compare.csv}, {@code compare.html} and the overlaid charts in {@code charts/}.
 */
public final class CompareReport {

    /** Names of the files a comparison writes, beside the charts. */
    public static final List<String> FILES = List.of("compare.json", "compare.csv", "compare.html");

    /** Every file a comparison may write: an output folder holding only these may be replaced. */
    public static final Set<String> OWN_FILES = Stream.concat(FILES.stream(), CompareCharts.files().stream())
            .collect(Collectors.toUnmodifiableSet());

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private CompareReport() {
    }

    /**
     * @param c      the comparison
     * @param seriesA A's time series (replication 0), or null if there is none: then no chart is drawn
     * @param seriesB B's time series (replication 0), or null
     * @param outDir the output folder (replaced if it holds only an earlier comparison's files)
     * @throws OutputFolder.ForeignFilesException if the folder holds files cdnsim did not write
     * @throws IOException if the files cannot be written (the folder is then left as it was)
     */
    public static void write(Comparison c, SeriesTable seriesA, SeriesTable seriesB, Path outDir) throws IOException {
        try (OutputFolder out = new OutputFolder(outDir, OWN_FILES)) {
            ObjectNode root = JSON.createObjectNode();
            root.put("a", c.a());
            root.put("b", c.b());
            ArrayNode rows = root.putArray("figures");
            for (Comparison.Row r : c.rows()) {
                ObjectNode n = rows.addObject();
                n.put("metric", r.metric());
                number(n, "a", r.a());
                number(n, "b", r.b());
                number(n, "difference", r.difference());
                number(n, "relativeDifference", r.relative());
                number(n, "halfWidth95", r.halfWidth95());
                n.put("replications", r.n());
            }
            JSON.writeValue(out.file("compare.json").toFile(), root);
            try (Writer w = Files.newBufferedWriter(out.file("compare.csv"), StandardCharsets.UTF_8)) {
                w.write("metric,a,b,difference,relative_difference,half_width_95,replications\n");
                for (Comparison.Row r : c.rows()) {
                    w.write(String.join(",", r.metric(), Format.decimal(r.a()), Format.decimal(r.b()),
                            Format.decimal(r.difference()), Format.decimal(r.relative()),
                            Format.decimal(r.halfWidth95()), Integer.toString(r.n())) + "\n");
                }
            }
            List<RenderedChart> charts = seriesA == null || seriesB == null ? List.of()
                    : Charts.write(CompareCharts.figures(c.a(), seriesA, c.b(), seriesB), out.file(Charts.FOLDER));
            Files.writeString(out.file("compare.html"), ComparePage.render(c, charts), StandardCharsets.UTF_8);
            out.commit();
        }
    }

    /**
     * @param c the comparison
     * @return the console table, lines separated by '\n'
     */
    public static String render(Comparison c) {
        StringBuilder b = new StringBuilder();
        b.append("Comparing A = ").append(c.a()).append(" with B = ").append(c.b()).append('\n');
        boolean intervals = c.rows().stream().anyMatch(r -> !Double.isNaN(r.halfWidth95()));
        String head = String.format(Locale.ROOT, "%-34s %16s %16s %16s %10s%s%n", "figure", "A", "B", "B - A",
                "B / A - 1", intervals ? "   95 % interval of B - A" : "");
        b.append(head).append("-".repeat(head.length() - 1)).append('\n');
        for (Comparison.Row r : c.rows()) {
            b.append(String.format(Locale.ROOT, "%-34s %16s %16s %16s %10s", r.metric(), value(r.a()), value(r.b()),
                    value(r.difference()), Double.isNaN(r.relative()) ? "-"
                            : String.format(Locale.ROOT, "%+.2f %%", 100 * r.relative())));
            if (intervals && !Double.isNaN(r.halfWidth95())) {
                b.append(String.format(Locale.ROOT, "   %s +- %s", value(r.difference()), value(r.halfWidth95())));
            }
            b.append('\n');
        }
        return b.toString();
    }

    private static String value(double v) {
        return Double.isNaN(v) ? "-" : String.format(Locale.ROOT, "%.6g", v);
    }

    private static void number(ObjectNode n, String field, double v) {
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            n.putNull(field);
        } else {
            n.put(field, v);
        }
    }
}
