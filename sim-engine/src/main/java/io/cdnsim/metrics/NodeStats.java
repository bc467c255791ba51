package io.cdnsim.metrics;

import io.cdnsim.content.ObjectKind;
import java.util.Arrays;
import org.HdrHistogram.Histogram;

/**
 * What one node measured after the warm-up: requests and outcomes per object kind, bytes, upstream requests by reason
 * and their failures, upstream bytes, collapsing, latency histograms, and the answers to requests for each new release
 * of the catalog (a title that enters during the run: its own traffic). Nodes only emit into it; reports read it at
 * the end. Memory is fixed: counters and histograms, nothing per request.
 */
public final class NodeStats {

    private static final int OUTCOMES = Outcome.count();

    private final long[] requests = new long[ObjectKind.count()];
    private final long[] outcomes = new long[ObjectKind.count() * OUTCOMES];
    private final long[] bytesOut = new long[ObjectKind.count() * OUTCOMES];
    private final long[] upstreamRequests = new long[UpstreamReason.count()];
    private long conditionalRequests;
    private long upstreamFailed;
    private long upstreamBytes;
    private long lockTimeouts;
    private int peakWaiters;
    private final LatencyRecorder responseTime = new LatencyRecorder();
    private final LatencyRecorder collapseWait = new LatencyRecorder();
    private final LatencyRecorder queueWait = new LatencyRecorder();
    /** Per release: answers, of which hits ({@link Outcome#isHit}), and bytes sent; longer when totals grow it. */
    private long[] releaseAnswers;
    private long[] releaseHits;
    private long[] releaseBytes;

    /** Statistics of a node whose catalog holds no release. */
    public NodeStats() {
        this(0);
    }

    /** @param releases how many new releases the catalog holds */
    public NodeStats(int releases) {
        releaseAnswers = new long[releases];
        releaseHits = new long[releases];
        releaseBytes = new long[releases];
    }

    /** A request arrived. @param kind its object kind */
    public void arrival(ObjectKind kind) {
        requests[kind.ordinal()]++;
    }

    /**
     * A request was answered.
     *
     * @param kind         its object kind
     * @param outcome      how
     * @param bytes        bytes sent downstream
     * @param responseTime time from its arrival to the first byte of the answer, microseconds
     */
    public void answered(ObjectKind kind, Outcome outcome, long bytes, long responseTime) {
        int i = kind.ordinal() * OUTCOMES + outcome.ordinal();
        outcomes[i]++;
        bytesOut[i] += bytes;
        this.responseTime.record(responseTime);
    }

    /**
     * A request for an object of a new release was answered (besides {@link #answered}).
     *
     * @param release the release
     * @param outcome how
     * @param bytes   bytes sent downstream
     */
    public void releaseAnswered(int release, Outcome outcome, long bytes) {
        releaseAnswers[release]++;
        if (outcome.isHit()) {
            releaseHits[release]++;
        }
        releaseBytes[release] += bytes;
    }

    /**
     * The node sent a request upstream.
     *
     * @param reason      why
     * @param conditional whether it was a revalidation (it carried the version held)
     */
    public void upstreamRequest(UpstreamReason reason, boolean conditional) {
        upstreamRequests[reason.ordinal()]++;
        if (conditional) {
            conditionalRequests++;
        }
    }

    /**
     * A response from upstream arrived.
     *
     * @param bytes  its bytes on the wire
     * @param failed whether it was an error
     */
    public void upstreamResponse(long bytes, boolean failed) {
        upstreamBytes += bytes;
        if (failed) {
            upstreamFailed++;
        }
    }

    /** A collapsed request was released. @param wait how long it waited, microseconds */
    public void collapseReleased(long wait) {
        collapseWait.record(wait);
    }

    /** An origin started serving a request. @param wait how long it queued for capacity and egress, microseconds */
    public void queued(long wait) {
        queueWait.record(wait);
    }

    /** A fetch's waiting queue reached this depth. @param depth requests waiting */
    public void waiters(int depth) {
        if (depth > peakWaiters) {
            peakWaiters = depth;
        }
    }

    /** A collapsed request gave up waiting and went upstream itself. */
    public void lockTimeout() {
        lockTimeouts++;
    }

    /**
     * Adds another node's figures to these (to total a tier).
     *
     * @param other the other node's statistics
     */
    public void add(NodeStats other) {
        for (int i = 0; i < requests.length; i++) {
            requests[i] += other.requests[i];
        }
        for (int i = 0; i < outcomes.length; i++) {
            outcomes[i] += other.outcomes[i];
            bytesOut[i] += other.bytesOut[i];
        }
        for (int i = 0; i < upstreamRequests.length; i++) {
            upstreamRequests[i] += other.upstreamRequests[i];
        }
        conditionalRequests += other.conditionalRequests;
        upstreamFailed += other.upstreamFailed;
        upstreamBytes += other.upstreamBytes;
        lockTimeouts += other.lockTimeouts;
        peakWaiters = Math.max(peakWaiters, other.peakWaiters);
        responseTime.add(other.responseTime);
        collapseWait.add(other.collapseWait);
        queueWait.add(other.queueWait);
        if (releaseAnswers.length < other.releaseAnswers.length) {
            releaseAnswers = Arrays.copyOf(releaseAnswers, other.releaseAnswers.length);
            releaseHits = Arrays.copyOf(releaseHits, other.releaseAnswers.length);
            releaseBytes = Arrays.copyOf(releaseBytes, other.releaseAnswers.length);
        }
        for (int i = 0; i < other.releaseAnswers.length; i++) {
            releaseAnswers[i] += other.releaseAnswers[i];
            releaseHits[i] += other.releaseHits[i];
            releaseBytes[i] += other.releaseBytes[i];
        }
    }

    /** @return how many new releases these statistics count apart */
    public int releases() {
        return releaseAnswers.length;
    }

    /** @param release a release @return requests for its objects that were answered */
    public long releaseRequests(int release) {
        return releaseAnswers[release];
    }

    /** @param release a release @return of those, the hits ({@link Outcome#isHit}) */
    public long releaseHits(int release) {
        return releaseHits[release];
    }

    /** @param release a release @return bytes sent downstream in answers to requests for its objects */
    public long releaseBytesOut(int release) {
        return releaseBytes[release];
    }

    /** @param kind a kind @return requests of that kind that arrived */
    public long requests(ObjectKind kind) {
        return requests[kind.ordinal()];
    }

    /** @return requests that arrived */
    public long requests() {
        long sum = 0;
        for (long r : requests) {
            sum += r;
        }
        return sum;
    }

    /** @param kind a kind @param outcome an outcome @return requests of that kind answered that way */
    public long outcomes(ObjectKind kind, Outcome outcome) {
        return outcomes[kind.ordinal() * OUTCOMES + outcome.ordinal()];
    }

    /** @param outcome an outcome @return requests answered that way */
    public long outcomes(Outcome outcome) {
        long sum = 0;
        for (int k = 0; k < requests.length; k++) {
            sum += outcomes[k * OUTCOMES + outcome.ordinal()];
        }
        return sum;
    }

    /** @param kind a kind @param outcome an outcome @return bytes sent for requests of that kind answered that way */
    public long bytesOut(ObjectKind kind, Outcome outcome) {
        return bytesOut[kind.ordinal() * OUTCOMES + outcome.ordinal()];
    }

    /** @param outcome an outcome @return bytes sent for requests answered that way */
    public long bytesOut(Outcome outcome) {
        long sum = 0;
        for (int k = 0; k < requests.length; k++) {
            sum += bytesOut[k * OUTCOMES + outcome.ordinal()];
        }
        return sum;
    }

    /** @return bytes sent downstream */
    public long bytesOut() {
        long sum = 0;
        for (long b : bytesOut) {
            sum += b;
        }
        return sum;
    }

    /** @return requests sent upstream, for every reason */
    public long upstreamRequests() {
        long sum = 0;
        for (long r : upstreamRequests) {
            sum += r;
        }
        return sum;
    }

    /** @param reason a reason @return requests sent upstream for it */
    public long upstreamRequests(UpstreamReason reason) {
        return upstreamRequests[reason.ordinal()];
    }

    /** @return requests sent upstream that were answered with an error (the parents' ERROR answers to this node) */
    public long upstreamFailed() {
        return upstreamFailed;
    }

    /** @return conditional requests (revalidations) sent upstream */
    public long conditionalRequests() {
        return conditionalRequests;
    }

    /** @return bytes received from upstream */
    public long upstreamBytes() {
        return upstreamBytes;
    }

    /** @return collapsed requests that timed out waiting */
    public long lockTimeouts() {
        return lockTimeouts;
    }

    /** @return deepest waiting queue seen on one fetch */
    public int peakWaiters() {
        return peakWaiters;
    }

    /** @return response times, microseconds */
    public Histogram responseTime() {
        return responseTime.histogram();
    }

    /** @return waits of collapsed requests, microseconds */
    public Histogram collapseWait() {
        return collapseWait.histogram();
    }

    /** @return an origin's queueing of the requests it served, for its request capacity and egress, microseconds */
    public Histogram queueWait() {
        return queueWait.histogram();
    }
}
