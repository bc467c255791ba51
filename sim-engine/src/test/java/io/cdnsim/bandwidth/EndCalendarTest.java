package io.cdnsim.bandwidth;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.cdnsim.kernel.Micros;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The calendar of the free downloads' ends: nothing taken early, nothing late, whatever the horizon. */
class EndCalendarTest {

    private static final long MS = Micros.MILLISECOND;

    // Pins exact times inside one bucket: two downloads ending at 1.500 ms and one at 2.999 ms are taken at those
    // microseconds, not at their bucket's edge, and not a microsecond before.
    @Test
    void endsAreTakenAtTheirOwnMicrosecond() {
        EndCalendar c = new EndCalendar();
        c.add(0, 1500);
        c.add(1, 1500);
        c.add(2, 2999);
        c.add(3, 5000);
        assertEquals(-1, c.takeEnded(1499));
        assertEquals(Set.of(0, 1), Set.of(c.takeEnded(1500), c.takeEnded(1500)));
        assertEquals(-1, c.takeEnded(1500));
        assertEquals(-1, c.takeEnded(2998));
        assertEquals(2, c.takeEnded(2999));
        assertEquals(2999, c.end(2));
        assertEquals(-1, c.takeEnded(4999));
        assertEquals(3, c.takeEnded(10_000));
        assertEquals(0, c.size());
    }

    // Pins the ring's growth and re-anchoring: ends from 1 ms to 500 s (far past the first 1,024 buckets), added
    // out of order, come out each at the first time checked at or after it; an emptied calendar accepts an end
    // far ahead of the last one.
    @Test
    void endsFarAheadAreKeptInTheirBuckets() {
        EndCalendar c = new EndCalendar();
        for (int k = 200; k >= 0; k--) {
            c.add(k, k * 997 * MS + 1);
        }
        for (int k = 0; k <= 200; k++) {
            assertEquals(-1, c.takeEnded(k * 997 * MS));
            assertEquals(k, c.takeEnded(k * 997 * MS + 1));
        }
        c.add(7, 500_000 * MS);
        assertEquals(-1, c.takeEnded(499_999 * MS));
        assertEquals(7, c.takeEnded(500_000 * MS));
    }

    // Pins takeAny: every download once, the earliest bucket first, and the calendar empty after.
    @Test
    void takeAnyEmptiesTheCalendarEarliestFirst() {
        EndCalendar c = new EndCalendar();
        c.add(4, 9 * MS);
        c.add(5, 2 * MS);
        c.add(6, 3000 * MS);
        assertEquals(5, c.takeAny());
        assertEquals(4, c.takeAny());
        assertEquals(6, c.takeAny());
        assertEquals(-1, c.takeAny());
        assertEquals(0, c.size());
    }

    // Pins an end added into the bucket the clock is in (taken out of the ring and sorted): it is taken in its order
    // among the others of that millisecond.
    @Test
    void anEndInTheCurrentMillisecondKeepsItsOrder() {
        EndCalendar c = new EndCalendar();
        c.add(0, 1000);
        c.add(1, 1500);
        assertEquals(0, c.takeEnded(1200));
        assertEquals(-1, c.takeEnded(1200));
        c.add(2, 1300);
        c.add(3, 1200);
        assertEquals(3, c.takeEnded(1200));
        assertEquals(-1, c.takeEnded(1299));
        assertEquals(2, c.takeEnded(1300));
        assertEquals(-1, c.takeEnded(1499));
        assertEquals(1, c.takeEnded(1500));
        assertEquals(0, c.size());
    }

    // Pins the calendar against a sorted set on 20,000 random downloads (half ending within 3 ms, so in the bucket
    // the clock is in; half up to 120 s ahead; times moving on by random steps): at every step the downloads taken
    // are exactly those whose end has come.
    @Test
    void takesExactlyWhatASortedSetSaysHasEnded() {
        EndCalendar c = new EndCalendar();
        TreeSet<long[]> reference = new TreeSet<>((a, b) -> a[0] != b[0] ? Long.compare(a[0], b[0])
                : Long.compare(a[1], b[1]));
        SplittableRandom random = new SplittableRandom(17);
        long now = 0;
        int slot = 0;
        while (slot < 20_000) {
            for (int i = random.nextInt(4); i > 0; i--, slot++) {
                long end = now + random.nextLong(random.nextBoolean() ? 3 * MS : 120_000 * MS);
                c.add(slot, end);
                reference.add(new long[] {end, slot});
            }
            now += random.nextLong(random.nextInt(10) == 0 ? 20 * MS : 300);
            List<Integer> expected = new ArrayList<>();
            while (!reference.isEmpty() && reference.first()[0] <= now) {
                expected.add((int) reference.pollFirst()[1]);
            }
            List<Integer> taken = new ArrayList<>();
            for (int s = c.takeEnded(now); s >= 0; s = c.takeEnded(now)) {
                taken.add(s);
            }
            expected.sort(null);
            taken.sort(null);
            assertEquals(expected, taken, "at " + now);
            assertEquals(reference.size(), c.size());
        }
    }
}
