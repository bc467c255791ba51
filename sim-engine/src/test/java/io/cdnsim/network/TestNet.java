package io.cdnsim.network;

import io.cdnsim.cache.TtlRule;
import io.cdnsim.content.CacheControl;
import io.cdnsim.content.FixedCatalog;
import io.cdnsim.content.ObjectKind;
import io.cdnsim.kernel.EventLoop;
import io.cdnsim.metrics.NodeStats;
import io.cdnsim.metrics.TimeSeries;
import io.cdnsim.metrics.WarmUp;
import io.cdnsim.model.CacheNodeSpec;
import io.cdnsim.model.CacheSettings;
import io.cdnsim.model.OriginSpec;
import io.cdnsim.model.Tier;
import io.cdnsim.model.Topology;
import io.cdnsim.random.RandomStreams;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * A small network driven by hand: requests at chosen times, answers recorded. Objects 1..n are media segments of
 * a fixed size. Times in microseconds.
 */
final class TestNet {

    static final long MS = 1_000;
    static final long S = 1_000_000;
    static final long SIZE = 1_000_000;
    static final long HEADER = 500;

    /** One answer a viewer got. */
    record Answer(long object, long sentAt, long answeredAt, int status, long body) {
    }

    final EventLoop loop = new EventLoop();
    final Network net;
    final List<Answer> answers = new ArrayList<>();
    /** Time-series rows, one per second closed by {@link #closeSecondsUntil}. */
    final List<long[]> rows = new ArrayList<>();
    private final TimeSeries series;
    private final int driver;

    private TestNet(Topology topology, CacheControl segments, long warmupEnd, int objects) {
        long[] sizes = new long[objects];
        Arrays.fill(sizes, SIZE);
        FixedCatalog catalog = new FixedCatalog(ObjectKind.MEDIA_SEGMENT, sizes);
        List<String> tiers = new ArrayList<>();
        topology.tiers().forEach(t -> tiers.add(t.name()));
        tiers.add("origin");
        series = new TimeSeries(tiers, 0, (second, values) -> rows.add(values.clone()));
        net = Wiring.build(topology, Map.of(ObjectKind.MEDIA_SEGMENT, segments), loop, catalog, series,
                new RandomStreams(1), new WarmUp(warmupEnd), HEADER).network();
        // Each request's tag is its object, so an answer names what it answers.
        net.setClients((tag, edge, status, sentAt, firstByteAt, version, body, bottleneck, counted) ->
                answers.add(new Answer(tag, sentAt, firstByteAt, status, body)));
        driver = loop.register((variant, object) -> net.request(0, object, variant, object));
        naming = loop.register((next, object) -> net.request(0, object, Requests.UNKNOWN_SIZE, 0, next, object));
    }

    private final int naming;

    /** A viewer asks edge node 0 for an object at a time, naming the next object it will ask for (CMCD nor). */
    TestNet requestNaming(long time, long object, int next) {
        loop.schedule(time, naming, next, object);
        return this;
    }

    static TestNet of(Topology topology, CacheControl segments) {
        return new TestNet(topology, segments, 0, 10);
    }

    static TestNet withWarmup(Topology topology, CacheControl segments, long warmupEnd) {
        return new TestNet(topology, segments, warmupEnd, 10);
    }

    /** A viewer asks edge node 0 for an object at a time. */
    TestNet request(long time, long object) {
        return request(time, object, 0);
    }

    /** A viewer asks edge node 0 for a URL variant of an object (e.g. its own token in the query string). */
    TestNet request(long time, long object, int variant) {
        loop.schedule(time, driver, variant, object);
        return this;
    }

    /** Closes a time-series row at the end of each second up to {@code seconds}. */
    TestNet closeSecondsUntil(int seconds) {
        int ticker = loop.register((kind, arg) -> series.closeSecond());
        for (int i = 1; i <= seconds; i++) {
            loop.schedule(i * S, ticker, 0, 0);
        }
        return this;
    }

    TestNet run() {
        loop.run();
        return this;
    }

    NodeStats edge() {
        return net.stats(0);
    }

    NodeStats node(int i) {
        return net.stats(i);
    }

    NodeStats origin() {
        return net.stats(net.nodeCount() - 1);
    }

    static CacheSettings cache(boolean collapsing, long lockTimeout) {
        return new CacheSettings(100 * SIZE, "lru", -1, TtlRule.ORIGIN, true, collapsing, lockTimeout, 0);
    }

    /** Edge (RTT 20 ms to the origin) and origin (service time 10 ms, with the given capacity). */
    static Topology edgeOrigin(CacheSettings edge, double requestsPerSecond, long egressBps, long timeout) {
        return new Topology("t", "", List.of("r"),
                List.of(new Tier("edge", List.of(new CacheNodeSpec("edge", "r", 1, "origin", 20 * MS,
                        Long.MAX_VALUE, edge)))),
                List.of(new OriginSpec("origin", 10 * MS, requestsPerSecond, egressBps, timeout)));
    }

    static Topology edgeOrigin(CacheSettings edge) {
        return edgeOrigin(edge, Double.POSITIVE_INFINITY, Long.MAX_VALUE, 10 * S);
    }

    /** Edge (RTT 20 ms) -> shield (RTT 2 ms) -> origin (service time 10 ms). */
    static Topology edgeShieldOrigin(CacheSettings edge, CacheSettings shield) {
        return new Topology("t", "", List.of("r"),
                List.of(new Tier("edge", List.of(new CacheNodeSpec("edge", "r", 1, "shield", 20 * MS,
                                Long.MAX_VALUE, edge))),
                        new Tier("shield", List.of(new CacheNodeSpec("shield", "r", 1, "origin", 2 * MS,
                                Long.MAX_VALUE, shield)))),
                List.of(new OriginSpec("origin", 10 * MS, Double.POSITIVE_INFINITY, Long.MAX_VALUE, 10 * S)));
    }

    static CacheControl maxAge(long seconds) {
        return new CacheControl(seconds * S, CacheControl.ABSENT, CacheControl.ABSENT, CacheControl.ABSENT, false);
    }

    static CacheControl cc(long maxAgeS, long swrS, long sieS, boolean noStore) {
        return new CacheControl(maxAgeS * S, CacheControl.ABSENT, swrS < 0 ? CacheControl.ABSENT : swrS * S,
                sieS < 0 ? CacheControl.ABSENT : sieS * S, noStore);
    }
}
