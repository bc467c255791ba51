package io.cdnsim.cache;

import java.util.Arrays;

/**
 * S3-FIFO (Yang, Zhang, Qiu, Yue, Rashmi, "FIFO queues are all you need for cache eviction", SOSP 2023), as its
 * authors' simulator libCacheSim implements it ({@code S3FIFO.c}, default parameters).
 *
 * <pre>
 * admitting(key):     toMain = ghost.remove(key)            (before the store evicts anything for it)
 * admitted(obj):      freq[obj] = 0; push obj at the head of main if toMain, else of small
 * hit(obj):           freq[obj] = min(freq[obj] + 1, 3)
 * victim():           loop:
 *                       if main's bytes &gt; main's quota or small is empty:
 *                         t = main's tail; if freq[t] == 0: return t (no ghost)
 *                         freq[t] -= 1; move t to main's head; repeat
 *                       while small is not empty:
 *                         t = small's tail; if freq[t] &lt; threshold (2): return t (to the ghost)
 *                         move t to main's head with freq 0
 *                       (small emptied into main: loop, evicting from main)
 * removed(obj):       unlink obj from its queue; if it was the victim from small: ghost.add(key, size)
 * </pre>
 *
 * <p><b>Queues and quotas.</b> For a store of {@code C} bytes: the small FIFO's quota is {@code S = (long) (C * 0.10)}
 * (truncated, libCacheSim's rounding: {@code C / 10} rounded down, so 0 for {@code C < 10}, 1 for {@code 10..19}
 * unit-size objects), the main FIFO's quota is {@code C - S}, and the ghost FIFO remembers keys of objects evicted from
 * the small queue up to {@code (long) (C * 0.90)} bytes of their sizes (no ghost at all if that is 0). The quotas are
 * not hard limits on the queues: the store's total is the only hard limit; they only steer which queue is evicted.
 *
 * <p><b>Requests.</b> Each copy has a frequency, 0 on admission, incremented by each hit and capped at 3 (libCacheSim
 * counts without a cap but only ever uses {@code min(freq, 3)}, so the decisions are the same). A missed object whose
 * key is in the ghost is removed from the ghost and admitted to the head of main; any other is admitted to the head of
 * small. The ghost is consulted before the store evicts anything for the admission.
 *
 * <p><b>Eviction</b> ({@link #victim()}), repeated until a copy is chosen:
 * <ul>
 *   <li>if main holds more than its quota, or small is empty: look at main's tail; if its frequency is at least 1,
 *       move it to main's head with frequency {@code freq - 1} and look again; otherwise it is the victim;</li>
 *   <li>otherwise look at small's tail; if its frequency is at least 2 (libCacheSim's move-to-main threshold), move it
 *       to main's head with frequency 0 (main may go over its quota; nothing is evicted from main for it) and look
 *       again while small is not empty; otherwise it is the victim, and once removed its key and size enter the
 *       ghost.</li>
 * </ul>
 *
 * <p><b>Differences from libCacheSim</b>, because the {@link ObjectStore}, not the policy, decides what is stored:
 * libCacheSim refuses to store an object not found in the ghost whose size is at least the small quota (so with unit
 * sizes a libCacheSim S3-FIFO of fewer than 20 objects stores nothing); here every object that fits in the store is
 * admitted and enters small even if it exceeds small's quota. With objects smaller than the small quota the two
 * agree; {@link #libCacheSim()} makes a policy that follows libCacheSim's rule instead (through
 * {@link EvictionPolicy#verdict}). A copy removed for a reason other than eviction (replacement, invalidation) leaves
 * its queue without entering the ghost, as libCacheSim's {@code remove}.
 *
 * <p><b>Sizes and keys.</b> The policy learns the capacity in bytes from {@link #attach}, and each object's key and
 * size from the hooks, as every {@link EvictionPolicy} does: the ghost is consulted in {@link #admitting}, before the
 * store evicts for the admission, and fed in {@link #removed}. It keeps each copy's size for the moves inside
 * {@link #victim()}, which names no object.
 *
 * <p>{@link #victim()} moves copies between and within queues, so it is not a pure query: the store must remove the
 * copy it names. Nothing is allocated per operation; arrays grow with {@link #ensureCapacity} and the ghost's pool
 * grows as it needs to (bounded by its byte quota for objects of positive size).
 */
public final class S3FifoPolicy implements EvictionPolicy {

    /** Default share of the capacity for the small queue (libCacheSim's {@code fifo-size-ratio}). */
    public static final double SMALL_RATIO = 0.10;
    /** Default ghost size as a share of the capacity (libCacheSim's {@code ghost-size-ratio}). */
    public static final double GHOST_RATIO = 0.90;
    /** Default hits in the small queue needed to move to main (libCacheSim's {@code move-to-main-threshold}). */
    public static final int MOVE_TO_MAIN_THRESHOLD = 2;
    /** The cap on a copy's frequency. */
    public static final int MAX_FREQ = 3;

    private static final int NONE = -1;
    private static final byte OUT = 0;
    private static final byte SMALL = 1;
    private static final byte MAIN = 2;

    private final double smallRatio;
    private final double ghostRatio;
    private final int threshold;

    private final SlotList small = new SlotList();
    private final SlotList main = new SlotList();
    /** Remembers nothing until {@link #attach} sizes it. */
    private GhostFifo ghost = new GhostFifo(0);

    private long capacityBytes = -1;
    private long smallQuota;
    private long mainQuota;
    private long ghostQuota;

    private long[] sizes = new long[0];
    private byte[] queue = new byte[0];
    private byte[] freq = new byte[0];
    private long smallBytes;
    private long mainBytes;
    private int smallCount;
    private int mainCount;

    private final boolean libCacheSimSizes;
    private boolean pending;
    private boolean pendingToMain;
    /** The ghost was already consulted for the object being admitted ({@link #verdict}). */
    private boolean consulted;

    private int evicting = NONE;
    private boolean evictingToGhost;

    /** Creates a policy with libCacheSim's defaults: 10 % small, 90 % ghost, move to main at 2 hits. */
    public S3FifoPolicy() {
        this(SMALL_RATIO, GHOST_RATIO, MOVE_TO_MAIN_THRESHOLD);
    }

    /**
     * @param smallRatio share of the capacity for the small queue, in [0, 1)
     * @param ghostRatio ghost size as a share of the capacity, 0 or more (0: no ghost)
     * @param threshold  hits in the small queue needed to move to main, 1 to {@link #MAX_FREQ}
     */
    public S3FifoPolicy(double smallRatio, double ghostRatio, int threshold) {
        this(smallRatio, ghostRatio, threshold, false);
    }

    private S3FifoPolicy(double smallRatio, double ghostRatio, int threshold, boolean libCacheSimSizes) {
        if (!(smallRatio >= 0 && smallRatio < 1) || !(ghostRatio >= 0) || threshold < 1 || threshold > MAX_FREQ) {
            throw new IllegalArgumentException(
                    "bad S3-FIFO parameters: small " + smallRatio + ", ghost " + ghostRatio + ", threshold " + threshold);
        }
        this.smallRatio = smallRatio;
        this.ghostRatio = ghostRatio;
        this.threshold = threshold;
        this.libCacheSimSizes = libCacheSimSizes;
    }

    /**
     * S3-FIFO with the defaults and libCacheSim's rule for objects as large as the small queue's quota {@code S}
     * ({@code S3FIFO_can_insert} and {@code S3FIFO_insert}): on every miss the ghost forgets the key (libCacheSim's
     * find), then an object of more than {@code S} bytes is not stored and evicts nothing; one of exactly {@code S}
     * bytes not found in the ghost evicts as if it were stored, then is not stored; the others are stored as usual.
     * So an object of 10 % of the cache or more is never stored unless the ghost remembered it.
     *
     * @return a new policy
     */
    public static S3FifoPolicy libCacheSim() {
        return new S3FifoPolicy(SMALL_RATIO, GHOST_RATIO, MOVE_TO_MAIN_THRESHOLD, true);
    }

    @Override
    public int verdict(long key, long size) {
        if (!libCacheSimSizes) {
            return STORE;
        }
        pendingToMain = ghost.remove(key);
        consulted = true;
        if (size > smallQuota) {
            return REFUSE;
        }
        return size == smallQuota && !pendingToMain ? ROOM_ONLY : STORE;
    }

    @Override
    public void attach(long capacityBytes) {
        if (this.capacityBytes >= 0) {
            throw new IllegalStateException("an S3FifoPolicy serves one store only");
        }
        this.capacityBytes = capacityBytes;
        // libCacheSim: (int64_t) (cache_size * ratio), i.e. truncated.
        smallQuota = (long) (capacityBytes * smallRatio);
        mainQuota = capacityBytes - smallQuota;
        ghostQuota = (long) (capacityBytes * ghostRatio);
        ghost = new GhostFifo(ghostQuota);
    }

    @Override
    public void admitting(long key, long size) {
        if (capacityBytes < 0) {
            throw new IllegalStateException("S3FifoPolicy used before attach(capacityBytes)");
        }
        pending = true;
        if (consulted) {
            consulted = false;
        } else {
            pendingToMain = ghost.remove(key);
        }
    }

    @Override
    public void ensureCapacity(int slots) {
        if (slots > sizes.length) {
            sizes = Arrays.copyOf(sizes, slots);
            queue = Arrays.copyOf(queue, slots);
            freq = Arrays.copyOf(freq, slots);
            small.ensureCapacity(slots);
            main.ensureCapacity(slots);
        }
    }

    @Override
    public void admitted(int slot, long key, long size) {
        if (!pending) {
            throw new IllegalStateException("S3FifoPolicy needs a store that calls admitting before admitted");
        }
        pending = false;
        sizes[slot] = size;
        freq[slot] = 0;
        if (pendingToMain) {
            queue[slot] = MAIN;
            main.pushHead(slot);
            mainBytes += size;
            mainCount++;
        } else {
            queue[slot] = SMALL;
            small.pushHead(slot);
            smallBytes += size;
            smallCount++;
        }
    }

    @Override
    public void hit(int slot, long key, long size) {
        if (freq[slot] < MAX_FREQ) {
            freq[slot]++;
        }
    }

    @Override
    public int victim() {
        while (true) {
            if (mainBytes > mainQuota || smallCount == 0) {
                while (true) {
                    int t = main.tail();
                    if (freq[t] == 0) {
                        evicting = t;
                        evictingToGhost = false;
                        return t;
                    }
                    freq[t]--;
                    main.moveToHead(t);
                }
            }
            while (smallCount > 0) {
                int t = small.tail();
                if (freq[t] < threshold) {
                    evicting = t;
                    evictingToGhost = true;
                    return t;
                }
                small.unlink(t);
                smallBytes -= sizes[t];
                smallCount--;
                main.pushHead(t);
                mainBytes += sizes[t];
                mainCount++;
                queue[t] = MAIN;
                freq[t] = 0;
            }
            // Every copy in small had enough hits and moved to main: evict from main.
        }
    }

    @Override
    public void removed(int slot, long key, long size) {
        if (queue[slot] == SMALL) {
            small.unlink(slot);
            smallBytes -= size;
            smallCount--;
        } else {
            main.unlink(slot);
            mainBytes -= size;
            mainCount--;
        }
        queue[slot] = OUT;
        if (slot == evicting) {
            if (evictingToGhost) {
                ghost.add(key, size);
            }
            evicting = NONE;
        }
    }

    /** @return the small queue's quota in bytes, {@code (long) (capacity * smallRatio)} */
    public long smallQuota() {
        return smallQuota;
    }

    /** @return the main queue's quota in bytes, capacity minus the small quota */
    public long mainQuota() {
        return mainQuota;
    }

    /** @return the ghost's capacity in bytes of remembered objects, {@code (long) (capacity * ghostRatio)} */
    public long ghostQuota() {
        return ghostQuota;
    }

    /** @return bytes of copies in the small queue */
    public long smallBytes() {
        return smallBytes;
    }

    /** @return bytes of copies in the main queue */
    public long mainBytes() {
        return mainBytes;
    }

    /** @return copies in the small queue */
    public int smallCount() {
        return smallCount;
    }

    /** @return copies in the main queue */
    public int mainCount() {
        return mainCount;
    }

    /** @return keys remembered by the ghost queue */
    public int ghostCount() {
        return ghost.count();
    }

    /**
     * @param key an object key
     * @return whether the ghost queue remembers it
     */
    public boolean inGhost(long key) {
        return ghost.contains(key);
    }

    /**
     * @param slot a stored copy
     * @return whether it is in the main queue (else it is in the small queue)
     */
    public boolean inMain(int slot) {
        return queue[slot] == MAIN;
    }
}
