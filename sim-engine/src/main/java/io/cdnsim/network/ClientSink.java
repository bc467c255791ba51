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
}
