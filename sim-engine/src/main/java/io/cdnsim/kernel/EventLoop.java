package io.cdnsim.kernel;

import java.util.Arrays;

/**
 * The simulation kernel: a clock in integer microseconds and a future-event list ordered by (time, sequence number).
 *
 * <p>Events scheduled for the same instant run in the order they were scheduled. The list is a binary heap stored in
 * parallel primitive arrays (time, sequence, target, kind, argument), so scheduling and running an event allocate
 * nothing once the arrays have grown to the model's working size. Handlers are reached by an integer id, so
 * dispatch is an array load and an interface call.
 *
 * <p>One loop per run: there is no static state, and independent runs may execute on different threads.
 */
public final class EventLoop {

    private long[] times;
    private long[] seqs;
    private int[] targets;
    private int[] kinds;
    private long[] args;
    private int size;

    private EventHandler[] handlers = new EventHandler[8];
    private int handlerCount;

    private long now;
    private long nextSeq;
    private long executed;
    private boolean stopped;

    /** Creates an empty loop at time zero. */
    public EventLoop() {
        this(1024);
    }

    /**
     * Creates an empty loop at time zero with room for {@code initialCapacity} pending events before it grows.
     *
     * @param initialCapacity pending events the arrays hold before growing
     */
    public EventLoop(int initialCapacity) {
        int capacity = Math.max(16, initialCapacity);
        times = new long[capacity];
        seqs = new long[capacity];
        targets = new int[capacity];
        kinds = new int[capacity];
        args = new long[capacity];
    }

    /**
     * Registers a handler.
     *
     * @param handler the handler
     * @return the target id that events for this handler carry
     */
    public int register(EventHandler handler) {
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

    /** @return the number of pending events */
    public int pending() {
        return size;
    }

    /**
     * Schedules an event.
     *
     * @param time   absolute time in microseconds, not before {@link #now()}
     * @param target a handler id from {@link #register}
     * @param kind   the handler's event kind
     * @param arg    the payload
     */
    public void schedule(long time, int target, int kind, long arg) {
        if (time < now) {
            throw new IllegalArgumentException("event at " + time + " us is in the past (now " + now + " us)");
        }
        if (size == times.length) {
            grow();
        }
        long seq = nextSeq++;
        int hole = size++;
        while (hole > 0) {
            int parent = (hole - 1) >>> 1;
            long pt = times[parent];
            if (pt < time || (pt == time && seqs[parent] < seq)) {
                break;
            }
            move(parent, hole);
            hole = parent;
        }
        put(hole, time, seq, target, kind, arg);
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
     * Runs every event whose time is at most {@code endTime}, then sets the clock to {@code endTime} if the list ran
     * past it (or is empty and {@code endTime} is finite).
     *
     * @param endTime last time (inclusive) to run events at, in microseconds
     */
    public void runUntil(long endTime) {
        stopped = false;
        while (size > 0 && !stopped && times[0] <= endTime) {
            step();
        }
        if (!stopped && endTime != Long.MAX_VALUE && endTime > now) {
            now = endTime;
        }
    }

    private void step() {
        long time = times[0];
        int target = targets[0];
        int kind = kinds[0];
        long arg = args[0];
        int last = --size;
        if (last > 0) {
            siftDownLast(last);
        }
        now = time;
        executed++;
        handlers[target].handle(kind, arg);
    }

    /** Moves the element at index {@code last} into the hole at the root and restores the heap order. */
    private void siftDownLast(int last) {
        long time = times[last];
        long seq = seqs[last];
        int target = targets[last];
        int kind = kinds[last];
        long arg = args[last];
        int hole = 0;
        int half = last >>> 1;
        while (hole < half) {
            int child = 2 * hole + 1;
            int right = child + 1;
            if (right < last && (times[right] < times[child]
                    || (times[right] == times[child] && seqs[right] < seqs[child]))) {
                child = right;
            }
            long ct = times[child];
            if (time < ct || (time == ct && seq < seqs[child])) {
                break;
            }
            move(child, hole);
            hole = child;
        }
        put(hole, time, seq, target, kind, arg);
    }

    private void move(int from, int to) {
        times[to] = times[from];
        seqs[to] = seqs[from];
        targets[to] = targets[from];
        kinds[to] = kinds[from];
        args[to] = args[from];
    }

    private void put(int i, long time, long seq, int target, int kind, long arg) {
        times[i] = time;
        seqs[i] = seq;
        targets[i] = target;
        kinds[i] = kind;
        args[i] = arg;
    }

    private void grow() {
        int capacity = times.length * 2;
        times = Arrays.copyOf(times, capacity);
        seqs = Arrays.copyOf(seqs, capacity);
        targets = Arrays.copyOf(targets, capacity);
        kinds = Arrays.copyOf(kinds, capacity);
        args = Arrays.copyOf(args, capacity);
    }
}
