package io.cdnsim.player;

import static io.cdnsim.player.LiveFixture.MS;
import static io.cdnsim.player.LiveFixture.S;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.cdnsim.content.CacheControl;
import io.cdnsim.content.ObjectKind;
import io.cdnsim.metrics.Outcome;
import io.cdnsim.model.Arrival;
import io.cdnsim.model.LiveEvent;
import io.cdnsim.model.Scenario;
import io.cdnsim.run.RunResult;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Encrypted live channels: players fetch each key period's key before its first segment (C1, V4). */
class KeyRotationTest {

    /**
     * The scenario of {@link LiveEventTest#singlePlayerStartupByHand} (or with {@code viewers} of them), encrypted
     * with a new key every {@code rotation}, keys served with the given Cache-Control.
     */
    private static Scenario encrypted(int viewers, long rotation, CacheControl keys) {
        Scenario clear = LiveFixture.scenario(LiveFixture.edgeOnly(20 * MS, 10 * MS), 2 * S,
                LiveFixture.ladder(1_000_000), LiveFixture.audience(viewers, new Arrival.Spike(5 * S, 0), 60 * S,
                        10e6, 30 * MS, List.of()), "throughput", 30 * S, 0);
        LiveEvent l = (LiveEvent) clear.demand();
        LiveEvent live = new LiveEvent(l.segmentDuration(), l.dvrWindow(), l.ladder(), l.sizeVariation(), l.audience(),
                l.player(), l.urls(), rotation);
        Map<ObjectKind, CacheControl> cc = new HashMap<>(clear.cacheControl());
        cc.put(ObjectKind.KEY, keys);
        return new Scenario(clear.name(), "", clear.topology(), clear.seed(), clear.run(), cc, clear.headerBytes(),
                live);
    }

    private static final CacheControl PRIVATE = new CacheControl(CacheControl.ABSENT, CacheControl.ABSENT,
            CacheControl.ABSENT, CacheControl.ABSENT, true);
    private static final CacheControl CACHEABLE = new CacheControl(3_600 * S, CacheControl.ABSENT,
            CacheControl.ABSENT, CacheControl.ABSENT, false);

    /**
     * Pins the key in a startup, by hand: the clear channel's startup is 443,320 us (master, playlist, init and
     * first segment, each 60 ms to the first byte, see LiveEventTest); the key (16 bytes) is one more miss before
     * the first segment: 60 ms + ceil(16 x 8 / 10 Mbit/s) = 60,013 us, so 503,333 us.
     */
    @Test
    void theKeyDelaysTheFirstSegment() {
        Session v = LiveFixture.run(encrypted(1, 10 * S, PRIVATE)).sessions().get(0);
        assertEquals(503_333, v.startupTime());
    }

    /**
     * Pins how many keys a player fetches: one per key period its segments cover. The viewer joins at 5 s; the
     * channel's segment n is published at (n - 29) x 2 s, so the playlist it reads lists 31 and it starts 3
     * segments behind, at 29; with 5 segments per key (10 s), segments 29 .. 29 + n - 1 span periods 5 .. (28 + n)
     * / 5. Private keys: each request is passed to the origin, none is kept or collapsed.
     */
    @Test
    void oneKeyPerKeyPeriodWatched() {
        LiveFixture.Run run = LiveFixture.run(encrypted(1, 10 * S, PRIVATE));
        int n = run.sessions().get(0).segments();
        long periods = (28 + n) / 5 - 29 / 5 + 1;
        RunResult r = run.result();
        assertEquals(periods, r.edge().stats().requests(ObjectKind.KEY));
        assertEquals(periods, r.edge().stats().outcomes(ObjectKind.KEY, Outcome.MISS));
        assertEquals(periods, r.origin().stats().requests(ObjectKind.KEY));
    }

    /**
     * Pins the key server's load: 200 viewers joining at the same instant on one edge. Private keys reach the origin
     * once per viewer and period (the edge neither keeps nor collapses them); cacheable keys once per period, the
     * other viewers' requests collapsing on that fetch or hitting the copy.
     */
    @Test
    void privateKeysReachTheOriginOncePerViewerCacheableOncePerPeriod() {
        RunResult passed = LiveFixture.run(encrypted(200, 10 * S, PRIVATE)).result();
        long keyRequests = passed.edge().stats().requests(ObjectKind.KEY);
        assertEquals(keyRequests, passed.origin().stats().requests(ObjectKind.KEY));
        assertEquals(0, passed.edge().stats().outcomes(ObjectKind.KEY, Outcome.COLLAPSED));

        LiveFixture.Run cached = LiveFixture.run(encrypted(200, 10 * S, CACHEABLE));
        int n = cached.sessions().get(0).segments();
        long periods = (28 + n) / 5 - 29 / 5 + 1;
        assertEquals(periods, cached.result().origin().stats().requests(ObjectKind.KEY));
        assertEquals(200 * periods, cached.result().edge().stats().requests(ObjectKind.KEY));
        assertEquals(keyRequests, 200 * periods);
    }
}
