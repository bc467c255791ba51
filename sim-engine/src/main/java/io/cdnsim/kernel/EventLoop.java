package io.cdnsim.kernel;

import java.util.Arrays;

/**
 * The simulation kernel: a clock in integer microseconds and a future-event list ordered by (time, order of
 * scheduling).
 *
 * <p>Events scheduled for the same instant run in the order they were scheduled. The list is a {@link RadixQueue}, a
 * monotone priority queue that fits a simulation clock (no event is scheduled before now), holding each event as
 * three longs (time, target and kind, argument) in primitive arrays. Scheduling and running an event allocate
 * nothing once the arrays have grown to the model's working size. Handlers are reached by an integer
 * id: dispatch is an array load and an interface call.
 *
 * <p>One loop per run: there is no static state, and independent runs may execute on different threads.
 */
public final class EventLoop {

    private final RadixQueue queue = new RadixQueue();

    private EventHandler[] handlers = new EventHandler[8];
    private int handlerCount;

    private long now;
    private long executed;
    private boolean stopped;

    /** Creates an empty loop at time zero. */
    public EventLoop() {
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
        return queue.size();
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
        queue.add(time, ((long) target << 32) | (kind & 0xFFFF_FFFFL), arg);
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
        while (queue.size() > 0 && !stopped) {
            long time = queue.peekTime();
            if (time > endTime) {
                break;
            }
            queue.poll();
            long code = queue.polledCode();
            now = time;
            executed++;
            handlers[(int) (code >>> 32)].handle((int) code, queue.polledArg());
        }
        if (!stopped && endTime != Long.MAX_VALUE && endTime > now) {
            now = endTime;
        }
    }
}
