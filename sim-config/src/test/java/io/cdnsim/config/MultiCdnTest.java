package io.cdnsim.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cdnsim.content.ObjectKind;
import io.cdnsim.metrics.NodeStats;
import io.cdnsim.metrics.Outcome;
import io.cdnsim.model.Scenario;
import io.cdnsim.run.CdnResult;
import io.cdnsim.run.RunOptions;
import io.cdnsim.run.RunResult;
import io.cdnsim.run.Simulation;
import io.cdnsim.run.TierResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Several CDNs (N8): the shipped multi-CDN premiere's shares and conservation per CDN, a 100/0 run against the run
 * of the same network as one CDN, and the origin's fetches of live segments behind two shields and behind one.
 */
class MultiCdnTest {

    private static final Path SCENARIOS = Path.of("..", "scenarios");
    private static final int VIEWERS = 2000;

    @TempDir
    Path dir;

    /**
     * The shipped scenario with 2,000 viewers, its topology named by absolute path, its weights replaced if given, its
     * cost section left out (its sheets are found beside the shipped scenarios, not in the temporary folder).
     */
    private Scenario small(String name, String weights) throws IOException, ScenarioException {
        String text = Files.readString(SCENARIOS.resolve(name + ".yaml"));
        assertTrue(text.contains("viewers: 100000"), name);
        Path topology = SCENARIOS.resolve(text.replaceFirst("(?s).*\ntopology: ([^\n]*)\n.*", "$1"));
        text = text.replace("viewers: 100000", "viewers: " + VIEWERS).replaceFirst("topology: .*", "topology: "
                + topology.toAbsolutePath().normalize().toString().replace("\\", "/"))
                .replaceFirst("(?s)\ncost:.*", "\n");
        if (weights != null) {
            text = text.replaceFirst("weights: \\{[^}]*}", "weights: " + weights);
        }
        return ScenarioReader.read(Files.writeString(dir.resolve(name + ".yaml"), text));
    }

    private static RunResult run(Scenario s) {
        return Simulation.run(s, 0, RunOptions.defaults().withThreads(1));
    }

    private static void assertSameTier(TierResult expected, TierResult actual) {
        NodeStats e = expected.stats();
        NodeStats a = actual.stats();
        assertEquals(e.requests(), a.requests(), actual.name());
        for (Outcome o : Outcome.values()) {
            assertEquals(e.outcomes(o), a.outcomes(o), actual.name() + " " + o);
        }
        assertEquals(e.bytesOut(), a.bytesOut(), actual.name());
        assertEquals(e.upstreamRequests(), a.upstreamRequests(), actual.name());
        assertEquals(e.upstreamBytes(), a.upstreamBytes(), actual.name());
    }

    // Pins that a second CDN given no share changes nothing: premiere-spike on two-cdns with weights 100/0 gives
    // cdn-a's tiers (five-tier-global as it is) and the origin the figures of premiere-spike on five-tier-global, and
    // the same QoE; cdn-b receives nothing.
    @Test
    void hundredToNothingEqualsTheRunThroughOneCdn() throws IOException, ScenarioException {
        RunResult one = run(small("premiere-spike", null));
        RunResult two = run(small("multi-cdn-weights", "{ cdn-a: 100, cdn-b: 0 }"));
        CdnResult a = two.cdns().get(0);
        assertEquals(3, a.tiers().size());
        for (int t = 0; t < 3; t++) {
            assertSameTier(one.tiers().get(t), a.tiers().get(t));
            assertSameTier(one.tiers().get(t), two.tiers().get(t));
        }
        assertSameTier(one.origin(), two.origin());
        assertEquals(0, two.cdns().get(1).edge().requests());
        assertEquals(VIEWERS, a.viewers());
        assertEquals(one.qoe().total().stallTime(), a.qoe().stallTime());
        assertEquals(one.qoe().total().playedTime(), a.qoe().playedTime());
        assertEquals(one.qoe().total().switches(), a.qoe().switches());
    }

    // Pins the 60/40 split and conservation per CDN on multi-cdn-weights with 2,000 viewers. Each session's CDN is one
    // independent draw with p = 0.6, so cdn-a's viewers are binomial(2000, 0.6): mean 1200, standard deviation
    // sqrt(2000 * 0.6 * 0.4) = 21.9; the bound is five of them, +- 109.5 (outside it with a probability under 6e-7
    // by the normal approximation). Conservation: the CDNs' tiers add up to the network's tier of the same position,
    // within a CDN each tier receives what the tier before it sent upstream, the viewers add up to all sessions, and
    // the origin receives what the two shields sent it.
    @Test
    void sharesAndConservationPerCdn() throws IOException, ScenarioException {
        RunResult r = run(small("multi-cdn-weights", null));
        assertEquals(2, r.cdns().size());
        long aViewers = r.cdns().get(0).viewers();
        assertTrue(Math.abs(aViewers - 1200) <= 5 * Math.sqrt(VIEWERS * 0.6 * 0.4), aViewers + " viewers on cdn-a");
        assertEquals(VIEWERS, aViewers + r.cdns().get(1).viewers());
        long sentToOrigin = 0;
        for (CdnResult c : r.cdns()) {
            for (int t = 0; t + 1 < c.tiers().size(); t++) {
                assertEquals(c.tiers().get(t).stats().upstreamRequests(), c.tiers().get(t + 1).requests(),
                        c.name() + " " + c.tiers().get(t).name());
                assertEquals(c.tiers().get(t).stats().upstreamBytes(), c.tiers().get(t + 1).stats().bytesOut());
            }
            sentToOrigin += c.tiers().get(c.tiers().size() - 1).stats().upstreamRequests();
        }
        assertEquals(r.origin().requests(), sentToOrigin);
        for (int t = 0; t < 3; t++) {
            long requests = 0;
            long bytes = 0;
            long misses = 0;
            for (CdnResult c : r.cdns()) {
                requests += c.tiers().get(t).requests();
                bytes += c.tiers().get(t).stats().bytesOut();
                misses += c.tiers().get(t).stats().outcomes(Outcome.MISS);
            }
            assertEquals(r.tiers().get(t).requests(), requests);
            assertEquals(r.tiers().get(t).stats().bytesOut(), bytes);
            assertEquals(r.tiers().get(t).stats().outcomes(Outcome.MISS), misses);
        }
    }

    /** A one-region network of two CDNs, each one edge; their own shields, or one shield both fetch from. */
    private Scenario twoEdges(boolean sharedShield) throws IOException, ScenarioException {
        String cache = "cache: { capacity: 10GB, collapsing: true }";
        String shields = sharedShield ? ""
                : "      - name: shield\n        " + cache + "\n        nodes: [{ id: SHIELD, parent: origin, rtt: 2ms }]\n";
        StringBuilder t = new StringBuilder("name: small-two-cdns\nregions: [eu]\ncdns:\n");
        for (String c : new String[] {"a", "b"}) {
            t.append("  - name: ").append(c).append("\n    tiers:\n      - name: edge\n        ").append(cache)
                    .append("\n        nodes: [{ id: edge-").append(c).append(", region: eu, parent: ")
                    .append(sharedShield ? "shield" : "shield-" + c).append(", rtt: 10ms }]\n")
                    .append(shields.replace("SHIELD", "shield-" + c));
        }
        if (sharedShield) {
            t.append("tiers:\n  - name: shield\n    ").append(cache)
                    .append("\n    nodes: [{ id: shield, parent: origin, rtt: 2ms }]\n");
        }
        t.append("origins: [{ id: origin }]\n");
        Files.writeString(dir.resolve("net.yaml"), t.toString());
        String scenario = """
                name: small-two-cdns
                topology: net.yaml
                seed: 5
                run: { duration: 60s }
                live: { segmentDuration: 2s, dvrWindow: 60s, ladder: [{ bitrate: 1Mbps, resolution: 640x360 }] }
                cacheControl: { media-playlist: "public, max-age=1", media-segment: "public, max-age=86400" }
                audience:
                  viewers: 200
                  arrival: { type: spike, at: 0s, ramp: 10s }
                  sessionLength: 2h
                  lastMile: { "*": { throughput: 50Mbps, variation: 0, rtt: 20ms } }
                steering: { weights: { a: 50, b: 50 } }
                """;
        return ScenarioReader.read(Files.writeString(dir.resolve("small.yaml"), scenario));
    }

    // Pins the origin's fetches of live segments behind two shields and behind one, by hand. One rendition, segments
    // cached for a day, collapsing at every node: a shield fetches each segment its viewers ask for once. The channel
    // has been live since -60 s (its DVR window) with 2 s segments, segment n published at -60 s + (n + 1) * 2 s; the
    // first viewers join before 2 s (200 over a 10 s ramp, about 100 each CDN), when the newest listed is segment 29
    // (published at 0 s), and start holdback 3 behind it: 27, 28, 29. The last segment published before the run's end
    // at 60 s is 58 (at 58 s). So each shield fetches segments 27 to 58: 32. Each its own shield: 2 * 32 = 64 fetches
    // at the origin; one shared shield: 32.
    @Test
    void twoShieldsDoubleTheOriginsSegmentFetches() throws IOException, ScenarioException {
        RunResult own = run(twoEdges(false));
        RunResult shared = run(twoEdges(true));
        for (CdnResult c : own.cdns()) {
            assertTrue(c.viewers() > 0, c.name());
            assertEquals(32, c.tiers().get(1).stats().outcomes(ObjectKind.MEDIA_SEGMENT, Outcome.MISS),
                    c.name() + "'s shield");
        }
        assertEquals(64, own.origin().stats().requests(ObjectKind.MEDIA_SEGMENT));
        assertEquals(32, shared.origin().stats().requests(ObjectKind.MEDIA_SEGMENT));
        assertEquals(32, shared.tiers().get(1).stats().outcomes(ObjectKind.MEDIA_SEGMENT, Outcome.MISS));
    }
}
