package io.cdnsim.network;

/**
 * One message between partitions: a request a node sends to a parent in another partition, or the response a node
 * sends back to a child there. It carries what the receiving network writes into its own request table: the
 * request's content, or the response's with the slot it answers. A carrier is reused, message after message (an
 * {@link Outbox} keeps its carriers), so sending allocates nothing.
 */
final class Message {

    private boolean request;
    private long arrival;
    private int from;
    private int to;
    private int slot;
    private long object;
    private long variant;
    private long next;
    private long condVersion;
    private boolean counted;
    private int status;
    private long at;
    private long version;
    private long date;
    private long size;
    private long body;
    private long bps;

    /**
     * Becomes the request in slot {@code s} of the sender's table.
     *
     * @param when when it arrives at its receiver
     * @param rq   the sender's request table
     * @param s    the request's slot there, where the response is to be written
     */
    void request(long when, Requests rq, int s) {
        request = true;
        arrival = when;
        from = rq.sender(s);
        to = rq.receiver(s);
        slot = s;
        object = rq.object(s);
        variant = rq.variant(s);
        next = rq.next(s);
        size = rq.objectSize(s);
        condVersion = rq.condVersion(s);
        counted = rq.counted(s);
    }

    /**
     * Becomes the response written into slot {@code s} of the answering node's table, to a request of another
     * partition (whose slot there is the request's tag).
     *
     * @param when when it arrives at the node that sent the request
     * @param rq   the answering node's request table
     * @param s    the answered request's slot there
     */
    void response(long when, Requests rq, int s) {
        request = false;
        arrival = when;
        slot = (int) rq.tag(s);
        status = rq.status(s);
        at = rq.respondedAt(s);
        version = rq.version(s);
        date = rq.date(s);
        size = rq.objectSize(s);
        body = rq.bodyBytes(s);
        bps = rq.bottleneck(s);
    }

    /** @return when it arrives */
    long arrival() {
        return arrival;
    }

    /** @return whether it is a request (else a response) */
    boolean isRequest() {
        return request;
    }

    /**
     * Opens the request in the receiving network's table; its tag is the sender's slot.
     *
     * @param rq the receiving network's request table
     * @return the new slot
     */
    int openIn(Requests rq) {
        int s = rq.open(object, from, to, arrival, condVersion, counted);
        rq.setVariant(s, variant);
        rq.setNext(s, next);
        rq.setKnownSize(s, size);
        rq.setTag(s, slot);
        return s;
    }

    /** @return the receiving node of a request */
    int to() {
        return to;
    }

    /**
     * Writes the response into the slot of the request it answers, in the requesting network's table.
     *
     * @param rq the requesting network's request table
     * @return the slot
     */
    int respondIn(Requests rq) {
        rq.respond(slot, status, at, version, date, size, body, bps);
        return slot;
    }
}
