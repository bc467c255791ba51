package io.cdnsim.player;

import io.cdnsim.bandwidth.LinkPlan;
import static io.cdnsim.player.LiveFixture.MS;
import static io.cdnsim.player.LiveFixture.S;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cdnsim.content.Catalog;
import io.cdnsim.content.LiveChannel;
import io.cdnsim.content.ObjectIds;
import io.cdnsim.content.ObjectKind;
import io.cdnsim.kernel.EventLoop;
import io.cdnsim.metrics.TimeSeries;
import io.cdnsim.metrics.WarmUp;
import io.cdnsim.model.Arrival;
import io.cdnsim.model.Audience;
import io.cdnsim.model.LiveEvent;
import io.cdnsim.model.Scenario;
import io.cdnsim.model.UrlSpec;
import io.cdnsim.network.Wiring;
import io.cdnsim.random.RandomStreams;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** A player asks only for segments that a playlist it has received lists. */
class PlaylistKnowledgeTest {

    /**
     * Pins that no segment is requested before a playlist listing it can have reached the player: segment n is
     * published at p(n); a playlist listing it leaves the edge at p(n) or later and reaches the viewer a whole RTT
     * (here 1 s) later, so the first request for n cannot come before p(n) + 1 s. Players once used a playlist's
     * contents the moment the edge answered, up to an RTT early. The catalog is wrapped to see each object's first
     * appearance at the edge (the edge asks the catalog for an object's kind when a request arrives).
     */
    @Test
    void segmentsAreRequestedOnlyAfterTheirPlaylistArrived() {
        long rtt = S;
        Audience audience = LiveFixture.audience(5, new Arrival.Spike(3 * S, 2 * S), 600 * S, 20e6, rtt, List.of());
        Scenario s = LiveFixture.scenario(LiveFixture.edgeOnly(20 * MS, 10 * MS), 2 * S,
                LiveFixture.ladder(1_000_000), audience, "throughput", 120 * S, 0);
        LiveEvent live = (LiveEvent) s.demand();
        EventLoop loop = new EventLoop();
        RandomStreams streams = new RandomStreams(9);
        LiveChannel channel = new LiveChannel(0, 2 * S, -60 * S, 60 * S, live.ladder(), 0, 1);
        Map<Long, Long> firstSeen = new TreeMap<>();
        Catalog spy = new Catalog() {
            @Override
            public ObjectKind kind(long object) {
                if (ObjectIds.kind(object) == ObjectKind.MEDIA_SEGMENT) {
                    firstSeen.putIfAbsent(object, loop.now());
                }
                return channel.kind(object);
            }

            @Override
            public long size(long object) {
                return channel.size(object);
            }

            @Override
            public long version(long object, long time) {
                return channel.version(object, time);
            }
        };
        TimeSeries series = new TimeSeries(List.of("edge", "origin"), 0, TimeSeries.Sink.NONE);
        Wiring wiring = Wiring.build(s.topology(), s.cacheControl(), loop, spy, series, streams, WarmUp.NONE, 500);
        int[] edges = wiring.edgeNodes().stream().mapToInt(Integer::intValue).toArray();
        ViewerFactory factory = new ViewerFactory(audience, s.topology().regions(), s.topology().edge().nodes(),
                edges, wiring.nodeIds(), live.ladder(), streams.stream("viewers"));
        Viewers viewers = new Viewers(loop, wiring.network(), new ViewerSetup(channel, audience, live.player(),
                UrlSpec.SHARED, AbrRules.named("throughput", 0.9), factory, 120 * S,
                LinkPlan.of(s.topology(), edges, wiring.nodeIds().size()), WarmUp.NONE),
                new JoinTimes(audience.arrival(), audience.viewers(), streams.stream("joins"), 120 * S),
                audience.viewers(), streams.stream("bandwidth"), Session.Sink.NONE);
        viewers.start();
        loop.run();
        assertTrue(firstSeen.size() > 40, "segments requested: " + firstSeen.size());
        for (Map.Entry<Long, Long> e : firstSeen.entrySet()) {
            long index = ObjectIds.index(e.getKey());
            long earliest = channel.publishedAt(index) + rtt;
            assertTrue(e.getValue() >= earliest, "segment " + index + " requested at " + e.getValue()
                    + " us, before its playlist could arrive (" + earliest + " us)");
        }
    }
}
