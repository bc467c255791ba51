package io.cdnsim.cli;

import static io.cdnsim.cli.Cli.execute;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The reconciled tier table on the overloaded-origin case of docs/outputs.md:
 * scenarios/premiere-spike-no-collapsing.yaml on topologies/five-tier-global.yaml with the origin's capacity cut from
 * 3000/s to 300/s. Most of the shield's fetches fail there, and without collapsing a request whose own fetch failed is
 * often answered from a copy another request's fetch filled meanwhile. Before, those were counted HIT: the shield
 * showed 1,175,703 hits (92.57 %) yet sent 1,247,182 requests upstream, and nothing said why. Now every column adds
 * up, exactly.
 */
class OverloadedOriginTest {

    private static final List<String> OUTCOMES = List.of("hit", "collapsed", "refresh_hit", "stale", "fallback",
            "miss", "error");
    private static final List<String> REASONS = List.of("miss", "refresh", "background", "refetch", "lock_timeout");

    @TempDir
    static Path dir;

    private static Cli.Result run;
    private static JsonNode tiers;

    /** Runs the case once: 100,000 viewers, 6 minutes. */
    @BeforeAll
    static void runOnce() throws IOException {
        String topology = Files.readString(Cli.TOPOLOGIES.resolve("five-tier-global.yaml"));
        topology = Cli.replace(topology, "    capacity: 3000/s", "    capacity: 300/s");
        Path topologyFile = dir.resolve("five-tier-global-300.yaml");
        Files.writeString(topologyFile, topology);
        String scenario = Files.readString(Cli.SCENARIOS.resolve("premiere-spike-no-collapsing.yaml"));
        scenario = Cli.replace(scenario, "topology: .*", "topology: "
                + topologyFile.toAbsolutePath().toString().replace("\\", "/"));
        Path scenarioFile = dir.resolve("overloaded.yaml");
        Files.writeString(scenarioFile, scenario);
        Path out = dir.resolve("out");
        run = execute("run", scenarioFile.toString(), "--out", out.toString());
        assertEquals(0, run.code(), run::toString);
        tiers = new ObjectMapper().readTree(out.resolve("summary.json").toFile()).get("runs").get(0).get("tiers");
    }

    // Pins that each tier's requests are the sum of its outcomes, its upstream requests the sum of their reasons and
    // the next tier's requests, and its failed upstream requests the next tier's errors.
    @Test
    void everyTierAddsUp() {
        assertEquals(List.of("edge", "mid", "shield", "origin"), names());
        for (int i = 0; i < tiers.size(); i++) {
            JsonNode t = tiers.get(i);
            long outcomes = 0;
            for (String o : OUTCOMES) {
                outcomes += t.get("outcomes").get(o).asLong();
            }
            assertEquals(t.get("requests").asLong(), outcomes, t.get("name").asText());
            long reasons = 0;
            for (String u : REASONS) {
                reasons += t.get("upstreamReasons").get(u).asLong();
            }
            assertEquals(t.get("upstreamRequests").asLong(), reasons, t.get("name").asText());
            if (i + 1 < tiers.size()) {
                JsonNode parent = tiers.get(i + 1);
                assertEquals(parent.get("requests").asLong(), t.get("upstreamRequests").asLong(),
                        t.get("name").asText());
                assertEquals(parent.get("outcomes").get("error").asLong(), t.get("upstreamFailed").asLong(),
                        t.get("name").asText());
            }
        }
    }

    // Pins the shield's row as docs/outputs.md works it through. Without collapsing every request that went upstream
    // ends as one answer of its own: upstream = miss + refresh_hit + fallback + error, and failed = fallback + error.
    @Test
    void theShieldReconciles() {
        JsonNode shield = tiers.get(2);
        JsonNode o = shield.get("outcomes");
        assertEquals(1_185_313, shield.get("requests").asLong());
        assertEquals(List.of(29_537L, 0L, 1_210L, 0L, 1_052_753L, 96_188L, 5_625L),
                OUTCOMES.stream().map(x -> o.get(x).asLong()).toList());
        assertEquals(1_155_776, shield.get("upstreamRequests").asLong());
        assertEquals(List.of(595_593L, 560_183L, 0L, 0L, 0L),
                REASONS.stream().map(x -> shield.get("upstreamReasons").get(x).asLong()).toList());
        assertEquals(1_058_378, shield.get("upstreamFailed").asLong());
        assertEquals(shield.get("upstreamRequests").asLong(), o.get("miss").asLong() + o.get("refresh_hit").asLong()
                + o.get("fallback").asLong() + o.get("error").asLong());
        assertEquals(shield.get("upstreamFailed").asLong(), o.get("fallback").asLong() + o.get("error").asLong());
    }

    // Pins that docs/outputs.md shows the console's tier and upstream tables of this run as they are printed.
    @Test
    void outputsMdShowsTheRealTables() throws IOException {
        String doc = Files.readString(Cli.SCENARIOS.resolveSibling("docs").resolve("outputs.md"));
        List<String> shown = new ArrayList<>();
        boolean in = false;
        for (String line : run.out().split("\n")) {
            in |= line.startsWith("tier ");
            if (line.startsWith("Origin:")) {
                break;
            }
            if (in && !line.isBlank()) {
                shown.add(line);
            }
        }
        assertTrue(shown.stream().anyMatch(l -> l.startsWith("Upstream requests of each tier")), run::toString);
        for (String line : shown) {
            assertTrue(doc.contains(line + "\n"), () -> "docs/outputs.md lacks the line\n" + line);
        }
    }

    private static List<String> names() {
        List<String> names = new ArrayList<>();
        tiers.forEach(t -> names.add(t.get("name").asText()));
        return names;
    }
}
