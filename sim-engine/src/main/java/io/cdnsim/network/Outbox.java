package io.cdnsim.network;

import java.util.Arrays;

/**
 * The messages one partition's network sent to another's during a window, in the order they were sent: requests a
 * node sent to a parent in the other partition, and responses a node sent back to a child there. They are delivered
 * ({@link Network#deliver}) before the next window; each arrives a link's one-way delay after it was sent, so no
 * later than the lookahead after the window's start, which is after the window's end. One message is
 * {@value #STRIDE} longs.
 */
final class Outbox {

    private static final int STRIDE = 10;
    private static final long REQUEST = 0;
    private static final long RESPONSE = 1;

    private long[] messages = new long[STRIDE * 64];
    private int size;

    /**
     * A request for a node of the other partition.
     *
     * @param arrival     when it arrives there
     * @param from        the sending node
     * @param to          the receiving node
     * @param slot        the request's slot in the sender's table, where the response is to be written
     * @param object      the object
     * @param variant     its URL variant
     * @param knownSize   the size the request says, or {@link Requests#UNKNOWN_SIZE}
     * @param condVersion the version the sender holds, or {@link Requests#NO_VERSION}
     * @param counted     whether its statistics count
     */
    void request(long arrival, int from, int to, int slot, long object, long variant, long knownSize,
                 long condVersion, boolean counted) {
        int i = grow();
        messages[i] = REQUEST;
        messages[i + 1] = arrival;
        messages[i + 2] = ((long) from << 32) | (to & 0xFFFF_FFFFL);
        messages[i + 3] = slot;
        messages[i + 4] = object;
        messages[i + 5] = variant;
        messages[i + 6] = knownSize;
        messages[i + 7] = condVersion;
        messages[i + 8] = counted ? 1 : 0;
    }

    /**
     * A response to a request of the other partition.
     *
     * @param arrival when it arrives there
     * @param slot    the request's slot in the other partition's table
     * @param status  the status
     * @param at      when its first byte left the answering node
     * @param version the object's version
     * @param date    the response's Date
     * @param size    the object's size
     * @param body    bytes on the wire
     * @param bps     narrowest bandwidth so far, the link to the requester included
     */
    void response(long arrival, int slot, int status, long at, long version, long date, long size, long body,
                  long bps) {
        int i = grow();
        messages[i] = RESPONSE | ((long) status << 1);
        messages[i + 1] = arrival;
        messages[i + 2] = slot;
        messages[i + 3] = at;
        messages[i + 4] = version;
        messages[i + 5] = date;
        messages[i + 6] = size;
        messages[i + 7] = body;
        messages[i + 8] = bps;
    }

    /** @return whether no message waits */
    boolean isEmpty() {
        return size == 0;
    }

    /**
     * Hands every message, in order, to the receiving partition's network and empties the box.
     *
     * @param network the receiving network
     */
    void deliverTo(Network network) {
        for (int m = 0; m < size; m++) {
            int i = STRIDE * m;
            long[] a = messages;
            if ((a[i] & 1) == REQUEST) {
                network.receiveRemoteRequest(a[i + 1], (int) (a[i + 2] >>> 32), (int) a[i + 2], (int) a[i + 3],
                        a[i + 4], a[i + 5], a[i + 6], a[i + 7], a[i + 8] != 0);
            } else {
                network.receiveRemoteResponse(a[i + 1], (int) a[i + 2], (int) (a[i] >>> 1), a[i + 3], a[i + 4],
                        a[i + 5], a[i + 6], a[i + 7], a[i + 8]);
            }
        }
        size = 0;
    }

    private int grow() {
        if (STRIDE * (size + 1) > messages.length) {
            messages = Arrays.copyOf(messages, messages.length * 2);
        }
        return STRIDE * size++;
    }
}
