package io.cdnsim.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cdnsim.cache.TtlRule;
import io.cdnsim.content.CacheControl;
import io.cdnsim.content.ObjectKind;
import io.cdnsim.metrics.NodeStats;
import io.cdnsim.metrics.Outcome;
import io.cdnsim.metrics.UpstreamReason;
import io.cdnsim.model.CacheNodeSpec;
import io.cdnsim.model.CacheSettings;
import io.cdnsim.model.Clients;
import io.cdnsim.model.OriginSpec;
import io.cdnsim.model.RunSettings;
import io.cdnsim.model.Scenario;
import io.cdnsim.model.SyntheticStream;
import io.cdnsim.model.SizeSpec;
import io.cdnsim.model.Tier;
import io.cdnsim.model.Topology;
import io.cdnsim.model.Workload;
import io.cdnsim.run.RunResult;
import io.cdnsim.run.TierResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Pins reproducibility at engine level: the same scenario, seed and replication give the same figures, every outcome
 * count and byte count of every tier, and a different seed (or replication) gives different ones.
 *
 * <p>The scenario exercises every random stream and most code paths: two regions and four edge nodes (routing), a
 * fixed-hit-ratio mid-tier (hit-ratio stream), a shield, lognormal object sizes (object-sizes), Zipf popularity, LRU
 * and FIFO stores that evict, 4 s lifetimes revalidated with 304s, stale-while-revalidate, collapsing with lock
 * timeouts, and an overloaded origin (300 requests/s, 1 s timeout) whose errors are answered with stale-if-error
 * copies or passed on. Every outcome occurs in some tier. No tolerance: equality is exact.
 */
class EngineDeterminismTest {

    @Test
    void sameSeedGivesIdenticalFiguresAndAnotherSeedDoesNot() {
        Scenario scenario = scenario(11);
        RunResult run = Fixture.run(scenario, 0);
        List<Long> first = figures(run);
        List<Long> second = figures(Fixture.run(scenario, 0));
        List<Long> otherSeed = figures(Fixture.run(scenario.withSeed(12), 0));
        List<Long> otherReplication = figures(Fixture.run(scenario, 1));
        System.out.printf("Determinism: %d figures compared; edge requests %d / %d / %d (seed 11, 11, 12),"
                + " %d (replication 1)%n", first.size(), first.get(0), second.get(0), otherSeed.get(0),
                otherReplication.get(0));
        for (TierResult t : run.tiers()) {
            StringBuilder line = new StringBuilder("  " + t.name() + ": requests " + t.requests());
            for (Outcome o : Outcome.values()) {
                line.append(' ').append(o.label()).append(' ').append(t.stats().outcomes(o));
            }
            line.append(", lock timeouts ").append(t.stats().lockTimeouts()).append(", revalidations ")
                    .append(t.stats().conditionalRequests()).append(", evictions ").append(t.evictions())
                    .append("; upstream");
            for (UpstreamReason u : UpstreamReason.values()) {
                line.append(' ').append(u.label()).append(' ').append(t.stats().upstreamRequests(u));
            }
            line.append(" failed ").append(t.stats().upstreamFailed());
            System.out.println(line);
        }
        assertTrue(first.get(0) > 10_000, "the run did something");
        assertEquals(first, second, "same scenario, seed and replication");
        assertNotEquals(first, otherSeed, "another seed");
        assertNotEquals(first, otherReplication, "another replication");
        int differing = 0;
        for (int i = 0; i < first.size(); i++) {
            if (!first.get(i).equals(otherSeed.get(i))) {
                differing++;
            }
        }
        // Not only one stray counter: the bulk figures (requests, bytes) move with the seed.
        assertTrue(differing > first.size() / 4, "figures that changed with the seed: " + differing);
    }

    /**
     * Every figure of a result as one list: per tier counts, outcomes, bytes, upstream requests by reason and their
     * failures, storage; then run-level.
     */
    private static List<Long> figures(RunResult r) {
        List<Long> f = new ArrayList<>();
        for (TierResult t : r.tiers()) {
            NodeStats s = t.stats();
            f.add(s.requests());
            for (Outcome o : Outcome.values()) {
                f.add(s.outcomes(o));
                f.add(s.bytesOut(o));
            }
            f.add(s.bytesOut());
            for (UpstreamReason u : UpstreamReason.values()) {
                f.add(s.upstreamRequests(u));
            }
            f.add(s.upstreamFailed());
            f.add(s.conditionalRequests());
            f.add(s.upstreamBytes());
            f.add(s.lockTimeouts());
            f.add((long) s.peakWaiters());
            f.add(s.responseTime().getTotalCount());
            f.add(s.responseTime().getValueAtPercentile(99));
            f.add(s.collapseWait().getTotalCount());
            f.add(t.peakRequestsPerSecond());
            f.add(t.peakBytesPerSecond());
            f.add(t.storedBytes());
            f.add(t.evictions());
        }
        f.add(r.events());
        f.add(r.endTime());
        f.add(r.clients().requests());
        f.add(r.clients().errors());
        f.add(r.clients().bytes());
        f.add(r.clients().downloadTime().getValueAtPercentile(50));
        return f;
    }

    private static Scenario scenario(long seed) {
        long ms = 1_000;
        CacheSettings edgeCache = new CacheSettings(400L * 1_000_000, "lru", -1, TtlRule.ORIGIN, true, true,
                300 * ms, 1 * ms);
        CacheSettings shieldCache = new CacheSettings(2_000L * 1_000_000, "fifo", -1,
                new TtlRule(CacheControl.ABSENT, 30_000 * ms, 0), true, true, 2_000 * ms, 1 * ms);
        CacheSettings midRatio = new CacheSettings(1, "lru", 0.5, TtlRule.ORIGIN, true, false, Long.MAX_VALUE, 0);
        List<CacheNodeSpec> edges = List.of(
                new CacheNodeSpec("edge-a", "eu", 2, "mid-1", 30 * ms, 1_000_000_000L, edgeCache),
                new CacheNodeSpec("edge-b", "eu", 1, "mid-1", 40 * ms, 1_000_000_000L, edgeCache),
                new CacheNodeSpec("edge-c", "na", 1, "mid-1", 10 * ms, 1_000_000_000L, edgeCache),
                new CacheNodeSpec("edge-d", "na", 1, "mid-1", 25 * ms, 1_000_000_000L, edgeCache));
        CacheNodeSpec mid = new CacheNodeSpec("mid-1", "eu", 1, "shield-1", 5 * ms, 10_000_000_000L, midRatio);
        CacheNodeSpec shield = new CacheNodeSpec("shield-1", "eu", 1, "origin", 50 * ms, 10_000_000_000L,
                shieldCache);
        OriginSpec origin = new OriginSpec("origin", 20 * ms, 300, 4_000_000_000L, 1_000 * ms);
        Topology topology = new Topology("determinism", "every stream and path", List.of("eu", "na"),
                List.of(new Tier("edge", edges), new Tier("mid", List.of(mid)), new Tier("shield", List.of(shield))),
                List.of(origin));
        CacheControl cc = new CacheControl(4_000 * ms, CacheControl.ABSENT, 1_000 * ms, 60_000 * ms, false);
        Workload workload = new Workload(20_000, 0.9, 2_000, new SizeSpec.LogNormal(500_000, 0.5),
                ObjectKind.MEDIA_SEGMENT, Map.of("eu", 0.6, "na", 0.4));
        return new Scenario("determinism", "engine determinism", topology, seed,
                new RunSettings(60 * Fixture.SECOND, 10 * Fixture.SECOND, 1), Map.of(ObjectKind.MEDIA_SEGMENT, cc),
                300, new SyntheticStream(workload, new Clients(20 * ms, 50_000_000)));
    }
}
