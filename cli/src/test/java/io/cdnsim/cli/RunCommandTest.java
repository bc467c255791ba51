package io.cdnsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cdnsim.report.RunReport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code cdnsim run}: run-info.json and --json. */
class RunCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    // Pins run-info.json: cdnsim's version, Java's version, the thread count, the command line and the wall time,
    // and that none of them leaks into summary.json or the CSV files.
    @Test
    void runInfoHoldsWhatDiffersBetweenRuns(@TempDir Path dir) throws IOException {
        Path scenario = Cli.shortScenario(dir);
        Path out = dir.resolve("out");
        List<String> args = List.of("run", scenario.toString(), "--out", out.toString(), "--threads", "1", "--quiet");
        Cli.Result r = Cli.execute(args);
        assertEquals(Main.OK, r.code(), r::toString);
        JsonNode info = JSON.readTree(out.resolve(RunReport.RUN_INFO).toFile());
        List<String> fields = new ArrayList<>();
        info.fieldNames().forEachRemaining(fields::add);
        assertEquals(List.of("cdnsimVersion", "javaVersion", "javaVendor", "threads", "commandLine",
                "wallTimeSeconds"), fields);
        assertFalse(info.get("cdnsimVersion").asText().isBlank());
        assertEquals(Runtime.version().toString(), info.get("javaVersion").asText());
        assertEquals(1, info.get("threads").asInt());
        List<String> commandLine = new ArrayList<>();
        info.get("commandLine").forEach(a -> commandLine.add(a.asText()));
        List<String> expected = new ArrayList<>(List.of("cdnsim"));
        expected.addAll(args);
        assertEquals(expected, commandLine);
        assertTrue(info.get("wallTimeSeconds").isNumber() && info.get("wallTimeSeconds").asDouble() >= 0, info::toString);
        for (String f : RunReport.FILES) {
            if (Files.exists(out.resolve(f))) {
                String text = Files.readString(out.resolve(f));
                for (String word : List.of("wallTime", "javaVersion", "cdnsimVersion", "commandLine",
                        Runtime.version().toString())) {
                    assertFalse(text.contains(word), f + " mentions " + word);
                }
            }
        }
    }

    // Pins run --json: stdout is exactly the content of summary.json (no table, no Outputs line), and the files are
    // written as without it.
    @Test
    void jsonPrintsTheSummaryFile(@TempDir Path dir) throws IOException {
        Path scenario = Cli.shortScenario(dir);
        Path out = dir.resolve("out");
        Cli.Result r = Cli.execute("run", scenario.toString(), "--out", out.toString(), "--json");
        assertEquals(Main.OK, r.code(), r::toString);
        assertEquals(Files.readString(out.resolve("summary.json")), r.out());
        assertEquals("short-edge-shield", JSON.readTree(r.out()).get("scenario").get("name").asText(), r::toString);
        assertEquals("", r.err());
    }
}
