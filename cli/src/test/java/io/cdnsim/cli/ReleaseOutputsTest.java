package io.cdnsim.cli;

import static io.cdnsim.cli.Cli.execute;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A new release's own traffic in the three places a user reads a run: the console, summary.json and report.html. */
class ReleaseOutputsTest {

    @TempDir
    Path dir;

    /**
     * Pins, on one edge in front of the origin where nothing expires or fails: the origin's requests for the release
     * are the edge's requests for it that were not hits (each miss is one fetch); the release's share of the origin's
     * requests is that count over all of them; the console, summary.json and report.html say the same.
     */
    @Test
    void theReleaseIsCountedApartAndShownEverywhere() throws IOException {
        RequestLogTest.oneEdge(dir, "10GB");
        Path scenario = dir.resolve("release.yaml");
        Files.writeString(scenario, String.join("\n",
                "name: release",
                "topology: one-edge.yaml",
                "seed: 5",
                "run: { duration: 90s, warmup: 0s }",
                "vod:",
                "  titles: 30",
                "  alpha: 0.8",
                "  length: 2min",
                "  segmentDuration: 4s",
                "  ladder: hd",
                "  releases: [ { name: ep-2, at: 20s, viewers: 100, rise: 5s, decay: 20s, length: 3min } ]",
                "cacheControl:",
                "  master-manifest: \"public, max-age=86400\"",
                "  media-playlist: \"public, max-age=86400\"",
                "  init-segment: \"public, max-age=86400\"",
                "  media-segment: \"public, max-age=86400\"",
                "audience:",
                "  viewers: 100",
                "  arrival: { type: spike, at: 0s, ramp: 30s }",
                "  sessionLength: 10min",
                "  devices: [ { name: tv, weight: 1, maxBuffer: 20s, maxResolution: 1080p } ]",
                "  lastMile: { \"*\": { throughput: \"lognormal(median=8Mbps, sigma=0.5)\", rtt: 30ms } }",
                "player: { abr: throughput }",
                ""));
        Path out = dir.resolve("out");
        Cli.Result run = execute("run", scenario.toString(), "--out", out.toString());
        assertEquals(0, run.code(), run::toString);
        JsonNode r = new ObjectMapper().readTree(out.resolve("summary.json").toFile()).get("runs").get(0);
        JsonNode release = r.get("releases").get(0);
        assertEquals("ep-2", release.get("name").asText());
        assertEquals(20.0, release.get("atSeconds").asDouble());
        long edgeRequests = release.get("edgeRequests").asLong();
        long originRequests = release.get("originRequests").asLong();
        long edgeHits = Math.round(release.get("edgeRequestHitRatio").asDouble() * edgeRequests);
        assertTrue(originRequests > 0 && edgeRequests > originRequests, release::toString);
        assertEquals(edgeRequests - edgeHits, originRequests);
        long allOrigin = r.get("origin").get("requests").asLong();
        assertEquals((double) originRequests / allOrigin, release.get("originShareOfRequests").asDouble(), 1e-12);
        String line = String.format(Locale.ROOT, "ep-2 at 0:20 (100 viewers): edge %,d requests", edgeRequests);
        assertTrue(run.out().contains("Release:     " + line), run::out);
        assertTrue(run.out().contains(String.format(Locale.ROOT, "origin %,d requests", originRequests)), run::out);
        assertTrue(Files.readString(out.resolve("report.html")).contains("Release " + line));
    }
}
