package io.cdnsim.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The paths a sweep varies: checked against the JSON Schemas generated from the scenario and topology records (so a
 * path is valid exactly where a scenario or topology file may have that field), and applied to a document's tree.
 * A path is keys joined by dots; a list's element is {@code [i]} or {@code [name]} (the element whose {@code name}
 * or {@code id} is that); a path starting {@code topology.} reaches into the topology file the scenario names.
 */
final class SweepPaths {

    /** Prefix of the paths into the topology file. */
    static final String TOPOLOGY = "topology.";

    private static final Pattern STEP = Pattern.compile("([^.\\[\\]]+)|\\[([^\\]]+)\\]");
    /** Fields a sweep sets itself: varying them would undo the common random numbers or the replications. */
    private static final List<String> SET_BY_THE_SWEEP = List.of("seed", "run.replications", "name");

    private final JsonNode scenarioSchema;
    private final JsonNode topologySchema;

    private SweepPaths(JsonNode scenarioSchema, JsonNode topologySchema) {
        this.scenarioSchema = scenarioSchema;
        this.topologySchema = topologySchema;
    }

    /** @return the paths of the files as the records read them now */
    static SweepPaths ofSchemas() {
        try {
            ObjectMapper json = new ObjectMapper();
            return new SweepPaths(json.readTree(FileSchema.scenario()), json.readTree(FileSchema.topology()));
        } catch (IOException e) {
            throw new IllegalStateException("cannot read a generated schema", e);
        }
    }

    /**
     * @param path a parameter's path
     * @return what is wrong with it (no such field, a list where it has none, a field the sweep sets), or null
     */
    String problem(String path) {
        if (SET_BY_THE_SWEEP.contains(path)) {
            return "'" + path + "' is set by the sweep itself (seed: and replications: of the sweep file); it cannot "
                    + "be varied";
        }
        boolean topology = path.startsWith(TOPOLOGY);
        JsonNode root = topology ? topologySchema : scenarioSchema;
        String rest = topology ? path.substring(TOPOLOGY.length()) : path;
        JsonNode node = root;
        StringBuilder at = new StringBuilder(topology ? "topology" : "");
        Matcher m = STEP.matcher(rest);
        int end = 0;
        while (m.find()) {
            if (m.start() != end && !(m.start() == end + 1 && rest.charAt(end) == '.')) {
                return "not a path of fields: use keys joined by dots and [index] or [name] for a list's element";
            }
            end = m.end();
            node = resolve(root, node);
            if (m.group(1) != null) {
                JsonNode properties = node.path("properties");
                JsonNode next = properties.get(m.group(1));
                if (next == null && node.path("additionalProperties").isObject()) {
                    next = node.get("additionalProperties");
                }
                if (next == null) {
                    List<String> known = new ArrayList<>();
                    properties.fieldNames().forEachRemaining(known::add);
                    String where = at.length() == 0 ? (topology ? "a topology" : "a scenario") : "'" + at + "'";
                    return known.isEmpty() ? "'" + at + "' has no fields: it is a value"
                            : "no field '" + m.group(1) + "' in " + where + Problems.didYouMean(m.group(1), known)
                            + "; allowed there: " + String.join(", ", known);
                }
                at.append(at.length() == 0 ? "" : ".").append(m.group(1));
                node = next;
            } else {
                if (!"array".equals(node.path("type").asText())) {
                    return "'" + at + "' is not a list, so it has no element [" + m.group(2) + "]";
                }
                at.append('[').append(m.group(2)).append(']');
                node = node.get("items");
            }
        }
        return end == rest.length() && end > 0 ? null : "not a path of fields: use keys joined by dots and [index] or "
                + "[name] for a list's element";
    }

    private static JsonNode resolve(JsonNode root, JsonNode node) {
        JsonNode ref = node.get("$ref");
        return ref == null ? node : root.path("definitions").path(ref.asText().substring("#/definitions/".length()));
    }

    /**
     * Sets a value in a document's tree, making the objects on the way that the document leaves out.
     *
     * @param tree  the document (changed)
     * @param path  the path, without the {@code topology.} prefix for a topology's
     * @param value the value
     * @return the path as the readers name fields ({@code tiers[0].cache.capacity}), to match their problems
     * @throws IllegalArgumentException if the path goes through a list element the document does not have
     */
    static String set(ObjectNode tree, String path, JsonNode value) {
        Matcher m = STEP.matcher(path);
        List<String> steps = new ArrayList<>();
        while (m.find()) {
            steps.add(m.group(1) != null ? m.group(1) : "[" + m.group(2) + "]");
        }
        JsonNode node = tree;
        StringBuilder named = new StringBuilder();
        for (int i = 0; i < steps.size(); i++) {
            String step = steps.get(i);
            boolean last = i == steps.size() - 1;
            if (!step.startsWith("[")) {
                named.append(named.length() == 0 ? "" : ".").append(step);
                if (!(node instanceof ObjectNode object)) {
                    throw new IllegalArgumentException("'" + named + "' is inside a value that is not an object");
                }
                if (last) {
                    object.set(step, value);
                } else if (!object.path(step).isContainerNode()) {
                    node = object.putObject(step);
                } else {
                    node = object.get(step);
                }
                continue;
            }
            if (!(node instanceof ArrayNode array)) {
                throw new IllegalArgumentException("'" + named + "' is not a list in the file");
            }
            int index = element(array, step.substring(1, step.length() - 1));
            if (index < 0) {
                throw new IllegalArgumentException("'" + named + "' has no element " + step);
            }
            named.append('[').append(index).append(']');
            if (last) {
                array.set(index, value);
            } else {
                node = array.get(index);
            }
        }
        return named.toString();
    }

    /** @return the index an element step names (a number, or an element's name or id), or -1 */
    private static int element(ArrayNode array, String key) {
        if (key.matches("\\d{1,9}")) {
            int i = Integer.parseInt(key);
            return i < array.size() ? i : -1;
        }
        for (int i = 0; i < array.size(); i++) {
            JsonNode e = array.get(i);
            if (key.equals(e.path("name").asText(null)) || key.equals(e.path("id").asText(null))) {
                return i;
            }
        }
        return -1;
    }
}
