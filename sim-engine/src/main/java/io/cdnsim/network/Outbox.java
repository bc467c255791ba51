package io.cdnsim.network;

import java.util.Arrays;

/**
 * The messages one partition's network sent to another's during a window, in the order they were sent: requests a
 * node sent to a parent in the other partition, and responses a node sent back to a child there. They are delivered
 * ({@link PartitionMail#deliverFrom}) before the next window; each arrives a link's one-way delay after it was sent,
 * so no later than the lookahead after the window's start, which is after the window's end. The box keeps its
 * {@link Message} carriers from window to window: a message allocates nothing once the box has held as many.
 */
final class Outbox {

    private static final int INITIAL_CAPACITY = 64;

    private Message[] messages = new Message[INITIAL_CAPACITY];
    private int size;

    /** @return the carrier of the next message, to be filled by the sender */
    Message next() {
        if (size == messages.length) {
            messages = Arrays.copyOf(messages, messages.length * 2);
        }
        Message m = messages[size];
        if (m == null) {
            m = new Message();
            messages[size] = m;
        }
        size++;
        return m;
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
            network.receive(messages[m]);
        }
        size = 0;
    }
}
