package io.cdnsim.metrics;

import io.cdnsim.content.Catalog;
import io.cdnsim.content.ObjectKind;

/**
 * What one node tells about the requests it handles, and the only place that decides what is recorded of it: the
 * node says what happened (a request arrived, it was answered with this outcome, these bytes, this latency, a fetch
 * went upstream, a request waited), once per fact, and the probe feeds the node's {@link NodeStats} and its tier's
 * columns of the {@link TimeSeries}.
 *
 * <p>The warm-up rule ({@link WarmUp}) is applied here for the nodes: a request counts in the statistics when it was
 * sent by a viewer at or after the end of the warm-up ({@link #counts}); the fetches it causes count with it (the node
 * passes the request's flag, decided once when it entered the network). The time series counts every request, warm-up or not (its rows of the warm-up
 * are written, and only its peaks skip them). A node of one of several CDNs also counts into its CDN's tier of the
 * series (its lane). An answer to a request for an object of one of the catalog's new releases counts for that
 * release too (its own traffic), when it counts at all.
 */
public final class NodeProbe {

    private final NodeStats stats;
    private final TimeSeries series;
    private final int tier;
    private final int lane;
    private final WarmUp warmUp;
    private final Catalog catalog;
    private final boolean releases;

    /**
     * @param stats     the node's statistics
     * @param series    the per-second series the node counts into (its partition's, in a partitioned run)
     * @param tier      the node's tier index in the series
     * @param lane      through several CDNs, its CDN's tier in the series' lanes, which it counts into besides its
     *                  network tier; {@link #NO_LANE} for none (one CDN, a shared tier, an origin)
     * @param warmUp    the warm-up rule
     * @param catalog   what the node serves (it tells which objects belong to a new release)
     */
    public NodeProbe(NodeStats stats, TimeSeries series, int tier, int lane, WarmUp warmUp, Catalog catalog) {
        this.stats = stats;
        this.series = series;
        this.tier = tier;
        this.lane = lane;
        this.warmUp = warmUp;
        this.catalog = catalog;
        this.releases = catalog.releases() > 0;
    }

    /** The lane of a node that counts into none. */
    public static final int NO_LANE = -1;

    /**
     * The warm-up rule.
     *
     * @param sentAt when a viewer sent the request (or when a node started a fetch of its own), microseconds
     * @return whether its statistics count
     */
    public boolean counts(long sentAt) {
        return warmUp.counts(sentAt);
    }

    /**
     * A request arrived at the node.
     *
     * @param kind    its object kind
     * @param counted whether its statistics count ({@link #counts})
     */
    public void arrived(ObjectKind kind, boolean counted) {
        if (counted) {
            stats.arrival(kind);
        }
        series.arrival(tier);
        if (lane != NO_LANE) {
            series.laneArrival(lane);
        }
    }

    /**
     * The node answered a request, and the answer's first byte leaves now.
     *
     * @param object  its object
     * @param kind    its object kind
     * @param outcome how
     * @param bytes   bytes sent downstream
     * @param latency time from its arrival to the first byte of the answer, microseconds
     * @param counted whether its statistics count
     */
    public void answered(long object, ObjectKind kind, Outcome outcome, long bytes, long latency, boolean counted) {
        if (counted) {
            count(object, kind, outcome, bytes, latency);
        }
        series.answered(tier, outcome, bytes);
        if (lane != NO_LANE) {
            series.laneAnswered(lane, bytes);
        }
    }

    /**
     * The node decided how to answer a request whose first byte leaves later ({@link #sent} then follows): the
     * statistics count it now, the time series in the second it is sent.
     *
     * @param object  its object
     * @param kind    its object kind
     * @param outcome how
     * @param bytes   bytes it will send downstream
     * @param latency time from its arrival to the first byte of the answer, microseconds
     * @param counted whether its statistics count
     */
    public void decided(long object, ObjectKind kind, Outcome outcome, long bytes, long latency, boolean counted) {
        if (counted) {
            count(object, kind, outcome, bytes, latency);
        }
    }

    private void count(long object, ObjectKind kind, Outcome outcome, long bytes, long latency) {
        stats.answered(kind, outcome, bytes, latency);
        if (releases) {
            int release = catalog.release(object);
            if (release != Catalog.NO_RELEASE) {
                stats.releaseAnswered(release, outcome, bytes);
            }
        }
    }

    /**
     * The first byte of an answer {@link #decided} earlier leaves the node now.
     *
     * @param outcome how it was answered
     * @param bytes   bytes sent downstream
     */
    public void sent(Outcome outcome, long bytes) {
        series.answered(tier, outcome, bytes);
        if (lane != NO_LANE) {
            series.laneAnswered(lane, bytes);
        }
    }

    /**
     * The node sent a request upstream.
     *
     * @param reason      why
     * @param conditional whether it was a revalidation
     * @param counted     whether its statistics count
     */
    public void wentUpstream(UpstreamReason reason, boolean conditional, boolean counted) {
        if (counted) {
            stats.upstreamRequest(reason, conditional);
        }
    }

    /**
     * The answer to a request the node sent upstream arrived.
     *
     * @param bytes   its bytes on the wire
     * @param failed  whether it was an error
     * @param counted whether its statistics count
     */
    public void upstreamAnswered(long bytes, boolean failed, boolean counted) {
        if (counted) {
            stats.upstreamResponse(bytes, failed);
        }
    }

    /**
     * A request joined a fetch in flight for its object (collapsing).
     *
     * @param depth   requests waiting on that fetch now
     * @param counted whether its statistics count
     */
    public void waiting(int depth, boolean counted) {
        if (counted) {
            stats.waiters(depth);
        }
    }

    /**
     * An origin starts serving a request after it queued for its capacity and its egress.
     *
     * @param waited  how long it queued, microseconds
     * @param counted whether its statistics count
     */
    public void queued(long waited, boolean counted) {
        if (counted) {
            stats.queued(waited);
        }
    }

    /**
     * A collapsed request's wait ended: the fetch it waited on answered.
     *
     * @param waited  how long it waited, microseconds
     * @param counted whether its statistics count
     */
    public void released(long waited, boolean counted) {
        if (counted) {
            stats.collapseReleased(waited);
        }
    }

    /**
     * A collapsed request gave up waiting and goes upstream itself.
     *
     * @param counted whether its statistics count
     */
    public void lockTimedOut(boolean counted) {
        if (counted) {
            stats.lockTimeout();
        }
    }

    /** @return the node's statistics */
    public NodeStats stats() {
        return stats;
    }
}
