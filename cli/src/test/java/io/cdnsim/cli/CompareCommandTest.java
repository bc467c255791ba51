package io.cdnsim.cli;

import static io.cdnsim.cli.Cli.execute;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code cdnsim compare} (R5): scenarios run with common random numbers, or finished output folders. */
class CompareCommandTest {

    @TempDir
    Path dir;

    private static JsonNode figure(Path compareJson, String metric) throws IOException {
        for (JsonNode f : new ObjectMapper().readTree(compareJson.toFile()).get("figures")) {
            if (f.get("metric").asText().equals(metric)) {
                return f;
            }
        }
        throw new AssertionError("no figure " + metric);
    }

    /** A short copy of a sports scenario (1 min after a 30 s warm-up), without its bill, topology made absolute. */
    private Path sports(String name) throws IOException {
        String text = Files.readString(Cli.SCENARIOS.resolve(name + ".yaml"));
        String topology = name.endsWith("-shield") ? "sports-edge-shield.yaml" : "sports-edge-only.yaml";
        text = Cli.replace(text, "topology: .*", "topology: "
                + Cli.TOPOLOGIES.resolve(topology).toAbsolutePath().normalize().toString().replace("\\", "/"));
        text = Cli.replace(text, "  duration: .*", "  duration: 90s");
        text = Cli.replace(text, "  warmup: .*", "  warmup: 30s");
        text = text.substring(0, text.indexOf("\ncost:") + 1);
        return Files.writeString(dir.resolve(name + ".yaml"), text);
    }

    /**
     * Pins the null comparison: a scenario against itself differs by exactly zero in every figure; compare.html shows
     * the same figures as compare.json and says the intervals are paired.
     */
    @Test
    void aScenarioAgainstItselfShowsNoDifference() throws IOException {
        Path s = Cli.shortScenario(dir);
        Path out = dir.resolve("out").resolve("cmp");
        Cli.Result r = execute("compare", s.toString(), s.toString(), "--out", out.toString(), "--replications", "2",
                "--threads", "1");
        assertEquals(0, r.code(), r::toString);
        for (JsonNode f : new ObjectMapper().readTree(out.resolve("compare.json").toFile()).get("figures")) {
            assertEquals(0.0, f.get("difference").asDouble(), f::toString);
            assertEquals(0.0, f.get("halfWidth95").asDouble(), f::toString);
        }
        assertTrue(Files.exists(out.resolve("runs").resolve("short-edge-shield-a")
                .resolve("summary.json")));
        assertPageMatchesJson(out);
        assertTrue(Files.readString(out.resolve("compare.html")).contains("common random numbers"), "says paired");
    }

    /**
     * Asserts that compare.html has one row per figure of compare.json, in order, with the same a, b and difference
     * in its data- attributes, and inlines the overlaid charts written in charts/ (origin requests, origin Gbit/s,
     * hit ratio for runs without viewers).
     */
    private static void assertPageMatchesJson(Path out) throws IOException {
        String html = Files.readString(out.resolve("compare.html"));
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("<tr data-key=\"([^\"]+)\" data-a=\"([^\"]*)\" "
                + "data-b=\"([^\"]*)\" data-difference=\"([^\"]*)\"").matcher(html);
        for (JsonNode f : new ObjectMapper().readTree(out.resolve("compare.json").toFile()).get("figures")) {
            assertTrue(m.find(), () -> "no row for " + f);
            assertEquals(f.get("metric").asText(), m.group(1));
            int g = 2;
            for (String field : List.of("a", "b", "difference")) {
                String shown = m.group(g++);
                if (f.get(field).isNull()) {
                    assertEquals("", shown, field);
                } else {
                    assertEquals(f.get(field).asDouble(), Double.parseDouble(shown), 0, f.get("metric") + " " + field);
                }
            }
        }
        assertFalse(m.find(), "no other row");
        for (String chart : List.of("origin-requests", "origin-gbit", "hit-ratio")) {
            assertTrue(Files.isRegularFile(out.resolve("charts").resolve(chart + ".svg")), chart);
            assertTrue(Files.isRegularFile(out.resolve("charts").resolve(chart + ".png")), chart);
            assertTrue(html.contains("<figure id=\"chart-" + chart + "\">\n<svg"), chart + " inline");
        }
        assertFalse(Files.exists(out.resolve("charts").resolve("viewers.svg")), "no viewers, no viewer chart");
    }

    /**
     * Pins shield vs no shield: with common random numbers the edges' fixed 88 % draws are the same in both runs,
     * so the origin's request rate falls by the factor the shield's measured hit ratio h predicts, A / B =
     * 1 / (1 - h) (the origin sees the shield's misses). Not to the last digit: the shield hop shifts B's timing,
     * so the warm-up boundary and the run's end cut the two request streams a few requests apart (measured: 6
     * in 10^6); the tolerance, 1 in 10^4, is far below any effect the shield could be mistaken for. The edges' hit
     * ratios differ only by the requests the cuts leave out of one run or the other (measured: 22 of 1.44 M, 1.1e-6);
     * the tolerance, 30 such requests (2e-5), is still 20 times below the 3.8e-4 that independent draws would give
     * (the standard deviation of the difference of two hit ratios of 1.44 M requests at 88 %).
     */
    @Test
    void shieldDividesOriginLoadAsItsHitRatioPredicts() throws IOException {
        Path out = dir.resolve("cmp");
        Cli.Result r = execute("compare", sports("sports-saturday").toString(),
                sports("sports-saturday-shield").toString(), "--out", out.toString(), "-q");
        assertEquals(0, r.code(), r::toString);
        JsonNode origin = figure(out.resolve("compare.json"), "origin.requestsPerSecond");
        double shieldHit = figure(out.resolve("compare.json"), "shield.requestHitRatio").get("b").asDouble();
        assertEquals(0.0, figure(out.resolve("compare.json"), "edge.requestHitRatio").get("difference").asDouble(),
                2e-5);
        double predicted = 1 / (1 - shieldHit);
        assertEquals(predicted, origin.get("a").asDouble() / origin.get("b").asDouble(), predicted * 1e-4);
    }

    /**
     * Pins where compare's own runs go: into the comparison's folder of runs, {@code <out>/runs/<scenario>}, with
     * what {@code cdnsim run} records (cdnsim's version, the command line, the scenario file shown in report.html);
     * an earlier {@code out/<scenario>} of {@code cdnsim run} beside it is left as it was.
     */
    @Test
    void comparesRunsGoIntoItsOwnFolder() throws IOException {
        Path s = Cli.shortScenario(dir);
        Path out = dir.resolve("out");
        assertEquals(0, execute("run", s.toString(), "--out", out.resolve("short-edge-shield").toString(), "-q")
                .code());
        byte[] before = Files.readAllBytes(out.resolve("short-edge-shield").resolve("summary.json"));
        assertEquals(0, execute("compare", s.toString(), s.toString(), "--out", out.resolve("cmp").toString(), "-q")
                .code());
        assertEquals(new String(before, java.nio.charset.StandardCharsets.UTF_8), Files.readString(
                out.resolve("short-edge-shield").resolve("summary.json")), "out/<scenario> untouched");
        Path run = out.resolve("cmp").resolve("runs").resolve("short-edge-shield-a");
        JsonNode info = new ObjectMapper().readTree(run.resolve("run-info.json").toFile());
        assertFalse(info.get("cdnsimVersion").asText().equals("unknown"), info::toString);
        assertEquals("compare", info.get("commandLine").get(1).asText(), info::toString);
        assertTrue(Files.readString(run.resolve("report.html")).contains("The scenario file as read:"));
    }

    /**
     * Pins folder mode: two finished runs compare from their summary.json files without running anything; their
     * timeseries.csv files give compare.html its overlaid charts, their common warm-up (summary.json's) shaded;
     * compare.csv has the figure's key, then its label, and the console names the figures in words.
     */
    @Test
    void finishedFoldersCompareFromTheirSummaries() throws IOException {
        Path s = Cli.shortScenario(dir);
        assertEquals(0, execute("run", s.toString(), "--out", dir.resolve("one").toString(), "-q").code());
        assertEquals(0, execute("run", s.toString(), "--seed", "9", "--out", dir.resolve("two").toString(), "-q")
                .code());
        Path out = dir.resolve("cmp");
        Cli.Result r = execute("compare", dir.resolve("one").toString(), dir.resolve("two").toString(), "--out",
                out.toString());
        assertEquals(0, r.code(), r::toString);
        assertTrue(r.out().contains("Comparing A = one with B = two"), r::toString);
        JsonNode offload = figure(out.resolve("compare.json"), "endToEnd.offload");
        assertEquals(offload.get("b").asDouble() - offload.get("a").asDouble(), offload.get("difference").asDouble(),
                1e-12);
        assertTrue(Files.readString(out.resolve("compare.csv")).startsWith(
                "metric,label,a,b,difference,relative_difference,half_width_95,replications\n"
                        + "edge.requestHitRatio,edge request hit ratio,"));
        assertTrue(r.out().contains("\nend-to-end offload "), r::toString);
        assertPageMatchesJson(out);
        assertTrue(Files.readString(out.resolve("compare.html")).contains("1 replication each · "
                + Cli.SHORT_WARMUP + " s warm-up each (shaded in the charts)</p>"), "warm-ups read from summary.json");
        assertTrue(Files.readString(out.resolve("charts").resolve("origin-requests.svg")).contains(">warm-up</text"),
                "the warm-up shaded and labelled");
        assertTrue(r.out().contains("compare.html, charts/"), r::toString);
    }
}
