package io.cdnsim.network;

import static io.cdnsim.network.TestNet.MS;
import static io.cdnsim.network.TestNet.S;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.cdnsim.content.CacheControl;
import io.cdnsim.content.Ladder;
import io.cdnsim.content.LiveChannel;
import io.cdnsim.content.ObjectKind;
import io.cdnsim.content.Rendition;
import io.cdnsim.kernel.EventLoop;
import io.cdnsim.metrics.Outcome;
import io.cdnsim.metrics.TimeSeries;
import io.cdnsim.metrics.WarmUp;
import io.cdnsim.model.CacheNodeSpec;
import io.cdnsim.model.OriginSpec;
import io.cdnsim.model.Tier;
import io.cdnsim.model.Topology;
import io.cdnsim.random.RandomStreams;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Low-latency HLS at the network: the origin holds a blocking playlist reload, and a request for a part, until the
 * part is published, and each tier collapses the requests for the same one. The channel: 2 s segments of four 500 ms
 * parts, segment 0 starting at time 0, so part g is published at (g + 1) × 500 ms. The path: edge, 20 ms to a mid
 * tier, 40 ms to the origin (a request or answer crosses a link in half its RTT), which serves in 10 ms.
 */
class BlockingReloadTest {

    /** What an edge answered: the object, the time of its first byte, the version. */
    private record Answer(long object, long at, long version) {
    }

    private final LiveChannel channel = new LiveChannel(0, 2 * S, 0, 60 * S,
            new Ladder("one", List.of(new Rendition(1_000_000, 640, 360))), 0, 0, 0, 4, 1_500 * MS);
    private final EventLoop loop = new EventLoop();
    private final List<Answer> answers = new ArrayList<>();
    private final List<Long> sent = new ArrayList<>();
    private final Network net;
    private final int driver;

    BlockingReloadTest() {
        Topology t = new Topology("t", "", List.of("r"),
                List.of(new Tier("edge", List.of(new CacheNodeSpec("edge", "r", 1, "mid", 20 * MS, Long.MAX_VALUE,
                                TestNet.cache(true, 5 * S)))),
                        new Tier("mid", List.of(new CacheNodeSpec("mid", "r", 1, "origin", 40 * MS, Long.MAX_VALUE,
                                TestNet.cache(true, 5 * S))))),
                List.of(new OriginSpec("origin", 10 * MS, Double.POSITIVE_INFINITY, Long.MAX_VALUE, 10 * S)));
        Map<ObjectKind, CacheControl> cc = Map.of(ObjectKind.MEDIA_PLAYLIST, TestNet.maxAge(1),
                ObjectKind.MEDIA_PART, TestNet.maxAge(6));
        net = Wiring.build(t, cc, loop, channel, new TimeSeries(List.of("edge", "mid", "origin"), 0,
                TimeSeries.Sink.NONE), new RandomStreams(1), new WarmUp(0), TestNet.HEADER).network();
        net.setClients((tag, edge, status, sentAt, firstByteAt, version, body, bottleneck, counted) ->
                answers.add(new Answer(tag, firstByteAt, version)));
        // an event's argument is too short for an object id: it names the request's place in sent
        driver = loop.register((kind, i) -> net.request(0, sent.get((int) i), 0, sent.get((int) i)));
    }

    private void request(long time, long object) {
        sent.add(object);
        loop.schedule(time, driver, 0, sent.size() - 1);
    }

    /**
     * Pins the hold, by hand. A blocking reload for part 9 (published at 5.0 s) sent at 4.6 s reaches the origin at
     * 4.63 s (10 + 20 ms) and is held until 5.0 s: first byte 5.010 s, at the mid 5.030 s, at the edge 5.040 s. The
     * same reload sent at 4.8 s collapses onto it at the edge (answered at 5.040 s too); at 5.2 s the edge's copy
     * (max-age 1 s) answers at once. Its version is the part it lists last: 9. A request for part 10 (published at
     * 5.5 s) sent at 5.2 s is held the same way: 5.540 s. A blocking reload for part 11 sent at 6.3 s, after its
     * publication at 6.0 s, is not held: 6.3 + 0.010 + 0.020 + 0.010 + 0.020 + 0.010 = 6.370 s, version 11.
     */
    @Test
    void theOriginHoldsABlockingReloadUntilThePartIsPublished() {
        long reload9 = channel.blockingPlaylist(0, 9);
        long part10 = channel.part(0, 10);
        long reload11 = channel.blockingPlaylist(0, 11);
        request(4_600 * MS, reload9);
        request(4_800 * MS, reload9);
        request(5_200 * MS, reload9);
        request(5_200 * MS, part10);
        request(6_300 * MS, reload11);
        loop.run();
        assertEquals(List.of(new Answer(reload9, 5_040 * MS, 9), new Answer(reload9, 5_040 * MS, 9),
                new Answer(reload9, 5_200 * MS, 9), new Answer(part10, 5_540 * MS, 0),
                new Answer(reload11, 6_370 * MS, 11)), sortByTime(answers));
        // one fetch per object reached the origin: the second reload for part 9 collapsed, the third hit
        assertEquals(2, net.stats(2).requests(ObjectKind.MEDIA_PLAYLIST));
        assertEquals(1, net.stats(2).requests(ObjectKind.MEDIA_PART));
        assertEquals(1, net.stats(0).outcomes(ObjectKind.MEDIA_PLAYLIST, Outcome.COLLAPSED));
        assertEquals(1, net.stats(0).outcomes(ObjectKind.MEDIA_PLAYLIST, Outcome.HIT));
    }

    /**
     * Pins that blocked requests collapse at every tier, and that a blocking reload's query is in the cache key:
     * 50 reloads for part 9 sent between 4.6 s and 4.99 s give one request at the mid and one at the origin, all
     * answered at 5.040 s; a reload for part 10 is another object, fetched on its own.
     */
    @Test
    void blockedReloadsCollapseAtEachTier() {
        for (int i = 0; i < 50; i++) {
            request(4_600 * MS + i * 7_800, channel.blockingPlaylist(0, 9));
        }
        request(4_990 * MS, channel.blockingPlaylist(0, 10));
        loop.run();
        assertEquals(2, net.stats(1).requests(ObjectKind.MEDIA_PLAYLIST));
        assertEquals(2, net.stats(2).requests(ObjectKind.MEDIA_PLAYLIST));
        assertEquals(49, net.stats(0).outcomes(ObjectKind.MEDIA_PLAYLIST, Outcome.COLLAPSED));
        for (Answer a : answers) {
            assertEquals(a.object() == channel.blockingPlaylist(0, 9) ? 5_040 * MS : 5_540 * MS, a.at());
        }
    }

    private static List<Answer> sortByTime(List<Answer> answers) {
        List<Answer> sorted = new ArrayList<>(answers);
        sorted.sort((a, b) -> Long.compare(a.at(), b.at()));
        return sorted;
    }
}
