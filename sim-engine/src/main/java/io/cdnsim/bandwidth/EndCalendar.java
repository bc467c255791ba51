package io.cdnsim.bandwidth;

import io.cdnsim.kernel.Micros;
import java.util.Arrays;

/**
 * The free downloads of a region by the time their last byte leaves: a calendar of one-millisecond buckets, each a
 * list threaded through the downloads' slots, in a ring that grows to span the latest end. The bucket the clock has
 * reached is taken out of the ring and sorted by end, so each download is looked at O(1) times however many are in
 * flight (a binary heap paid a logarithm of them, with a cache miss at each level).
 *
 * <pre>
 *   add(slot, end):   into the sorted current bucket if end falls in it, else linked into bucket end / 1 ms
 *   takeEnded(now):   the current bucket's front while its end ≤ now; when it is empty, the next non-empty bucket
 *                     up to now's is taken out of the ring and sorted (insertion sort: a bucket holds a few dozen)
 *   takeAny():        every slot, current bucket first (a region starts sharing: all its free downloads are taken)
 * </pre>
 */
final class EndCalendar {

    private static final long WIDTH = Micros.MILLISECOND;
    private static final int EMPTY = -1;

    private int[] heads = new int[1024];
    private int mask = heads.length - 1;
    private int[] next = new int[64];
    private long[] end = new long[64];
    /** Every bucket of the ring before this one is empty. */
    private long cursor;
    /** Every bucket of the ring after this one is empty. */
    private long high;
    /** The bucket taken out of the ring, its downloads by end from {@code currentHead} to {@code currentCount}. */
    private long currentBucket = Long.MIN_VALUE;
    private int[] current = new int[64];
    private int currentHead;
    private int currentCount;
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
        if (slot >= next.length) {
            int n = Math.max(slot + 1, 2 * next.length);
            next = Arrays.copyOf(next, n);
            end = Arrays.copyOf(end, n);
        }
        end[slot] = endTime;
        long bucket = endTime / WIDTH;
        if (size == 0) {
            currentBucket = Long.MIN_VALUE;
            currentHead = 0;
            currentCount = 0;
            cursor = bucket;
            high = bucket;
        }
        size++;
        if (bucket <= currentBucket) {
            insertCurrent(slot);
            return;
        }
        long low = Math.min(cursor, bucket);
        long top = Math.max(high, bucket);
        if (top - low >= heads.length) {
            grow(top - low + 1);
        }
        cursor = low;
        high = top;
        int i = (int) (bucket & mask);
        next[slot] = heads[i];
        heads[i] = slot;
    }

    /** @param now the time @return a download whose last byte has left by {@code now}, removed; -1 when none */
    int takeEnded(long now) {
        long bucket = now / WIDTH;
        while (size > 0) {
            if (currentHead < currentCount) {
                int s = current[currentHead];
                if (end[s] > now) {
                    return EMPTY;
                }
                currentHead++;
                size--;
                return s;
            }
            while (cursor <= bucket && heads[(int) (cursor & mask)] == EMPTY) {
                cursor++;
            }
            if (cursor > bucket) {
                return EMPTY;
            }
            load(cursor++);
        }
        return EMPTY;
    }

    /** @return any download it holds, removed (the current bucket first, then the ring's earliest); -1 when empty */
    int takeAny() {
        if (size == 0) {
            return EMPTY;
        }
        size--;
        if (currentHead < currentCount) {
            return current[currentHead++];
        }
        while (heads[(int) (cursor & mask)] == EMPTY) {
            cursor++;
        }
        int i = (int) (cursor & mask);
        int s = heads[i];
        heads[i] = next[s];
        return s;
    }

    /** Takes a bucket out of the ring into the current, sorted by end. */
    private void load(long bucket) {
        int i = (int) (bucket & mask);
        currentHead = 0;
        currentCount = 0;
        for (int s = heads[i]; s != EMPTY; s = next[s]) {
            insertSorted(s);
        }
        heads[i] = EMPTY;
        currentBucket = bucket;
    }

    /** Inserts a download into the current bucket at its place by end. */
    private void insertCurrent(int slot) {
        if (currentHead > 0) {
            System.arraycopy(current, currentHead, current, 0, currentCount - currentHead);
            currentCount -= currentHead;
            currentHead = 0;
        }
        insertSorted(slot);
    }

    /** Inserts a download into the current bucket, from {@code currentHead = 0}, after those that end no later. */
    private void insertSorted(int slot) {
        if (currentCount == current.length) {
            current = Arrays.copyOf(current, 2 * currentCount);
        }
        int k = currentCount++;
        while (k > 0 && end[current[k - 1]] > end[slot]) {
            current[k] = current[k - 1];
            k--;
        }
        current[k] = slot;
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
