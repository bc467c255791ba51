package io.cdnsim.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
            q.add(tick, seq, seq);
            oracle.add(new Ev(tick, seq++));
        }
        for (int i = 0; i < 20_000; i++) {
            long t = clock + rng.nextInt(2_000);
            while (q.size() > 0 && q.peekTime() <= t) {
                q.poll();
                Ev e = oracle.poll();
                assertEquals(e.seq(), q.polledCode(), "event " + i);
                clock = e.time();
            }
            clock = t;
            int burst = 1 + rng.nextInt(3);
            for (int k = 0; k < burst; k++) {
                long at = clock + (k == 0 ? 0 : rng.nextInt(50_000));
                q.add(at, seq, seq);
                oracle.add(new Ev(at, seq++));
            }
        }
        while (q.size() > 0) {
            q.peekTime();
            q.poll();
            assertEquals(oracle.poll().seq(), q.polledCode());
        }
        assertEquals(0, q.rebases());
    }
}
