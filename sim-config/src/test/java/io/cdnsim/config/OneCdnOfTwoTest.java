package io.cdnsim.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cdnsim.model.Scenario;
import io.cdnsim.player.QoeStats;
import io.cdnsim.player.Session;
import io.cdnsim.run.CdnResult;
import io.cdnsim.run.NodeResult;
import io.cdnsim.run.RunResult;
import io.cdnsim.run.TierResult;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A network of two CDNs whose steering sends everyone to the first is that CDN alone (N8): the second CDN's nodes
 * stand idle, the steering draws from no stream, and the viewers stream is drawn as through the first CDN alone. The one-CDN topology is made in the test from the shipped two-cdns.yaml: the
 * CDN's tiers as written, and the same origin, so a change to either CDN of the shipped file is tested here too.
 */
class OneCdnOfTwoTest {

    private static final int VIEWERS = 1500;

    @TempDir
    Path dir;

    /**
     * multi-cdn-weights with 1,500 viewers, its whole 6 minutes, on {@code topology} with {@code steering}; without
     * its audience's region weights if {@code byEdges} (viewers then spread over the regions by the edges' weights).
     */
    private Scenario premiere(Path topology, String steering, String name, boolean byEdges) {
        String text = MultiCdnFiles.read(MultiCdnFiles.SCENARIOS.resolve("multi-cdn-weights.yaml"));
        text = MultiCdnFiles.withTopology(text, topology);
        if (byEdges) {
            text = MultiCdnFiles.replace(text, "\n  regions: \\{ eu: 0.35, na: 0.35, apac: 0.2, latam: 0.1 }", "");
        }
        text = MultiCdnFiles.replace(text, "viewers: 100000", "viewers: " + VIEWERS);
        text = MultiCdnFiles.replace(text, "steering:\n[^\n]*\n[^\n]*\n", steering);
        return MultiCdnFiles.scenario(dir, name + ".yaml", text);
    }

    /** @return the same premiere through {@code cdn} alone, and through both with every viewer steered to it */
    private RunResult[] aloneAndSteered(String cdn, String weights, boolean byEdges) {
        Path two = MultiCdnFiles.TOPOLOGIES.resolve("two-cdns.yaml");
        Path one = MultiCdnFiles.write(dir, cdn + "-alone.yaml", MultiCdnFiles.oneCdn(MultiCdnFiles.read(two), cdn));
        Scenario alone = premiere(one, "", cdn + "-alone-premiere", byEdges);
        assertTrue(alone.topology().cdns().isEmpty());
        Scenario steered = premiere(two, "steering: { mode: weights, weights: " + weights + " }\n", cdn + "-steered",
                byEdges);
        return new RunResult[] {MultiCdnFiles.run(alone).result(), MultiCdnFiles.run(steered).result()};
    }

    // Pins that weights 100/0 give the run of cdn-a alone: the tiers' and the origin's requests, each outcome of each
    // object kind with its bytes, the upstream requests by reason, their bytes and failures; each node of cdn-a (by
    // id) the same; the QoE of every region and device the same, and all of it cdn-a's; cdn-b received nothing.
    @Test
    void hundredToNothingIsTheFirstCdnAlone() {
        RunResult[] runs = aloneAndSteered("cdn-a", "{ cdn-a: 100, cdn-b: 0 }", false);
        assertSameRun(runs[0], runs[1], runs[1].cdns().get(0));
        assertEquals(0, runs[1].cdns().get(1).edge().requests());
        assertEquals(0, runs[1].cdns().get(1).viewers());
    }

    // Pins the second CDN's side: weights 0/100 send every session to cdn-b (cdn-a receives nothing), and the viewers
    // are those of the 100/0 run, viewer by viewer (region, device, join time): every viewer draws an edge of each
    // CDN, each CDN from its own stream (the first's from viewers, the others' from viewers/<cdn>), so the viewers
    // stream does not depend on the steering (two steerings of one audience are paired). It is therefore not the run
    // of cdn-b alone, whose edges would come from the viewers stream: only the first CDN's are.
    @Test
    void nothingToHundredKeepsTheViewersOfHundredToNothing() {
        Path two = MultiCdnFiles.TOPOLOGIES.resolve("two-cdns.yaml");
        MultiCdnFiles.Run toA = MultiCdnFiles.run(premiere(two, "steering: { mode: weights, weights: { cdn-a: 100, "
                + "cdn-b: 0 } }\n", "to-a", false));
        MultiCdnFiles.Run toB = MultiCdnFiles.run(premiere(two, "steering: { mode: weights, weights: { cdn-a: 0, "
                + "cdn-b: 100 } }\n", "to-b", false));
        assertEquals(0, toB.result().cdns().get(0).edge().requests());
        assertEquals(VIEWERS, toB.result().cdns().get(1).viewers());
        Map<Integer, Session> a = toA.sessions().stream().collect(Collectors.toMap(Session::viewer,
                Function.identity()));
        assertEquals(VIEWERS, toB.sessions().size());
        for (Session b : toB.sessions()) {
            Session same = a.get(b.viewer());
            assertEquals(same.region(), b.region(), "viewer " + b.viewer());
            assertEquals(same.device(), b.device(), "viewer " + b.viewer());
            assertEquals(same.joinedAt(), b.joinedAt(), "viewer " + b.viewer());
            assertTrue(b.edge().startsWith("b-edge-"), b.edge());
        }
    }

    // Pins docs/model.md's "a run whose shares put every region on the first CDN gives ... the figures of the run
    // through that CDN alone" for an audience without region weights, whose viewers spread over the regions by the
    // edges' weights: each CDN's edges weigh by its share of the region, so with 100/0 the regions are drawn by
    // cdn-a's 12:13:13:10 (eu, na, apac, latam) alone, not with cdn-b's 8:8:8:7 added (it failed so before: cdn-b's
    // POPs, given no viewer, moved viewers between regions).
    @Test
    void hundredToNothingIsTheFirstCdnAloneWithoutRegionWeights() {
        RunResult[] runs = aloneAndSteered("cdn-a", "{ cdn-a: 100, cdn-b: 0 }", true);
        for (int r = 0; r < runs[0].qoe().regions().size(); r++) {
            assertEquals(runs[0].qoe().region(r).sessions(), runs[1].qoe().region(r).sessions(),
                    "sessions in " + runs[0].qoe().regions().get(r));
        }
        assertSameRun(runs[0], runs[1], runs[1].cdns().get(0));
    }

    private static void assertSameRun(RunResult alone, RunResult steered, CdnResult cdn) {
        assertEquals(alone.tiers().size(), cdn.tiers().size() + 1);
        for (int t = 0; t < cdn.tiers().size(); t++) {
            MultiCdnFiles.assertSameStats(alone.tiers().get(t).stats(), cdn.tiers().get(t).stats(), cdn.name() + " " + t);
            MultiCdnFiles.assertSameStats(alone.tiers().get(t).stats(), steered.tiers().get(t).stats(), "network tier " + t);
        }
        MultiCdnFiles.assertSameStats(alone.origin().stats(), steered.origin().stats(), "origin");
        Map<String, NodeResult> byId = steered.nodes().stream()
                .collect(Collectors.toMap(NodeResult::id, Function.identity()));
        for (NodeResult n : alone.nodes()) {
            MultiCdnFiles.assertSameStats(n.figures().stats(), byId.get(n.id()).figures().stats(), n.id());
            assertEquals(n.figures().storedBytes(), byId.get(n.id()).figures().storedBytes(), n.id());
            assertEquals(n.figures().evictions(), byId.get(n.id()).figures().evictions(), n.id());
        }
        for (int t = 0; t < alone.tiers().size(); t++) {
            TierResult a = alone.tiers().get(t);
            TierResult s = steered.tiers().get(t);
            assertEquals(a.peakRequestsPerSecond(), s.peakRequestsPerSecond(), a.name() + " peak requests");
            assertEquals(a.peakBytesPerSecond(), s.peakBytesPerSecond(), a.name() + " peak bytes");
        }
        assertEquals(alone.endTime(), steered.endTime(), "end time");
        assertEquals(alone.qoe().joined(), steered.qoe().joined());
        assertEquals(VIEWERS, cdn.viewers());
        assertSameQoe(alone.qoe().total(), steered.qoe().total(), "all", 0);
        for (int g = 0; g < alone.qoe().byGroup().size(); g++) {
            assertSameQoe(alone.qoe().byGroup().get(g), steered.qoe().byGroup().get(g), "group " + g, 0);
        }
        // The CDN's QoE adds its sessions' bitrate-times (doubles) in the order the sessions end, the total adds the
        // groups' sums (region by device): the same terms in another order, equal to a few units in the last place.
        assertSameQoe(alone.qoe().total(), cdn.qoe(), cdn.name(), 1e-12);
    }

    private static void assertSameQoe(QoeStats e, QoeStats a, String where, double bitrateTolerance) {
        assertEquals(e.sessions(), a.sessions(), where + " sessions");
        assertEquals(e.joinFailures(), a.joinFailures(), where + " join failures");
        assertEquals(e.stallTime(), a.stallTime(), where + " stall time");
        assertEquals(e.playedTime(), a.playedTime(), where + " played time");
        assertEquals(e.switches(), a.switches(), where + " switches");
        assertEquals(e.stalls(), a.stalls(), where + " stalls");
        assertEquals(e.errors(), a.errors(), where + " errors");
        assertEquals(e.averageBitrate(), a.averageBitrate(), bitrateTolerance * e.averageBitrate(),
                where + " average bitrate");
        assertEquals(e.startup().getTotalCount(), a.startup().getTotalCount(), where + " startups");
        assertEquals(e.startup().getMaxValue(), a.startup().getMaxValue(), where + " slowest startup");
    }
}
