package io.cdnsim.kernel;

/**
 * Something that events are delivered to. A model registers its handlers with the {@link EventLoop} and gets an
 * integer target id back; events name their target by that id, so the event list holds no object references.
 */
@FunctionalInterface
public interface EventHandler {

    /**
     * Handles one event at the loop's current time.
     *
     * @param kind what happened, in the handler's own numbering
     * @param arg  the event's payload, usually a slot index in the handler's own tables
     */
    void handle(int kind, long arg);

    /**
     * Reads the state an event will use, changing nothing: the loop calls it for events that are due soon, so that
     * their state is in the processor's cache when they run (a read of main memory costs as much as a whole event).
     *
     * @param kind what will happen
     * @param arg  the event's payload
     * @return a value read, meaningless (so the reads are not optimized away)
     */
    default long touch(int kind, long arg) {
        return 0;
    }
}
