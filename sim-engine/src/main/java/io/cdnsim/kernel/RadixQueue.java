package io.cdnsim.kernel;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * A monotone priority queue of events (time, payload): a radix heap (Ahuja, Mehlhorn, Orlin and Tarjan, 1990) with
 * 256-way digits and first-in-first-out order among equal times.
 *
 * <p>Times are read as 8 digits of 8 bits. Bucket 0 holds the pairs whose time equals {@code last}, the latest
 * minimum. Any other time differs from {@code last} first at some digit position p (from the least significant)
 * and has digit d there; it sits in bucket {@code 1 + 256p + d}. Every time in a bucket is smaller than every time in
 * a higher bucket. Taking the minimum pops the front of bucket 0; when bucket 0 is empty, the lowest non-empty bucket
 * is scanned for its minimum, which becomes {@code last}, and its pairs are spread into lower buckets. A pair only
 * moves downwards, at most once per digit position (a simulation's times rarely differ from the clock in more than
 * three digits, about 4.7 hours in microseconds), and every move is a sequential append: fewer cache misses and mispredicted branches than a
 * binary heap on large pending sets. Pairs with equal times always share a bucket and every move is a stable append,
 * so they leave in the order they entered.
 *
 * <p>Peeking does not move {@code last}: when bucket 0 is empty, {@link #peekTime()} scans the lowest non-empty
 * bucket for its minimum and remembers it until the next poll (an add below it lowers it). So a caller may peek,
 * find the next event later than it wants, and add events between the clock and that event (as a replay does
 * before each logged request) at no extra cost. A time below {@code last} itself is a caller's error that is still
 * handled: the buckets are rebuilt around the lower base (slow).
 *
 * <p>A queue created with a tie-shuffling random source (a test mode, see {@link EventLoop#shufflingTies(long)})
 * gives up first-in-first-out among equal times: each poll takes an event chosen uniformly at random among those
 * pending at the smallest time (bucket 0). Without one, the only cost is one predictable branch per poll.
 */
final class RadixQueue {

    private static final int DIGIT_BITS = 8;
    private static final int RADIX = 1 << DIGIT_BITS;
    private static final int BUCKETS = 1 + RADIX * (64 / DIGIT_BITS);

    /** Bucket b as interleaved pairs: time at {@code 2i}, payload at {@code 2i + 1}. */
    private final long[][] buckets = new long[BUCKETS][];
    private final int[] counts = new int[BUCKETS];
    /** Bit b of word b / 64 is set when bucket b is not empty. */
    private final long[] nonEmpty = new long[(BUCKETS + 63) / 64];
    private int head0;
    private long last;
    private int size;
    private long polledPayload;
    /** The minimum of the buckets above 0 found by a peek, or {@link #UNKNOWN} (below every time, so never lowered). */
    private long peeked = UNKNOWN;
    private int rebases;

    private static final long UNKNOWN = Long.MIN_VALUE;

    /** Longs a bucket holds when first used: 256 events, so that busy buckets rarely grow. */
    private static final int FIRST_CAPACITY = 2 * 256;

    /** Chooses among events of equal time in the tie-shuffling test mode; null for first-in-first-out. */
    private final SplittableRandom ties;

    /**
     * Largest bucket whose events are shown to the {@link Lookahead} when it is spread. The lowest non-empty bucket
     * holds the events that run next (before any of a higher bucket); a small one is a short stretch of time, so
     * what is read ahead for its events is still in the processor's cache when they run.
     */
    private static final int LOOKAHEAD_EVENTS = 256;
    private final Lookahead lookahead;
    /** Sum of what the lookahead read; kept so the reads are not optimized away, never used. */
    private long touched;

    RadixQueue() {
        this(null);
    }

    /** @param ties the random source that orders events of equal time, or null for first-in-first-out */
    RadixQueue(SplittableRandom ties) {
        this(ties, null);
    }

    /**
     * @param ties      the random source that orders events of equal time, or null for first-in-first-out
     * @param lookahead told about the events of a small bucket when it is spread, or null
     */
    RadixQueue(SplittableRandom ties, Lookahead lookahead) {
        this.ties = ties;
        this.lookahead = lookahead;
        buckets[0] = new long[FIRST_CAPACITY];
    }

    /** Sees events that are due soon: those of a bucket of at most {@value #LOOKAHEAD_EVENTS} being spread. */
    @FunctionalInterface
    interface Lookahead {
        /**
         * @param payload the event's payload
         * @return a value read, meaningless
         */
        long touch(long payload);
    }

    int size() {
        return size;
    }

    /**
     * Adds an event.
     *
     * @param time    the time, not below the latest minimum taken with {@link #poll()}
     * @param payload what to run (the caller's encoding)
     */
    void add(long time, long payload) {
        if (time < last) {
            rebase(time);
        }
        int b = bucketOf(time);
        append(b, time, payload);
        size++;
        if (b != 0 && time < peeked) {
            peeked = time;
        }
    }

    /** @return the smallest time; the queue must not be empty */
    long peekTime() {
        if (counts[0] != head0) {
            return last;
        }
        if (peeked == UNKNOWN) {
            peeked = minimum(lowestNonEmptyAboveZero());
        }
        return peeked;
    }

    /** @return how many times the buckets were rebuilt around a lower base (a test's probe) */
    int rebases() {
        return rebases;
    }

    /**
     * Removes the event with the smallest time (the earliest added among equal times); {@link #peekTime()} gives its
     * time, {@link #polledPayload()} the rest. The queue must not be empty.
     */
    void poll() {
        if (counts[0] == head0) {
            spreadLowestBucket();
            peeked = UNKNOWN;
        }
        long[] b0 = buckets[0];
        if (ties != null) {
            swapToHead(b0, head0 + ties.nextInt(counts[0] - head0));
        }
        polledPayload = b0[2 * head0 + 1];
        head0++;
        if (head0 == counts[0]) {
            head0 = 0;
            counts[0] = 0;
            nonEmpty[0] &= ~1L;
        }
        size--;
    }

    /** Swaps the event at index i of bucket 0 with the one at its head. */
    private void swapToHead(long[] b0, int i) {
        for (int k = 0; k < 2; k++) {
            long t = b0[2 * head0 + k];
            b0[2 * head0 + k] = b0[2 * i + k];
            b0[2 * i + k] = t;
        }
    }

    /** @return the payload of the event last polled */
    long polledPayload() {
        return polledPayload;
    }

    private int bucketOf(long time) {
        long diff = time ^ last;
        if (diff == 0) {
            return 0;
        }
        int position = (63 - Long.numberOfLeadingZeros(diff)) / DIGIT_BITS;
        return 1 + position * RADIX + (int) ((time >>> (position * DIGIT_BITS)) & (RADIX - 1));
    }

    private void append(int b, long time, long payload) {
        long[] a = buckets[b];
        if (a == null) {
            a = new long[FIRST_CAPACITY];
            buckets[b] = a;
        }
        int n = counts[b];
        if (2 * n == a.length) {
            a = Arrays.copyOf(a, a.length * 2);
            buckets[b] = a;
        }
        a[2 * n] = time;
        a[2 * n + 1] = payload;
        counts[b] = n + 1;
        nonEmpty[b >>> 6] |= 1L << b;
    }

    /**
     * Bucket 0 is empty: makes the minimum of the lowest non-empty bucket the new {@code last} and spreads it. A
     * bucket of the lowest digit position (1 to 256) holds one time only, so it becomes bucket 0 as it is: the two
     * arrays swap, and its events keep their order without being copied.
     */
    private void spreadLowestBucket() {
        int b = lowestNonEmptyAboveZero();
        long[] a = buckets[b];
        int n = counts[b];
        last = peeked != UNKNOWN ? peeked : minimum(b);
        counts[b] = 0;
        nonEmpty[b >>> 6] &= ~(1L << b);
        head0 = 0;
        if (lookahead != null && n <= LOOKAHEAD_EVENTS) {
            long sum = 0;
            for (int i = 1; i < 2 * n; i += 2) {
                sum += lookahead.touch(a[i]);
            }
            touched += sum;
        }
        if (b <= RADIX) {
            buckets[b] = buckets[0];
            buckets[0] = a;
            counts[0] = n;
            nonEmpty[0] |= 1L;
            return;
        }
        for (int i = 0; i < 2 * n; i += 2) {
            append(bucketOf(a[i]), a[i], a[i + 1]);
        }
    }

    private long minimum(int b) {
        if (b <= RADIX) {
            return buckets[b][0];
        }
        long[] a = buckets[b];
        long min = Long.MAX_VALUE;
        for (int i = 0; i < 2 * counts[b]; i += 2) {
            min = Math.min(min, a[i]);
        }
        return min;
    }

    private int lowestNonEmptyAboveZero() {
        long w = nonEmpty[0] & ~1L;
        if (w != 0) {
            return Long.numberOfTrailingZeros(w);
        }
        for (int i = 1; i < nonEmpty.length; i++) {
            if (nonEmpty[i] != 0) {
                return (i << 6) + Long.numberOfTrailingZeros(nonEmpty[i]);
            }
        }
        throw new IllegalStateException("the queue is empty");
    }

    /** A time below {@code last} arrived (after a peek): re-buckets everything around the new, lower base. */
    private void rebase(long time) {
        rebases++;
        peeked = UNKNOWN;
        int total = 0;
        for (int b = 0; b < BUCKETS; b++) {
            total += counts[b] - (b == 0 ? head0 : 0);
        }
        long[] all = new long[2 * total];
        int k = 0;
        for (int b = 0; b < BUCKETS; b++) {
            if (buckets[b] == null) {
                continue;
            }
            int from = b == 0 ? head0 : 0;
            System.arraycopy(buckets[b], 2 * from, all, k, 2 * (counts[b] - from));
            k += 2 * (counts[b] - from);
            counts[b] = 0;
        }
        head0 = 0;
        Arrays.fill(nonEmpty, 0);
        last = time;
        for (int i = 0; i < all.length; i += 2) {
            append(bucketOf(all[i]), all[i], all[i + 1]);
        }
    }
}
