package io.cdnsim.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cdnsim.model.Scenario;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Reads a sweep file (docs/sweeps.md) into a checked {@link Sweep}: the file itself (its fields, each parameter's
 * path against the schema of the scenario or topology, its values), then every point's scenario as the scenario
 * reader reads it. A problem of a point's scenario is reported at the sweep file's line of the value that made it,
 * with the scenario's field; nothing runs before all of them pass.
 */
public final class SweepReader {

    /** Most points a sweep may have. */
    public static final int MAX_POINTS = 10_000;
    /** Most runs (points times replications) a sweep may have. */
    public static final long MAX_RUNS = 1_000_000;

    private SweepReader() {
    }

    /**
     * @param file        the sweep file
     * @param figureNames the key figures a run of a scenario reports (to check the sweep's {@code figures})
     * @return the sweep
     * @throws ScenarioException if the sweep file, its base scenario or any point's scenario has problems
     */
    public static Sweep read(Path file, Function<Scenario, Collection<String>> figureNames) throws ScenarioException {
        String shown = file.toString();
        byte[] bytes = bytes(file, "sweep");
        Documents.Parsed<SweepFile> parsed = Documents.parse(bytes, shown, SweepFile.class, "sweep");
        SweepFile f = parsed.value();
        Problems p = parsed.problems();
        SweepPlaces places = SweepPlaces.of(new String(bytes, StandardCharsets.UTF_8));

        if (p.require("name", f.name(), "the sweep's name (it names the output folder)")) {
            String nameProblem = RunName.problem(f.name());
            if (nameProblem != null) {
                p.add("name", nameProblem);
            }
        }
        boolean hasScenario = p.require("scenario", f.scenario(), "the path of the base scenario, for example "
                + "../scenarios/segment-2s.yaml");
        if (hasScenario && !ScenarioReader.validPath(f.scenario())) {
            p.add("scenario", "not a valid file path: '" + f.scenario() + "'");
            hasScenario = false;
        }
        long replications = f.replications() == null ? 1 : f.replications();
        if (replications < 1 || replications > Limits.MAX_REPLICATIONS) {
            p.add("replications", "must be between 1 and " + Limits.MAX_REPLICATIONS + ", found " + replications);
        }
        SweepPaths paths = SweepPaths.ofSchemas();
        List<Sweep.Parameter> parameters = parameters(p, places, f, paths);
        for (String path : f.set() == null ? List.<String>of() : f.set().keySet()) {
            String problem = paths.problem(path);
            if (problem == null && (f.grid() != null && f.grid().containsKey(path)
                    || f.zip() != null && f.zip().containsKey(path))) {
                problem = "both set and varied: keep it in one place";
            }
            if (problem != null) {
                int[] at = places.of("set", path, -1);
                p.addAll(List.of(new Problem(p.file(), at[0], at[1], "set." + path, problem)));
            }
        }
        long count = points(parameters);
        if (count > MAX_POINTS) {
            p.add("grid", "at most " + MAX_POINTS + " points, found " + count);
        } else if (count * replications > MAX_RUNS) {
            p.add("replications", "at most " + MAX_RUNS + " runs (points x replications), found " + count
                    * replications);
        }
        p.throwIfAny();
        if (!hasScenario) {
            return null;
        }

        Path scenarioFile = file.getParent() == null ? Path.of(f.scenario())
                : file.getParent().resolve(f.scenario()).normalize();
        Scenario base = ScenarioReader.read(scenarioFile);
        long seed = f.seed() != null ? f.seed() : base.seed();
        ObjectNode tree = (ObjectNode) Documents.parse(bytes(scenarioFile, "scenario"), scenarioFile.toString(),
                JsonNode.class, "scenario").value();
        Map<String, List<JsonNode>> values = new LinkedHashMap<>(f.grid() == null ? Map.of() : f.grid());
        values.putAll(f.zip() == null ? Map.of() : f.zip());
        SweepPoints grid = new SweepPoints(shown, places, scenarioFile, tree, seed, (int) replications, parameters,
                values, f.set() == null ? Map.of() : f.set());
        List<Sweep.Point> points = grid.all();
        List<String> figures = f.figures() == null ? List.of() : f.figures();
        if (!figures.isEmpty()) {
            Set<String> known = new LinkedHashSet<>();
            for (Scenario s : grid.scenarios()) {
                known.addAll(figureNames.apply(s));
            }
            for (int i = 0; i < figures.size(); i++) {
                if (!known.contains(figures.get(i))) {
                    p.add("figures[" + i + "]", "unknown key figure '" + figures.get(i) + "'"
                            + Problems.didYouMean(figures.get(i), known) + "; the points' runs report: "
                            + String.join(", ", known));
                }
            }
            p.throwIfAny();
        }
        return new Sweep(f.name(), f.description() == null ? "" : f.description().strip(), file, scenarioFile, seed,
                (int) replications, parameters, points, figures);
    }

    /** @return the bytes of a file no larger than a document may be, or a problem naming it */
    static byte[] bytes(Path file, String what) throws ScenarioException {
        try {
            return InputFile.readAll(file, Documents.MAX_BYTES, what);
        } catch (InputFile.RefusedException e) {
            throw Documents.single(file.toString(), e.getMessage());
        } catch (IOException e) {
            throw Documents.single(file.toString(), "cannot read the file: " + e.getMessage());
        }
    }

    /** @return the grid's parameters then the zipped ones, each checked (a path of the model, some values) */
    private static List<Sweep.Parameter> parameters(Problems p, SweepPlaces places, SweepFile f, SweepPaths paths) {
        List<Sweep.Parameter> all = new ArrayList<>();
        Map<String, List<JsonNode>> grid = f.grid() == null ? Map.of() : f.grid();
        Map<String, List<JsonNode>> zip = f.zip() == null ? Map.of() : f.zip();
        if (grid.isEmpty() && zip.isEmpty()) {
            p.add("grid", "missing: the parameters to vary, each a scenario path and its values, for example "
                    + "grid: { audience.viewers: [50000, 100000] }");
            return all;
        }
        int zipLength = -1;
        // the grid's parameters first, then the zipped ones, each in the file's order (never a Map.of's order)
        for (Map.Entry<String, Map<String, List<JsonNode>>> section : List.of(Map.entry("grid", grid),
                Map.entry("zip", zip))) {
            boolean zipped = section.getKey().equals("zip");
            for (Map.Entry<String, List<JsonNode>> e : section.getValue().entrySet()) {
                String path = e.getKey();
                int[] at = places.of(section.getKey(), path, -1);
                String problem = paths.problem(path);
                if (!zipped && zip.containsKey(path)) {
                    problem = "varied both in grid and in zip: keep it in one";
                }
                List<JsonNode> values = e.getValue() == null ? List.of() : e.getValue();
                if (problem == null && values.isEmpty()) {
                    problem = "at least one value, as a list: [a, b, ...]";
                }
                if (problem == null && zipped && zipLength >= 0 && values.size() != zipLength) {
                    problem = "zipped lists must have one length: this one has " + values.size() + " values, the "
                            + "first " + zipLength;
                }
                if (problem != null) {
                    p.addAll(List.of(new Problem(p.file(), at[0], at[1], section.getKey() + "." + path, problem)));
                    continue;
                }
                if (zipped && zipLength < 0) {
                    zipLength = values.size();
                }
                List<String> shownValues = new ArrayList<>();
                for (JsonNode v : values) {
                    shownValues.add(shown(v));
                }
                all.add(new Sweep.Parameter(path, shownValues, zipped));
            }
        }
        return all;
    }

    /** @return a value as written: text as it is, anything else as JSON */
    static String shown(JsonNode v) {
        return v == null || v.isNull() ? "null" : v.isValueNode() ? v.asText() : v.toString();
    }

    /** @return how many points the parameters make: the product of the grid's counts and the zipped length */
    private static long points(List<Sweep.Parameter> parameters) {
        long n = 1;
        boolean zipCounted = false;
        for (Sweep.Parameter q : parameters) {
            if (q.zipped()) {
                if (!zipCounted) {
                    n *= q.values().size();
                    zipCounted = true;
                }
            } else {
                n = Math.min(n * q.values().size(), Long.MAX_VALUE / 2 / Limits.MAX_REPLICATIONS);
            }
        }
        return parameters.isEmpty() ? 0 : n;
    }
}
