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
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes a {@link Comparison} (R5): a console table, and in an output folder, atomically, {@code compare.json},
 * {@code compare.csv}, {@code compare.html} and the overlaid charts in {@code charts/}.
 */
public final class CompareReport {

    /** Names of the files a comparison writes, beside the charts. */
    public static final List<String> FILES = List.of("compare.json", "compare.csv", "compare.html");

    /** Every file a comparison may write: an output folder whose manifest lists others is not replaced by one. */
    public static final Set<String> OWN_FILES = Stream.concat(FILES.stream(), CompareCharts.files().stream())
            .collect(Collectors.toUnmodifiableSet());

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private CompareReport() {
    }

    /**
     * @param c      the comparison
     * @param seriesA A's time series (replication 0), or null if there is none: then no chart is drawn
     * @param seriesB B's time series (replication 0), or null
     * @param outDir the output folder (replaced if it holds only an earlier comparison's files, unchanged)
     * @throws OutputFolder.RefusedException if the folder may not be replaced
     * @throws IOException if the files cannot be written (the folder is then left as it was)
     */
    public static void write(Comparison c, SeriesTable seriesA, SeriesTable seriesB, Path outDir) throws IOException {
        try (OutputFolder out = new OutputFolder(outDir, OWN_FILES)) {
            write(c, seriesA, seriesB, out);
        }
    }

    /**
     * Writes a comparison into an output folder the caller opened (with {@link #OWN_FILES}) and closes, and commits
     * it.
     *
     * @param c       the comparison
     * @param seriesA A's time series (replication 0), or null if there is none: then no chart is drawn
     * @param seriesB B's time series (replication 0), or null
     * @param out     the output folder, not committed yet
     * @throws IOException if the files cannot be written, or the folder was abandoned (nothing is then committed)
     */
    public static void write(Comparison c, SeriesTable seriesA, SeriesTable seriesB, OutputFolder out)
            throws IOException {
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
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader("metric", "label", "a", "b", "difference",
                "relative_difference", "half_width_95", "replications").setRecordSeparator('\n').build();
        try (Writer w = Files.newBufferedWriter(out.file("compare.csv"), StandardCharsets.UTF_8);
             CSVPrinter csv = new CSVPrinter(w, format)) {
            for (Comparison.Row r : c.rows()) {
                csv.printRecord(r.metric(), KeyFigure.of(r.metric()).label(), Format.decimal(r.a()),
                        Format.decimal(r.b()), Format.decimal(r.difference()), Format.decimal(r.relative()),
                        Format.decimal(r.halfWidth95()), Integer.toString(r.n()));
            }
        }
        List<RenderedChart> charts = seriesA == null || seriesB == null ? List.of()
                : Charts.write(CompareCharts.figures(new CompareCharts.Run(c.a(), seriesA, c.warmupA()),
                        new CompareCharts.Run(c.b(), seriesB, c.warmupB())), out.file(Charts.FOLDER));
        Files.writeString(out.file("compare.html"), ComparePage.render(c, charts), StandardCharsets.UTF_8);
        out.commit();
    }

    /**
     * @param c the comparison
     * @return the console table, lines separated by '\n': each figure by its label, its values in their units
     */
    public static String render(Comparison c) {
        boolean intervals = c.rows().stream().anyMatch(r -> !Double.isNaN(r.halfWidth95()));
        List<String[]> cells = new ArrayList<>();
        cells.add(intervals ? new String[] {"figure", "A", "B", "B - A", "B / A - 1", "95 % interval of B - A  "}
                : new String[] {"figure", "A", "B", "B - A", "B / A - 1"});
        for (Comparison.Row r : c.rows()) {
            KeyFigure f = KeyFigure.of(r.metric());
            String[] row = {f.label(), f.value(r.a()), f.value(r.b()), f.difference(r.difference()),
                KeyFigure.relative(r.a(), r.relative()), f.interval(r.difference(), r.halfWidth95()) + (r.differs() ? " *"
                        : "  ")};
            cells.add(intervals ? row : Arrays.copyOf(row, 5));
        }
        int[] width = new int[cells.get(0).length];
        for (String[] row : cells) {
            for (int i = 0; i < row.length; i++) {
                width[i] = Math.max(width[i], row[i].length());
            }
        }
        StringBuilder b = new StringBuilder();
        b.append("Comparing A = ").append(c.a()).append(" with B = ").append(c.b()).append('\n');
        for (int line = 0; line < cells.size(); line++) {
            StringBuilder l = new StringBuilder(String.format(Locale.ROOT, "%-" + width[0] + "s", cells.get(line)[0]));
            for (int i = 1; i < width.length; i++) {
                l.append(String.format(Locale.ROOT, "  %" + width[i] + "s", cells.get(line)[i]));
            }
            b.append(l.toString().stripTrailing()).append('\n');
            if (line == 0) {
                b.append("-".repeat(l.length())).append('\n');
            }
        }
        if (intervals) {
            b.append("*: the interval excludes 0: at 95 % confidence, B differs from A.\n");
        }
        for (String note : notes(c)) {
            b.append(note).append('\n');
        }
        return b.toString();
    }

    /**
     * @param c the comparison
     * @return the notes under the table, on the console and on the page, that its cells need: what pp means where a
     *         ratio differs, and what '-' means where a cell has it
     */
    static List<String> notes(Comparison c) {
        List<String> notes = new ArrayList<>();
        if (c.rows().stream().anyMatch(r -> KeyFigure.of(r.metric()).unit() == KeyFigure.Unit.RATIO)) {
            notes.add("pp: percentage points, the difference of two percentages.");
        }
        if (c.rows().stream().anyMatch(r -> Double.isNaN(r.a()) || Double.isNaN(r.b())
                || Double.isNaN(r.relative()))) {
            notes.add("-: a figure the run does not have (a tier, or viewers, only the other run has), or B / A - 1 "
                    + "where A is 0.");
        }
        if (c.rows().stream().anyMatch(r -> r.a() > 0 && r.relative() >= KeyFigure.TIMES_FROM - 1)) {
            notes.add("Nx: B is N times A (where B / A - 1 would be +900 % or more).");
        }
        if (c.rows().stream().anyMatch(r -> r.metric().startsWith("bill."))) {
            notes.add("bill: each run's month as its own cost section projects it (not a measurement), the mean of "
                    + "its replications' bills.");
            notes.add("      '-' in a bill row: no price sheet of that run prices it (unknown, not free); $0.00: the "
                    + "run has none of it (no shield).");
        }
        return notes;
    }

    private static void number(ObjectNode n, String field, double v) {
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            n.putNull(field);
        } else {
            n.put(field, v);
        }
    }
}
