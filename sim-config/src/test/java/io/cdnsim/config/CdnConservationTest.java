package io.cdnsim.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cdnsim.content.ObjectKind;
import io.cdnsim.metrics.NodeStats;
import io.cdnsim.metrics.Outcome;
import io.cdnsim.model.CacheNodeSpec;
import io.cdnsim.model.Cdn;
import io.cdnsim.model.Scenario;
import io.cdnsim.model.Tier;
import io.cdnsim.run.CdnResult;
import io.cdnsim.run.NodeResult;
import io.cdnsim.run.RunResult;
import io.cdnsim.run.TierResult;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Conservation per CDN (N8), exact: within each CDN every request that reached a tier was answered once, each tier
 * received what the one before it sent on, and what its last tier sent on is what the tier after it (a shared shield
 * or the origin) received from it; the CDNs' figures add up to the network's. Checked on the premiere through the
 * shipped two-cdns (each CDN its own shield, one origin), two-cdns-shared-shield, two-cdns changed to give each CDN an
 * origin of its own (the one network where the origin's figures are one CDN's alone), and two-cdns with cdn-b cut to
 * its edges (CDNs of unequal depth).
 */
class CdnConservationTest {

    @TempDir
    Path dir;

    /** multi-cdn-weights (60/40) with 1,500 viewers over its first 2 minutes, on {@code topology}. */
    private RunResult premiere(Path topology) {
        String text = MultiCdnFiles.read(MultiCdnFiles.SCENARIOS.resolve("multi-cdn-weights.yaml"));
        text = MultiCdnFiles.withTopology(text, topology);
        text = MultiCdnFiles.replace(text, "viewers: 100000", "viewers: 1500");
        text = MultiCdnFiles.replace(text, "duration: 6min", "duration: 2min");
        Scenario s = MultiCdnFiles.scenario(dir, "premiere.yaml", text);
        RunResult r = MultiCdnFiles.run(s).result();
        assertConserved(s, r);
        return r;
    }

    // Pins conservation per CDN with each CDN's own shield in front of the one origin: the origin received what the
    // two shields sent on, added up.
    @Test
    void ownShieldsInFrontOfOneOrigin() {
        RunResult r = premiere(MultiCdnFiles.TOPOLOGIES.resolve("two-cdns.yaml"));
        assertEquals(3, r.cdns().get(0).tiers().size());
    }

    // Pins conservation per CDN with one shield both CDNs' mid-tiers fetch from: the shield received what the eight
    // mid-tiers of the two CDNs sent on, added up, and the origin what the shield sent on.
    @Test
    void oneSharedShield() {
        RunResult r = premiere(MultiCdnFiles.TOPOLOGIES.resolve("two-cdns-shared-shield.yaml"));
        assertEquals(2, r.cdns().get(1).tiers().size());
        assertSentOn(r.tiers().get(2).stats(), r.origin().stats(), "the shared shield to the origin");
    }

    // Pins conservation per CDN where each CDN's shield has an origin of its own: each origin's requests, bytes and
    // errors are exactly what its CDN's shield sent on and got back, so "what the next tier received from it" is
    // measured for each CDN apart, not only as a sum.
    @Test
    void anOriginEach() {
        String text = MultiCdnFiles.read(MultiCdnFiles.TOPOLOGIES.resolve("two-cdns.yaml"));
        text = MultiCdnFiles.replace(text, "id: b-shield-ash, region: na, parent: origin,",
                "id: b-shield-ash, region: na, parent: origin-b,");
        text = MultiCdnFiles.replace(text, "origins:\n", "origins:\n  - { id: origin-b, serviceTime: 20ms }\n");
        RunResult r = premiere(MultiCdnFiles.write(dir, "origin-each.yaml", text));
        Map<String, NodeResult> node = r.nodes().stream().collect(Collectors.toMap(NodeResult::id,
                Function.identity()));
        assertSentOn(r.cdns().get(0).tiers().get(2).stats(), node.get("origin").figures().stats(), "cdn-a to origin");
        assertSentOn(r.cdns().get(1).tiers().get(2).stats(), node.get("origin-b").figures().stats(),
                "cdn-b to origin-b");
        assertTrue(node.get("origin-b").figures().requests() > 0);
    }

    // Pins conservation per CDN when the CDNs are not as deep: two-cdns with cdn-b cut to its edges, each fetching
    // from the origin. The network's second and third tiers are cdn-a's alone, and the origin receives what cdn-a's
    // shield and cdn-b's edges sent on.
    @Test
    void cdnsOfUnequalDepth() {
        String text = MultiCdnFiles.read(MultiCdnFiles.TOPOLOGIES.resolve("two-cdns.yaml"));
        text = MultiCdnFiles.replace(text, "(?s)      - name: mid\n        cache: \\{ capacity: 200GB.*?\norigins:",
                "origins:");
        String cut = text.replaceAll("parent: b-mid-[a-z]+,", "parent: origin,");
        assertEquals(12, (text.length() - cut.length()) / ("b-mid-fra".length() - "origin".length()));
        RunResult r = premiere(MultiCdnFiles.write(dir, "unequal.yaml", cut));
        assertEquals(1, r.cdns().get(1).tiers().size());
        assertEquals(4, r.tiers().size(), "edge, mid, shield, origin");
        assertTrue(r.cdns().get(1).edge().stats().upstreamRequests() > 0, "cdn-b's edges fetched from the origin");
    }

    /** Every conservation rule of the class comment, on a run through several CDNs. */
    private static void assertConserved(Scenario s, RunResult r) {
        List<Cdn> cdns = s.topology().cdns();
        assertEquals(cdns.size(), r.cdns().size());
        Map<String, CacheNodeSpec> spec = s.topology().tiers().stream().flatMap(t -> t.nodes().stream())
                .collect(Collectors.toMap(CacheNodeSpec::id, Function.identity()));
        long viewers = 0;
        for (int c = 0; c < cdns.size(); c++) {
            Cdn cdn = cdns.get(c);
            CdnResult result = r.cdns().get(c);
            viewers += result.viewers();
            assertTrue(result.edge().requests() > 0, cdn.name() + " served no one");
            for (int t = 0; t < result.tiers().size(); t++) {
                int position = t;
                NodeStats own = result.tiers().get(t).stats();
                String where = cdn.name() + " " + result.tiers().get(t).name();
                assertAnswered(own, where);
                MultiCdnFiles.assertSameStats(sum(r.nodes().stream().filter(n -> n.cdn().equals(cdn.name())
                        && tierOf(s, n.id()) == position)), own, where + " = its nodes");
                if (t + 1 < result.tiers().size()) {
                    assertSentOn(own, result.tiers().get(t + 1).stats(), where + " to its next tier");
                }
            }
            for (NodeResult n : r.nodes()) {
                CacheNodeSpec node = spec.get(n.id());
                if (node != null && cdn.nodes().contains(node.parent())) {
                    assertEquals(cdn.name(), n.cdn(), n.id() + "'s parent is " + cdn.name() + "'s");
                }
            }
        }
        assertEquals(r.qoe().joined(), viewers, "every viewer is one CDN's");
        int deepest = r.cdns().stream().mapToInt(c -> c.tiers().size()).max().orElseThrow();
        for (int t = 0; t < deepest; t++) {
            NodeStats added = new NodeStats();
            for (CdnResult c : r.cdns()) {
                if (t < c.tiers().size()) {
                    added.add(c.tiers().get(t).stats());
                }
            }
            MultiCdnFiles.assertSameStats(r.tiers().get(t).stats(), added, "network tier " + t + " = its CDNs' tiers");
        }
        NodeStats lastOwn = new NodeStats();
        for (CdnResult c : r.cdns()) {
            lastOwn.add(c.tiers().get(c.tiers().size() - 1).stats());
        }
        TierResult next = r.tiers().get(deepest);
        assertSentOn(lastOwn, next.stats(), "the CDNs' last tiers to " + next.name());
        assertAnswered(r.origin().stats(), "origin");
    }

    /** @return the tier index of a cache node, -1 for an origin */
    private static int tierOf(Scenario s, String id) {
        List<Tier> tiers = s.topology().tiers();
        for (int t = 0; t < tiers.size(); t++) {
            if (tiers.get(t).nodes().stream().anyMatch(n -> n.id().equals(id))) {
                return t;
            }
        }
        return -1;
    }

    private static NodeStats sum(java.util.stream.Stream<NodeResult> nodes) {
        NodeStats total = new NodeStats();
        nodes.forEach(n -> total.add(n.figures().stats()));
        return total;
    }

    /** Requests that arrived = requests answered, for each object kind; bytes sent = the answers' bytes. */
    private static void assertAnswered(NodeStats s, String where) {
        long bytes = 0;
        for (ObjectKind k : ObjectKind.values()) {
            long answered = 0;
            for (Outcome o : Outcome.values()) {
                answered += s.outcomes(k, o);
                bytes += s.bytesOut(k, o);
            }
            assertEquals(s.requests(k), answered, where + ": " + k + " requests = its answers by outcome");
        }
        assertEquals(s.bytesOut(), bytes, where + ": bytes sent");
    }

    /** What {@code child} sent on (requests, the bytes it got back, the errors it got back) = what {@code parent} got. */
    private static void assertSentOn(NodeStats child, NodeStats parent, String where) {
        assertEquals(child.upstreamRequests(), parent.requests(), where + ": requests");
        assertEquals(child.upstreamBytes(), parent.bytesOut(), where + ": bytes");
        assertEquals(child.upstreamFailed(), parent.outcomes(Outcome.ERROR), where + ": errors");
    }
}
