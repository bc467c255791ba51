package io.cdnsim.config;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The points of a sweep's grid, each the base scenario with the point's values set (and its topology, where the point
 * changes topology fields), with the sweep's seed and replications; every one read by the scenario reader, and each
 * problem it finds placed at the sweep file's line of the value that made it.
 */
final class SweepPoints {

    private static final ObjectMapper YAML = new ObjectMapper(YAMLFactory.builder()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER).build());

    private final String sweepFile;
    private final SweepPlaces places;
    private final Path scenarioFile;
    private final ObjectNode base;
    private final long seed;
    private final int replications;
    private final List<Sweep.Parameter> parameters;
    private final Map<String, List<JsonNode>> values;
    private final List<String> fixedPaths;
    private final List<JsonNode> fixedValues;
    private final Map<String, ObjectNode> topologies = new HashMap<>();
    private final List<io.cdnsim.model.Scenario> scenarios = new ArrayList<>();

    SweepPoints(String sweepFile, SweepPlaces places, Path scenarioFile, ObjectNode base, long seed, int replications,
                List<Sweep.Parameter> parameters, Map<String, List<JsonNode>> values, Map<String, JsonNode> fixed) {
        this.sweepFile = sweepFile;
        this.places = places;
        this.scenarioFile = scenarioFile;
        this.base = base;
        this.seed = seed;
        this.replications = replications;
        this.parameters = parameters;
        this.values = values;
        this.fixedPaths = List.copyOf(fixed.keySet());
        this.fixedValues = new ArrayList<>(fixed.values());
    }

    /** @return every point, in order, each read and checked as a scenario */
    List<Sweep.Point> all() throws ScenarioException {
        List<int[]> settings = settings();
        List<Sweep.Point> points = new ArrayList<>();
        Map<String, Problem> problems = new LinkedHashMap<>();
        for (int k = 0; k < settings.size(); k++) {
            Sweep.Point point = point(k, settings.get(k), settings.size(), problems);
            if (point != null) {
                points.add(point);
            }
        }
        if (!problems.isEmpty()) {
            throw new ScenarioException(new ArrayList<>(problems.values()));
        }
        return points;
    }

    /** @return each point's index into each parameter's values: the grid's first parameter varies slowest */
    private List<int[]> settings() {
        List<int[]> out = new ArrayList<>();
        out.add(new int[parameters.size()]);
        int zipLength = 0;
        for (int q = 0; q < parameters.size(); q++) {
            Sweep.Parameter parameter = parameters.get(q);
            if (parameter.zipped()) {
                zipLength = parameter.values().size();
                continue;
            }
            out = expand(out, q, parameter.values().size(), List.of());
        }
        if (zipLength > 0) {
            List<Integer> zipped = new ArrayList<>();
            for (int q = 0; q < parameters.size(); q++) {
                if (parameters.get(q).zipped()) {
                    zipped.add(q);
                }
            }
            out = expand(out, zipped.get(0), zipLength, zipped);
        }
        return out;
    }

    private static List<int[]> expand(List<int[]> prefix, int q, int count, List<Integer> together) {
        List<int[]> out = new ArrayList<>();
        for (int[] p : prefix) {
            for (int i = 0; i < count; i++) {
                int[] next = p.clone();
                next[q] = i;
                for (int z : together) {
                    next[z] = i;
                }
                out.add(next);
            }
        }
        return out;
    }

    /** @return the point, or null with its problems added */
    private Sweep.Point point(int k, int[] setting, int count, Map<String, Problem> problems) {
        ObjectNode scenario = base.deepCopy();
        scenario.put("seed", seed);
        SweepPaths.set(scenario, "run.replications", JsonNodeFactory.instance.numberNode(replications));
        List<String> shown = new ArrayList<>();
        Map<String, Integer> named = new LinkedHashMap<>();
        List<Integer> intoTopology = new ArrayList<>();
        for (int i = 0; i < fixedPaths.size(); i++) {
            int q = -1 - i;
            if (fixedPaths.get(i).startsWith(SweepPaths.TOPOLOGY)) {
                intoTopology.add(q);
                continue;
            }
            try {
                named.put(SweepPaths.set(scenario, fixedPaths.get(i), value(q, setting)), q);
            } catch (IllegalArgumentException e) {
                add(problems, q, setting, "the base scenario " + scenarioFile + ": " + e.getMessage());
                return null;
            }
        }
        for (int q = 0; q < parameters.size(); q++) {
            Sweep.Parameter parameter = parameters.get(q);
            shown.add(parameter.values().get(setting[q]));
            if (parameter.path().startsWith(SweepPaths.TOPOLOGY)) {
                intoTopology.add(q);
                continue;
            }
            try {
                named.put(SweepPaths.set(scenario, parameter.path(), value(q, setting)), q);
            } catch (IllegalArgumentException e) {
                add(problems, q, setting, "the base scenario " + scenarioFile + ": " + e.getMessage());
                return null;
            }
        }
        String topologyText = null;
        String topologyShown = null;
        if (!intoTopology.isEmpty()) {
            String written = scenario.path("topology").asText("");
            Path topologyFile = scenarioFile.getParent() == null ? Path.of(written)
                    : scenarioFile.getParent().resolve(written).normalize();
            topologyShown = topologyFile.toString();
            ObjectNode topology;
            try {
                topology = topology(topologyFile).deepCopy();
            } catch (ScenarioException e) {
                add(problems, intoTopology.get(0), setting, e.problems().get(0).toString());
                return null;
            }
            for (int q : intoTopology) {
                String path = path(q).substring(SweepPaths.TOPOLOGY.length());
                try {
                    named.put("\u0000" + SweepPaths.set(topology, path, value(q, setting)), q);
                } catch (IllegalArgumentException e) {
                    add(problems, q, setting, "the topology " + topologyFile + ": " + e.getMessage());
                    return null;
                }
            }
            topologyText = yaml(topology);
        }
        String text = yaml(scenario);
        try {
            scenarios.add(ScenarioReader.read(scenarioFile, text, topologyText));
        } catch (ScenarioException e) {
            String where = "point " + (k + 1) + " of " + count + " (" + settingText(shown) + "): ";
            for (Problem problem : e.problems()) {
                boolean inTopology = problem.file().equals(topologyShown);
                Integer q = culprit(named, problem.path(), inTopology);
                String field = (inTopology ? "topology " : "") + (problem.path().isEmpty() ? "" : problem.path()
                        + ": ");
                String key = (q == null ? "" : q + "/" + (q < 0 ? 0 : setting[q])) + "|" + field + problem.message();
                if (!problems.containsKey(key)) {
                    problems.put(key, at(q == null ? 0 : q, setting, where + problem.file() + ": " + field
                            + problem.message()));
                }
            }
            return null;
        }
        return new Sweep.Point(k, List.copyOf(shown), text, topologyText);
    }

    /** @return parameter q's path, or for q below 0 the path of set's entry -1 - q */
    private String path(int q) {
        return q < 0 ? fixedPaths.get(-1 - q) : parameters.get(q).path();
    }

    /** @return the scenario of each point read so far, in order */
    List<io.cdnsim.model.Scenario> scenarios() {
        return scenarios;
    }

    private JsonNode value(int q, int[] setting) {
        JsonNode v = q < 0 ? fixedValues.get(-1 - q) : values.get(parameters.get(q).path()).get(setting[q]);
        return v == null ? JsonNodeFactory.instance.nullNode() : v.deepCopy();
    }

    /**
     * @return the parameter (or set's entry, below 0) whose field the problem is at (or under, or above), else one
     *         beside it in the same object (a warm-up no shorter than the duration set), or null
     */
    private static Integer culprit(Map<String, Integer> named, String path, boolean inTopology) {
        for (Map.Entry<String, Integer> e : named.entrySet()) {
            boolean topology = e.getKey().startsWith("\u0000");
            String field = topology ? e.getKey().substring(1) : e.getKey();
            if (topology == inTopology && (path.equals(field) || path.startsWith(field + ".")
                    || path.startsWith(field + "[") || field.startsWith(path + ".") || field.startsWith(path + "["))) {
                return e.getValue();
            }
        }
        for (Map.Entry<String, Integer> e : named.entrySet()) {
            boolean topology = e.getKey().startsWith("\u0000");
            String field = topology ? e.getKey().substring(1) : e.getKey();
            if (topology == inTopology && !parent(field).isEmpty() && parent(field).equals(parent(path))) {
                return e.getValue();
            }
        }
        return null;
    }

    /** @return the object a field is in ({@code run} of {@code run.warmup}), or empty at the top */
    private static String parent(String field) {
        int dot = field.lastIndexOf('.');
        return dot < 0 ? "" : field.substring(0, dot);
    }

    private ObjectNode topology(Path file) throws ScenarioException {
        ObjectNode cached = topologies.get(file.toString());
        if (cached == null) {
            JsonNode tree = Documents.parse(SweepReader.bytes(file, "topology"), file.toString(), JsonNode.class,
                    "topology").value();
            if (!(tree instanceof ObjectNode object)) {
                throw Documents.single(file.toString(), "not a topology");
            }
            cached = object;
            topologies.put(file.toString(), cached);
        }
        return cached;
    }

    private void add(Map<String, Problem> problems, int q, int[] setting, String message) {
        problems.putIfAbsent(q + "/" + (q < 0 ? 0 : setting[q]) + "|" + message, at(q, setting, message));
    }

    /** @return a problem at the sweep file's line of parameter q's value in this setting (set's entry, below 0) */
    private Problem at(int q, int[] setting, String message) {
        if (q < 0) {
            int[] at = places.of("set", path(q), -1);
            return new Problem(sweepFile, at[0], at[1], "set." + path(q), message);
        }
        Sweep.Parameter parameter = parameters.get(q);
        String section = parameter.zipped() ? "zip" : "grid";
        int[] at = places.of(section, parameter.path(), setting[q]);
        return new Problem(sweepFile, at[0], at[1], section + "." + parameter.path() + "[" + setting[q] + "]",
                message);
    }

    private String settingText(List<String> shown) {
        List<String> parts = new ArrayList<>();
        for (int q = 0; q < parameters.size(); q++) {
            parts.add(parameters.get(q).path() + "=" + shown.get(q));
        }
        return String.join(", ", parts);
    }

    private static String yaml(JsonNode tree) {
        try {
            return new String(YAML.writeValueAsBytes(tree), StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a point's document", e);
        }
    }
}
