package io.cdnsim.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.PriorityQueue;
import java.util.SplittableRandom;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class EventLoopTest {

    /** An event as the oracle sees it: ordered by time, then by the order it was scheduled in. */
    private record Ev(long time, long seq, int id) implements Comparable<Ev> {
        @Override
        public int compareTo(Ev o) {
            int c = Long.compare(time, o.time);
            return c != 0 ? c : Long.compare(seq, o.seq);
        }
    }

    /**
     * Pins the kernel's order against java.util.PriorityQueue ordered by (time, scheduling order): random times with
     * many ties (times drawn from a small range, and from far apart ranges so several radix digits are in play),
     * events scheduled from inside handlers, and hundreds of thousands of events.
     */
    @Test
    void runsEventsInTheOrderOfAPriorityQueueOracle() {
        for (long seed = 1; seed <= 5; seed++) {
            SplittableRandom rnd = new SplittableRandom(seed);
            EventLoop loop = new EventLoop();
            PriorityQueue<Ev> oracle = new PriorityQueue<>();
            List<Integer> ran = new ArrayList<>();
            long[] seq = {0};
            int[] nextId = {0};
            int[] target = new int[1];
            target[0] = loop.register((kind, arg) -> {
                ran.add((int) arg);
                int children = rnd.nextInt(3);
                for (int c = 0; c < children && nextId[0] < 200_000; c++) {
                    long t = loop.now() + delay(rnd);
                    int id = nextId[0]++;
                    loop.schedule(t, target[0], 0, id);
                    oracle.add(new Ev(t, seq[0]++, id));
                }
            });
            for (int i = 0; i < 1000; i++) {
                long t = delay(rnd);
                int id = nextId[0]++;
                loop.schedule(t, target[0], 0, id);
                oracle.add(new Ev(t, seq[0]++, id));
            }
            List<Integer> expected = new ArrayList<>();
            loop.run();
            while (!oracle.isEmpty()) {
                expected.add(oracle.poll().id());
            }
            // The oracle was filled while the loop ran, so replay its order: both saw the same schedule calls.
            assertEquals(expected.size(), ran.size());
            assertEquals(expected, ran, "seed " + seed);
        }
    }

    private static long delay(SplittableRandom rnd) {
        switch (rnd.nextInt(4)) {
            case 0:
                return 0;
            case 1:
                return rnd.nextInt(5);
            case 2:
                return rnd.nextLong(1_000_000L);
            default:
                return rnd.nextLong(1L << 40);
        }
    }

    /** Pins FIFO among simultaneous events, including ones scheduled for "now" from inside a handler. */
    @Test
    void simultaneousEventsRunInSchedulingOrder() {
        EventLoop loop = new EventLoop();
        List<Long> order = new ArrayList<>();
        int[] t = new int[1];
        t[0] = loop.register((kind, arg) -> {
            order.add(arg);
            if (arg == 1) {
                loop.schedule(loop.now(), t[0], 0, 10);
                loop.schedule(loop.now(), t[0], 0, 11);
            }
        });
        for (long a = 1; a <= 5; a++) {
            loop.schedule(100, t[0], 0, a);
        }
        loop.schedule(50, t[0], 0, 0);
        loop.run();
        assertEquals(List.of(0L, 1L, 2L, 3L, 4L, 5L, 10L, 11L), order);
        assertEquals(100, loop.now());
        assertEquals(8, loop.executed());
    }

    /**
     * Pins that the kind and argument reach the right handler unchanged, the extremes of their ranges included (an
     * event packs target, kind and argument into one long), and that values outside the ranges are refused rather
     * than folded into another event.
     */
    @Test
    void deliversKindAndArgumentToTheTarget() {
        EventLoop loop = new EventLoop();
        List<String> seen = new ArrayList<>();
        int a = loop.register((kind, arg) -> seen.add("a" + kind + ":" + arg));
        int b = loop.register((kind, arg) -> seen.add("b" + kind + ":" + arg));
        loop.schedule(5, b, EventLoop.MAX_KIND, EventLoop.MAX_ARG);
        loop.schedule(3, a, 0, 0);
        loop.schedule(4, a, 7, 42);
        loop.run();
        assertEquals(List.of("a0:0", "a7:42", "b15:" + ((1L << 48) - 1)), seen);
        assertThrows(IllegalArgumentException.class, () -> loop.schedule(9, a, 16, 0));
        assertThrows(IllegalArgumentException.class, () -> loop.schedule(9, a, -1, 0));
        assertThrows(IllegalArgumentException.class, () -> loop.schedule(9, a, 0, 1L << 48));
        assertThrows(IllegalArgumentException.class, () -> loop.schedule(9, a, 0, -42));
    }

    /** Pins the handler limit that the packing implies: 4,096 targets, then a clear refusal. */
    @Test
    void refusesMoreHandlersThanTheTargetBitsHold() {
        EventLoop loop = new EventLoop();
        for (int i = 0; i < EventLoop.MAX_HANDLERS; i++) {
            assertEquals(i, loop.register((kind, arg) -> { }));
        }
        assertThrows(IllegalStateException.class, () -> loop.register((kind, arg) -> { }));
    }

    /** Pins that time never goes backwards. */
    @Test
    void refusesEventsInThePast() {
        EventLoop loop = new EventLoop();
        int t = loop.register((kind, arg) -> loop.schedule(loop.now() - 1, 0, 0, 0));
        loop.schedule(10, t, 0, 0);
        assertThrows(IllegalArgumentException.class, loop::run);
    }

    /**
     * Pins runUntil: it stops at the end time and sets the clock to it; an event scheduled afterwards before the
     * next pending one (below the minimum the queue already looked at) still runs first.
     */
    @Test
    void runUntilStopsAtTheEndTimeAndAcceptsEarlierEventsAfterwards() {
        EventLoop loop = new EventLoop();
        List<Long> order = new ArrayList<>();
        int t = loop.register((kind, arg) -> order.add(loop.now()));
        loop.schedule(1_000, t, 0, 0);
        loop.schedule(5_000_000, t, 0, 0);
        loop.runUntil(2_000);
        assertEquals(List.of(1_000L), order);
        assertEquals(2_000, loop.now());
        loop.schedule(3_000, t, 0, 0);
        loop.schedule(2_000, t, 0, 0);
        loop.run();
        assertEquals(List.of(1_000L, 2_000L, 3_000L, 5_000_000L), order);
    }

    /** Pins stop(): the loop returns after the current event and resumes where it was. */
    @Test
    void stopReturnsAfterTheCurrentEvent() {
        EventLoop loop = new EventLoop();
        int[] count = {0};
        int t = loop.register((kind, arg) -> {
            if (++count[0] == 2) {
                loop.stop();
            }
        });
        for (int i = 1; i <= 4; i++) {
            loop.schedule(i, t, 0, 0);
        }
        loop.run();
        assertEquals(2, count[0]);
        assertEquals(2, loop.now());
        loop.run();
        assertEquals(4, count[0]);
        assertEquals(0, loop.pending());
    }

    /** Runs three events, two of them simultaneous, in the given order of scheduling; returns the fingerprint. */
    private static long fingerprintOf(int first, int second) {
        EventLoop loop = new EventLoop(true);
        int target = loop.register((kind, arg) -> { });
        loop.schedule(5, target, first, 10);
        loop.schedule(5, target, second, 20);
        loop.schedule(7, target, 1, 30);
        loop.run();
        return loop.fingerprint();
    }

    // Pins the fingerprint: the same events give the same hash; simultaneous events run in another order, or one
    // event of another kind, give another; a loop without a fingerprint refuses to give one.
    @Test
    void fingerprintHashesTheEventsInOrder() {
        assertEquals(fingerprintOf(1, 2), fingerprintOf(1, 2));
        assertNotEquals(fingerprintOf(1, 2), fingerprintOf(2, 1));
        assertNotEquals(fingerprintOf(1, 2), fingerprintOf(1, 3));
        assertNotEquals(new EventLoop(true).fingerprint(), fingerprintOf(1, 2));
        assertThrows(IllegalStateException.class, () -> new EventLoop().fingerprint());
    }

    /** Runs 200 events at 20 instants, 10 each, plus two scheduled for "now" by the first; returns their order. */
    private static List<Long> tieOrder(EventLoop loop) {
        List<Long> order = new ArrayList<>();
        long[] last = {-1};
        int[] t = new int[1];
        t[0] = loop.register((kind, arg) -> {
            if (loop.now() < last[0]) {
                throw new AssertionError("time went backwards");
            }
            last[0] = loop.now();
            order.add(arg);
            if (arg == 0) {
                loop.schedule(loop.now(), t[0], 0, 1000);
                loop.schedule(loop.now(), t[0], 0, 1001);
            }
        });
        for (long a = 0; a < 200; a++) {
            loop.schedule(1_000 * (a % 20), t[0], 0, a);
        }
        loop.run();
        return order;
    }

    // Pins the tie-shuffling test mode: time order is kept and every event runs once (events at an instant, and
    // only those, are permuted), the order among simultaneous events differs from FIFO and between seeds, and the
    // same seed gives the same order.
    @Test
    void shufflingTiesPermutesOnlySimultaneousEventsReproducibly() {
        List<Long> fifo = tieOrder(new EventLoop());
        List<Long> shuffled = tieOrder(EventLoop.shufflingTies(1));
        assertEquals(202, shuffled.size());
        for (int instant = 0; instant < 20; instant++) {
            int from = instant * 10 + (instant == 0 ? 0 : 2);
            int to = (instant + 1) * 10 + 2;
            assertEquals(new TreeSet<>(fifo.subList(from, to)),
                    new TreeSet<>(shuffled.subList(from, to)), "instant " + instant);
        }
        assertNotEquals(fifo, shuffled);
        assertNotEquals(shuffled, tieOrder(EventLoop.shufflingTies(2)));
        assertEquals(shuffled, tieOrder(EventLoop.shufflingTies(1)));
    }
}
