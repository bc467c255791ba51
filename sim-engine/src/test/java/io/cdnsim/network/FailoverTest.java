package io.cdnsim.network;

import static io.cdnsim.network.TestNet.MS;
import static io.cdnsim.network.TestNet.S;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.cdnsim.content.CacheControl;
import io.cdnsim.content.FixedCatalog;
import io.cdnsim.content.ObjectKind;
import io.cdnsim.kernel.EventLoop;
import io.cdnsim.metrics.ErrorCause;
import io.cdnsim.metrics.NodeStats;
import io.cdnsim.metrics.Outcome;
import io.cdnsim.metrics.TimeSeries;
import io.cdnsim.metrics.WarmUp;
import io.cdnsim.model.CacheNodeSpec;
import io.cdnsim.model.Failure;
import io.cdnsim.model.OriginSpec;
import io.cdnsim.model.Tier;
import io.cdnsim.model.Topology;
import io.cdnsim.model.Uplink;
import io.cdnsim.random.RandomStreams;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Failures at the level of the network, driven by hand, every time computed by hand (N7). The network: region r with
 * edges e1 (parents m1, 10 ms, then m2, 20 ms) and e2 (parent m1, 10 ms); mids m1 (30 ms to the origin) and m2
 * (40 ms); the origin answers after 10 ms; no node adds a service time; copies stay fresh for a day unless said.
 * Nodes are numbered e1 0, e2 1, m1 2, m2 3, origin 4.
 */
class FailoverTest {

    private static final int E1 = 0;
    private static final int E2 = 1;
    private static final int M1 = 2;
    private static final int M2 = 3;
    private static final int ORIGIN = 4;

    /** One answer a viewer got: the object, when the edge sent its first byte, the status and the body. */
    private record Answer(long object, long at, int status, long body, long cause) {
    }

    /** A network with a failure schedule, one loop, a driver that sends viewers' requests at chosen times. */
    private static final class Net {
        final EventLoop loop = new EventLoop();
        final Wiring wiring;
        final Network net;
        final List<Answer> answers = new ArrayList<>();
        final List<long[]> rows = new ArrayList<>();
        private final int driver;

        Net(CacheControl segments, List<Failure> failures) {
            long[] sizes = new long[20];
            Arrays.fill(sizes, TestNet.SIZE);
            TimeSeries series = new TimeSeries(List.of("edge", "mid", "origin"), 0,
                    (second, values) -> rows.add(values.clone()));
            wiring = Wiring.build(topology(), Map.of(ObjectKind.MEDIA_SEGMENT, segments), new EventLoop[] {loop},
                    new FixedCatalog(ObjectKind.MEDIA_SEGMENT, sizes), new TimeSeries[] {series},
                    new RandomStreams(3), WarmUp.NONE, TestNet.HEADER, null, failures, 100 * S);
            net = wiring.network();
            net.setClients((tag, edge, status, sentAt, firstByteAt, version, body, bottleneck, counted) ->
                    answers.add(new Answer(tag % 1000, firstByteAt, status, body,
                            status == Requests.ERROR ? version : -1)));
            // The argument packs the edge (thousands) and the object; the viewer is 7.
            driver = loop.register((kind, arg) -> net.request(net.steer((int) (arg / 1000), 7, true), arg % 1000,
                    arg));
            int ticker = loop.register((kind, arg) -> series.closeSecond());
            for (int i = 1; i <= 40; i++) {
                loop.schedule(i * S, ticker, 0, 0);
            }
        }

        Net request(long time, int edge, long object) {
            loop.schedule(time, driver, 0, edge * 1000L + object);
            return this;
        }

        Net run() {
            loop.run();
            return this;
        }

        Answer answer(long object) {
            return answers.stream().filter(a -> a.object() == object).findFirst().orElseThrow();
        }

        NodeStats stats(int node) {
            return net.stats(node);
        }
    }

    private static Topology topology() {
        return new Topology("failover", "", List.of("r"), List.of(
                new Tier("edge", List.of(
                        new CacheNodeSpec("e1", "r", 1, "m1", 10 * MS, Long.MAX_VALUE, TestNet.cache(true,
                                Long.MAX_VALUE), List.of(), List.of(new Uplink("m2", 20 * MS, Long.MAX_VALUE))),
                        new CacheNodeSpec("e2", "r", 1, "m1", 10 * MS, Long.MAX_VALUE, TestNet.cache(true,
                                Long.MAX_VALUE)))),
                new Tier("mid", List.of(
                        new CacheNodeSpec("m1", "r", 1, "origin", 30 * MS, Long.MAX_VALUE, TestNet.cache(true,
                                Long.MAX_VALUE)),
                        new CacheNodeSpec("m2", "r", 1, "origin", 40 * MS, Long.MAX_VALUE, TestNet.cache(true,
                                Long.MAX_VALUE))))),
                List.of(new OriginSpec("origin", 10 * MS, Double.POSITIVE_INFINITY, Long.MAX_VALUE, 10 * S)));
    }

    private static Failure down(String node, long from, long to) {
        return new Failure.NodeDown(node, from, to, false, 0);
    }

    // Pins that a down node receives nothing in its window: a request from e2 (whose one parent is m1) goes past it to
    // the origin, by the links of both (10 + 30 ms): sent at 2 s, answered at 2 s + 20 + 10 + 20 ms.
    @Test
    void aDownNodeReceivesNothingDuringItsWindow() {
        Net n = new Net(TestNet.maxAge(86_400), List.of(down("m1", S, 3 * S)))
                .request(500 * MS, E2, 1).request(2 * S, E2, 2).request(3_500 * MS, E2, 3).run();
        assertEquals(2 * S + 50 * MS, n.answer(2).at());
        assertEquals(Requests.OK, n.answer(2).status());
        assertEquals(2, n.stats(M1).requests(), "m1 got the requests of 0.5 s and 3.5 s only");
        int mid = 1 + Outcome.count() + 1;
        for (int second = 1; second < 3; second++) {
            assertEquals(0, n.rows.get(second)[mid], "mid requests in second " + second);
        }
        assertEquals(3, n.stats(ORIGIN).requests());
    }

    // Pins what happens to requests in flight when a node goes down at 1 s: e2's request of 0.99 s, at m1 since
    // 0.995 s and waiting on m1's fetch, fails at once (node down), back at e2 at 1.005 s; the one e2 sent at 0.999 s
    // reaches m1 at 1.004 s and is refused, back at e2 at 1.009 s, without a body; m1 counts neither as received
    // after it went down, and drops the answer to its forgotten fetch.
    @Test
    void requestsInFlightToADownNodeFail() {
        Net n = new Net(TestNet.maxAge(86_400), List.of(down("m1", S, 3 * S)))
                .request(990 * MS, E2, 4).request(999 * MS, E2, 5).run();
        assertEquals(new Answer(4, S + 5 * MS, Requests.ERROR, TestNet.HEADER, ErrorCause.NODE_DOWN.code()),
                n.answer(4));
        assertEquals(new Answer(5, S + 9 * MS, Requests.ERROR, TestNet.HEADER, ErrorCause.REFUSED.code()),
                n.answer(5));
        assertEquals(1, n.stats(M1).requests());
        assertEquals(1, n.stats(M1).outcomes(Outcome.ERROR));
        assertEquals(TestNet.SIZE, n.stats(M1).upstreamBytes(), "the forgotten fetch's answer was received");
        assertEquals(0, n.net.requests().live(), "nothing left in flight");
    }

    // Pins that a viewer of a down POP keeps asking it (refused at once) until the detection delay has passed, then
    // uses the other POP of its region until the failure's end plus the delay: e1 down from 10 s to 30 s, 5 s.
    @Test
    void viewersMoveAfterTheDetectionDelay() {
        Net n = new Net(TestNet.maxAge(86_400), List.of(new Failure.NodeDown("e1", 10 * S, 30 * S, false, 5 * S)))
                .request(9 * S, E1, 1).request(12 * S, E1, 2).request(15 * S - 1, E1, 3).request(15 * S, E1, 4)
                .request(31 * S, E1, 4).request(35 * S, E1, 1).run();
        assertEquals(Requests.OK, n.answer(1).status());
        assertEquals(new Answer(2, 12 * S, Requests.ERROR, 0, ErrorCause.REFUSED.code()), n.answer(2));
        assertEquals(new Answer(3, 15 * S - 1, Requests.ERROR, 0, ErrorCause.REFUSED.code()), n.answer(3));
        assertEquals(new Answer(4, 15 * S + 50 * MS, Requests.OK, TestNet.SIZE, -1), n.answer(4),
                "at 15 s the viewer is at e2: e2 -> m1 -> origin and back");
        assertEquals(1, n.answers.stream().filter(a -> a.object() == 4 && a.at() == 31 * S).count(),
                "at 31 s still at e2, which holds object 4");
        assertEquals(2, n.stats(E1).requests(), "e1 got the requests of 9 s and 35 s");
        assertEquals(2, n.stats(E1).outcomes(Outcome.MISS) + n.stats(E1).outcomes(Outcome.HIT));
        assertEquals(2, n.stats(E2).requests());
        assertEquals(1, n.wiring.failureCounts().moved(0), "one viewer moved");
    }

    // Pins that a secondary parent takes the traffic while the first is down (e1 -> m2, 20 ms; m2 -> origin, 40 ms:
    // sent at 2 s, answered at 2 s + 10 + 20 + 10 + 20 + 10 ms), and that with both down e1 goes to the origin past
    // m1, its first parent (10 + 30 ms: answered at 2 s + 50 ms).
    @Test
    void secondaryParentsTakeTheTraffic() {
        Net one = new Net(TestNet.maxAge(86_400), List.of(down("m1", S, 3 * S))).request(2 * S, E1, 5).run();
        assertEquals(new Answer(5, 2 * S + 70 * MS, Requests.OK, TestNet.SIZE, -1), one.answer(5));
        assertEquals(0, one.stats(M1).requests());
        assertEquals(1, one.stats(M2).requests());
        assertEquals(1, one.wiring.failureCounts().rerouted(0));
        Net both = new Net(TestNet.maxAge(86_400), List.of(down("m1", S, 3 * S), down("m2", S, 3 * S)))
                .request(2 * S, E1, 5).run();
        assertEquals(new Answer(5, 2 * S + 50 * MS, Requests.OK, TestNet.SIZE, -1), both.answer(5));
        assertEquals(0, both.stats(M1).requests() + both.stats(M2).requests());
    }

    // Pins that a degraded link adds its RTT to every crossing in its window: e2 -> m1 with 100 ms more, sent at
    // 1.5 s: 55 ms up, 15 + 10 + 15 ms at m1 and the origin, 55 ms down.
    @Test
    void aDegradedLinkAddsItsRtt() {
        Net n = new Net(TestNet.maxAge(86_400),
                List.of(new Failure.LinkDegraded("e2", "m1", S, 2 * S, 100 * MS))).request(1_500 * MS, E2, 6)
                .request(2_500 * MS, E2, 7).run();
        assertEquals(1_500 * MS + 150 * MS, n.answer(6).at());
        assertEquals(2_500 * MS + 50 * MS, n.answer(7).at(), "after the window, the link's own RTT");
    }

    // Pins an origin in trouble: failing every request from 1 s to 2 s (an error after its service time: arrival at
    // 1.520 s, error at 1.530 s, at e2 at 1.550 s), slow by 2 s from 3 s to 4 s (first byte at 3.520 + 0.010 + 2 s),
    // and a stale copy served within stale-if-error while it fails (a fallback: its own fetch failed, a copy answered).
    @Test
    void aTroubledOriginFailsItsShareAndAnswersSlowly() {
        Net n = new Net(TestNet.cc(1, -1, 10, false), List.of(
                new Failure.OriginTrouble("origin", S, 2 * S, 1, 0),
                new Failure.OriginTrouble("origin", 3 * S, 4 * S, 0, 2 * S)))
                .request(100 * MS, E2, 8).request(1_500 * MS, E2, 9).request(1_600 * MS, E2, 8)
                .request(3_500 * MS, E2, 10).run();
        assertEquals(new Answer(9, 1_550 * MS, Requests.ERROR, TestNet.HEADER, ErrorCause.ORIGIN_ERROR.code()),
                n.answer(9));
        assertEquals(Requests.OK, n.answers.get(2).status(), "the stale copy of object 8");
        assertEquals(1, n.stats(M1).outcomes(Outcome.FALLBACK));
        assertEquals(0, n.stats(M1).outcomes(Outcome.STALE));
        assertEquals(new Answer(10, 5_550 * MS, Requests.OK, TestNet.SIZE, -1), n.answer(10));
    }

    // Pins that a node that comes back cold has lost its copies and one that comes back warm has kept them.
    @Test
    void aNodeComesBackColdOrWarm() {
        for (boolean cold : new boolean[] {true, false}) {
            Net n = new Net(TestNet.maxAge(86_400), List.of(new Failure.NodeDown("m1", S, 2 * S, cold, 0)))
                    .request(500 * MS, E2, 11).request(2_500 * MS, E1, 11).run();
            assertEquals(cold ? 2 : 1, n.stats(M1).outcomes(Outcome.MISS), cold ? "cold" : "warm");
        }
    }
}
