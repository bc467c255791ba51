package io.cdnsim.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cdnsim.cache.TtlRule;
import io.cdnsim.content.CacheControl;
import io.cdnsim.content.Ladder;
import io.cdnsim.content.ObjectKind;
import io.cdnsim.content.Rendition;
import io.cdnsim.metrics.NodeStats;
import io.cdnsim.metrics.Outcome;
import io.cdnsim.metrics.UpstreamReason;
import io.cdnsim.model.Arrival;
import io.cdnsim.model.Audience;
import io.cdnsim.model.CacheNodeSpec;
import io.cdnsim.model.CacheSettings;
import io.cdnsim.model.Clients;
import io.cdnsim.model.DeviceClass;
import io.cdnsim.model.Distribution;
import io.cdnsim.model.LastMile;
import io.cdnsim.model.LiveEvent;
import io.cdnsim.model.OriginSpec;
import io.cdnsim.model.PlayerSettings;
import io.cdnsim.model.RunSettings;
import io.cdnsim.model.Scenario;
import io.cdnsim.model.SyntheticStream;
import io.cdnsim.model.SizeSpec;
import io.cdnsim.model.Tier;
import io.cdnsim.model.Topology;
import io.cdnsim.model.Workload;
import io.cdnsim.network.Requests;
import io.cdnsim.player.Session;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Pins the conservation check (Q3): it passes on runs that exercise every outcome across a warm-up, and each
 * invariant, broken on purpose by a fault planted in the counters, fails the run with its name and numbers.
 */
class ConservationTest {

    private static final long MS = 1_000;
    private static final long S = 1_000_000;

    private static CacheSettings cache(long capacityBytes, long lockTimeout) {
        return new CacheSettings(capacityBytes, "lru", -1, TtlRule.ORIGIN, true, true, lockTimeout, MS);
    }

    /**
     * Two edges behind a shield and a third edge straight on the origin (a parent that skips a tier); short
     * lifetimes with stale-while-revalidate and stale-if-error, collapsing with a lock timeout, an origin that
     * overloads and times out: every outcome occurs, before and after the warm-up.
     */
    private static Scenario stream() {
        Topology topology = new Topology("conservation", "", List.of("r"), List.of(
                new Tier("edge", List.of(
                        new CacheNodeSpec("e1", "r", 1, "s", 20 * MS, Long.MAX_VALUE, cache(200_000, 30 * MS)),
                        new CacheNodeSpec("e2", "r", 1, "s", 30 * MS, Long.MAX_VALUE, cache(200_000, 30 * MS)),
                        new CacheNodeSpec("e3", "r", 1, "o", 50 * MS, Long.MAX_VALUE, cache(200_000, 30 * MS)))),
                new Tier("shield", List.of(
                        new CacheNodeSpec("s", "r", 1, "o", 10 * MS, Long.MAX_VALUE, cache(600_000, 50 * MS))))),
                List.of(new OriginSpec("o", 5 * MS, 400, 50_000_000, 80 * MS)));
        CacheControl cc = new CacheControl(2 * S, CacheControl.ABSENT, S, 5 * S, false);
        Workload workload = new Workload(2_000, 0.9, 3_000, new SizeSpec.Fixed(1_000), ObjectKind.MEDIA_SEGMENT,
                Map.of());
        return new Scenario("conservation-stream", "", topology, 11, new RunSettings(12 * S, 4 * S, 1),
                Map.of(ObjectKind.MEDIA_SEGMENT, cc), 400, new SyntheticStream(workload, new Clients(20 * MS, 20_000_000)));
    }

    /** A small live event: 300 viewers join over 5 s, two edges on one origin, a warm-up of 10 s. */
    private static Scenario live() {
        Topology topology = new Topology("live", "", List.of("r"), List.of(new Tier("edge", List.of(
                        new CacheNodeSpec("e1", "r", 1, "o", 20 * MS, Long.MAX_VALUE, cache(1L << 40, Long.MAX_VALUE)),
                        new CacheNodeSpec("e2", "r", 1, "o", 30 * MS, Long.MAX_VALUE,
                                cache(1L << 40, Long.MAX_VALUE))))),
                List.of(new OriginSpec("o", 10 * MS, Double.POSITIVE_INFINITY, Long.MAX_VALUE, 10 * S)));
        Ladder ladder = new Ladder("test", List.of(new Rendition(800_000, 640, 360),
                new Rendition(3_000_000, 1280, 720)));
        Audience audience = new Audience(300, new Arrival.Spike(S, 5 * S), new Distribution.Fixed(20 * S), 10 * S,
                Map.of(), List.of(new DeviceClass("desktop", 1, 30 * S, 2160, 1)),
                Map.of("*", new LastMile(new Distribution.Fixed(8e6), 0, new Distribution.Fixed(30 * MS))),
                List.of());
        LiveEvent spec = new LiveEvent(2 * S, 60 * S, ladder, 0, audience,
                new PlayerSettings("throughput", 0.9, 2 * S, 3, 500 * MS));
        CacheControl segments = new CacheControl(86_400 * S, CacheControl.ABSENT, CacheControl.ABSENT,
                CacheControl.ABSENT, false);
        CacheControl playlists = new CacheControl(S, CacheControl.ABSENT, CacheControl.ABSENT, CacheControl.ABSENT,
                false);
        return new Scenario("conservation-live", "", topology, 5, new RunSettings(30 * S, 10 * S, 1),
                Map.of(ObjectKind.MEDIA_SEGMENT, segments, ObjectKind.INIT_SEGMENT, segments,
                        ObjectKind.MASTER_MANIFEST, segments, ObjectKind.MEDIA_PLAYLIST, playlists), 500, spec);
    }

    private static RunResult run(Scenario scenario, Fault fault) {
        return Simulation.run(scenario, 0, RunOptions.defaults(), fault);
    }

    private static ConservationException broken(Scenario scenario, Fault fault) {
        return assertThrows(ConservationException.class, () -> run(scenario, fault));
    }

    // Pins that an untouched run passes the check, and that the stream really exercises every outcome.
    @Test
    void aRequestStreamWithEveryOutcomePasses() {
        RunResult r = run(stream(), Fault.NONE);
        NodeStats all = new NodeStats();
        r.tiers().forEach(t -> all.add(t.stats()));
        for (Outcome o : Outcome.values()) {
            assertTrue(all.outcomes(o) > 0, o + " never happened");
        }
        for (UpstreamReason u : List.of(UpstreamReason.MISS, UpstreamReason.REFRESH, UpstreamReason.BACKGROUND,
                UpstreamReason.LOCK_TIMEOUT)) {
            assertTrue(all.upstreamRequests(u) > 0, u + " never happened");
        }
        assertTrue(all.upstreamFailed() > 0, "no upstream request failed");
        assertTrue(all.lockTimeouts() > 0, "no lock timeout happened");
    }

    // Pins that a live event passes the check, sessions included.
    @Test
    void aLiveEventPasses() {
        RunResult r = run(live(), Fault.NONE);
        assertEquals(300, r.qoe().joined());
        assertEquals(300, r.qoe().total().sessions());
    }

    // Pins 'outcomes': a request that arrives and is never answered is caught, with the node and the sum.
    @Test
    void anUnansweredRequestBreaksOutcomes() {
        long[] requests = new long[1];
        ConservationException e = broken(stream(), (network, viewers) -> {
            network.stats(0).arrival(ObjectKind.MEDIA_SEGMENT);
            requests[0] = network.stats(0).requests();
        });
        assertEquals("outcomes", e.invariant());
        assertTrue(e.getMessage().contains("at edge node 'e1', requests in " + requests[0] + " != HIT "),
                e.getMessage());
        assertTrue(e.getMessage().endsWith(" = " + (requests[0] - 1)), e.getMessage());
    }

    // Pins 'upstream': a background revalidation an edge counts but its parent never received is caught at the parent.
    @Test
    void aLostFetchBreaksUpstream() {
        long[] received = new long[1];
        ConservationException e = broken(stream(), (network, viewers) -> {
            network.stats(1).upstreamRequest(UpstreamReason.BACKGROUND, true);
            received[0] = network.stats(3).requests();
        });
        assertEquals("upstream", e.invariant());
        assertEquals("conservation invariant 'upstream' violated: at shield node 's', requests in " + received[0]
                + " != requests its children sent upstream " + (received[0] + 1), e.getMessage());
    }

    // Pins 'failed': an error an edge says it received but its parent never sent is caught at the parent.
    @Test
    void aPhantomFailureBreaksFailed() {
        long[] errors = new long[1];
        ConservationException e = broken(stream(), (network, viewers) -> {
            network.stats(1).upstreamResponse(0, true);
            errors[0] = network.stats(3).outcomes(Outcome.ERROR);
        });
        assertEquals("failed", e.invariant());
        assertEquals("conservation invariant 'failed' violated: at shield node 's', ERROR answers " + errors[0]
                + " != failed requests its children received " + (errors[0] + 1), e.getMessage());
    }

    // Pins 'fetches': an answer from a failed fetch that no upstream request explains is caught, though the node's
    // requests and outcomes balance.
    @Test
    void aFallbackWithoutAFetchBreaksFetches() {
        ConservationException e = broken(stream(), (network, viewers) -> {
            network.stats(0).arrival(ObjectKind.MEDIA_SEGMENT);
            network.stats(0).answered(ObjectKind.MEDIA_SEGMENT, Outcome.FALLBACK, 1_000, 0);
        });
        assertEquals("fetches", e.invariant());
        assertTrue(e.getMessage().startsWith("conservation invariant 'fetches' violated: at edge node 'e1', MISS + "
                + "REFRESH_HIT + COLLAPSED + FALLBACK + ERROR "), e.getMessage());
    }

    // Pins 'bytes' at the origin: egress must equal the bodies its children received.
    @Test
    void aPhantomBodyBreaksOriginEgress() {
        long[] egress = new long[1];
        ConservationException e = broken(stream(), (network, viewers) -> {
            network.stats(3).upstreamResponse(1_000, false);
            egress[0] = network.stats(4).bytesOut();
        });
        assertEquals("bytes", e.invariant());
        assertEquals("conservation invariant 'bytes' violated: at origin node 'o', bytes sent " + egress[0]
                + " != bytes its children received " + (egress[0] + 1_000), e.getMessage());
    }

    // Pins 'drained': a request left in flight at the end is caught.
    @Test
    void aStuckRequestBreaksDrained() {
        ConservationException e = broken(stream(), (network, viewers) ->
                network.requests().open(0, Requests.CLIENT, 0, 0, Requests.NO_VERSION, true));
        assertEquals("drained", e.invariant());
        assertTrue(e.getMessage().contains("1 requests still in flight"), e.getMessage());
    }

    // Pins 'clients': an edge answer the viewers never got is caught, though the edge itself balances.
    @Test
    void anAnswerNoViewerGotBreaksClients() {
        long[] edge = new long[1];
        ConservationException e = broken(stream(), (network, viewers) -> {
            network.stats(2).arrival(ObjectKind.MEDIA_SEGMENT);
            network.stats(2).answered(ObjectKind.MEDIA_SEGMENT, Outcome.HIT, 1_000, 0);
            for (int n = 0; n < 3; n++) {
                edge[0] += network.stats(n).requests();
            }
        });
        assertEquals("clients", e.invariant());
        assertTrue(e.getMessage().endsWith(" != requests the edge tier received " + edge[0]), e.getMessage());
        assertTrue(e.getMessage().contains("answers the viewers got " + (edge[0] - 1)), e.getMessage());
    }

    // Pins 'sessions': a session counted that no viewer joined for is caught.
    @Test
    void aPhantomSessionBreaksSessions() {
        ConservationException e = broken(live(), (network, viewers) -> viewers.qoe(0, 0).add(
                new Session(999, "r", "desktop", "e1", 0, S, 0, false, 0, 0, S, 1e6, 0, 1, 0)));
        assertEquals("sessions", e.invariant());
        assertEquals("conservation invariant 'sessions' violated: sessions ended 301 != viewers who joined 300",
                e.getMessage());
    }
}
