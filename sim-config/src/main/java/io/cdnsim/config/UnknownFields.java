package io.cdnsim.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Finds every unknown field of a document at once, by walking its tree along the file's JSON Schema (generated from
 * the records it is read into, {@link FileSchema}). Binding a document stops at its first unknown field; this walk
 * lets a user with several typos see them all in one go.
 */
final class UnknownFields {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNode SCENARIO = parse(FileSchema.scenario());
    private static final JsonNode TOPOLOGY = parse(FileSchema.topology());

    private final JsonNode schema;
    private final String file;
    private final Locator locator;
    private final List<Problem> found = new ArrayList<>();

    private UnknownFields(JsonNode schema, String file, Locator locator) {
        this.schema = schema;
        this.file = file;
        this.locator = locator;
    }

    private static JsonNode parse(String text) {
        try {
            return JSON.readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * @param type     the record the document is read into
     * @param document the document as a tree
     * @param file     the file as the user named it
     * @param locator  places a field path in the file
     * @return every unknown field, in document order; empty for a type without a schema
     */
    static List<Problem> of(Class<?> type, JsonNode document, String file, Locator locator) {
        JsonNode schema = type == ScenarioFile.class ? SCENARIO : type == TopologyFile.class ? TOPOLOGY : null;
        if (schema == null) {
            return List.of();
        }
        UnknownFields u = new UnknownFields(schema, file, locator);
        u.walk(document, schema, "");
        return u.found;
    }

    private JsonNode resolve(JsonNode s) {
        JsonNode ref = s.get("$ref");
        return ref == null ? s : schema.at(ref.asText().substring(1));
    }

    private void walk(JsonNode value, JsonNode s, String path) {
        s = resolve(s);
        if (s.has("anyOf")) {
            for (JsonNode alternative : s.get("anyOf")) {
                JsonNode a = resolve(alternative);
                if (value.isObject() == a.has("properties") && value.isArray() == a.has("items")) {
                    walk(value, a, path);
                    return;
                }
            }
            return;
        }
        if (value.isArray() && s.has("items")) {
            for (int i = 0; i < value.size(); i++) {
                walk(value.get(i), s.get("items"), path + "[" + i + "]");
            }
        } else if (value.isObject() && s.has("properties")) {
            JsonNode properties = s.get("properties");
            List<String> known = new ArrayList<>();
            properties.fieldNames().forEachRemaining(known::add);
            known.sort(null);
            for (Iterator<Map.Entry<String, JsonNode>> it = value.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                String at = path.isEmpty() ? e.getKey() : path + "." + e.getKey();
                if (properties.has(e.getKey())) {
                    walk(e.getValue(), properties.get(e.getKey()), at);
                } else {
                    int[] where = locator.locate(at);
                    found.add(new Problem(file, where[0], where[1], at, "unknown field '" + e.getKey() + "'"
                            + Problems.didYouMean(e.getKey(), known) + "; allowed here: " + String.join(", ", known)));
                }
            }
        } else if (value.isObject() && s.get("additionalProperties") != null && s.get("additionalProperties").isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = value.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                walk(e.getValue(), s.get("additionalProperties"), path.isEmpty() ? e.getKey()
                        : path + "." + e.getKey());
            }
        }
    }
}
