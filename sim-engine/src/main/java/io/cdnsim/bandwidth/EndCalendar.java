package io.cdnsim.bandwidth;

import io.cdnsim.kernel.Micros;
import java.util.Arrays;

/**
 * The free downloads of a region by the time their last byte leaves: a calendar of one-millisecond buckets, each a
 * list threaded through the downloads' slots, in a ring that grows to span the latest end. Adding is O(1); taking the
 * ended ones walks the buckets passed once, so a download costs O(1) however many are in flight (a binary heap paid
 * a logarithm of them, with a cache miss at each level).
 *
 * <pre>
 *   add(slot, end):     link the slot into bucket end / 1 ms
 *   takeEnded(now):     from the oldest bucket: whole buckets before now's, then those of now's bucket with end ≤ now
 *   takeAny():          every slot, bucket by bucket (a region starts sharing: all its free downloads are taken)
 * </pre>
 */
final class EndCalendar {

    private static final long WIDTH = Micros.MILLISECOND;
    private static final int EMPTY = -1;

    private int[] heads = new int[1024];
    private int mask = heads.length - 1;
    private int[] next = new int[64];
    private long[] end = new long[64];
    /** Every bucket before this one is empty. */
    private long cursor;
    /** Every bucket after this one is empty. */
    private long high;
    private int size;

    EndCalendar() {
        Arrays.fill(heads, EMPTY);
    }

    /** @return how many downloads it holds */
    int size() {
        return size;
    }

    /** @param slot a download taken from the calendar @return the end it was added with */
    long end(int slot) {
        return end[slot];
    }

    /**
     * @param slot    a download
     * @param endTime when its last byte leaves
     */
    void add(int slot, long endTime) {
        long bucket = endTime / WIDTH;
        if (size == 0) {
            cursor = bucket;
            high = bucket;
        }
        long low = Math.min(cursor, bucket);
        long top = Math.max(high, bucket);
        if (top - low >= heads.length) {
            grow(top - low + 1);
        }
        cursor = low;
        high = top;
        if (slot >= next.length) {
            int n = Math.max(slot + 1, 2 * next.length);
            next = Arrays.copyOf(next, n);
            end = Arrays.copyOf(end, n);
        }
        int i = (int) (bucket & mask);
        next[slot] = heads[i];
        end[slot] = endTime;
        heads[i] = slot;
        size++;
    }

    /** @param now the time @return a download whose last byte has left by {@code now}, removed; -1 when none */
    int takeEnded(long now) {
        long bucket = now / WIDTH;
        while (size > 0 && cursor < bucket) {
            int s = popHead((int) (cursor & mask));
            if (s != EMPTY) {
                return s;
            }
            cursor++;
        }
        if (size == 0 || cursor > bucket) {
            return EMPTY;
        }
        int i = (int) (cursor & mask);
        int previous = EMPTY;
        for (int s = heads[i]; s != EMPTY; previous = s, s = next[s]) {
            if (end[s] <= now) {
                if (previous == EMPTY) {
                    heads[i] = next[s];
                } else {
                    next[previous] = next[s];
                }
                size--;
                return s;
            }
        }
        return EMPTY;
    }

    /** @return any download it holds, removed (the earliest bucket first); -1 when empty */
    int takeAny() {
        while (size > 0) {
            int s = popHead((int) (cursor & mask));
            if (s != EMPTY) {
                return s;
            }
            cursor++;
        }
        return EMPTY;
    }

    private int popHead(int i) {
        int s = heads[i];
        if (s != EMPTY) {
            heads[i] = next[s];
            size--;
        }
        return s;
    }

    /** The ring spans at least {@code buckets}; each list keeps its bucket. */
    private void grow(long buckets) {
        int n = heads.length;
        while (n < buckets) {
            n *= 2;
        }
        int[] larger = new int[n];
        Arrays.fill(larger, EMPTY);
        for (long b = cursor; b <= high; b++) {
            larger[(int) (b & (n - 1))] = heads[(int) (b & mask)];
        }
        heads = larger;
        mask = n - 1;
    }
}
