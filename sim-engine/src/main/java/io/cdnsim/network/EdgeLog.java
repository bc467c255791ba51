package io.cdnsim.network;

import io.cdnsim.metrics.Outcome;

/**
 * Told of every answer an edge node gives a viewer, with how the edge answered it: what a request log records. An
 * edge that is down refuses requests without answering them, and writes nothing (as a server that is down logs
 * nothing).
 */
@FunctionalInterface
public interface EdgeLog {

    /** Records nothing. */
    EdgeLog NONE = (tag, edge, object, outcome, status, arrivedAt, firstByteAt, bytes) -> { };

    /**
     * An edge decided how to answer a viewer's request now; the answer's first byte leaves it at {@code firstByteAt}.
     *
     * @param tag         the viewer's own tag, given with the request
     * @param edge        the edge node
     * @param object      the object asked for
     * @param outcome     how the edge answered it
     * @param status      {@link Requests#OK}, {@link Requests#NOT_MODIFIED} or {@link Requests#ERROR}
     * @param arrivedAt   when the request reached the edge, microseconds
     * @param firstByteAt when the answer's first byte leaves the edge
     * @param bytes       bytes of the answer on the wire
     */
    void answered(long tag, int edge, long object, Outcome outcome, int status, long arrivedAt, long firstByteAt,
                  long bytes);
}
