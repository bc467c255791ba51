package io.cdnsim.network;

import io.cdnsim.metrics.ErrorCause;
import io.cdnsim.model.Failure;
import io.cdnsim.random.RandomStreams;
import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;

/**
 * How one partition's network meets the failure plan ({@link FailurePlan}) while it runs: which of its nodes are down
 * now (set by their {@link FailingNode} at the failure's start and end), the route each request takes upstream and its
 * RTT, where a viewer of a down POP is sent, whether a troubled origin fails a request, and the counts the run reports
 * and checks ({@link FailureCounts}). A network without failures has none, and pays nothing.
 */
final class Failover {

    private final FailurePlan plan;
    private final FailureCounts counts;
    private final boolean[] down;
    /** Per origin in trouble, the stream its failing share is drawn from ({@code failures/<origin id>}). */
    private final UniformRandomProvider[] draws;
    private int routedTo;
    private long routedBps;

    /**
     * @param plan    the run's failure plan
     * @param ids     node ids by node number
     * @param streams the replication's random streams
     */
    Failover(FailurePlan plan, List<String> ids, RandomStreams streams) {
        this.plan = plan;
        this.counts = new FailureCounts(plan, ids.size());
        this.down = new boolean[ids.size()];
        this.draws = new UniformRandomProvider[ids.size()];
        for (int n = 0; n < ids.size(); n++) {
            if (plan.troubled(n)) {
                draws[n] = streams.stream("failures/" + ids.get(n));
            }
        }
    }

    /** @return the plan */
    FailurePlan plan() {
        return plan;
    }

    /** @return what this partition counted */
    FailureCounts counts() {
        return counts;
    }

    /** @param node a node of this partition @return whether it is down now */
    boolean isDown(int node) {
        return down[node];
    }

    /** @param node a node of this partition @param isDown whether it is down from now on */
    void setDown(int node, boolean isDown) {
        down[node] = isDown;
    }

    /**
     * A node sends a request upstream now: it goes by the first route whose end is not down (its end: {@link #to()}).
     *
     * @param from    the node
     * @param t       now
     * @param counted whether the request counts
     * @return the route's RTT now, microseconds
     */
    long route(int from, long t, boolean counted) {
        int k = plan.route(from, t);
        routedTo = plan.target(from, k);
        if (counted) {
            counts.countSent(from, k);
        }
        if (k != 0) {
            counts.countRerouted(Math.max(0, plan.downBy(plan.target(from, 0), t)));
        }
        return plan.rtt(from, k, t);
    }

    /** @return the end of the route {@link #route} chose */
    int to() {
        return routedTo;
    }

    /** @return the narrowest bandwidth of the route {@link #respond} chose, bit/s */
    long bandwidth() {
        return routedBps;
    }

    /**
     * A node's response leaves for the node that sent the request, by the route the request came (its narrowest
     * bandwidth: {@link #bandwidth()}); it is counted, an error by its cause, and a down node's as a refusal (a down
     * node answers nothing else: what it held failed as it went down).
     *
     * @param rq the answering node's request table
     * @param s  the answered request
     * @return the route's RTT when the response leaves, microseconds
     */
    long respond(Requests rq, int s) {
        int sender = rq.sender(s);
        int k = plan.routeTo(sender, rq.receiver(s));
        routedBps = plan.bandwidth(sender, k);
        if (rq.counted(s)) {
            counts.countAnswered(sender, k, rq.bodyBytes(s));
            if (rq.status(s) == Requests.ERROR && down[rq.receiver(s)]) {
                counts.countRefused(rq.receiver(s));
            } else if (rq.status(s) == Requests.ERROR) {
                counts.countError(rq.receiver(s), ErrorCause.of(rq.version(s)));
            }
        }
        return plan.rtt(sender, k, rq.respondedAt(s));
    }

    /**
     * An edge's answer leaves for a viewer: an error is counted by its cause.
     *
     * @param rq the edge's request table
     * @param s  the answered request
     */
    void answerViewer(Requests rq, int s) {
        if (rq.status(s) == Requests.ERROR) {
            ErrorCause cause = ErrorCause.of(rq.version(s));
            if (rq.counted(s)) {
                counts.countError(rq.receiver(s), cause);
            }
            counts.countViewerError(cause, rq.respondedAt(s));
        }
    }

    /**
     * A viewer's request reaches an edge now: if the edge is down it refuses it, and the viewer is told at once.
     *
     * @param edge    the edge
     * @param tag     the viewer's tag
     * @param t       now
     * @param counted whether the request counts
     * @param clients the viewers
     * @return whether it was refused
     */
    boolean refused(int edge, long tag, long t, boolean counted, ClientSink clients) {
        if (!down[edge]) {
            return false;
        }
        if (counted) {
            counts.countRefused(edge);
        }
        counts.countViewerError(ErrorCause.REFUSED, t);
        clients.answered(tag, edge, Requests.ERROR, t, t, ErrorCause.REFUSED.code(), 0, Long.MAX_VALUE, counted);
        return true;
    }

    /**
     * @param edge   the edge a viewer (or a synthetic stream's request) would use
     * @param key    the viewer's number in the whole audience, or the request's number
     * @param viewer whether the key is a viewer's
     * @param t      now
     * @return the edge it uses now: another of its region's while its DNS has moved it off a down one
     */
    int steer(int edge, long key, boolean viewer, long t) {
        int f = plan.movedAwayBy(edge, t);
        if (f < 0) {
            return edge;
        }
        int to = plan.alternate(edge, key, f, t);
        if (to != edge && viewer) {
            counts.countMovedViewer(f, key);
        } else if (to != edge) {
            counts.countMovedRequest(f);
        }
        return to;
    }

    /**
     * @param origin an origin of this partition
     * @param t      when a request arrives
     * @return the time its trouble adds to its service time, microseconds
     */
    long addedLatency(int origin, long t) {
        Failure.OriginTrouble trouble = draws[origin] == null ? null : plan.trouble(origin, t);
        return trouble == null ? 0 : trouble.addedLatency();
    }

    /**
     * @param origin an origin of this partition
     * @param t      when a request arrives
     * @return whether its trouble fails the request (its share, drawn from its stream)
     */
    boolean fails(int origin, long t) {
        Failure.OriginTrouble trouble = draws[origin] == null ? null : plan.trouble(origin, t);
        return trouble != null && trouble.errorShare() > 0
                && (trouble.errorShare() >= 1 || draws[origin].nextDouble() < trouble.errorShare());
    }
}
