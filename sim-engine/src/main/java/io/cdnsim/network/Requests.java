package io.cdnsim.network;

import java.util.Arrays;

/**
 * Every request in flight, in parallel primitive arrays indexed by slot.
 *
 * <p>A slot is one request message from a sender (a client or a cache node) to a receiver (a cache node or an origin)
 * and, once answered, the response travelling back. A node that must go upstream opens a new slot for the fetch and
 * parks the requests waiting for it on the fetch's waiter list (collapsing). Slots are recycled; each reuse bumps the
 * slot's generation so that a timer armed for an earlier use can tell it is out of date.
 */
public final class Requests {

    /** Sender id of a request that came from a viewer. */
    public static final int CLIENT = -1;
    /** No slot. */
    public static final int NONE = -1;
    /** Version of an unconditional request. */
    public static final long NO_VERSION = Long.MIN_VALUE;
    /** Size of a request whose sender does not know its object's size (the origin's catalog does). */
    public static final long UNKNOWN_SIZE = -1;
    /** The next object of a request that names none (CMCD {@code nor}). */
    public static final long NO_NEXT = -1;

    /** Response status: full body. */
    public static final int OK = 200;
    /** Response status: not modified, header only. */
    public static final int NOT_MODIFIED = 304;
    /** Response status: the upstream failed or timed out. */
    public static final int ERROR = 504;

    /** Slots of a new table; it doubles when full. */
    private static final int INITIAL_CAPACITY = 1024;
    private static final int COUNTED = 1;
    private static final int REGISTERED = 2;
    private static final int TIMER_ARMED = 4;

    private long[] object;
    private long[] variant;
    private long[] next;
    private long[] tag;
    private long[] arrivedAt;
    private long[] condVersion;
    private int[] sender;
    private int[] receiver;
    private int[] flags;
    private int[] generation;
    private int[] owner;

    private int[] status;
    private long[] respondedAt;
    private long[] version;
    private long[] date;
    private long[] objectSize;
    private long[] bodyBytes;
    private long[] bottleneck;

    private final WaitLists waits = new WaitLists();
    private int[] free;
    private int freeCount;
    private int used;
    private int live;

    /** Creates an empty table. */
    public Requests() {
        resize(INITIAL_CAPACITY);
    }

    /**
     * Opens a slot for a new request.
     *
     * @param obj       object id
     * @param from      sender node, or {@link #CLIENT}
     * @param to        receiver node
     * @param arrival   time it arrives at the receiver
     * @param condVer   version held by the sender for a conditional request, or {@link #NO_VERSION}
     * @param isCounted whether its statistics count (it arrives after the warm-up)
     * @return the slot
     */
    public int open(long obj, int from, int to, long arrival, long condVer, boolean isCounted) {
        int s;
        if (freeCount > 0) {
            s = free[--freeCount];
        } else {
            if (used == object.length) {
                resize(object.length * 2);
            }
            s = used++;
        }
        live++;
        object[s] = obj;
        variant[s] = 0;
        next[s] = NO_NEXT;
        tag[s] = 0;
        sender[s] = from;
        receiver[s] = to;
        arrivedAt[s] = arrival;
        condVersion[s] = condVer;
        flags[s] = isCounted ? COUNTED : 0;
        owner[s] = NONE;
        waits.clear(s);
        status[s] = 0;
        objectSize[s] = UNKNOWN_SIZE;
        return s;
    }

    /**
     * Closes a slot; its generation moves on.
     *
     * @param s the slot
     */
    public void close(int s) {
        generation[s]++;
        free[freeCount++] = s;
        live--;
    }

    /** @return slots open now */
    public int live() {
        return live;
    }

    /** @return the slots open now, in slot order (a new array: for rare events, such as a node going down) */
    int[] openSlots() {
        boolean[] closed = new boolean[used];
        for (int i = 0; i < freeCount; i++) {
            closed[free[i]] = true;
        }
        int[] open = new int[live];
        int n = 0;
        for (int s = 0; s < used; s++) {
            if (!closed[s]) {
                open[n++] = s;
            }
        }
        return open;
    }

    /**
     * Marks a request's URL as one of several variants of its object that caches keep apart, for example a query
     * string that is part of the cache key ({@code ?token=viewer}). The origin serves every variant the same object.
     *
     * @param s     slot
     * @param value 0 for the object's plain URL, anything else for a variant
     */
    public void setVariant(int s, long value) {
        variant[s] = value;
    }

    /** @param s slot @return its variant, 0 for the plain URL */
    public long variant(int s) {
        return variant[s];
    }

    /** @param s slot @param object the next object its sender will ask for (CMCD {@code nor}), or {@link #NO_NEXT} */
    public void setNext(int s, long object) {
        next[s] = object;
    }

    /** @param s slot @return the next object its sender names (CMCD {@code nor}), or {@link #NO_NEXT} */
    public long next(int s) {
        return next[s];
    }

    /**
     * The key a cache stores and collapses the request's response under: the object id for the plain URL, else a
     * 64-bit mix of object and variant with bit 63 set, so it never equals an object id (which are non-negative).
     *
     * @param s slot
     * @return the cache key
     */
    public long cacheKey(int s) {
        return cacheKey(object[s], variant[s]);
    }

    /**
     * @param object  an object id
     * @param variant its URL variant, 0 for the plain URL ({@link #setVariant})
     * @return the cache key of that URL ({@link #cacheKey(int)})
     */
    public static long cacheKey(long object, long variant) {
        if (variant == 0) {
            return object;
        }
        long h = object * 0x9E37_79B9_7F4A_7C15L ^ variant;
        h = (h ^ (h >>> 33)) * 0xFF51_AFD7_ED55_8CCDL;
        h = (h ^ (h >>> 33)) * 0xC4CE_B9FE_1A85_EC53L;
        return (h ^ (h >>> 33)) | Long.MIN_VALUE;
    }

    /** @param s slot @return object id */
    public long object(int s) {
        return object[s];
    }

    /** @param s slot @return the sender's own tag (a client's id, for example) */
    public long tag(int s) {
        return tag[s];
    }

    /**
     * @param s a slot
     * @param value the sender's own tag
     */
    public void setTag(int s, long value) {
        tag[s] = value;
    }

    /** @param s slot @return sender node, or {@link #CLIENT} */
    public int sender(int s) {
        return sender[s];
    }

    /** @param s slot @return receiver node */
    public int receiver(int s) {
        return receiver[s];
    }

    /** @param s slot @return time it arrived at the receiver */
    public long arrivedAt(int s) {
        return arrivedAt[s];
    }

    /** @param s slot @return version the sender holds, or {@link #NO_VERSION} */
    public long condVersion(int s) {
        return condVersion[s];
    }

    /** @param s slot @return whether its statistics count */
    public boolean counted(int s) {
        return (flags[s] & COUNTED) != 0;
    }

    /** @param s slot @return whether it is the fetch other requests for its object collapse onto */
    public boolean registered(int s) {
        return (flags[s] & REGISTERED) != 0;
    }

    /** Marks a fetch as the one others collapse onto. @param s slot */
    public void setRegistered(int s) {
        flags[s] |= REGISTERED;
    }

    /** @param s slot @return whether a lock-timeout timer is pending for it */
    public boolean timerArmed(int s) {
        return (flags[s] & TIMER_ARMED) != 0;
    }

    /**
     * @param s     slot
     * @param armed whether a lock-timeout timer is pending for it
     */
    public void setTimerArmed(int s, boolean armed) {
        flags[s] = armed ? flags[s] | TIMER_ARMED : flags[s] & ~TIMER_ARMED;
    }

    /** @param s slot @return its current generation */
    public int generation(int s) {
        return generation[s];
    }

    /** @param s a fetch @return the request that started it, or {@link #NONE} for a background revalidation */
    public int owner(int s) {
        return owner[s];
    }

    /**
     * @param fetch a fetch
     * @param req   the request that started it
     */
    public void setOwner(int fetch, int req) {
        owner[fetch] = req;
    }

    /** @return the lists of requests parked on each fetch (collapsing) */
    WaitLists waits() {
        return waits;
    }

    /**
     * Writes a response into a slot.
     *
     * @param s        the request being answered
     * @param code     {@link #OK}, {@link #NOT_MODIFIED} or {@link #ERROR}
     * @param at       time the response leaves the receiver (first byte)
     * @param ver      version of the object in the response
     * @param dated    the response's Date: when its freshness is counted from
     * @param size     the object's size in bytes
     * @param body     bytes on the wire
     * @param bpsLimit narrowest bandwidth on the path so far, bit/s
     */
    public void respond(int s, int code, long at, long ver, long dated, long size, long body, long bpsLimit) {
        status[s] = code;
        respondedAt[s] = at;
        version[s] = ver;
        date[s] = dated;
        objectSize[s] = size;
        bodyBytes[s] = body;
        bottleneck[s] = bpsLimit;
    }

    /** @param s slot @return response status */
    public int status(int s) {
        return status[s];
    }

    /** @param s slot @return time the response left the receiver */
    public long respondedAt(int s) {
        return respondedAt[s];
    }

    /** @param s slot @return version in the response */
    public long version(int s) {
        return version[s];
    }

    /** @param s slot @return the response's Date */
    public long date(int s) {
        return date[s];
    }

    /**
     * Tells the receivers the object's size, as a replayed log does with each request: the origin then serves that
     * many bytes instead of its catalog's size.
     *
     * @param s    slot of a request not answered yet
     * @param size the object's size in bytes, or {@link #UNKNOWN_SIZE}
     */
    public void setKnownSize(int s, long size) {
        objectSize[s] = size;
    }

    /**
     * @param s slot
     * @return before the answer, the size its sender knows ({@link #setKnownSize}, else {@link #UNKNOWN_SIZE});
     *     after it, the object's size in the response
     */
    public long objectSize(int s) {
        return objectSize[s];
    }

    /** @param s slot @return bytes of the response on the wire */
    public long bodyBytes(int s) {
        return bodyBytes[s];
    }

    /** @param s slot @return narrowest bandwidth on the path, bit/s */
    public long bottleneck(int s) {
        return bottleneck[s];
    }

    /**
     * Narrows the response's path bandwidth by one more link.
     *
     * @param s   slot
     * @param bps the link's bandwidth, bit/s
     */
    public void narrowBottleneck(int s, long bps) {
        if (bps < bottleneck[s]) {
            bottleneck[s] = bps;
        }
    }

    private void resize(int capacity) {
        object = grow(object, capacity);
        variant = grow(variant, capacity);
        next = grow(next, capacity);
        tag = grow(tag, capacity);
        arrivedAt = grow(arrivedAt, capacity);
        condVersion = grow(condVersion, capacity);
        sender = grow(sender, capacity);
        receiver = grow(receiver, capacity);
        flags = grow(flags, capacity);
        generation = grow(generation, capacity);
        owner = grow(owner, capacity);
        status = grow(status, capacity);
        respondedAt = grow(respondedAt, capacity);
        version = grow(version, capacity);
        date = grow(date, capacity);
        objectSize = grow(objectSize, capacity);
        bodyBytes = grow(bodyBytes, capacity);
        bottleneck = grow(bottleneck, capacity);
        free = grow(free, capacity);
        waits.resize(capacity);
    }

    private static long[] grow(long[] a, int capacity) {
        return a == null ? new long[capacity] : Arrays.copyOf(a, capacity);
    }

    private static int[] grow(int[] a, int capacity) {
        return a == null ? new int[capacity] : Arrays.copyOf(a, capacity);
    }
}
