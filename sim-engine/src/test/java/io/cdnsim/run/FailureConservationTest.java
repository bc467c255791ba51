package io.cdnsim.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cdnsim.cache.TtlRule;
import io.cdnsim.content.CacheControl;
import io.cdnsim.content.ObjectKind;
import io.cdnsim.metrics.ErrorCause;
import io.cdnsim.metrics.Outcome;
import io.cdnsim.model.CacheNodeSpec;
import io.cdnsim.model.CacheSettings;
import io.cdnsim.model.Clients;
import io.cdnsim.model.Failure;
import io.cdnsim.model.OriginSpec;
import io.cdnsim.model.RunSettings;
import io.cdnsim.model.Scenario;
import io.cdnsim.model.SizeSpec;
import io.cdnsim.model.SyntheticStream;
import io.cdnsim.model.Tier;
import io.cdnsim.model.Topology;
import io.cdnsim.model.Uplink;
import io.cdnsim.model.Workload;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Pins the conservation check of a run with failures (Q3 with N7): a request stream through two edges behind two
 * shields (e2 with a secondary parent), every kind of failure in turn, across a warm-up; requests, bytes and errors by
 * cause balance at every node, and the viewers' answers include the refusals of a down POP.
 */
class FailureConservationTest {

    private static final long MS = 1_000;
    private static final long S = 1_000_000;

    private static CacheSettings cache() {
        return new CacheSettings(300_000, "lru", -1, TtlRule.ORIGIN, true, true, 40 * MS, MS);
    }

    private static Scenario stream() {
        Topology topology = new Topology("failures", "", List.of("r"), List.of(
                new Tier("edge", List.of(
                        new CacheNodeSpec("e1", "r", 1, "s1", 20 * MS, Long.MAX_VALUE, cache()),
                        new CacheNodeSpec("e2", "r", 1, "s1", 30 * MS, Long.MAX_VALUE, cache(), List.of(),
                                List.of(new Uplink("s2", 25 * MS, Long.MAX_VALUE))))),
                new Tier("shield", List.of(
                        new CacheNodeSpec("s1", "r", 1, "o", 10 * MS, Long.MAX_VALUE, cache()),
                        new CacheNodeSpec("s2", "r", 1, "o", 12 * MS, Long.MAX_VALUE, cache())))),
                List.of(new OriginSpec("o", 5 * MS, 800, 80_000_000, 200 * MS)));
        CacheControl cc = new CacheControl(2 * S, CacheControl.ABSENT, S, 3 * S, false);
        Workload workload = new Workload(2_000, 0.9, 2_000, new SizeSpec.Fixed(1_000), ObjectKind.MEDIA_SEGMENT,
                Map.of());
        return new Scenario("failure-conservation", "", topology, 13, new RunSettings(16 * S, 2 * S, 1),
                Map.of(ObjectKind.MEDIA_SEGMENT, cc), 400, new SyntheticStream(workload, new Clients(20 * MS,
                20_000_000)), null, List.of(
                        new Failure.NodeDown("e1", 3 * S, 6 * S, false, S),
                        new Failure.NodeDown("s1", 7 * S, 9 * S, true, 0),
                        new Failure.LinkDegraded("e2", "s2", 7 * S, 9 * S, 40 * MS),
                        new Failure.OriginTrouble("o", 10 * S, 12 * S, 0.3, 50 * MS),
                        new Failure.NodeDown("o", 13 * S, 14 * S, false, 0)));
    }

    // Pins that the stream passes the check with every kind of failure, and that each failure did something.
    @Test
    void aRequestStreamWithEveryKindOfFailurePasses() {
        RunResult r = Simulation.run(stream(), 0, RunOptions.defaults());
        List<FailureResult> f = r.failures();
        assertEquals(5, f.size());
        assertTrue(f.get(0).moved() > 0, "requests moved off e1");
        assertTrue(f.get(0).errors(ErrorCause.REFUSED) > 0, "e1 refused requests before they moved");
        assertTrue(f.get(1).rerouted() > 0, "e1 and e2 went around s1");
        assertTrue(f.get(3).errors(ErrorCause.ORIGIN_ERROR) > 0, "the origin failed some");
        assertTrue(f.get(4).errors(ErrorCause.REFUSED) > 0, "the origin down refused what reached it");
        assertEquals(r.clients().errors(), r.edge().stats().outcomes(Outcome.ERROR) + refusedAtTheEdge(r),
                "the viewers' errors are the edges' and the refusals of e1");
    }

    // Pins that a run with failures is the same run after run (the origin's share is drawn from its own stream).
    @Test
    void aRunWithFailuresIsDeterministic() {
        RunResult a = Simulation.run(stream(), 0, RunOptions.defaults());
        RunResult b = Simulation.run(stream(), 0, RunOptions.defaults());
        assertEquals(a.failures(), b.failures());
        assertEquals(a.events(), b.events());
        assertEquals(a.origin().stats().outcomes(Outcome.ERROR), b.origin().stats().outcomes(Outcome.ERROR));
    }

    private static long refusedAtTheEdge(RunResult r) {
        return r.clients().requests() - r.edge().stats().requests();
    }
}
