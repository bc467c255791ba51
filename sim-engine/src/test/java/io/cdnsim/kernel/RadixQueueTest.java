package io.cdnsim.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;

import java.util.PriorityQueue;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The radix heap under a replay's pattern: peek, find the next event too late, add events before it. */
class RadixQueueTest {

    private record Ev(long time, long seq) implements Comparable<Ev> {
        @Override
        public int compareTo(Ev o) {
            return time != o.time ? Long.compare(time, o.time) : Long.compare(seq, o.seq);
        }
    }

    /**
     * Pins the fix of a replay slowdown: peeking used to move the heap's base to the next event, so every event then
     * added before it (each miss of a replayed request) rebuilt the whole heap. Now peeks never rebuild, and the
     * order still matches a PriorityQueue oracle ordered by (time, insertion).
     */
    @Test
    void addingBeforeAPeekedMinimumKeepsOrderWithoutRebuilding() {
        RadixQueue q = new RadixQueue();
        PriorityQueue<Ev> oracle = new PriorityQueue<>();
        SplittableRandom rng = new SplittableRandom(3);
        long seq = 0;
        long clock = 0;
        for (long tick = 1_000_000; tick <= 20_000_000; tick += 1_000_000) {
            q.add(tick, seq);
            oracle.add(new Ev(tick, seq++));
        }
        for (int i = 0; i < 20_000; i++) {
            long t = clock + rng.nextInt(2_000);
            while (q.size() > 0 && q.peekTime() <= t) {
                q.poll();
                Ev e = oracle.poll();
                assertEquals(e.seq(), q.polledPayload(), "event " + i);
                clock = e.time();
            }
            clock = t;
            int burst = 1 + rng.nextInt(3);
            for (int k = 0; k < burst; k++) {
                long at = clock + (k == 0 ? 0 : rng.nextInt(50_000));
                q.add(at, seq);
                oracle.add(new Ev(at, seq++));
            }
        }
        while (q.size() > 0) {
            q.peekTime();
            q.poll();
            assertEquals(oracle.poll().seq(), q.polledPayload());
        }
        assertEquals(0, q.rebases());
    }

    /**
     * Pins the lookahead: an event that leaves a small bucket (at most 256 events) when it is spread is shown to the
     * lookahead before it is polled, and showing changes nothing: the order is the oracle's (time, insertion). 200
     * events at distinct random times within one second are spread out of ever smaller buckets; only an event added
     * at exactly the current minimum's time goes straight to bucket 0 and is never shown, which this schedule avoids.
     */
    @Test
    void lookaheadSeesEventsOfSmallBucketsBeforeTheyRun() {
        Set<Long> shown = new HashSet<>();
        RadixQueue q = new RadixQueue(null, payload -> {
            shown.add(payload);
            return 0;
        });
        PriorityQueue<Ev> oracle = new PriorityQueue<>();
        SplittableRandom rng = new SplittableRandom(11);
        Set<Long> times = new HashSet<>();
        for (long seq = 0; seq < 200; seq++) {
            long at = 1 + rng.nextInt(1_000_000);
            if (times.add(at)) {
                q.add(at, seq);
                oracle.add(new Ev(at, seq));
            }
        }
        int polled = 0;
        while (q.size() > 0) {
            q.peekTime();
            q.poll();
            assertEquals(oracle.poll().seq(), q.polledPayload());
            assertTrue(shown.contains(q.polledPayload()), "event " + q.polledPayload() + " shown before it ran");
            polled++;
        }
        assertEquals(times.size(), polled);
    }
}
