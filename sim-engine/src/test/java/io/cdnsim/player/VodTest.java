package io.cdnsim.player;

import static io.cdnsim.player.LiveFixture.MS;
import static io.cdnsim.player.LiveFixture.S;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cdnsim.content.CacheControl;
import io.cdnsim.content.Ladder;
import io.cdnsim.content.ObjectIds;
import io.cdnsim.content.ObjectKind;
import io.cdnsim.content.SegmentSizes;
import io.cdnsim.content.VodCatalog;
import io.cdnsim.metrics.Outcome;
import io.cdnsim.model.Arrival;
import io.cdnsim.model.Audience;
import io.cdnsim.model.Distribution;
import io.cdnsim.model.LastMile;
import io.cdnsim.model.PlayerSettings;
import io.cdnsim.model.RunSettings;
import io.cdnsim.model.Scenario;
import io.cdnsim.model.ThroughputTrace;
import io.cdnsim.model.UrlSpec;
import io.cdnsim.model.OnDemandService;
import io.cdnsim.metrics.Outcome;
import java.util.List;
import java.util.Map;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;

/** On-demand catalogs (C3): sizes, a viewer watching a title to its end, pre-positioning, release joins. */
class VodTest {

    private static final long D = 4 * S;
    private static final Ladder LADDER = LiveFixture.ladder(1_000_000, 4_000_000);

    /** Pins sizes by hand: 4 s at 1 Mbit/s is 500,000 bytes; a playlist of 3 segments 200 + 3 x 70 bytes. */
    @Test
    void catalogSizesAndIds() {
        VodCatalog c = new VodCatalog(D, LADDER, new int[] {3, 10}, 0, 1);
        assertEquals(500_000, c.size(c.segment(0, 0, 2)));
        assertEquals(2_000_000, c.size(c.segment(1, 1, 9)));
        assertEquals(410, c.size(c.playlist(0, 1)));
        assertEquals(900, c.size(c.playlist(1, 0)));
        assertEquals(1_500, c.size(c.init(1, 0)));
        assertEquals(ObjectKind.MEDIA_SEGMENT, c.kind(c.segment(1, 1, 9)));
        assertEquals(1, ObjectIds.title(c.segment(1, 1, 9)));
        assertEquals(0, c.version(c.segment(1, 1, 9), 1_000 * S));
    }

    /**
     * Pins sizes from a list (Sabre's movie.json as read): segment i in rendition r has row i's size whatever the
     * title and the size variation, and a title longer than the list reads it again from row 0.
     */
    @Test
    void sizesFromAList() {
        SegmentSizes sizes = new SegmentSizes(D, new long[][] {{100, 400}, {200, 800}});
        VodCatalog c = new VodCatalog(D, LADDER, new int[] {5, 5}, 0.5, 1, 0, sizes);
        assertEquals(100, c.size(c.segment(0, 0, 0)));
        assertEquals(800, c.size(c.segment(1, 1, 1)));
        assertEquals(400, c.size(c.segment(0, 1, 4)));
        assertEquals(200, c.size(c.segment(1, 0, 3)));
        assertEquals(1_500, c.size(c.init(0, 0)));
    }

    private static Scenario oneTitle(int viewers, double bps, OnDemandService.PrePosition pre) {
        OnDemandService vod = new OnDemandService(D, LADDER, 0, 1, 1.0, new Distribution.Fixed(3 * D), List.of(), pre,
                LiveFixture.audience(viewers, new Arrival.Spike(0, 10 * S), 3_600 * S, bps, 0, List.of()),
                new PlayerSettings("throughput", 0.9, D, 3, 500 * MS), UrlSpec.SHARED);
        return LiveFixture.vod("vod-test", vod);
    }

    /**
     * Pins a viewer watching a three-segment title to its end: it downloads segments 0, 1, 2 (nothing beyond the
     * title), plays from its first segment on without a stall and leaves exactly when the third segment has played:
     * played time 12 s, session end = playback start + 12 s, long before its one-hour session length.
     */
    @Test
    void viewerWatchesTheTitleToItsEndAndLeaves() {
        LiveFixture.Run run = LiveFixture.run(oneTitle(1, 50_000_000, null));
        Session s = run.sessions().get(0);
        assertEquals(3, s.segments());
        assertEquals(3 * D, s.playedTime());
        assertEquals(0, s.stalls());
        assertEquals(s.joinedAt() + s.startupTime() + 3 * D, s.endedAt());
        assertEquals(3, run.result().origin().stats().requests(ObjectKind.MEDIA_SEGMENT));
    }

    /**
     * Pins an encrypted title: three segments with a key every two segments (8 s): the viewer fetches key 0 before
     * segment 0 and key 1 before segment 2, and nothing else changes: three segments, played to the end. The keys
     * are sent private, so both reach the origin.
     */
    @Test
    void encryptedTitleFetchesOneKeyPerKeyPeriod() {
        Scenario clear = oneTitle(1, 50_000_000, null);
        OnDemandService v = (OnDemandService) clear.demand();
        OnDemandService encrypted = new OnDemandService(v.segmentDuration(), v.ladder(), v.sizeVariation(), v.titles(), v.alpha(),
                v.length(), v.releases(), v.prePosition(), v.audience(), v.player(), v.urls(), 2 * D);
        Map<ObjectKind, CacheControl> cc = new java.util.HashMap<>(clear.cacheControl());
        cc.put(ObjectKind.KEY, new CacheControl(CacheControl.ABSENT, CacheControl.ABSENT, CacheControl.ABSENT,
                CacheControl.ABSENT, true));
        LiveFixture.Run run = LiveFixture.run(new Scenario("vod-keys", "", clear.topology(), clear.seed(),
                clear.run(), cc, clear.headerBytes(), encrypted));
        Session s = run.sessions().get(0);
        assertEquals(3, s.segments());
        assertEquals(3 * D, s.playedTime());
        assertEquals(2, run.result().edge().stats().requests(ObjectKind.KEY));
        assertEquals(2, run.result().origin().stats().requests(ObjectKind.KEY));
    }

    /**
     * Pins a trace-driven last mile by hand: the trace gives 1 Mbit/s for its first second, then 4 Mbit/s, no
     * latency; the edge and origin answer at once. From the join: master manifest 350 B = 2,800 bits (2,800 us),
     * playlist 270 B = 2,160 bits (to 4,960 us), init segment 12,000 bits (to 16,960 us), then the one 4 s segment
     * at 2 Mbit/s, 8,000,000 bits: 983,040 bits by 1 s, the other 7,016,960 at 4 Mbit/s take 1,754,240 us. So
     * playback starts 2,754,240 us after the join and the viewer leaves 4 s later.
     */
    @Test
    void traceDrivenDownloadsFollowThePieces() {
        ThroughputTrace trace = new ThroughputTrace(new long[] {0, S}, 60 * S, new double[] {1e6, 4e6}, null);
        Audience base = LiveFixture.audience(1, new Arrival.Spike(0, 10 * S), 3_600 * S, 1e6, 0, List.of());
        Audience audience = new Audience(1, base.arrival(), base.sessionLength(), base.patience(), Map.of(),
                base.devices(), Map.of("*", new LastMile(new Distribution.Fixed(1e6), 0, new Distribution.Fixed(0),
                trace)), List.of());
        OnDemandService vod = new OnDemandService(D, LiveFixture.ladder(2_000_000), 0, 1, 1.0, new Distribution.Fixed(D), List.of(),
                null, audience, new PlayerSettings("throughput", 0.9, D, 3, 500 * MS), UrlSpec.SHARED);
        Scenario s = new Scenario("vod-trace", "", LiveFixture.edgeOnly(0, 0), 3, new RunSettings(600 * S, 0, 1),
                Map.of(), 500, vod);
        Session session = LiveFixture.run(s).sessions().get(0);
        assertEquals(2_754_240, session.startupTime());
        assertEquals(session.joinedAt() + 2_754_240 + D, session.endedAt());
    }

    /** Pins pre-positioning: with the title filled into the edge before the run, no segment request misses. */
    @Test
    void prePositionedTitleIsAHitFromTheStart() {
        LiveFixture.Run run = LiveFixture.run(oneTitle(20, 50_000_000,
                new OnDemandService.PrePosition(List.of("edge"), 1)));
        assertEquals(0, run.result().edge().stats().outcomes(ObjectKind.MEDIA_SEGMENT, Outcome.MISS));
        assertEquals(0, run.result().origin().requests());
        assertEquals(60, run.result().edge().stats().outcomes(ObjectKind.MEDIA_SEGMENT, Outcome.HIT));
    }

    /**
     * Pins the shot-noise joins: a release's viewers join after it at the sum of two exponentials, so their mean
     * delay is rise + decay = 14 min with standard deviation sqrt(2^2 + 12^2) min; over 40,000 viewers the sample
     * mean is within 4 standard errors (0.24 min). Joins come out in time order; release viewers watch title
     * catalogTitles + k.
     */
    @Test
    void releaseJoinsFollowTheShotNoiseProfile() {
        long minute = 60 * S;
        OnDemandService.Release r = new OnDemandService.Release("ep", 10 * minute, 40_000, 2 * minute, 12 * minute, 50 * minute);
        Joins none = Joins.nobody();
        VodJoins joins = new VodJoins(none, 100, 1.0, List.of(r), RandomSource.SPLIT_MIX_64.create(1L),
                RandomSource.SPLIT_MIX_64.create(2L), Long.MAX_VALUE);
        double sum = 0;
        long previous = 0;
        int n = 0;
        for (long t = joins.next(); t != Joins.NONE; t = joins.next()) {
            assertTrue(t >= previous, "in time order");
            assertEquals(100, joins.title());
            previous = t;
            sum += t - 10 * minute;
            n++;
        }
        assertEquals(40_000, n);
        double standardError = Math.sqrt(2 * 2 + 12 * 12) * minute / Math.sqrt(n);
        assertEquals(14.0 * minute, sum / n, 4 * standardError);
    }
}
