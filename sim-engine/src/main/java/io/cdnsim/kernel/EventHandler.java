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
}
