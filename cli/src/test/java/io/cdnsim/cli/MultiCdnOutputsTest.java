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
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A short live event through two CDNs sharing a shield, run through the command line: the console's block per CDN
 * and QoE rows, the cdn columns of tiers.csv and nodes.csv, summary.json's cdns[]; and a steering fault refused.
 */
class MultiCdnOutputsTest {

    private static final String TOPOLOGY = """
            name: two-small-cdns
            regions: [eu, na]
            cdns:
              - name: cdn-a
                tiers:
                  - name: edge
                    cache: { capacity: 1GB }
                    nodes:
                      - { id: a-eu, region: eu, parent: shield, rtt: 10ms }
                      - { id: a-na, region: na, parent: shield, rtt: 20ms }
              - name: cdn-b
                tiers:
                  - name: edge
                    cache: { capacity: 1GB }
                    nodes: [{ id: b-eu, region: eu, parent: shield, rtt: 12ms }]
            tiers:
              - name: shield
                cache: { capacity: 10GB }
                nodes: [{ id: shield, parent: origin, rtt: 5ms }]
            origins: [{ id: origin }]
            """;

    private static final String SCENARIO = """
            name: two-small-cdns
            topology: topology.yaml
            seed: 3
            run: { duration: 40s }
            live: { segmentDuration: 2s }
            audience:
              viewers: 100
              arrival: { type: spike, at: 0s, ramp: 10s }
              sessionLength: 2h
              regions: { eu: 0.5, na: 0.5 }
            STEERING
            """;

    @TempDir
    Path dir;

    private Path write(String steering) throws IOException {
        Files.writeString(dir.resolve("topology.yaml"), TOPOLOGY);
        return Files.writeString(dir.resolve("scenario.yaml"), SCENARIO.replace("STEERING", steering));
    }

    // Pins the outputs of a run through two CDNs: na all on cdn-a (cdn-b has no POP there), eu 50/50.
    @Test
    void everyOutputSaysWhichCdn() throws IOException {
        Path out = dir.resolve("out");
        Cli.Result run = execute("run", write("steering: { weights: { cdn-a: 1 }, regions: { eu: { cdn-a: 50, "
                + "cdn-b: 50 } } }").toString(), "--out", out.toString());
        assertEquals(0, run.code(), run::toString);
        List<String> lines = Arrays.asList(run.out().split("\n"));
        assertTrue(lines.contains("Per CDN (each CDN's own tiers; the tiers they share and the origin are in the "
                + "table above):"), run::toString);
        assertTrue(lines.stream().anyMatch(l -> l.matches("cdn-a: [0-9.]+ % of the edges' requests, [0-9,]+ viewers; "
                + "its edges peak [0-9.,]+ Gbit/s, p95 [0-9.,]+ Gbit/s; its edge sent [0-9,]+ requests on")),
                run::toString);
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("cdn cdn-b ")), run::toString);

        List<String> tiers = Files.readAllLines(out.resolve("tiers.csv"));
        assertEquals(List.of("replication", "cdn", "tier", "kind"), List.of(tiers.get(0).split(",")).subList(0, 4));
        long edgeAll = requests(tiers, "0,all,edge,all,");
        assertTrue(edgeAll > 0);
        assertEquals(edgeAll, requests(tiers, "0,cdn-a,edge,all,") + requests(tiers, "0,cdn-b,edge,all,"));
        assertTrue(tiers.stream().anyMatch(l -> l.startsWith("0,all,origin,all,")));

        List<String> nodes = Files.readAllLines(out.resolve("nodes.csv"));
        assertTrue(nodes.get(0).startsWith("replication,node,cdn,tier,region,requests,"), nodes.get(0));
        assertTrue(nodes.stream().anyMatch(l -> l.startsWith("0,b-eu,cdn-b,edge,eu,")), nodes::toString);
        assertTrue(nodes.stream().anyMatch(l -> l.startsWith("0,shield,,shield,,")), nodes::toString);

        JsonNode cdns = new ObjectMapper().readTree(out.resolve("summary.json").toFile()).get("runs").get(0)
                .get("cdns");
        assertEquals("cdn-a", cdns.get(0).get("name").asText());
        assertEquals(1, cdns.get(1).get("tiers").size());
        assertEquals(100, cdns.get(0).get("viewers").asLong() + cdns.get(1).get("viewers").asLong());
        assertEquals(cdns.get(1).get("viewers").asLong(), cdns.get(1).get("qoe").get("sessions").asLong());
    }

    // Pins the steering outputs with content steering (TTL 10 s): the console's two lines and summary.json's
    // steering node agree, and the manifests are those the sessions imply: each player loads one as it starts and one
    // every 10 s after while it watches (the 40 s run ends every session), so 1 + the multiples of 10 s before 40 s
    // after its join, added up over sessions.csv's join times (written to the microsecond).
    @Test
    void theSteeringLineCountsTheManifests() throws IOException {
        Path out = dir.resolve("content");
        Cli.Result run = execute("run", write("steering: { weights: { cdn-a: 1 }, regions: { eu: { cdn-a: 50, "
                + "cdn-b: 50 } }, content: { ttl: 10s } }").toString(), "--out", out.toString());
        assertEquals(0, run.code(), run::toString);
        long manifests = 0;
        for (String line : Files.readAllLines(out.resolve("sessions.csv")).subList(1, 101)) {
            long joined = Math.round(Double.parseDouble(line.split(",")[5]) * 1e6);
            manifests++;
            for (long t = joined + 10_000_000; t < 40_000_000; t += 10_000_000) {
                manifests++;
            }
        }
        assertTrue(run.out().contains("Steering:    static weights; content steering (TTL 10 s, penalty 5 min)\n"
                + "             " + String.format(java.util.Locale.ROOT, "%,d", manifests)
                + " steering manifests loaded; moves to another CDN: 0 on a failed request, 0 on a manifest\n"),
                run::toString);
        JsonNode steering = new ObjectMapper().readTree(out.resolve("summary.json").toFile()).get("runs").get(0)
                .get("steering");
        assertEquals("weights", steering.get("mode").asText());
        assertEquals(manifests, steering.get("content").get("manifests").asLong());
        assertEquals(10.0, steering.get("content").get("ttlSeconds").asDouble());
        assertTrue(Files.readString(out.resolve("report.html")).contains("<h2>Steering</h2>\n<p class=\"meta\">static "
                + "weights; content steering (TTL 10 s, penalty 5 min); " + String.format(java.util.Locale.ROOT, "%,d",
                manifests) + " steering manifests loaded;"));
    }

    // Pins that a run through several CDNs without steering exits 2 naming the file and field, writing nothing.
    @Test
    void missingSteeringIsRefused() throws IOException {
        Path out = dir.resolve("refused");
        Cli.Result run = execute("run", write("").toString(), "--out", out.toString());
        assertEquals(2, run.code(), run::toString);
        assertTrue(run.err().contains("scenario.yaml") && run.err().contains("steering: missing"), run::toString);
        assertFalse(Files.exists(out));
        Cli.assertNoStackTrace(run.err());
    }

    private static long requests(List<String> rows, String prefix) {
        return rows.stream().filter(l -> l.startsWith(prefix)).mapToLong(l -> Long.parseLong(
                l.substring(prefix.length()).split(",")[0])).findFirst().orElse(-1);
    }
}
