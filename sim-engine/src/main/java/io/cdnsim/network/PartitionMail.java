package io.cdnsim.network;

/**
 * The messages between the networks of a partitioned run ({@link Partitioning}): which nodes this network runs, and
 * one {@link Outbox} per other partition for the requests and responses its nodes send to nodes there. The run hands
 * the boxes over between windows ({@link #deliverFrom}). A run of one partition has no box and no remote node.
 */
final class PartitionMail {

    private final int[] partitionOf;
    private final int partition;
    /** Messages to each other partition, or null for this one. */
    private final Outbox[] outboxes;

    private PartitionMail(int[] partitionOf, int partition, Outbox[] outboxes) {
        this.partitionOf = partitionOf;
        this.partition = partition;
        this.outboxes = outboxes;
    }

    /**
     * @param nodes how many nodes
     * @return the mail of a run of one partition: every node is local
     */
    static PartitionMail single(int nodes) {
        return new PartitionMail(new int[nodes], 0, new Outbox[1]);
    }

    /**
     * @param partitions the partition of each node
     * @param index      this network's partition
     * @param count      how many partitions
     * @return the mail of partition {@code index}
     */
    static PartitionMail of(int[] partitions, int index, int count) {
        Outbox[] boxes = new Outbox[count];
        for (int p = 0; p < count; p++) {
            boxes[p] = p == index ? null : new Outbox();
        }
        return new PartitionMail(partitions.clone(), index, boxes);
    }

    /** @param node a node @return whether another partition's network runs its events */
    boolean isRemote(int node) {
        return partitionOf[node] != partition;
    }

    /**
     * Sends the request in slot {@code s} to its receiver in another partition.
     *
     * @param arrival when it arrives there
     * @param rq      this network's request table
     * @param s       the request's slot
     */
    void postRequest(long arrival, Requests rq, int s) {
        outboxes[partitionOf[rq.receiver(s)]].next().request(arrival, rq, s);
    }

    /**
     * Sends the response in slot {@code s} back to its requester in another partition.
     *
     * @param arrival when it arrives there
     * @param rq      this network's request table
     * @param s       the answered request's slot
     */
    void postResponse(long arrival, Requests rq, int s) {
        outboxes[partitionOf[rq.sender(s)]].next().response(arrival, rq, s);
    }

    /**
     * Delivers what another partition's network sent to this one's during the last window, in the order it was sent.
     *
     * @param sender   the other partition's mail
     * @param receiver this partition's network
     */
    void deliverFrom(PartitionMail sender, Network receiver) {
        Outbox box = sender.outboxes[partition];
        if (box != null) {
            box.deliverTo(receiver);
        }
    }

    /** @return whether messages to other partitions wait for delivery */
    boolean hasOutgoing() {
        for (Outbox box : outboxes) {
            if (box != null && !box.isEmpty()) {
                return true;
            }
        }
        return false;
    }
}
