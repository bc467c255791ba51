package io.cdnsim.network;

import io.cdnsim.content.Catalog;
import io.cdnsim.content.ObjectKind;
import io.cdnsim.kernel.EventHandler;
import io.cdnsim.kernel.EventLoop;
import io.cdnsim.kernel.Micros;
import io.cdnsim.metrics.ErrorCause;
import io.cdnsim.metrics.NodeProbe;
import io.cdnsim.metrics.NodeStats;
import io.cdnsim.metrics.Outcome;
import io.cdnsim.model.OriginSpec;

/**
 * The origin: it holds every object and answers every request it can start in time.
 *
 * <p>Capacity is two first-come-first-served servers in a row. The request server starts at most
 * {@code requestsPerSecond} requests a second (each takes 1/capacity of it); the egress pipe sends
 * {@code egressBps} bits a second, one response after another. The first byte leaves after the request has started,
 * the service time has passed and the pipe is free. A request whose first byte would leave later than its timeout
 * after its arrival fails with an error at the timeout and consumes no capacity. Outcomes here are HIT (served from
 * the origin's storage, a 304 if the sender's version is current) or ERROR. Requests are counted when they arrive;
 * responses (and their bytes, in the time series) when their first byte leaves, which is what the egress rate is.
 *
 * <p>During a failure window that puts it in trouble ({@link Failover}), its service time is longer by the window's
 * added latency, and it fails the window's share of the requests that arrive: an error after its service time (at
 * most its timeout), which consumes no capacity. An error names its cause ({@link ErrorCause}).
 */
public final class OriginServer implements EventHandler {

    /**
     * Event kind (beside {@link Network}'s): the origin releases a request it held until its object existed (a part,
     * a blocking reload).
     */
    static final int RELEASE = 4;
    /** Bits in a byte. */
    private static final int BITS_PER_BYTE = 8;

    private final int index;
    private final EventLoop loop;
    private final Network transport;
    private final Requests rq;
    private final Catalog catalog;
    private final NodeProbe probe;
    private final long serviceTime;
    private final double microsPerRequest;
    private final double microsPerBit;
    private final long timeout;
    private final long headerBytes;
    private double requestServerFree;
    private double egressFree;
    /** Its partition's failover, or null for a run without failures. */
    private Failover failover;

    /**
     * @param context where it is placed
     * @param spec    its capacity and timing
     */
    OriginServer(NodeContext context, OriginSpec spec) {
        this.index = context.index();
        this.loop = context.loop();
        this.transport = context.transport();
        this.rq = context.requests();
        this.catalog = context.catalog();
        this.probe = context.probe();
        this.serviceTime = spec.serviceTime();
        this.microsPerRequest = Double.isInfinite(spec.requestsPerSecond()) ? 0
                : Micros.PER_SECOND / spec.requestsPerSecond();
        this.microsPerBit = spec.egressBps() == Long.MAX_VALUE ? 0 : Micros.PER_SECOND / spec.egressBps();
        this.timeout = spec.timeout();
        this.headerBytes = context.headerBytes();
    }

    /** @param partitionFailover its partition's failover, whose failure windows may put it in trouble */
    void setFailover(Failover partitionFailover) {
        this.failover = partitionFailover;
    }

    @Override
    public void handle(int kind, long req) {
        if (kind == Network.REQUEST) {
            receive((int) req);
        } else if (kind == RELEASE) {
            serve((int) req, loop.now());
        } else if (kind == Network.SEND) {
            int s = (int) req;
            probe.sent(rq.status(s) == Requests.ERROR ? Outcome.ERROR : Outcome.HIT, rq.bodyBytes(s));
            transport.send(s);
        } else {
            throw new IllegalStateException("an origin only receives requests, got kind " + kind);
        }
    }

    private void receive(int req) {
        long now = loop.now();
        probe.arrived(catalog.kind(rq.object(req)), rq.counted(req));
        long ready = catalog.readyAt(rq.object(req));
        if (ready > now) {
            transport.schedule(index, ready, RELEASE, req);
            return;
        }
        serve(req, now);
    }

    /** Serves a request that arrived, or was held until, now. */
    private void serve(int req, long now) {
        long obj = rq.object(req);
        ObjectKind kind = catalog.kind(obj);
        boolean counted = rq.counted(req);
        long version = catalog.version(obj, now);
        long known = rq.objectSize(req);
        long size = known == Requests.UNKNOWN_SIZE ? catalog.size(obj) : known;
        boolean notModified = rq.condVersion(req) == version;
        long body = notModified ? headerBytes : size;

        long service = serviceTime + (failover == null ? 0 : failover.addedLatency(index, now));
        if (failover != null && failover.fails(index, now)) {
            fail(req, kind, Math.min(service, timeout), size, ErrorCause.ORIGIN_ERROR, counted);
            return;
        }
        double start = Math.max(now, requestServerFree);
        double firstByte = Math.max(start + service, egressFree);
        if (firstByte - now > timeout) {
            fail(req, kind, timeout, size, ErrorCause.ORIGIN_TIMEOUT, counted);
            return;
        }
        requestServerFree = start + microsPerRequest;
        egressFree = firstByte + body * BITS_PER_BYTE * microsPerBit;
        long at = (long) Math.ceil(firstByte);
        probe.queued(Math.max(0, at - now - service), counted);
        probe.decided(obj, kind, Outcome.HIT, body, at - now, counted);
        rq.respond(req, notModified ? Requests.NOT_MODIFIED : Requests.OK, at, version, at, size, body,
                Long.MAX_VALUE);
        transport.schedule(index, at, Network.SEND, req);
    }

    /** Answers a request with an error of a cause {@code after} its arrival, consuming no capacity. */
    private void fail(int req, ObjectKind kind, long after, long size, ErrorCause cause, boolean counted) {
        long at = loop.now() + after;
        probe.decided(rq.object(req), kind, Outcome.ERROR, headerBytes, after, counted);
        rq.respond(req, Requests.ERROR, at, cause.code(), at, size, headerBytes, Long.MAX_VALUE);
        transport.schedule(index, at, Network.SEND, req);
    }

    /**
     * @return whether it answers every request at the instant it arrives: no service time and no capacity limit
     *         ({@link InstantPath#until})
     */
    boolean takesNoTime() {
        return serviceTime == 0 && microsPerRequest == 0 && microsPerBit == 0 && timeout >= 0;
    }

    /** @return what the origin measured */
    public NodeStats stats() {
        return probe.stats();
    }
}
