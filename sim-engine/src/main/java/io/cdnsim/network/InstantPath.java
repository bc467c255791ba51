package io.cdnsim.network;

import io.cdnsim.cache.ObjectStore;
import io.cdnsim.content.Catalog;
import io.cdnsim.content.ObjectKind;
import io.cdnsim.kernel.EventLoop;
import io.cdnsim.metrics.NodeProbe;
import io.cdnsim.metrics.Outcome;
import io.cdnsim.metrics.UpstreamReason;

/**
 * The replay's fastest path: a request answered at the instant it is sent, in one call, without events or a request
 * slot. It applies when no link has a round-trip time, no node a service time or a capacity limit, every cache keeps
 * copies and none of them can have expired yet ({@link #until}): then a request and the fetches it causes are over
 * before anything else happens, and answering it in one call gives exactly what its events would: the same counts,
 * copies and evictions (pinned by {@code InstantAnswerTest}).
 *
 * <p>A request climbs until a node holds a copy (or the origin answers), then every node it missed keeps the object
 * and answers (MISS), and the viewer is told. Each node's probe is told what its events would have told it.
 */
public final class InstantPath {

    private final Network network;
    private final EventLoop loop;
    private final Catalog catalog;
    /** The caching nodes by node number; null for the others. */
    private final CacheNode[] caches;
    /** The origins by node number; null for the others. */
    private final OriginServer[] origins;
    private final NodeProbe[] probes;
    private final int[] parent;
    private final long[] uplinkRtt;
    private final long[] uplinkBps;
    /** The nodes a request missed, edge first. */
    private final int[] missedPath;

    /**
     * @param network   the network whose requests it answers (it tells the viewers)
     * @param loop      the network's event loop
     * @param catalog   what the origin holds
     * @param caches    the caching nodes by node number, null for the others (filled as nodes are placed)
     * @param origins   the origins by node number, null for the others (filled as nodes are placed)
     * @param probes    every node's probe by node number
     * @param parent    every node's parent, -1 for an origin
     * @param uplinkRtt every node's RTT to its parent, microseconds
     * @param uplinkBps every node's bandwidth to its parent, bit/s
     */
    InstantPath(Network network, EventLoop loop, Catalog catalog, CacheNode[] caches, OriginServer[] origins,
                NodeProbe[] probes, int[] parent, long[] uplinkRtt, long[] uplinkBps) {
        this.network = network;
        this.loop = loop;
        this.catalog = catalog;
        this.caches = caches;
        this.origins = origins;
        this.probes = probes;
        this.parent = parent;
        this.uplinkRtt = uplinkRtt;
        this.uplinkBps = uplinkBps;
        this.missedPath = new int[parent.length];
    }

    /**
     * Until when requests can be answered at the instant they are sent ({@link #answer}): when no link has a
     * round-trip time, no node a service time or a capacity limit, every cache keeps copies and none of them can
     * have expired yet (the shortest freshness lifetime of the kinds the catalog holds, counted from time 0).
     *
     * @return a time in microseconds (before which copies cannot have expired), or {@link Long#MIN_VALUE} if never
     */
    public long until() {
        if (catalog.holdsRequests()) {
            return Long.MIN_VALUE;
        }
        long until = Long.MAX_VALUE;
        for (int n = 0; n < caches.length; n++) {
            if (caches[n] != null) {
                if (uplinkRtt[n] != 0) {
                    return Long.MIN_VALUE;
                }
                until = Math.min(until, until(caches[n]));
            } else if (origins[n] == null || !origins[n].takesNoTime()) {
                return Long.MIN_VALUE;
            }
        }
        return until;
    }

    /**
     * @return until when a cache answers every request at the instant it arrives: it takes no service time and no
     *         copy can have expired yet, or {@link Long#MIN_VALUE} if never (a service time, or objects it may not
     *         keep)
     */
    private long until(CacheNode cache) {
        if (cache.serviceTime() != 0) {
            return Long.MIN_VALUE;
        }
        long until = Long.MAX_VALUE;
        for (int k = 0; k < ObjectKind.count(); k++) {
            if (!catalog.mayHold(ObjectKind.values()[k])) {
                continue;
            }
            if (cache.noStore[k]) {
                return Long.MIN_VALUE;
            }
            until = Math.min(until, cache.lifetime(k));
        }
        return until;
    }

    /**
     * A viewer's request for an object's plain URL, answered now. Only while {@code now < }{@link #until()}.
     *
     * @param edgeNode the edge node
     * @param object   the object
     * @param size     its size in bytes, or {@link Requests#UNKNOWN_SIZE} for the catalog's
     */
    public void answer(int edgeNode, long object, long size) {
        long now = loop.now();
        boolean counted = probes[edgeNode].counts(now);
        int node = edgeNode;
        int missed = 0;
        long body;
        long date;
        long version;
        while (true) {
            CacheNode cache = caches[node];
            NodeProbe probe = probes[node];
            ObjectKind kind = catalog.kind(object);
            probe.arrived(kind, counted);
            if (cache == null) {
                body = size == Requests.UNKNOWN_SIZE ? catalog.size(object) : size;
                probe.answered(object, kind, Outcome.HIT, body, 0, counted);
                date = now;
                version = catalog.version(object, now);
                break;
            }
            ObjectStore store = cache.store();
            int s = store.find(object);
            if (s != ObjectStore.ABSENT) {
                store.use(s);
                body = store.size(s);
                date = store.date(s);
                version = store.version(s);
                probe.answered(object, kind, Outcome.HIT, body, 0, counted);
                break;
            }
            probe.wentUpstream(UpstreamReason.MISS, false, counted);
            missedPath[missed++] = node;
            node = parent[node];
        }
        long bps = Long.MAX_VALUE;
        for (int i = missed - 1; i >= 0; i--) {
            int n = missedPath[i];
            date = fill(caches[n], probes[n], object, body, date, version, now, counted);
            bps = Math.min(bps, uplinkBps[n]);
        }
        network.answerClient(0, edgeNode, Requests.OK, now, now, version, body, bps, counted);
    }

    /**
     * The way down: the parent's answer to a miss arrives at a cache now; it keeps a copy (if its admission lets it
     * and it fits) and answers (MISS).
     *
     * @return the Date of its own answer: the one it got, or now if it ignores Age
     */
    private long fill(CacheNode cache, NodeProbe probe, long object, long size, long date, long version, long now,
                      boolean counted) {
        long own = cache.honorAge ? date : now;
        probe.upstreamAnswered(size, false, counted);
        int s = cache.keep(object, size);
        if (s != ObjectStore.ABSENT) {
            cache.store().setValidated(s, own, version);
        }
        probe.answered(object, catalog.kind(object), Outcome.MISS, size, 0, counted);
        return own;
    }
}
