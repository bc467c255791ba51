package io.cdnsim.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SievePolicyTest {

    /**
     * Pins SIEVE on ObjectStoreTest's trace, capacity 3. Queue written head (newest) first, * = visited, ^ = hand.
     *
     * <pre>
     *  1 a m  a
     *  2 b m  b a
     *  3 c m  c b a
     *  4 a H  c b a*
     *  5 d m  hand starts at the tail: a* cleared, b unvisited -> evict b, hand to c    d c^ a
     *  6 b m  c unvisited -> evict c, hand to d                                          b d^ a
     *  7 c m  d unvisited -> evict d, hand to b                                          c b^ a
     *  8 a H  c b^ a*
     *  9 e m  b unvisited -> evict b, hand to c                                          e c^ a*
     * 10 a H  (already visited)
     * 11 d m  c unvisited -> evict c, hand to e                                          d e^ a*
     * </pre>
     *
     * Five evictions; the hand never went back over a, which stays.
     */
    @Test
    void handTrace() {
        ObjectStore store = new ObjectStore(3, new SievePolicy());
        assertEquals("mmmHmmmHmHm", Replays.replay(store, "abcadbcaead"));
        assertEquals(5, store.evictions());
        assertTrue(store.find('a') != ObjectStore.ABSENT);
    }

    /**
     * Pins the wrap-around and that a visited copy keeps its place (unlike CLOCK / FIFO-reinsertion, which move it to
     * the head), capacity 3.
     *
     * <pre>
     *  1-3 abc m     c b a
     *  4-6 abc H     c* b* a*
     *  7 d m  hand from the tail: a* b* c* cleared, past the head wrap to the tail: a unvisited -> evict a,
     *         hand to b                                                                   d c b^
     *  8 b H  d c b*^
     *  9 e m  b* cleared, c unvisited -> evict c, hand to d                               e d^ b
     * 10 a m  d unvisited -> evict d, hand to e                                           a e^ b
     * 11 b H  a e^ b*
     * 12 f m  e unvisited -> evict e, hand to a (b, visited at the tail, is not looked at) f a^ b*
     * 13 c m  a unvisited -> evict a, hand to f                                           c f^ b*
     * 14 b H
     * </pre>
     */
    @Test
    void handWrapsAroundAndVisitedCopiesStayInPlace() {
        ObjectStore store = new ObjectStore(3, new SievePolicy());
        assertEquals("mmmHHHmHmmHmmH", Replays.replay(store, "abcabcdbeabfcb"));
        assertEquals(5, store.evictions());
    }

    /**
     * Pins that removing the copy under the hand moves the hand to its newer neighbour, as an eviction does.
     *
     * <pre>
     * abc m, a H        c b a*
     * d m               a* cleared, b evicted, hand to c      d c^ a
     * remove c          hand to d                             d^ a
     * e m               room, no eviction                     e d^ a
     * f m               d unvisited -> evict d                f e^ a
     * </pre>
     */
    @Test
    void removingTheCopyUnderTheHandMovesTheHand() {
        ObjectStore store = new ObjectStore(3, new SievePolicy());
        assertEquals("mmmHm", Replays.replay(store, "abcad"));
        store.remove(store.find('c'));
        assertEquals("mm", Replays.replay(store, "ef"));
        assertEquals(ObjectStore.ABSENT, store.find('d'));
        assertTrue(store.find('a') != ObjectStore.ABSENT);
        assertTrue(store.find('e') != ObjectStore.ABSENT);
        assertEquals(2, store.evictions());
    }

    /** Pins the store + SievePolicy against a slow reference (a list, a set and a hand) on random streams. */
    @Test
    void agreesWithReference() {
        for (long seed = 1; seed <= 12; seed++) {
            int capacity = (int) (1 + seed * 3);
            long maxSize = seed % 3 == 0 ? 5 : 1;
            Replays.compare(Replays.of(new ObjectStore(capacity, new SievePolicy())), new Reference(capacity),
                    seed, 5_000, capacity * 4, maxSize);
        }
    }

    /** SIEVE the obvious way: an ArrayList queue (index 0 = head, newest), a set of visited keys, the hand as a key. */
    private static final class Reference implements Replays.Cache {
        private final long capacity;
        private final List<Long> queue = new ArrayList<>();
        private final Set<Long> visited = new HashSet<>();
        private final Map<Long, Long> sizes = new HashMap<>();
        private Long hand;
        private long used;
        private long evictions;

        Reference(long capacity) {
            this.capacity = capacity;
        }

        @Override
        public boolean request(long key, long size) {
            if (sizes.containsKey(key)) {
                visited.add(key);
                return true;
            }
            if (size > capacity) {
                return false;
            }
            while (used + size > capacity) {
                int i = hand == null ? queue.size() - 1 : queue.indexOf(hand);
                while (visited.contains(queue.get(i))) {
                    visited.remove(queue.get(i));
                    i = i > 0 ? i - 1 : queue.size() - 1;
                }
                hand = queue.get(i); // the hand stops at the victim; drop() steps it to the newer neighbour
                drop(hand);
                evictions++;
            }
            queue.add(0, key);
            sizes.put(key, size);
            used += size;
            return false;
        }

        @Override
        public void remove(long key) {
            if (sizes.containsKey(key)) {
                drop(key);
            }
        }

        private void drop(Long key) {
            int i = queue.indexOf(key);
            if (key.equals(hand)) {
                hand = i > 0 ? queue.get(i - 1) : null;
            }
            queue.remove(i);
            visited.remove(key);
            used -= sizes.remove(key);
        }

        @Override
        public long evictions() {
            return evictions;
        }
    }
}
