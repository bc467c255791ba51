package io.cdnsim.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cdnsim.stats.ConfidenceInterval;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes a sweep's tables (I5): {@code sweep.csv} (one row per point and replication), {@code sweep-summary.csv}
 * (per point and figure: mean, 95 % Student-t interval and n over the replications) and {@code sweep.json}, from the
 * points finished so far, in point order: the files depend on which points are done, never on the order they finished
 * in. Each file replaces the last atomically. Numbers are written exactly ({@link Double#toString}), none empty.
 */
public final class SweepReport {

    /** The tables, rewritten as points finish. */
    public static final List<String> FILES = List.of("sweep.csv", "sweep-summary.csv", "sweep.json");
    /** The page, written when the sweep is done. */
    public static final String PAGE = "sweep.html";
    /** Version of sweep.json's layout. */
    public static final int SCHEMA_VERSION = 1;

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private SweepReport() {
    }

    /**
     * @param layout the sweep
     * @param done   the points finished so far, in point order
     * @return the figures reported: those asked for, else every figure of the finished runs in the order they appear
     */
    public static List<String> figures(SweepLayout layout, List<SweepLayout.Runs> done) {
        if (!layout.figures().isEmpty()) {
            return layout.figures();
        }
        Set<String> all = new LinkedHashSet<>();
        for (SweepLayout.Runs r : done) {
            for (Map<String, Double> rep : r.replications()) {
                all.addAll(rep.keySet());
            }
        }
        return new ArrayList<>(all);
    }

    /**
     * @param runs    a point's runs
     * @param figure  a figure
     * @return its Student-t 95 % interval over the replications that have it
     */
    public static ConfidenceInterval interval(SweepLayout.Runs runs, String figure) {
        List<Double> values = new ArrayList<>();
        for (Map<String, Double> rep : runs.replications()) {
            Double v = rep.get(figure);
            if (v != null && !v.isNaN()) {
                values.add(v);
            }
        }
        return ConfidenceInterval.of(values.stream().mapToDouble(Double::doubleValue).toArray(), 0.95);
    }

    /**
     * Writes the three tables into {@code dir}, each atomically.
     *
     * @param layout the sweep
     * @param done   the points finished so far, in point order
     * @param dir    the sweep's folder
     * @throws IOException if a file cannot be written
     */
    public static void writeTables(SweepLayout layout, List<SweepLayout.Runs> done, Path dir) throws IOException {
        List<String> figures = figures(layout, done);
        StringBuilder rows = new StringBuilder(header(layout, "replication"));
        for (String f : figures) {
            rows.append(',').append(csv(f));
        }
        rows.append('\n');
        StringBuilder summary = new StringBuilder(header(layout, "figure"))
                .append(",mean,half_width_95,low,high,n\n");
        for (SweepLayout.Runs r : done) {
            String point = point(layout, r.point());
            for (int rep = 0; rep < r.replications().size(); rep++) {
                rows.append(point).append(',').append(rep);
                for (String f : figures) {
                    rows.append(',').append(number(r.replications().get(rep).get(f)));
                }
                rows.append('\n');
            }
            for (String f : figures) {
                ConfidenceInterval ci = interval(r, f);
                summary.append(point).append(',').append(csv(f)).append(',').append(number(ci.mean())).append(',')
                        .append(number(ci.halfWidth())).append(',').append(number(ci.low())).append(',')
                        .append(number(ci.high())).append(',').append(ci.n()).append('\n');
            }
        }
        replace(dir, "sweep.csv", rows.toString());
        replace(dir, "sweep-summary.csv", summary.toString());
        replace(dir, "sweep.json", JSON.writeValueAsString(json(layout, done, figures)));
    }

    private static ObjectNode json(SweepLayout layout, List<SweepLayout.Runs> done, List<String> figures) {
        ObjectNode root = JSON.createObjectNode();
        root.put("schemaVersion", SCHEMA_VERSION);
        root.put("name", layout.name());
        root.put("description", layout.description());
        root.put("scenario", layout.scenario());
        root.put("seed", layout.seed());
        root.put("replications", layout.replications());
        root.put("points", layout.points().size());
        root.put("pointsDone", done.size());
        ArrayNode parameters = root.putArray("parameters");
        for (int q = 0; q < layout.parameters().size(); q++) {
            ObjectNode p = parameters.addObject();
            p.put("path", layout.parameters().get(q));
            layout.values().get(q).forEach(p.putArray("values")::add);
        }
        figures.forEach(root.putArray("figures")::add);
        ArrayNode results = root.putArray("results");
        for (SweepLayout.Runs r : done) {
            ObjectNode point = results.addObject();
            point.put("point", r.point());
            ObjectNode setting = point.putObject("parameters");
            for (int q = 0; q < layout.parameters().size(); q++) {
                setting.put(layout.parameters().get(q), layout.points().get(r.point()).get(q));
            }
            ObjectNode estimates = point.putObject("estimates");
            for (String f : figures) {
                ConfidenceInterval ci = interval(r, f);
                ObjectNode e = estimates.putObject(f);
                put(e, "mean", ci.mean());
                put(e, "halfWidth95", ci.halfWidth());
                e.put("n", ci.n());
            }
            ArrayNode reps = point.putArray("replications");
            for (Map<String, Double> rep : r.replications()) {
                ObjectNode values = reps.addObject();
                for (String f : figures) {
                    put(values, f, rep.get(f) == null ? Double.NaN : rep.get(f));
                }
            }
        }
        return root;
    }

    private static void put(ObjectNode node, String field, double v) {
        if (Double.isFinite(v)) {
            node.put(field, v);
        } else {
            node.putNull(field);
        }
    }

    /** @return the first columns of a table: the point, each parameter, then {@code last} */
    private static String header(SweepLayout layout, String last) {
        StringBuilder h = new StringBuilder("point");
        for (String p : layout.parameters()) {
            h.append(',').append(csv(p));
        }
        return h.append(',').append(last).toString();
    }

    private static String point(SweepLayout layout, int point) {
        StringBuilder b = new StringBuilder(Integer.toString(point));
        for (String v : layout.points().get(point)) {
            b.append(',').append(csv(v));
        }
        return b.toString();
    }

    /** @return a number exactly, or empty for none */
    static String number(Double v) {
        return v == null || v.isNaN() || v.isInfinite() ? "" : Double.toString(v);
    }

    /** @return a CSV field, quoted where it has a comma, a quote or a line break */
    static String csv(String text) {
        return text.matches("[^,\"\r\n]*") ? text : "\"" + text.replace("\"", "\"\"") + "\"";
    }

    /**
     * Writes a file beside its target, then moves it over the target in one step.
     *
     * @param dir  the folder
     * @param name the file's name
     * @param text what it holds
     * @throws IOException if it cannot be written
     */
    public static void replace(Path dir, String name, String text) throws IOException {
        Path tmp = dir.resolve("." + name + ".tmp");
        Files.writeString(tmp, text, StandardCharsets.UTF_8);
        Files.move(tmp, dir.resolve(name), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
