package io.cdnsim.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.Tuple;

/**
 * Feeds generated scenario documents to {@link ScenarioReader}: it may accept them or reject them, but only with a
 * {@link ScenarioException}, never another exception. Documents follow the published schema's shape (so they reach
 * deep into the readers) with values drawn from valid quantities, near misses, wrong types, extreme numbers and junk;
 * a second property mutates a shipped scenario's text. Fixed seeds: the same documents every run.
 */
class LoaderFuzzTest {

    private static final Path ROOT = Path.of("..");
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final JsonNode SCHEMA = read(ROOT.resolve(FileSchema.SCENARIO));
    private static final String TOPOLOGY = ROOT.resolve("topologies").resolve("edge-shield.yaml")
            .toAbsolutePath().normalize().toString();

    /** Values people write, values near them, and values that break units, ranges and parsers. */
    private static final List<Object> WORDS = List.of("2s", "250ms", "10min", "0s", "-1s", "1d", "3Mbps", "2TB",
            "40GB", "0.085/GB", "5000/s", "200/min", "1080p", "1280x720", "lru", "fifo", "sieve", "s3fifo", "lfu",
            "spike", "poisson", "diurnal", "table", "throughput", "bola", "dynamic", "hd", "4k", "include", "ignore",
            "zipf", "media-segment", "lognormal(median=12Mbps, sigma=0.6)", "exponential(mean=30min)",
            "lognormal(1MB, 0.5)", "lognormal(median=, sigma=)", "1e309s", "99999999999999999999s", "NaN", "",
            "second-request", "always", "public, max-age=60", "no-store, s-maxage=-5", "max-age=1e99", "0x10s",
            "2 parsecs", "∞", "1/0", "-0", "9223372036854775807us", "0.0000001us", "1280x", "x720", "abc");
    private static final List<Object> KEYS = List.of("eu", "na", "apac", "*", "media-segment", "master-manifest",
            "media-playlist", "init-segment", "key", "tv", "", "bogus");

    private static JsonNode read(Path file) {
        try {
            return YAML.readTree(Files.readString(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Arbitrary<Object> wrongType() {
        return Arbitraries.oneOf(Arbitraries.strings().ofMaxLength(8).map(s -> (Object) s),
                Arbitraries.longs().map(l -> (Object) l), Arbitraries.just(List.of(1, 2)),
                Arbitraries.just(Map.of("a", 1)), Arbitraries.just(true), Arbitraries.just(-0.0));
    }

    private static Arbitrary<Object> shape(JsonNode node, String name, int depth) {
        if (node.has("$ref")) {
            return shape(SCHEMA.at(node.get("$ref").asText().substring(1)), name, depth);
        }
        if (depth > 5) {
            return wrongType();
        }
        if (node.has("anyOf")) {
            List<Arbitrary<? extends Object>> alternatives = new ArrayList<>();
            node.get("anyOf").forEach(a -> alternatives.add(shape(a, name, depth + 1)));
            return Arbitraries.oneOf(alternatives);
        }
        Arbitrary<Object> right = switch (node.path("type").asText()) {
            case "string" -> "topology".equals(name)
                    ? Arbitraries.of(TOPOLOGY, TOPOLOGY, TOPOLOGY, "missing.yaml", "", "/", ROOT.toString())
                    : "name".equals(name) ? Arbitraries.of("fuzz", "fuzz", "a b", "../x", "")
                    : Arbitraries.of(WORDS);
            case "integer" -> Arbitraries.oneOf(Arbitraries.longs().between(-5, 200_000).map(l -> (Object) l),
                    Arbitraries.of(0L, -1L, Long.MAX_VALUE, Long.MIN_VALUE, 1_000_000_000L, 2_147_483_648L));
            case "number" -> Arbitraries.oneOf(Arbitraries.doubles().between(-2, 2).map(d -> (Object) d),
                    Arbitraries.of(0.0, 1.0, 1e308, -1e-300, 5.0));
            case "boolean" -> Arbitraries.of(true, false);
            case "array" -> shape(node.get("items"), name, depth + 1).list().ofMaxSize(4).map(l -> (Object) l);
            case "object" -> node.has("properties") ? record(node, depth)
                    : Arbitraries.maps(Arbitraries.of(KEYS).map(String::valueOf),
                            shape(node.get("additionalProperties"), name, depth + 1)).ofMaxSize(4)
                    .map(m -> (Object) m);
            default -> wrongType();
        };
        return Arbitraries.frequencyOf(Tuple.of(9, right), Tuple.of(1, wrongType()));
    }

    private static Arbitrary<Object> record(JsonNode node, int depth) {
        List<String> names = new ArrayList<>();
        List<Arbitrary<Object>> values = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = node.get("properties").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> p = it.next();
            names.add(p.getKey());
            Arbitrary<Object> value = shape(p.getValue(), p.getKey(), depth + 1);
            boolean core = depth == 0 && (p.getKey().equals("name") || p.getKey().equals("topology"));
            values.add(core ? value : Arbitraries.frequencyOf(Tuple.of(3, value),
                    Tuple.of(2, Arbitraries.just(Absent.FIELD))));
        }
        names.add("extraField");
        values.add(Arbitraries.frequencyOf(Tuple.of(1, wrongType()),
                Tuple.of(15, Arbitraries.just(Absent.FIELD))));
        return Combinators.combine(values).as(list -> {
            Map<String, Object> map = new LinkedHashMap<>();
            for (int i = 0; i < list.size(); i++) {
                if (list.get(i) != Absent.FIELD) {
                    map.put(names.get(i), list.get(i));
                }
            }
            return (Object) map;
        });
    }

    /** Marks a field left out of a generated mapping. */
    private enum Absent { FIELD }

    @Provide
    Arbitrary<String> documents() {
        return record(SCHEMA, 0).map(doc -> {
            try {
                return YAML.writeValueAsString(doc);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    @Provide
    Arbitrary<String> mutatedShippedScenarios() {
        List<String> shipped = List.of(text("premiere-spike.yaml"), text("zipf-edge-shield.yaml"), text("sports-saturday.yaml"));
        Arbitrary<String> insert = Arbitraries.of(":", "[", "]", "{", "}", "&a ", "*a", "\t", "- ", "\"", "'", "#",
                "!!binary ", "!!java.lang.Object ", "<<: *a\n", "\n  ", "0x", "~", "?", "|", ">");
        return Combinators.combine(Arbitraries.of(shipped), Arbitraries.integers().between(0, 5_000),
                Arbitraries.integers().between(0, 40), insert).as((text, at, cut, what) -> {
                    int i = Math.min(at, text.length());
                    return text.substring(0, i) + what + text.substring(Math.min(text.length(), i + cut));
                });
    }

    private static String text(String scenario) {
        try {
            return Files.readString(ROOT.resolve("scenarios").resolve(scenario))
                    .replaceAll("(?m)^topology: .*$", "topology: " + TOPOLOGY.replace("\\", "/"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void load(String document) throws IOException {
        Path file = Files.createTempFile("fuzz", ".yaml");
        try {
            Files.writeString(file, document);
            ScenarioReader.read(file);
        } catch (ScenarioException e) {
            return;
        } finally {
            Files.delete(file);
        }
    }

    // Pins that documents shaped like scenarios, valid or not, are accepted or rejected with a ScenarioException.
    @Property(tries = 300, seed = "20260101", shrinking = ShrinkingMode.FULL)
    void generatedScenariosFailOnlyWithScenarioException(@ForAll("documents") String document) throws IOException {
        load(document);
    }

    // Pins that shipped scenarios with their text damaged fail only with a ScenarioException.
    @Property(tries = 150, seed = "20260102", shrinking = ShrinkingMode.FULL)
    void damagedScenariosFailOnlyWithScenarioException(@ForAll("mutatedShippedScenarios") String document)
            throws IOException {
        load(document);
    }
}
