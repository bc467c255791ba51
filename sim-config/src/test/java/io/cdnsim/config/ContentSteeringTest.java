package io.cdnsim.config;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.cdnsim.model.Scenario;
import io.cdnsim.player.Session;
import io.cdnsim.run.RunOptions;
import io.cdnsim.run.RunResult;
import io.cdnsim.run.Simulation;
import io.cdnsim.run.SteeringResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Content steering by hand (N8): one viewer, two CDNs of one POP each (steering/two-small-cdns.yaml), the steering
 * manifest 100/0 for cdn-a with a TTL of 10 s, and cdn-a down from 20 s to 25 s. The viewer joins at 0 and, playing
 * live 2 s segments, sends a request at least every second (a segment and a playlist reload per segment), so its
 * first request after 20 s leaves at t_e in (20 s, 21 s): refused, it penalises cdn-a from t_e and moves to cdn-b at
 * once. It loads the manifest at 0 and at 10, 20, ... s; a penalty of P is dropped at the first manifest after
 * t_e + P, where the manifest's 100/0 sends it back to cdn-a.
 */
class ContentSteeringTest {

    @TempDir
    Path dir;

    private Scenario scenario(String steering, String duration) throws IOException, ScenarioException {
        Path topology = Path.of("src/test/resources/steering/two-small-cdns.yaml").toAbsolutePath();
        String text = """
                name: content-steering-one-viewer
                topology: %s
                seed: 1
                steering: { weights: { cdn-a: 100, cdn-b: 0 }%s }
                failures:
                  - { cdn: cdn-a, from: 20s, to: 25s, detection: 1h }
                run:
                  duration: %s
                live:
                  segmentDuration: 2s
                  dvrWindow: 30s
                  ladder:
                    - { bitrate: 1Mbps, resolution: 640x360 }
                  sizeVariation: 0
                audience:
                  viewers: 1
                  arrival: { type: spike, at: 0s, ramp: 0s }
                  sessionLength: 1h
                  patience: 10s
                  lastMile:
                    "*": { throughput: 50Mbps, variation: 0, rtt: 20ms }
                player:
                  abr: throughput
                """.formatted(topology.toString().replace("\\", "/"), steering, duration);
        return ScenarioReader.read(Files.writeString(dir.resolve("s.yaml"), text));
    }

    private record Outcome(RunResult result, Session session) {
    }

    private Outcome run(String steering, String duration) throws IOException, ScenarioException {
        List<Session> sessions = new ArrayList<>();
        RunResult r = Simulation.run(scenario(steering, duration), 0,
                RunOptions.defaults().withThreads(1).withSessions(sessions::add));
        assertEquals(1, sessions.size());
        return new Outcome(r, sessions.get(0));
    }

    // Pins the move out and back with a 30 s penalty: one refused request (the player leaves at its first error);
    // at 59 s it is still on cdn-b (the manifest at 50 s comes 50 - t_e < 30 s after the penalty began), at 61 s it is
    // back on cdn-a (the manifest at 60 s, 60 - t_e > 30 s). Manifests: at 0, then every 10 s before the end: 6 by
    // 59 s, 7 by 61 s; moves: one on the error, and one on the manifest at 60 s.
    @Test
    void theViewerLeavesAtItsFirstErrorAndComesBackAtTheFirstManifestAfterItsPenalty()
            throws IOException, ScenarioException {
        String content = ", content: { ttl: 10s, penalty: 30s }";
        Outcome before = run(content, "59s");
        assertEquals("b-edge", before.session().edge());
        assertEquals(1, before.session().errors());
        assertEquals(new SteeringResult(6, 0, 1), before.result().steering());
        Outcome after = run(content, "61s");
        assertEquals("a-edge", after.session().edge());
        assertEquals(1, after.session().errors());
        assertEquals(new SteeringResult(7, 1, 1), after.result().steering());
    }

    // Pins t_e within (20 s, 21 s) through the penalty: with 29 s the manifest at 50 s finds 50 - t_e > 29 (t_e < 21)
    // and sends the viewer back; with 30 s it finds 50 - t_e < 30 (t_e > 20) and does not.
    @Test
    void thePenaltyRunsFromTheFailedRequest() throws IOException, ScenarioException {
        assertEquals("a-edge", run(", content: { ttl: 10s, penalty: 29s }", "51s").session().edge());
        assertEquals("b-edge", run(", content: { ttl: 10s, penalty: 30s }", "51s").session().edge());
    }

    // Pins the contrast: without content steering (and a DNS detection of an hour) the viewer stays on cdn-a and
    // retries through the outage with its backoff (0.5 s doubling): the request at t_e and its retries at t_e + 0.5,
    // + 1.5 and + 3.5 s fall in the outage (before 25 s), the one at t_e + 7.5 s does not: 4 errors; no manifest, no
    // move.
    @Test
    void withoutContentSteeringTheViewerRetriesOnTheFailedCdn() throws IOException, ScenarioException {
        Outcome dns = run("", "40s");
        assertEquals("a-edge", dns.session().edge());
        assertEquals(4, dns.session().errors());
        assertEquals(SteeringResult.NONE, dns.result().steering());
    }
}
