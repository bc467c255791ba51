package io.cdnsim.network;

import io.cdnsim.metrics.ErrorCause;
import java.util.BitSet;

/**
 * What a run with failures counts beyond the nodes' statistics: the requests each node sent and the bytes it got back
 * on each of its routes, and the error answers of each node by cause, for the conservation check (counted requests
 * only, as the nodes' statistics); and for each failure, over its window and counting every request as the time
 * series does, the errors the viewers got by cause, the fetches sent around the down node, and the viewers (or the
 * requests of a synthetic stream) moved off a down POP. Each partition counts its own; the run adds them up.
 */
public final class FailureCounts {

    private static final int CAUSES = ErrorCause.count();

    private final FailurePlan plan;
    private final int width;
    private final long[] sent;
    private final long[] bytes;
    private final long[] errors;
    private final long[] refused;
    private final long[] viewerErrors;
    private final long[] rerouted;
    private final long[] movedRequests;
    /** Per failure, the viewers of this partition moved, by their number among its viewers. */
    private final BitSet[] movedViewers;
    /** Per failure, the viewers moved in the partitions added to these counts. */
    private final long[] movedElsewhere;

    /**
     * @param plan  the run's failure plan
     * @param nodes how many nodes
     */
    FailureCounts(FailurePlan plan, int nodes) {
        this.plan = plan;
        this.width = plan.maxRoutes();
        int failures = plan.failures().size();
        this.sent = new long[nodes * width];
        this.bytes = new long[nodes * width];
        this.errors = new long[nodes * CAUSES];
        this.refused = new long[nodes];
        this.viewerErrors = new long[failures * CAUSES];
        this.rerouted = new long[failures];
        this.movedRequests = new long[failures];
        this.movedViewers = new BitSet[failures];
        this.movedElsewhere = new long[failures];
        for (int f = 0; f < failures; f++) {
            movedViewers[f] = new BitSet();
        }
    }

    /** A node sent a counted request by one of its routes. */
    void countSent(int node, int route) {
        sent[node * width + route]++;
    }

    /** A counted answer of {@code body} bytes came back to a node by one of its routes. */
    void countAnswered(int node, int route, long body) {
        bytes[node * width + route] += body;
    }

    /** A node answered a counted request with an error of this cause. */
    void countError(int node, ErrorCause cause) {
        errors[node * CAUSES + cause.ordinal()]++;
    }

    /** A down node refused a counted request (not one of its requests, no answer of its own). */
    void countRefused(int node) {
        refused[node]++;
    }

    /** A viewer got an error of this cause at time {@code t}: counted for each failure whose window covers it. */
    void countViewerError(ErrorCause cause, long t) {
        for (int f = 0; f < rerouted.length; f++) {
            if (t >= plan.failures().get(f).from() && t < plan.failures().get(f).to()) {
                viewerErrors[f * CAUSES + cause.ordinal()]++;
            }
        }
    }

    /** A node sent a request around a parent down by failure {@code failure}. */
    void countRerouted(int failure) {
        rerouted[failure]++;
    }

    /** A viewer (by its number among this partition's viewers) was sent to another POP by failure {@code failure}. */
    void countMovedViewer(int failure, long viewer) {
        if (viewer >= 0 && viewer <= Integer.MAX_VALUE) {
            movedViewers[failure].set((int) viewer);
        }
    }

    /** A request of a synthetic stream was sent to another POP because of failure {@code failure}. */
    void countMovedRequest(int failure) {
        movedRequests[failure]++;
    }

    /**
     * Adds another partition's counts to these.
     *
     * @param other counts of the same plan
     */
    public void add(FailureCounts other) {
        addInto(sent, other.sent);
        addInto(bytes, other.bytes);
        addInto(errors, other.errors);
        addInto(refused, other.refused);
        addInto(viewerErrors, other.viewerErrors);
        addInto(rerouted, other.rerouted);
        addInto(movedRequests, other.movedRequests);
        for (int f = 0; f < movedViewers.length; f++) {
            movedElsewhere[f] += other.movedElsewhere[f] + other.movedViewers[f].cardinality();
        }
    }

    private static void addInto(long[] into, long[] from) {
        for (int i = 0; i < into.length; i++) {
            into[i] += from[i];
        }
    }

    /** @param node a node @return how many routes it has upstream (0 for an origin) */
    public int routes(int node) {
        return plan.routes(node);
    }

    /** @param node a cache node @param route one of its routes @return the node at the route's end */
    public int target(int node, int route) {
        return plan.target(node, route);
    }

    /** @param node a cache node @param route one of its routes @return counted requests it sent by it */
    public long sent(int node, int route) {
        return sent[node * width + route];
    }

    /** @param node a cache node @param route one of its routes @return bytes of counted answers it got by it */
    public long bytes(int node, int route) {
        return bytes[node * width + route];
    }

    /**
     * @param node  a node
     * @param cause a cause
     * @return its counted error answers of that cause ({@link ErrorCause#REFUSED}: errors it passed on from a refusal
     *         upstream)
     */
    public long errors(int node, ErrorCause cause) {
        return errors[node * CAUSES + cause.ordinal()];
    }

    /** @param node a node @return counted requests it refused while down */
    public long refused(int node) {
        return refused[node];
    }

    /** @param failure a failure's index @param cause a cause @return errors the viewers got in its window */
    public long viewerErrors(int failure, ErrorCause cause) {
        return viewerErrors[failure * CAUSES + cause.ordinal()];
    }

    /** @param failure a failure's index @return requests sent around the node it took down */
    public long rerouted(int failure) {
        return rerouted[failure];
    }

    /**
     * @param failure a failure's index
     * @return viewers moved off the POP it took down, or for a synthetic stream the requests moved
     */
    public long moved(int failure) {
        return movedViewers[failure].cardinality() + movedElsewhere[failure] + movedRequests[failure];
    }
}
