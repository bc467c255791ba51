package io.cdnsim.network;

/** Whoever sent requests into the edge on the viewers' behalf, told when each is answered. */
@FunctionalInterface
public interface ClientSink {

    /**
     * The edge answered a viewer's request.
     *
     * @param tag         the sender's own tag, given with the request
     * @param edge        the edge node that answered (the one the request went to)
     * @param status      {@link Requests#OK}, {@link Requests#NOT_MODIFIED} or {@link Requests#ERROR}
     * @param sentAt      when the request reached the edge, microseconds
     * @param firstByteAt when the answer's first byte left the edge
     * @param version     the object's version in the answer
     * @param body        bytes of the answer on the wire
     * @param bottleneck  narrowest bandwidth of the links the body crossed, bit/s ({@link Long#MAX_VALUE} if none)
     * @param counted     whether the request was sent after the warm-up
     */
    void answered(long tag, int edge, int status, long sentAt, long firstByteAt, long version, long body, long bottleneck,
                  boolean counted);
}
