package io.cdnsim.network;

import io.cdnsim.cache.KeyIndex;
import io.cdnsim.content.CacheControl;
import io.cdnsim.content.Catalog;
import io.cdnsim.content.ObjectKind;
import io.cdnsim.kernel.EventHandler;
import io.cdnsim.kernel.EventLoop;
import io.cdnsim.metrics.NodeProbe;
import io.cdnsim.metrics.NodeStats;
import io.cdnsim.metrics.Outcome;
import io.cdnsim.metrics.UpstreamReason;
import io.cdnsim.model.CacheSettings;
import java.util.Map;

/**
 * What every node between the viewers and the origin does with a request it does not answer itself: it sends it
 * upstream, joining a fetch already in flight for the same object when collapsing is on (its waiters are answered
 * with the fetch's answer, COLLAPSED), gives up waiting after the lock timeout and fetches on its own, and answers
 * after its service time. Two kinds of node decide what to answer themselves: a {@link CacheNode} keeps copies, a
 * {@link FixedRatioNode} draws its hits.
 *
 * <p>Objects whose Cache-Control says no-store or private are never collapsed: a response meant for one requester is
 * not handed to others, so every request for them goes upstream on its own.
 */
abstract sealed class Proxy implements EventHandler permits CacheNode, FixedRatioNode {

    /** The node's number. */
    final int index;
    /** Its partition's event loop. */
    final EventLoop loop;
    /** Its partition's request table. */
    final Requests rq;
    /** The requests parked on each fetch. */
    final WaitLists waits;
    /** What the origin holds. */
    final Catalog catalog;
    /** The network carrying its requests and responses. */
    final Network transport;
    /** What it tells what happens. */
    final NodeProbe probe;
    /** Whether it counts freshness from the response's Date (honouring Age) rather than from its own fill. */
    final boolean honorAge;
    /** Per object kind, whether the origin forbids keeping (and so collapsing) it. */
    final boolean[] noStore = new boolean[ObjectKind.count()];
    private final boolean collapsing;
    private final long lockTimeout;
    private final long serviceTime;
    private final long headerBytes;
    /** The fetch in flight for each cache key that later requests may join. */
    final KeyIndex inflight = new KeyIndex();

    /**
     * @param context      where it is placed
     * @param settings     its behaviour
     * @param cacheControl the origin's directives per object kind
     */
    Proxy(NodeContext context, CacheSettings settings, Map<ObjectKind, CacheControl> cacheControl) {
        this.index = context.index();
        this.loop = context.loop();
        this.rq = context.requests();
        this.waits = rq.waits();
        this.catalog = context.catalog();
        this.transport = context.transport();
        this.probe = context.probe();
        this.honorAge = settings.honorAge();
        this.collapsing = settings.collapsing();
        this.lockTimeout = settings.lockTimeout();
        this.serviceTime = settings.serviceTime();
        this.headerBytes = context.headerBytes();
        for (ObjectKind k : ObjectKind.values()) {
            noStore[k.ordinal()] = cacheControl.getOrDefault(k, CacheControl.NONE).noStore();
        }
    }

    @Override
    public final void handle(int kind, long arg) {
        switch (kind) {
            case Network.REQUEST:
                receive((int) arg);
                break;
            case Network.RESPONSE:
                onResponse((int) arg);
                break;
            case Network.LOCK_TIMEOUT:
                onLockTimeout(arg);
                break;
            default:
                throw new IllegalStateException("unknown event kind " + kind);
        }
    }

    /**
     * A request arrives now.
     *
     * @param req its slot
     */
    abstract void receive(int req);

    /**
     * The answer to a fetch this node sent upstream arrives now.
     *
     * @param fetch the answered fetch
     */
    abstract void onResponse(int fetch);

    /**
     * A viewer's request arrives now: if the node can answer it at once from what it holds (HIT), it does, without a
     * request slot, telling the probe what {@link #receive} and {@link #answer} would; else nothing happens and the
     * caller sends it through {@link #receive}.
     *
     * @param object  the object
     * @param key     its cache key
     * @param tag     the viewer's tag
     * @param counted whether the statistics count it
     * @return whether it was answered
     */
    abstract boolean answerFromFreshCopy(long object, long key, long tag, boolean counted);

    /**
     * @param key a cache key
     * @return the version of the copy held for it, or {@link Requests#NO_VERSION} if none
     */
    abstract long heldVersion(long key);

    /** @return its service time, microseconds */
    final long serviceTime() {
        return serviceTime;
    }

    /** @return what this node measured */
    public final NodeStats stats() {
        return probe.stats();
    }

    /**
     * Sends a request upstream: by joining a fetch in flight for it when it may, else by a fetch of its own.
     *
     * @param req         the request
     * @param condVersion the version held, or {@link Requests#NO_VERSION}
     * @param kind        its object kind's ordinal
     */
    final void forward(int req, long condVersion, int kind) {
        boolean collapse = collapsing && !noStore[kind];
        if (collapse) {
            int fetch = inflight.get(rq.cacheKey(req));
            if (fetch != KeyIndex.ABSENT) {
                join(fetch, req);
                return;
            }
        }
        startFetch(req, req, condVersion, collapse,
                condVersion == Requests.NO_VERSION ? UpstreamReason.MISS : UpstreamReason.REFRESH);
    }

    private void join(int fetch, int req) {
        probe.waiting(waits.add(fetch, req), rq.counted(req));
        if (lockTimeout != Long.MAX_VALUE && !rq.timerArmed(fetch)) {
            rq.setTimerArmed(fetch, true);
            transport.armLockTimer(index, fetch, rq.arrivedAt(waits.first(fetch)) + lockTimeout);
        }
    }

    /**
     * Sends a fetch upstream for the object (and URL variant) of request {@code like}.
     *
     * @param like        the request whose object is fetched
     * @param owner       the request the fetch answers, or {@link Requests#NONE} for a background revalidation
     * @param condVersion the version held, or {@link Requests#NO_VERSION}
     * @param register    whether later requests may join it
     * @param reason      why it goes upstream
     */
    final void startFetch(int like, int owner, long condVersion, boolean register, UpstreamReason reason) {
        boolean counted = owner != Requests.NONE ? rq.counted(owner) : probe.counts(loop.now());
        int fetch = transport.send(index, rq.object(like), rq.variant(like), rq.objectSize(like), condVersion,
                counted);
        rq.setOwner(fetch, owner);
        if (owner != Requests.NONE) {
            rq.setNext(fetch, rq.next(like));
        }
        if (register) {
            inflight.putNew(rq.cacheKey(fetch), fetch);
            rq.setRegistered(fetch);
        }
        probe.wentUpstream(reason, condVersion != Requests.NO_VERSION, counted);
    }

    /**
     * A request named the next object its sender will ask for (CMCD {@code nor}): a node that prefetches fetches it
     * in the background unless it holds a copy or a fetch of it is in flight. The others do nothing.
     *
     * @param next    the next object, or {@link Requests#NO_NEXT}
     * @param variant the request's URL variant, which the next object's URL shares
     */
    void prefetch(long next, long variant) {
    }

    /**
     * Fetches an object upstream in the background, for no request (a prefetch): later requests may join it when
     * collapsing is on, and no second prefetch of it starts while it is in flight.
     *
     * @param object  the object
     * @param variant its URL variant
     * @param key     its cache key
     */
    final void startPrefetch(long object, long variant, long key) {
        boolean counted = probe.counts(loop.now());
        int fetch = transport.send(index, object, variant, Requests.UNKNOWN_SIZE, Requests.NO_VERSION, counted);
        inflight.putNew(key, fetch);
        rq.setRegistered(fetch);
        probe.wentUpstream(UpstreamReason.PREFETCH, false, counted);
    }

    /**
     * The answer to a fetch arrived and was read: the fetch is no longer one to join, and the probe is told (its
     * bytes, and whether it failed).
     *
     * @param fetch the fetch
     */
    final void fetched(int fetch) {
        if (rq.registered(fetch)) {
            inflight.remove(rq.cacheKey(fetch));
        }
        probe.upstreamAnswered(rq.bodyBytes(fetch), rq.status(fetch) == Requests.ERROR, rq.counted(fetch));
    }

    /**
     * Answers the request that started a fetch and, in order, every request waiting on it, then frees the fetch.
     *
     * @param fetch         the fetch
     * @param ownerOutcome  the outcome for its owner
     * @param waiterOutcome the outcome for its waiters
     * @param version       the version answered
     * @param date          the answer's Date
     * @param size          the object's size
     * @param bps           narrowest bandwidth so far
     */
    final void release(int fetch, Outcome ownerOutcome, Outcome waiterOutcome, long version, long date, long size,
                       long bps) {
        long now = loop.now();
        int owner = rq.owner(fetch);
        if (owner != Requests.NONE) {
            answer(owner, ownerOutcome, version, date, size, bps);
        }
        for (int w = waits.poll(fetch); w != Requests.NONE; w = waits.poll(fetch)) {
            probe.released(now - rq.arrivedAt(w), rq.counted(w));
            answer(w, waiterOutcome, version, date, size, bps);
        }
        rq.close(fetch);
    }

    /**
     * A 304 came back for a copy that was evicted while the revalidation travelled: the node has no body to answer
     * with, so it fetches the object again, unconditionally, for the same requests (their outcome will be MISS).
     *
     * @param fetch the fetch the 304 answered
     */
    final void refetch(int fetch) {
        boolean counted = rq.counted(fetch);
        int again = transport.send(index, rq.object(fetch), rq.variant(fetch), rq.objectSize(fetch),
                Requests.NO_VERSION, counted);
        rq.setOwner(again, rq.owner(fetch));
        waits.move(fetch, again);
        if (rq.registered(fetch)) {
            inflight.putNew(rq.cacheKey(fetch), again);
            rq.setRegistered(again);
        }
        probe.wentUpstream(UpstreamReason.REFETCH, false, counted);
        int first = waits.first(again);
        if (first != Requests.NONE && lockTimeout != Long.MAX_VALUE) {
            rq.setTimerArmed(again, true);
            transport.armLockTimer(index, again, Math.max(loop.now(), rq.arrivedAt(first) + lockTimeout));
        }
        rq.close(fetch);
    }

    /**
     * A lock timer fired: the requests that waited on the fetch for the lock timeout go upstream on their own.
     *
     * @param arg the timer's argument (the fetch's slot and generation, {@link Network#armLockTimer})
     */
    final void onLockTimeout(long arg) {
        int fetch = (int) (arg & ((1 << Network.TIMER_SLOT_BITS) - 1));
        int generation = (int) (arg >>> Network.TIMER_SLOT_BITS);
        if ((rq.generation(fetch) & Network.TIMER_GENERATION_MASK) != generation) {
            return;
        }
        rq.setTimerArmed(fetch, false);
        long now = loop.now();
        int w = waits.first(fetch);
        while (w != Requests.NONE && rq.arrivedAt(w) + lockTimeout <= now) {
            waits.poll(fetch);
            probe.lockTimedOut(rq.counted(w));
            startFetch(w, w, heldVersion(rq.cacheKey(w)), false, UpstreamReason.LOCK_TIMEOUT);
            w = waits.first(fetch);
        }
        if (w != Requests.NONE) {
            rq.setTimerArmed(fetch, true);
            transport.armLockTimer(index, fetch, rq.arrivedAt(w) + lockTimeout);
        }
    }

    /**
     * Answers a request after the service time: an error, a 304 if the requester holds the version, else the body.
     *
     * @param req     the request
     * @param outcome how the node answers it
     * @param version the version answered
     * @param date    the answer's Date
     * @param size    the object's size
     * @param bps     narrowest bandwidth so far
     */
    final void answer(int req, Outcome outcome, long version, long date, long size, long bps) {
        long at = loop.now() + serviceTime;
        int code;
        long body;
        if (outcome == Outcome.ERROR) {
            code = Requests.ERROR;
            body = headerBytes;
        } else if (rq.condVersion(req) == version) {
            code = Requests.NOT_MODIFIED;
            body = headerBytes;
        } else {
            code = Requests.OK;
            body = size;
        }
        long object = rq.object(req);
        probe.answered(object, catalog.kind(object), outcome, body, at - rq.arrivedAt(req), rq.counted(req));
        if (rq.sender(req) == Requests.CLIENT) {
            transport.edgeLog().answered(rq.tag(req), index, rq.object(req), outcome, code, rq.arrivedAt(req), at,
                    body);
        }
        transport.reply(req, code, at, version, date, size, body, bps);
    }

    /**
     * Tells the viewer at once that its request was answered from what the node holds ({@link #answerFromFreshCopy}),
     * the first byte leaving after the service time.
     *
     * @param tag     the viewer's tag
     * @param object  the object
     * @param now     when the request arrived
     * @param version the version answered
     * @param size    bytes of the body
     * @param counted whether the statistics count it
     */
    final void answerViewer(long tag, long object, long now, long version, long size, boolean counted) {
        transport.edgeLog().answered(tag, index, object, Outcome.HIT, Requests.OK, now, now + serviceTime, size);
        transport.answerClient(tag, index, Requests.OK, now, now + serviceTime, version, size, Long.MAX_VALUE,
                counted);
    }
}
