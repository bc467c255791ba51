package io.cdnsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code cdnsim validate}: every problem of every file, as text and as JSON. */
class ValidateCommandTest {

    private static final String TOPOLOGY = """
            name: test-small
            regions: [eu, na]
            tiers:
              - name: edge
                cache:
                  capacity: 1GB
                nodes:
                  - id: edge-a
                    region: eu
                    parent: shield
                    rtt: 10 parsecs
              - name: shield
                cache:
                  capacity: 10GB
                nodes:
                  - id: shield
                    region: eu
                    parent: origin
                    rtt: 5ms
            origins:
              - id: origin
                serviceTime: 10ms
            """;

    private static final String SHEET = """
            name: bad-sheet
            provider: Test CDN
            source: made up for the tests
            date: 2026-01-01
            delivery:
              perGB: 0.01/parsec
            requests:
              https: 0.01/10k
            """;

    /** A scenario naming topo.yaml and sheet.yaml, with {@code workload} as its workload section. */
    private static Path files(Path dir, String workload) throws IOException {
        Files.writeString(dir.resolve("topo.yaml"), TOPOLOGY);
        Files.writeString(dir.resolve("sheet.yaml"), SHEET);
        Path scenario = dir.resolve("scen.yaml");
        Files.writeString(scenario, """
                name: multi
                topology: topo.yaml
                run:
                  duration: 10 fortnights
                  warmup: 2s
                workload:
                """ + workload + """
                cost:
                  sheets: [sheet.yaml]
                  projection: { repeatsPerMonth: 30, baseline: 1TB }
                """);
        return scenario;
    }

    private static final String GOOD_WORKLOAD = "  objects: 1000\n  rate: 100/s\n  objectSize: 1MB\n";

    // Pins that validate reports the problems of the scenario, its topology and its price sheet in one run, each
    // as file:line:col: path: message, with exit code 2.
    @Test
    void reportsTheProblemsOfEveryFile(@TempDir Path dir) throws IOException {
        Path scenario = files(dir, GOOD_WORKLOAD);
        Cli.Result r = Cli.execute("validate", scenario.toString());
        assertEquals(Main.BAD_INPUT, r.code(), r::toString);
        List<String> lines = r.err().lines().toList();
        assertEquals(3, lines.size(), r::toString);
        assertTrue(lines.get(0).matches(".*scen\\.yaml:4:\\d+: run\\.duration: .*10 fortnights.*"), r::toString);
        assertTrue(lines.get(1).matches(".*sheet\\.yaml:6:\\d+: delivery\\.perGB: .*0\\.01/parsec.*"), r::toString);
        assertTrue(lines.get(2).matches(".*topo\\.yaml:11:\\d+: tiers\\[0]\\.nodes\\[0]\\.rtt: .*10 parsecs.*"),
                r::toString);
        Cli.assertNoStackTrace(r.err());
    }

    // Pins that a scenario whose own text cannot be read into a scenario (an unknown field) still has its topology
    // and price sheet checked: the problems of the other files are reported with it.
    @Test
    void aScenarioThatDoesNotBindStillHasItsFilesChecked(@TempDir Path dir) throws IOException {
        Path scenario = files(dir, "  objects: 1000\n  rate: 100/s\n  objectSzie: 1MB\n");
        Cli.Result r = Cli.execute("validate", scenario.toString());
        assertEquals(Main.BAD_INPUT, r.code(), r::toString);
        assertTrue(r.err().matches("(?s).*scen\\.yaml:9:\\d+: workload\\.objectSzie: unknown field 'objectSzie' "
                + "\\(did you mean 'objectSize'\\?\\).*"), r::toString);
        assertTrue(r.err().contains("sheet.yaml:6:"), r::toString);
        assertTrue(r.err().contains("topo.yaml:11:"), r::toString);
    }

    // Pins validate --json: a JSON array on stdout with file, line, column, path and message for each problem (the
    // same problems as the text), nothing on stderr; [] and exit 0 for a good scenario.
    @Test
    void jsonListsTheProblems(@TempDir Path dir) throws IOException {
        Path scenario = files(dir, GOOD_WORKLOAD);
        Cli.Result r = Cli.execute("validate", scenario.toString(), "--json");
        assertEquals(Main.BAD_INPUT, r.code(), r::toString);
        assertEquals("", r.err());
        JsonNode problems = new ObjectMapper().readTree(r.out());
        assertTrue(problems.isArray());
        List<String> shown = new ArrayList<>();
        for (JsonNode p : problems) {
            assertEquals(List.of("file", "line", "column", "path", "message"), fieldNames(p));
            assertTrue(p.get("line").asInt() > 0 && p.get("column").asInt() > 0, p::toString);
            shown.add(p.get("file").asText() + ":" + p.get("line").asInt() + ":" + p.get("column").asInt() + ": "
                    + p.get("path").asText() + ": " + p.get("message").asText());
        }
        assertEquals(Cli.execute("validate", scenario.toString()).err().lines().toList(), shown);

        Cli.Result good = Cli.execute("validate", Cli.SCENARIOS.resolve("zipf-edge-shield.yaml").toString(), "--json");
        assertEquals(Main.OK, good.code(), good::toString);
        assertEquals("[ ]", good.out().strip());
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
