package io.cdnsim.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The published JSON Schemas (I2): they are what {@link FileSchema} generates from the file records, every shipped
 * scenario and topology names its schema on its first line and validates against it, and the schema rejects an
 * unknown field. Run with {@code -Dcdnsim.writeSchemas=true} to rewrite docs/*.schema.json after changing a record.
 */
class FileSchemaTest {

    private static final Path ROOT = Path.of("..");
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    static Stream<Path> scenarioFiles() throws IOException {
        return ShippedFilesTest.scenarioFiles();
    }

    static Stream<Path> topologyFiles() throws IOException {
        return ShippedFilesTest.topologyFiles();
    }

    private static JsonSchema schema(Path published) throws IOException {
        return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7)
                .getSchema(Files.readString(ROOT.resolve(published)));
    }

    private static Set<ValidationMessage> validate(Path published, String yaml) throws IOException {
        return schema(published).validate(YAML.readTree(yaml));
    }

    private static void assertShippedFileValid(Path file, Path published, String modeline) throws IOException {
        String text = Files.readString(file);
        assertTrue(text.startsWith(modeline + "\n"), file + " must start with the line '" + modeline + "'");
        Set<ValidationMessage> problems = validate(published, text);
        assertTrue(problems.isEmpty(), () -> file + ": " + problems);
    }

    // Pins that every value of Defaults is written as its field's "default" in the published schemas.
    @Test
    void schemasCarryTheDefaults() throws IOException {
        JsonNode scenario = YAML.readTree(FileSchema.scenario());
        JsonNode topology = YAML.readTree(FileSchema.topology());
        assertEquals(1, scenario.at("/properties/seed/default").asLong());
        assertEquals("30ms", scenario.at("/definitions/ClientsFile/properties/rtt/default").asText());
        assertEquals(0.8, scenario.at("/definitions/VodFile/properties/alpha/default").asDouble());
        assertEquals(3, scenario.at("/definitions/PlayerFile/properties/holdbackSegments/default").asInt());
        assertEquals("10s", scenario.at("/definitions/AudienceFile/properties/patience/default").asText());
        assertEquals("60s", scenario.at("/definitions/LiveFile/properties/dvrWindow/default").asText());
        assertEquals("500B", scenario.at("/properties/headerSize/default").asText());
        assertEquals("public, max-age=86400",
                scenario.at("/properties/cacheControl/default/media-segment").asText());
        assertEquals("lognormal(median=15Mbps, sigma=0.7)",
                scenario.at("/definitions/LastMileFile/properties/throughput/default").asText());
        assertEquals("lru", topology.at("/definitions/CacheFile/properties/eviction/default").asText());
        assertEquals("5s", topology.at("/definitions/CacheFile/properties/lockTimeout/default").asText());
        assertTrue(topology.at("/definitions/CacheFile/properties/collapsing/default").asBoolean());
        assertEquals("0s", topology.at("/definitions/TtlFile/properties/default/default").asText());
        assertEquals("10s", topology.at("/definitions/OriginFile/properties/timeout/default").asText());
        ObjectMapper json = new ObjectMapper();
        for (var e : Defaults.byField().entrySet()) {
            String record = e.getKey().substring(0, e.getKey().indexOf('.'));
            String field = e.getKey().substring(e.getKey().indexOf('.') + 1);
            String at = (record.equals("ScenarioFile") ? "" : "/definitions/" + record) + "/properties/" + field
                    + "/default";
            boolean inTopology = !topology.at("/definitions/" + record).isMissingNode();
            JsonNode found = inTopology ? topology.at(at) : scenario.at(at);
            assertFalse(found.isMissingNode(), e.getKey() + " has no default in the schema");
            if (e.getValue() instanceof java.util.Map<?, ?>) {
                assertEquals(json.valueToTree(e.getValue()), found, e.getKey());
            } else {
                assertEquals(String.valueOf(e.getValue()), found.asText(), e.getKey());
            }
        }
    }

    // Pins that the committed schemas are the generated ones (or rewrites them when asked to).
    @Test
    void publishedSchemasAreGenerated() throws IOException {
        if (Boolean.getBoolean("cdnsim.writeSchemas")) {
            FileSchema.main(new String[] {ROOT.toString()});
        }
        assertEquals(FileSchema.scenario(), Files.readString(ROOT.resolve(FileSchema.SCENARIO)),
                "docs/scenario.schema.json is stale: rerun this test with -Dcdnsim.writeSchemas=true");
        assertEquals(FileSchema.topology(), Files.readString(ROOT.resolve(FileSchema.TOPOLOGY)),
                "docs/topology.schema.json is stale: rerun this test with -Dcdnsim.writeSchemas=true");
        assertEquals(FileSchema.sweep(), Files.readString(ROOT.resolve(FileSchema.SWEEP)),
                "docs/sweep.schema.json is stale: rerun this test with -Dcdnsim.writeSchemas=true");
    }

    static Stream<Path> sweepFiles() throws IOException {
        try (Stream<Path> files = Files.list(ROOT.resolve("sweeps"))) {
            return files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList().stream();
        }
    }

    // Pins that every shipped sweep references the sweep schema and validates against it.
    @ParameterizedTest(name = "{0}")
    @MethodSource("sweepFiles")
    void everyShippedSweepValidates(Path file) throws IOException {
        assertShippedFileValid(file, FileSchema.SWEEP, "# yaml-language-server: $schema=../docs/sweep.schema.json");
    }

    // Pins that the sweep schema flags an unknown field and a parameter whose values are not a list.
    @Test
    void sweepSchemaRejectsUnknownFieldsAndSingleValues() throws IOException {
        assertFalse(validate(FileSchema.SWEEP, "name: x\nscenario: a.yaml\nrepetitions: 3\n").isEmpty());
        assertFalse(validate(FileSchema.SWEEP, "name: x\ngrid: { audience.viewers: 5 }\n").isEmpty());
        assertTrue(validate(FileSchema.SWEEP, "name: x\ngrid: { audience.viewers: [5, 6] }\n").isEmpty());
    }

    // Pins that every shipped scenario references the scenario schema and validates against it.
    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarioFiles")
    void everyShippedScenarioValidates(Path file) throws IOException {
        assertShippedFileValid(file, FileSchema.SCENARIO,
                "# yaml-language-server: $schema=../docs/scenario.schema.json");
    }

    // Pins that every shipped topology references the topology schema and validates against it.
    @ParameterizedTest(name = "{0}")
    @MethodSource("topologyFiles")
    void everyShippedTopologyValidates(Path file) throws IOException {
        assertShippedFileValid(file, FileSchema.TOPOLOGY,
                "# yaml-language-server: $schema=../docs/topology.schema.json");
    }

    // Pins that the schema catches what editors should flag: an unknown field, nested too, and a wrong type; and
    // that both ladder shapes and the $schema field pass.
    @Test
    void schemaRejectsUnknownFieldsAndWrongTypes() throws IOException {
        assertFalse(validate(FileSchema.SCENARIO, "name: x\ntopolgy: t.yaml\n").isEmpty());
        assertFalse(validate(FileSchema.SCENARIO, "name: x\nrun: { duration: 1min, warmpu: 10s }\n").isEmpty());
        assertFalse(validate(FileSchema.SCENARIO, "name: x\nseed: [1]\n").isEmpty());
        assertFalse(validate(FileSchema.TOPOLOGY, "tiers: [{ name: e, cache: { capactiy: 1GB } }]\n").isEmpty());
        for (String ok : List.of("$schema: ../docs/scenario.schema.json\nlive: { ladder: hd }\n",
                "live: { ladder: [{ bitrate: 1Mbps, resolution: 640x360 }] }\n")) {
            assertEquals(Set.of(), validate(FileSchema.SCENARIO, ok), ok);
        }
        assertFalse(validate(FileSchema.SCENARIO, "live: { ladder: [{ bitrate: 1Mbps, fps: 30 }] }\n").isEmpty());
    }
}
