package io.cdnsim.cache;

import java.util.Arrays;

/**
 * Least frequently used, in O(1) per operation with frequency buckets (Shah, Mitra, Matani, "An O(1) algorithm for
 * implementing the LFU cache eviction scheme", 2010).
 *
 * <pre>
 * admitted(obj):  count[obj] = 1; push obj at the head of the bucket for count 1 (made first if missing)
 * hit(obj):       count[obj] += 1; move obj to the head of the bucket for its new count (the next bucket, a new
 *                 one after its own, or its own bucket relabelled if obj was alone in it)
 * victim():       the tail of the first bucket (smallest count, least recently used among them)
 * removed(obj):   unlink obj from its bucket; free the bucket if it is left empty
 * </pre>
 *
 * <p>Exact definition: every copy has a count, 1 when it is admitted (the request that admitted it) and one more for
 * each {@link #hit}. The victim is a copy with the smallest count; among copies with that count, the least recently
 * used one, i.e. the one whose last request (admission or hit) is oldest. Counts are per copy: when a copy leaves the
 * store (eviction or removal) its count is forgotten, and a later copy of the same object starts again at 1 (no
 * aging, no history, no dynamic aging as in LFU-DA).
 *
 * <p>Structure: a doubly linked list of buckets in increasing count order, one bucket per count that some copy has;
 * each bucket holds a doubly linked list of its copies, most recently used at the head. A copy enters a bucket exactly
 * when it is requested, so the order inside a bucket is the order of last use, and the victim is the tail of the first
 * bucket. Buckets are pooled (there are never more non-empty buckets than copies), so nothing is allocated except when
 * {@link #ensureCapacity} grows the arrays.
 */
public final class LfuPolicy implements EvictionPolicy {

    private static final int NONE = -1;

    // Per slot.
    private int[] bucketOf = new int[0];
    private int[] prev = new int[0];
    private int[] next = new int[0];

    // Per bucket.
    private long[] count = new long[0];
    private int[] head = new int[0];
    private int[] tail = new int[0];
    private int[] bucketPrev = new int[0];
    private int[] bucketNext = new int[0];
    private int[] freeBuckets = new int[0];
    private int freeBucketCount;
    private int bucketsUsed;

    /** The bucket with the smallest count, or NONE when no copy is tracked. */
    private int first = NONE;

    /** Creates an empty policy. */
    public LfuPolicy() {
    }

    @Override
    public void ensureCapacity(int slots) {
        if (slots > bucketOf.length) {
            int old = bucketOf.length;
            bucketOf = Arrays.copyOf(bucketOf, slots);
            prev = Arrays.copyOf(prev, slots);
            next = Arrays.copyOf(next, slots);
            Arrays.fill(bucketOf, old, slots, NONE);
        }
        int buckets = slots + 1;
        if (buckets > count.length) {
            count = Arrays.copyOf(count, buckets);
            head = Arrays.copyOf(head, buckets);
            tail = Arrays.copyOf(tail, buckets);
            bucketPrev = Arrays.copyOf(bucketPrev, buckets);
            bucketNext = Arrays.copyOf(bucketNext, buckets);
            freeBuckets = Arrays.copyOf(freeBuckets, buckets);
        }
    }

    @Override
    public void admitted(int slot, long key, long size) {
        int b = first;
        if (b == NONE || count[b] != 1) {
            b = newBucket(1, NONE, first);
        }
        pushHead(b, slot);
    }

    @Override
    public void hit(int slot, long key, long size) {
        int b = bucketOf[slot];
        long c = count[b] + 1;
        int nb = bucketNext[b];
        if (nb != NONE && count[nb] == c) {
            unlink(slot);
            pushHead(nb, slot);
        } else if (head[b] == slot && tail[b] == slot) {
            // Alone in its bucket and no bucket for c yet: the bucket itself moves up one count.
            count[b] = c;
        } else {
            unlink(slot);
            pushHead(newBucket(c, b, nb), slot);
        }
    }

    @Override
    public int victim() {
        return tail[first];
    }

    @Override
    public void removed(int slot, long key, long size) {
        unlink(slot);
    }

    /**
     * @param slot a tracked copy
     * @return its count: 1 at admission plus one per hit
     */
    public long count(int slot) {
        return count[bucketOf[slot]];
    }

    private int newBucket(long c, int before, int after) {
        int b = freeBucketCount > 0 ? freeBuckets[--freeBucketCount] : bucketsUsed++;
        count[b] = c;
        head[b] = NONE;
        tail[b] = NONE;
        bucketPrev[b] = before;
        bucketNext[b] = after;
        if (before != NONE) {
            bucketNext[before] = b;
        } else {
            first = b;
        }
        if (after != NONE) {
            bucketPrev[after] = b;
        }
        return b;
    }

    private void pushHead(int b, int slot) {
        bucketOf[slot] = b;
        prev[slot] = NONE;
        next[slot] = head[b];
        if (head[b] != NONE) {
            prev[head[b]] = slot;
        } else {
            tail[b] = slot;
        }
        head[b] = slot;
    }

    /** Takes a copy out of its bucket and frees the bucket if it is left empty. */
    private void unlink(int slot) {
        int b = bucketOf[slot];
        int p = prev[slot];
        int n = next[slot];
        if (p != NONE) {
            next[p] = n;
        } else {
            head[b] = n;
        }
        if (n != NONE) {
            prev[n] = p;
        } else {
            tail[b] = p;
        }
        bucketOf[slot] = NONE;
        if (head[b] == NONE) {
            int bp = bucketPrev[b];
            int bn = bucketNext[b];
            if (bp != NONE) {
                bucketNext[bp] = bn;
            } else {
                first = bn;
            }
            if (bn != NONE) {
                bucketPrev[bn] = bp;
            }
            freeBuckets[freeBucketCount++] = b;
        }
    }
}
