package io.cdnsim.player;

import io.cdnsim.cache.TtlRule;
import io.cdnsim.content.CacheControl;
import io.cdnsim.content.Ladder;
import io.cdnsim.content.ObjectKind;
import io.cdnsim.content.Rendition;
import io.cdnsim.metrics.TimeSeries;
import io.cdnsim.model.Arrival;
import io.cdnsim.model.Audience;
import io.cdnsim.model.CacheNodeSpec;
import io.cdnsim.model.CacheSettings;
import io.cdnsim.model.Congestion;
import io.cdnsim.model.DeviceClass;
import io.cdnsim.model.Distribution;
import io.cdnsim.model.LastMile;
import io.cdnsim.model.LiveEvent;
import io.cdnsim.model.OnDemandService;
import io.cdnsim.model.OriginSpec;
import io.cdnsim.model.PlayerSettings;
import io.cdnsim.model.RunSettings;
import io.cdnsim.model.Scenario;
import io.cdnsim.model.Tier;
import io.cdnsim.model.Topology;
import io.cdnsim.run.RunOptions;
import io.cdnsim.run.RunResult;
import io.cdnsim.run.Simulation;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Small live events built in code, and a way to run them keeping the sessions and the time series. */
final class LiveFixture {

    static final long MS = 1_000;
    static final long S = 1_000_000;

    /** What a run gave. */
    record Run(RunResult result, List<Session> sessions, List<long[]> rows, List<String> columns) {
        long[] column(String name) {
            int c = columns.indexOf(name);
            return rows.stream().mapToLong(r -> r[c]).toArray();
        }
    }

    private LiveFixture() {
    }

    static CacheSettings bigCache(boolean collapsing) {
        return new CacheSettings(1_000_000_000_000L, "lru", -1, TtlRule.ORIGIN, true, collapsing, Long.MAX_VALUE, 0);
    }

    /** One edge node, {@code rtt} from the origin; the origin answers after {@code service}. */
    static Topology edgeOnly(long rtt, long service) {
        return new Topology("edge-only", "", List.of("r"),
                List.of(new Tier("edge", List.of(new CacheNodeSpec("edge", "r", 1, "origin", rtt, Long.MAX_VALUE,
                        bigCache(true))))),
                List.of(new OriginSpec("origin", service, Double.POSITIVE_INFINITY, Long.MAX_VALUE, 10 * S)));
    }

    /** Four edges in two regions, two mids, one shield (if wanted), one origin; collapsing on or off. */
    static Topology hierarchy(boolean shield, boolean collapsing) {
        String midParent = shield ? "shield" : "origin";
        List<Tier> tiers = new ArrayList<>();
        tiers.add(new Tier("edge", List.of(
                new CacheNodeSpec("e1", "a", 1, "m1", 10 * MS, Long.MAX_VALUE, bigCache(collapsing)),
                new CacheNodeSpec("e2", "a", 1, "m1", 12 * MS, Long.MAX_VALUE, bigCache(collapsing)),
                new CacheNodeSpec("e3", "b", 1, "m2", 14 * MS, Long.MAX_VALUE, bigCache(collapsing)),
                new CacheNodeSpec("e4", "b", 1, "m2", 16 * MS, Long.MAX_VALUE, bigCache(collapsing)))));
        tiers.add(new Tier("mid", List.of(
                new CacheNodeSpec("m1", "a", 1, midParent, 30 * MS, Long.MAX_VALUE, bigCache(collapsing)),
                new CacheNodeSpec("m2", "b", 1, midParent, 40 * MS, Long.MAX_VALUE, bigCache(collapsing)))));
        if (shield) {
            tiers.add(new Tier("shield", List.of(
                    new CacheNodeSpec("shield", "a", 1, "origin", 2 * MS, Long.MAX_VALUE, bigCache(collapsing)))));
        }
        return new Topology("hierarchy", "", List.of("a", "b"), tiers,
                List.of(new OriginSpec("origin", 10 * MS, Double.POSITIVE_INFINITY, Long.MAX_VALUE, 10 * S)));
    }

    /**
     * Two regions, one edge each, straight to the origin: e1 (region a) 12 ms away, e2 (region b) 14 ms away. Two
     * partitions: {e1, origin} and {e2}.
     */
    static Topology twoRegionsToTheOrigin() {
        return new Topology("two-regions", "", List.of("a", "b"),
                List.of(new Tier("edge", List.of(
                        new CacheNodeSpec("e1", "a", 1, "origin", 12 * MS, Long.MAX_VALUE, bigCache(true)),
                        new CacheNodeSpec("e2", "b", 1, "origin", 14 * MS, Long.MAX_VALUE, bigCache(true))))),
                List.of(new OriginSpec("origin", 10 * MS, Double.POSITIVE_INFINITY, Long.MAX_VALUE, 10 * S)));
    }

    static Ladder ladder(long... bitrates) {
        List<Rendition> r = new ArrayList<>();
        for (int i = 0; i < bitrates.length; i++) {
            r.add(new Rendition(bitrates[i], 640 + i, 360 + i));
        }
        return new Ladder("test", r);
    }

    /** Viewers with a fixed throughput and RTT, no variation, one device class with a 30 s buffer. */
    static Audience audience(int viewers, Arrival arrival, long session, double bps, long rtt,
                             List<Congestion> congestion) {
        return new Audience(viewers, arrival, new Distribution.Fixed(session), 10 * S, Map.of(),
                List.of(new DeviceClass("desktop", 1, 30 * S, 2160, 1)),
                Map.of("*", new LastMile(new Distribution.Fixed(bps), 0, new Distribution.Fixed(rtt))), congestion);
    }

    static Scenario scenario(Topology topology, long segment, Ladder ladder, Audience audience, String abr,
                             long duration, long warmup) {
        LiveEvent live = new LiveEvent(segment, 60 * S, ladder, 0, audience,
                new PlayerSettings(abr, 0.9, segment, 3, 500 * MS));
        CacheControl segments = new CacheControl(86_400 * S, CacheControl.ABSENT, CacheControl.ABSENT,
                CacheControl.ABSENT, false);
        CacheControl playlists = new CacheControl(segment / 2, CacheControl.ABSENT, CacheControl.ABSENT,
                CacheControl.ABSENT, false);
        return new Scenario("live-test", "", topology, 5, new RunSettings(duration, warmup, 1),
                Map.of(ObjectKind.MEDIA_SEGMENT, segments, ObjectKind.INIT_SEGMENT, segments,
                        ObjectKind.MASTER_MANIFEST, segments, ObjectKind.MEDIA_PLAYLIST, playlists),
                500, live);
    }

    /**
     * An on-demand scenario on {@link #edgeOnly} (20 ms RTT, 10 ms service) whose objects stay fresh for a day, run
     * for 600 s.
     */
    static Scenario vod(String name, OnDemandService vod) {
        CacheControl day = new CacheControl(86_400 * S, CacheControl.ABSENT, CacheControl.ABSENT,
                CacheControl.ABSENT, false);
        return new Scenario(name, "", edgeOnly(20 * MS, 10 * MS), 3, new RunSettings(600 * S, 0, 1),
                Map.of(ObjectKind.MEDIA_SEGMENT, day, ObjectKind.INIT_SEGMENT, day, ObjectKind.MASTER_MANIFEST, day,
                        ObjectKind.MEDIA_PLAYLIST, day), 500, vod);
    }

    static Run run(Scenario scenario) {
        return run(scenario, 1);
    }

    /** Runs replication 0 on up to {@code threads} threads (a partitioned network uses them). */
    static Run run(Scenario scenario, int threads) {
        List<Session> sessions = new ArrayList<>();
        List<long[]> rows = new ArrayList<>();
        RunResult r = Simulation.run(scenario, 0, RunOptions.defaults()
                .withSeries((second, values) -> rows.add(values.clone())).withSessions(sessions::add)
                .withThreads(threads));
        return new Run(r, sessions, rows, Simulation.seriesColumns(scenario));
    }

    static TimeSeries.Sink none() {
        return TimeSeries.Sink.NONE;
    }
}
