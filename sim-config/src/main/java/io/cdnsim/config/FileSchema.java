package io.cdnsim.config;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Generates the JSON Schemas of scenario and topology files (I2) from the records the files are read into, so the
 * schema cannot drift from the reader: a record becomes an object whose properties are its components (named as
 * Jackson names them) and that allows no others; a nested record a definition referenced by name; a {@code List} an
 * array; a {@code Map} an object whose values all have one shape; text, whole numbers, numbers and booleans their
 * JSON types; an {@code Object} the {@link Shapes} it is annotated with. Quantities with units are text. A field
 * with a value in {@link Defaults} gets it as its {@code "default"} (an annotation for editors). The schema
 * checks shapes and names only: what values mean (units, references, limits) is checked by the readers.
 *
 * <p>Regenerate {@code docs/scenario.schema.json} and {@code docs/topology.schema.json} with
 * {@code mvn -B -q -pl sim-config -am test -Dtest=FileSchemaTest -Dsurefire.failIfNoSpecifiedTests=false
 * -Dcdnsim.writeSchemas=true}, or by running {@link #main} from the repository's root.
 */
public final class FileSchema {

    /** Where the scenario schema is published, from the repository's root. */
    public static final Path SCENARIO = Path.of("docs", "scenario.schema.json");
    /** Where the topology schema is published, from the repository's root. */
    public static final Path TOPOLOGY = Path.of("docs", "topology.schema.json");
    /** Where the sweep schema is published, from the repository's root. */
    public static final Path SWEEP = Path.of("docs", "sweep.schema.json");

    private static final String DRAFT = "http://json-schema.org/draft-07/schema#";
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final Map<String, Object> DEFAULTS = Defaults.byField();

    private final Map<String, ObjectNode> definitions = new TreeMap<>();

    private FileSchema() {
    }

    /** @return the JSON Schema of scenario files, as pretty-printed JSON ending with a newline */
    public static String scenario() {
        return generate(ScenarioFile.class, "cdnsim scenario",
                "A cdnsim scenario file (scenarios/README.md). Generated from the reader's records by FileSchema.");
    }

    /** @return the JSON Schema of topology files, as pretty-printed JSON ending with a newline */
    public static String topology() {
        return generate(TopologyFile.class, "cdnsim topology",
                "A cdnsim topology file (topologies/README.md). Generated from the reader's records by FileSchema.");
    }

    /** @return the JSON Schema of sweep files, as pretty-printed JSON ending with a newline */
    public static String sweep() {
        return generate(SweepFile.class, "cdnsim sweep",
                "A cdnsim sweep file (docs/sweeps.md). Generated from the reader's records by FileSchema.");
    }

    /**
     * Writes the schemas into {@code docs/} under the given repository root.
     *
     * @param args the repository's root, default the current folder
     * @throws IOException if a file cannot be written
     */
    public static void main(String[] args) throws IOException {
        Path root = Path.of(args.length > 0 ? args[0] : ".");
        Files.writeString(root.resolve(SCENARIO), scenario());
        Files.writeString(root.resolve(TOPOLOGY), topology());
        Files.writeString(root.resolve(SWEEP), sweep());
    }

    private static String generate(Class<?> root, String title, String description) {
        FileSchema g = new FileSchema();
        ObjectNode schema = JSON.objectNode();
        schema.put("$schema", DRAFT);
        schema.put("title", title);
        schema.put("description", description);
        schema.setAll(g.record(root));
        ObjectNode defs = schema.putObject("definitions");
        g.definitions.forEach(defs::set);
        try {
            return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(schema)
                    .replace("\r\n", "\n") + "\n";
        } catch (IOException e) {
            throw new IllegalStateException("cannot print a schema", e);
        }
    }

    private ObjectNode record(Class<?> type) {
        ObjectNode node = JSON.objectNode();
        node.put("type", "object");
        ObjectNode properties = node.putObject("properties");
        for (RecordComponent c : type.getRecordComponents()) {
            JsonProperty named = c.getAccessor().getAnnotation(JsonProperty.class);
            String name = named != null && !named.value().isEmpty() ? named.value() : c.getName();
            Shapes shapes = c.getAnnotation(Shapes.class);
            ObjectNode property = shapes != null ? alternatives(shapes.value()) : shape(c.getGenericType());
            Object fallback = DEFAULTS.get(type.getSimpleName() + "." + name);
            if (fallback != null) {
                property.set("default", JSON.pojoNode(fallback));
            }
            properties.set(name, property);
        }
        node.put("additionalProperties", false);
        return node;
    }

    private ObjectNode alternatives(Class<?>[] types) {
        ObjectNode node = JSON.objectNode();
        ArrayNode any = node.putArray("anyOf");
        for (Class<?> t : types) {
            any.add(t.isArray() ? array(t.getComponentType()) : shape(t));
        }
        return node;
    }

    private ObjectNode array(Type items) {
        ObjectNode node = JSON.objectNode();
        node.put("type", "array");
        node.set("items", shape(items));
        return node;
    }

    private ObjectNode shape(Type type) {
        if (type instanceof ParameterizedType p) {
            Class<?> raw = (Class<?>) p.getRawType();
            if (List.class.isAssignableFrom(raw)) {
                return array(p.getActualTypeArguments()[0]);
            }
            if (Map.class.isAssignableFrom(raw)) {
                ObjectNode node = JSON.objectNode();
                node.put("type", "object");
                node.set("additionalProperties", shape(p.getActualTypeArguments()[1]));
                return node;
            }
            throw new IllegalArgumentException("no schema for " + type);
        }
        Class<?> c = (Class<?>) type;
        ObjectNode node = JSON.objectNode();
        if (c == String.class) {
            node.put("type", "string");
        } else if (c == Long.class || c == Integer.class) {
            node.put("type", "integer");
        } else if (c == Double.class) {
            node.put("type", "number");
        } else if (c == Boolean.class) {
            node.put("type", "boolean");
        } else if (c == com.fasterxml.jackson.databind.JsonNode.class) {
            node.put("description", "any value the field it sets takes");
        } else if (c.isRecord()) {
            String name = c.getSimpleName();
            if (!definitions.containsKey(name)) {
                definitions.put(name, JSON.objectNode());
                definitions.put(name, record(c));
            }
            node.put("$ref", "#/definitions/" + name);
        } else {
            throw new IllegalArgumentException("no schema for " + c.getName() + "; annotate the field with @Shapes");
        }
        return node;
    }
}
