package io.cdnsim.network;

/** Whoever sent requests into the edge on the viewers' behalf, told when each is answered. */
@FunctionalInterface
public interface ClientSink {

    /**
     * The edge answered a viewer's request. The slot's response fields are set; the slot is closed after the call.
     *
     * @param requests the request table
     * @param slot     the request
     */
    void answered(Requests requests, int slot);

    /**
     * The edge answered a viewer's request at the instant it was sent, without a slot ({@link Network#answerNow}):
     * status OK, no time to first byte at the edge.
     *
     * @param counted    whether it was sent after the warm-up
     * @param body       bytes of the body
     * @param bottleneck narrowest bandwidth of the links the body crossed, bit/s ({@link Long#MAX_VALUE} if none)
     * @throws UnsupportedOperationException if this sender never asks for instant answers
     */
    default void answeredNow(boolean counted, long body, long bottleneck) {
        throw new UnsupportedOperationException("this client sink takes answers in slots only");
    }
}
