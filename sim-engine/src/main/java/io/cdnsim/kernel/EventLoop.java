package io.cdnsim.kernel;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * The simulation kernel: a clock in integer microseconds and a future-event list ordered by (time, order of
 * scheduling).
 *
 * <p>Events scheduled for the same instant run in the order they were scheduled. The list is a {@link RadixQueue}, a
 * monotone priority queue that fits a simulation clock (no event is scheduled before now), holding each event as
 * two longs (the time; the target, kind and argument packed in 12, 4 and 48 bits) in primitive arrays. Scheduling
 * and running an event allocate nothing once the arrays have grown to the model's working size. Handlers are reached
 * by an integer id: dispatch is an array load and an interface call.
 *
 * <p>One loop per run: there is no static state, and independent runs may execute on different threads.
 *
 * <p>A loop created with a fingerprint folds every event it runs, (time, target, kind, argument) in order, into a
 * 64-bit hash: two runs with the same fingerprint ran the same events in the same order. Off by default; when off
 * it costs one predictable branch per event.
 *
 * <p>A loop made by {@link #shufflingTies(long)} is a test mode: it runs events of equal time in a random (seeded)
 * order instead of the order they were scheduled in, to show that results do not hang on that order. It is reachable
 * from Java only (never from a scenario file).
 */
public final class EventLoop {

    /** The fingerprint of a loop that has run nothing. */
    private static final long FINGERPRINT_START = 0x6364_6E73_696D_0001L;

    /** Bits of an event's payload: target (12), kind (4), argument (48). */
    private static final int KIND_SHIFT = 48;
    private static final int TARGET_SHIFT = 52;
    /** The largest event kind. */
    public static final int MAX_KIND = 15;
    /** The largest event argument, 2^48 - 1. */
    public static final long MAX_ARG = (1L << KIND_SHIFT) - 1;
    /** How many handlers a loop takes. */
    public static final int MAX_HANDLERS = 1 << (64 - TARGET_SHIFT);

    private final RadixQueue queue;

    private EventHandler[] handlers = new EventHandler[8];
    private int handlerCount;

    private final boolean fingerprinting;
    private long fingerprint = FINGERPRINT_START;
    /** Whether events of equal time run in a shuffled order, and the shuffle's seed. */
    private final boolean shuffling;
    private final long tieSeed;

    private long now;
    private long lastEventTime;
    private long executed;
    private boolean stopped;

    /** Creates an empty loop at time zero, without a fingerprint. */
    public EventLoop() {
        this(false);
    }

    /**
     * Creates an empty loop at time zero.
     *
     * @param fingerprint whether to hash every event it runs (see {@link #fingerprint()})
     */
    public EventLoop(boolean fingerprint) {
        this(fingerprint, false, 0);
    }

    private EventLoop(boolean fingerprint, boolean shuffling, long tieSeed) {
        this.fingerprinting = fingerprint;
        this.shuffling = shuffling;
        this.tieSeed = tieSeed;
        this.queue = new RadixQueue(shuffling ? new SplittableRandom(tieSeed) : null,
                payload -> handlers[targetOf(payload)].touch(kindOf(payload), argOf(payload)));
    }

    /**
     * Creates an empty loop at time zero that runs events of equal time in a random order (a test mode): each time it
     * takes the next event, it chooses uniformly among all the events pending at the earliest time, whenever they were
     * scheduled. The order depends only on {@code seed} and the events scheduled. It keeps a fingerprint.
     *
     * @param seed seeds the choice among events of equal time
     * @return the loop
     */
    public static EventLoop shufflingTies(long seed) {
        return new EventLoop(true, true, seed);
    }

    /**
     * A new, empty loop of the same kind as this one, for another part of the same run (a partition): with a
     * fingerprint if this one keeps one, shuffling ties with a seed of its own if this one does.
     *
     * @param index the part's number, from 1
     * @return the loop
     */
    public EventLoop sibling(int index) {
        return new EventLoop(fingerprinting, shuffling, tieSeed * 0x9E37_79B9_7F4A_7C15L + index);
    }

    /**
     * Folds another loop's fingerprint into this one's, so that one hash stands for the events of a run whose parts
     * ran on several loops (in the order of the calls).
     *
     * @param other a loop that kept a fingerprint
     * @throws IllegalStateException if either loop keeps none
     */
    public void absorbFingerprint(EventLoop other) {
        fingerprint = fold(fingerprint(), other.fingerprint());
    }

    /**
     * @return the hash of every event run so far: time, target, kind and argument, in the order they ran
     * @throws IllegalStateException if the loop was created without a fingerprint
     */
    public long fingerprint() {
        if (!fingerprinting) {
            throw new IllegalStateException("this event loop keeps no fingerprint");
        }
        return fingerprint;
    }

    /** @return whether this loop keeps a fingerprint */
    public boolean keepsFingerprint() {
        return fingerprinting;
    }

    /** Folds one value into a hash: a bijective 64-bit mix (SplitMix64's finalizer) of the hash xor the value. */
    private static long fold(long hash, long value) {
        long z = hash ^ value;
        z = (z ^ (z >>> 30)) * 0xBF58_476D_1CE4_E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D0_49BB_1331_11EBL;
        return z ^ (z >>> 31);
    }

    /**
     * Registers a handler.
     *
     * @param handler the handler
     * @return the target id that events for this handler carry
     */
    public int register(EventHandler handler) {
        if (handlerCount == MAX_HANDLERS) {
            throw new IllegalStateException("a loop takes at most " + MAX_HANDLERS + " handlers");
        }
        if (handlerCount == handlers.length) {
            handlers = Arrays.copyOf(handlers, handlerCount * 2);
        }
        handlers[handlerCount] = handler;
        return handlerCount++;
    }

    /** @return the current simulation time in microseconds */
    public long now() {
        return now;
    }

    /** @return the number of events executed so far */
    public long executed() {
        return executed;
    }

    /** @return the time of the earliest pending event, or {@link Long#MAX_VALUE} if none is pending */
    public long nextEventTime() {
        return queue.size() > 0 ? queue.peekTime() : Long.MAX_VALUE;
    }

    /** @return the time of the latest event run so far (0 if none has run) */
    public long lastEventTime() {
        return lastEventTime;
    }

    /** @return the number of pending events */
    public int pending() {
        return queue.size();
    }

    /**
     * Schedules an event.
     *
     * @param time   absolute time in microseconds, not before {@link #now()}
     * @param target a handler id from {@link #register}
     * @param kind   the handler's event kind, 0 to {@value #MAX_KIND}
     * @param arg    the payload, 0 to {@value #MAX_ARG}
     */
    public void schedule(long time, int target, int kind, long arg) {
        if (time < now) {
            throw new IllegalArgumentException("event at " + time + " us is in the past (now " + now + " us)");
        }
        if ((kind & ~MAX_KIND) != 0 || (arg & ~MAX_ARG) != 0) {
            throw new IllegalArgumentException("event kind " + kind + " or argument " + arg + " out of range (kind 0 to "
                    + MAX_KIND + ", argument 0 to " + MAX_ARG + ")");
        }
        queue.add(time, ((long) target << TARGET_SHIFT) | ((long) kind << KIND_SHIFT) | arg);
    }

    private static int targetOf(long payload) {
        return (int) (payload >>> TARGET_SHIFT);
    }

    private static int kindOf(long payload) {
        return (int) (payload >>> KIND_SHIFT) & MAX_KIND;
    }

    private static long argOf(long payload) {
        return payload & MAX_ARG;
    }

    /**
     * Schedules an event {@code delay} microseconds from now.
     *
     * @param delay  non-negative delay in microseconds
     * @param target a handler id
     * @param kind   the handler's event kind
     * @param arg    the payload
     */
    public void scheduleIn(long delay, int target, int kind, long arg) {
        schedule(now + delay, target, kind, arg);
    }

    /** Makes {@link #run} and {@link #runUntil} return after the event that is running now. */
    public void stop() {
        stopped = true;
    }

    /** Runs events until the list is empty or {@link #stop()} is called. */
    public void run() {
        runUntil(Long.MAX_VALUE);
    }

    /**
     * Runs every event whose time is at most {@code endTime}; then, unless stopped, moves the clock to
     * {@code endTime} if that is finite and later than the last event.
     *
     * @param endTime last time (inclusive) to run events at, in microseconds
     */
    public void runUntil(long endTime) {
        stopped = false;
        long before = executed;
        while (queue.size() > 0 && !stopped) {
            long time = queue.peekTime();
            if (time > endTime) {
                break;
            }
            queue.poll();
            long payload = queue.polledPayload();
            now = time;
            executed++;
            int target = targetOf(payload);
            int kind = kindOf(payload);
            long arg = argOf(payload);
            if (fingerprinting) {
                fingerprint = fold(fold(fold(fingerprint, time), ((long) target << 32) | kind), arg);
            }
            handlers[target].handle(kind, arg);
        }
        if (executed != before) {
            lastEventTime = now;
        }
        if (!stopped && endTime != Long.MAX_VALUE && endTime > now) {
            now = endTime;
        }
    }
}
