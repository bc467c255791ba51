package io.cdnsim.network;

import io.cdnsim.content.Catalog;
import io.cdnsim.kernel.EventLoop;
import io.cdnsim.metrics.NodeStats;
import io.cdnsim.metrics.TimeSeries;

/**
 * The wiring between nodes: who is whose parent, the links' round-trip times and bandwidths, and the two messages
 * that cross a link (a request going up, a response coming down). Each crossing takes half the link's RTT.
 * Nodes are numbered: cache nodes first, tier by tier from the edge, then the origins.
 *
 * <p>A run split into partitions ({@link Partitioning}) has one network per partition, each with its own event loop
 * and request table, and each knowing every node (their statistics are shared) but running the events of its own
 * nodes only. A request or a response for a node of another partition goes into an {@link Outbox} instead of the
 * event list; the run hands it over between windows ({@link #deliverFrom}), and the receiving network schedules its
 * arrival then. The crossing takes the same half RTT as any other.
 */
public final class Network {

    /** Event kind: a request arrives at a node. */
    public static final int REQUEST = 0;
    /** Event kind: a response arrives at the node that sent the request. */
    public static final int RESPONSE = 1;
    /** Event kind: a collapsed request's lock timeout may have expired. */
    public static final int LOCK_TIMEOUT = 2;
    /** Event kind: an origin's response leaves it (its first byte is sent). */
    public static final int SEND = 3;

    /**
     * A lock timer's argument holds the fetch's slot in its low {@value} bits and the low 20 bits of the slot's
     * generation above them ({@link #TIMER_GENERATION_MASK}): a timer armed for an earlier use of the slot is told
     * apart unless the slot was reused a multiple of 2^20 times while it waited, a million reuses within one lock
     * timeout.
     */
    static final int TIMER_SLOT_BITS = 28;
    /** The generation bits a lock timer keeps. */
    static final int TIMER_GENERATION_MASK = (1 << 20) - 1;

    private final EventLoop loop;
    private final Requests requests;
    private final Catalog catalog;
    private final TimeSeries series;
    private final long warmupEnd;
    private final long headerBytes;

    private final int[] target;
    private final int[] parent;
    private final long[] uplinkRtt;
    private final long[] uplinkBps;
    private final int[] tier;
    private final NodeStats[] stats;
    private final CacheNode[] caches;
    private final OriginServer[] origins;
    /** The nodes a request missed on the instant path, edge first ({@link #answerNow}). */
    private final int[] missedPath;
    /** The partition of each node; this network runs the events of the nodes of {@link #partition}. */
    private int[] partitionOf;
    private int partition;
    /** Messages to each other partition, or null for this one. */
    private Outbox[] outboxes;
    private ClientSink clients = (tag, status, sentAt, firstByteAt, version, body, bottleneck, counted) -> { };

    /**
     * @param loop        the event loop
     * @param catalog     what the origin holds
     * @param series      the per-second series
     * @param nodeCount   cache nodes plus origins
     * @param warmupEnd   end of the warm-up, microseconds
     * @param headerBytes bytes of a header-only response
     */
    public Network(EventLoop loop, Catalog catalog, TimeSeries series, int nodeCount, long warmupEnd,
                   long headerBytes) {
        this.loop = loop;
        this.requests = new Requests();
        this.catalog = catalog;
        this.series = series;
        this.warmupEnd = warmupEnd;
        this.headerBytes = headerBytes;
        this.target = new int[nodeCount];
        this.parent = new int[nodeCount];
        this.uplinkRtt = new long[nodeCount];
        this.uplinkBps = new long[nodeCount];
        this.tier = new int[nodeCount];
        this.stats = new NodeStats[nodeCount];
        this.caches = new CacheNode[nodeCount];
        this.origins = new OriginServer[nodeCount];
        this.missedPath = new int[nodeCount];
        this.partitionOf = new int[nodeCount];
        this.outboxes = new Outbox[1];
    }

    /**
     * Makes this the network of one partition of a partitioned run.
     *
     * @param partitions the partition of each node
     * @param index      this network's partition
     * @param count      how many partitions
     */
    void partition(int[] partitions, int index, int count) {
        this.partitionOf = partitions.clone();
        this.partition = index;
        this.outboxes = new Outbox[count];
        for (int p = 0; p < count; p++) {
            outboxes[p] = p == index ? null : new Outbox();
        }
    }

    /**
     * Knows a node that another partition's network runs: its statistics, parent and link, but not its events.
     *
     * @param node       its number
     * @param cache      the node, or null for an origin
     * @param nodeStats  its statistics
     * @param tierIndex  its tier
     * @param parentNode the node it fetches from, or -1
     * @param rtt        RTT to the parent, microseconds
     * @param bps        bandwidth to the parent, bit/s
     */
    void placeRemote(int node, CacheNode cache, NodeStats nodeStats, int tierIndex, int parentNode, long rtt,
                     long bps) {
        caches[node] = cache;
        stats[node] = nodeStats;
        tier[node] = tierIndex;
        parent[node] = parentNode;
        uplinkRtt[node] = rtt;
        uplinkBps[node] = bps;
        target[node] = -1;
    }

    /**
     * Delivers the messages another partition's network sent to this one's nodes during the last window, in the order
     * they were sent: each becomes an arrival event here.
     *
     * @param sender the other partition's network
     */
    public void deliverFrom(Network sender) {
        Outbox box = sender.outboxes[partition];
        if (box != null) {
            box.deliverTo(this);
        }
    }

    /** @return whether messages to other partitions wait for delivery */
    public boolean hasOutgoing() {
        for (Outbox box : outboxes) {
            if (box != null && !box.isEmpty()) {
                return true;
            }
        }
        return false;
    }

    /** A request from a node of another partition arrives at {@code arrival} at node {@code to} of this one. */
    void receiveRemoteRequest(long arrival, int from, int to, int remoteSlot, long object, long variant,
                              long knownSize, long condVersion, boolean counted) {
        int s = requests.open(object, from, to, arrival, condVersion, counted);
        requests.setVariant(s, variant);
        requests.setKnownSize(s, knownSize);
        requests.setTag(s, remoteSlot);
        loop.schedule(arrival, target[to], REQUEST, s);
    }

    /** The response to this partition's request in slot {@code s} arrives at {@code arrival} at its sender. */
    void receiveRemoteResponse(long arrival, int s, int status, long at, long version, long date, long size,
                               long body, long bps) {
        requests.respond(s, status, at, version, date, size, body, bps);
        loop.schedule(arrival, target[requests.sender(s)], RESPONSE, s);
    }

    /**
     * Places a cache node.
     *
     * @param node      its number
     * @param cache     the node
     * @param tierIndex its tier
     * @param parentNode the node it fetches from
     * @param rtt       RTT to the parent, microseconds
     * @param bps       bandwidth to the parent, bit/s
     */
    void placeCache(int node, CacheNode cache, int tierIndex, int parentNode, long rtt, long bps) {
        caches[node] = cache;
        place(node, loop.register(cache), tierIndex, cache.stats());
        parent[node] = parentNode;
        uplinkRtt[node] = rtt;
        uplinkBps[node] = bps;
    }

    /**
     * Places an origin.
     *
     * @param node      its number
     * @param origin    the origin
     * @param tierIndex the origin tier
     */
    void placeOrigin(int node, OriginServer origin, int tierIndex) {
        origins[node] = origin;
        place(node, loop.register(origin), tierIndex, origin.stats());
        parent[node] = -1;
    }

    private void place(int node, int handler, int tierIndex, NodeStats nodeStats) {
        target[node] = handler;
        tier[node] = tierIndex;
        stats[node] = nodeStats;
    }

    /** @param sink told about every answer to a viewer */
    public void setClients(ClientSink sink) {
        this.clients = sink;
    }

    /**
     * A viewer's request reaches an edge node now.
     *
     * @param edgeNode the edge node
     * @param object   the object
     * @param tag      the sender's own tag, returned with the answer
     */
    public void request(int edgeNode, long object, long tag) {
        request(edgeNode, object, 0, tag);
    }

    /**
     * A viewer's request for a variant of an object's URL (see {@link Requests#setVariant}) reaches an edge node now.
     *
     * @param edgeNode the edge node
     * @param object   the object
     * @param variant  0 for the plain URL, else the variant caches keep apart
     * @param tag      the sender's own tag, returned with the answer
     */
    public void request(int edgeNode, long object, long variant, long tag) {
        request(edgeNode, object, Requests.UNKNOWN_SIZE, variant, tag);
    }

    /**
     * A viewer's request that says its object's size (a replayed log's record does) reaches an edge node now; the
     * size travels with the fetches it causes, and the origin serves that many bytes.
     *
     * @param edgeNode the edge node
     * @param object   the object
     * @param size     the object's size in bytes, or {@link Requests#UNKNOWN_SIZE} for the catalog's
     * @param variant  0 for the plain URL, else the variant caches keep apart
     * @param tag      the sender's own tag, returned with the answer
     */
    public void request(int edgeNode, long object, long size, long variant, long tag) {
        boolean counted = loop.now() >= warmupEnd;
        if (caches[edgeNode].answerFromFreshCopy(object, Requests.cacheKey(object, variant), tag, counted)) {
            return;
        }
        int s = requests.open(object, Requests.CLIENT, edgeNode, loop.now(), Requests.NO_VERSION, counted);
        requests.setTag(s, tag);
        requests.setVariant(s, variant);
        requests.setKnownSize(s, size);
        caches[edgeNode].receive(s);
    }

    /**
     * Until when requests can be answered at the instant they are sent ({@link #answerNow}): when no link has a
     * round-trip time, no node a service time or a capacity limit, every cache keeps copies and none of them can
     * have expired yet. Then a request and the fetches it causes are over before anything else happens, and
     * answering it in one call gives exactly what its events would: the same counts, copies and evictions.
     *
     * @return a time in microseconds (before which copies cannot have expired), or {@link Long#MIN_VALUE} if never
     */
    public long instantUntil() {
        long until = Long.MAX_VALUE;
        for (int n = 0; n < caches.length; n++) {
            if (caches[n] != null) {
                if (uplinkRtt[n] != 0) {
                    return Long.MIN_VALUE;
                }
                until = Math.min(until, caches[n].instantUntil());
            } else if (origins[n] == null || !origins[n].answersInstantly()) {
                return Long.MIN_VALUE;
            }
        }
        return until;
    }

    /**
     * A viewer's request for an object's plain URL, answered at once without events or a request slot: it climbs
     * until a node holds a copy (or the origin answers), then every node it missed keeps the object and answers, and
     * the viewer is told. Only while {@code now < }{@link #instantUntil()}.
     *
     * @param edgeNode the edge node
     * @param object   the object
     * @param size     its size in bytes, or {@link Requests#UNKNOWN_SIZE} for the catalog's
     */
    public void answerNow(int edgeNode, long object, long size) {
        long now = loop.now();
        boolean counted = now >= warmupEnd;
        int node = edgeNode;
        int missed = 0;
        long body;
        long date;
        long version;
        while (true) {
            CacheNode cache = caches[node];
            if (cache == null) {
                body = origins[node].answerNow(object, size, counted);
                date = now;
                version = catalog.version(object, now);
                break;
            }
            body = cache.hitNow(object, counted);
            if (body >= 0) {
                date = cache.hitDate();
                version = cache.hitVersion();
                break;
            }
            missedPath[missed++] = node;
            node = parent[node];
        }
        long bps = Long.MAX_VALUE;
        for (int i = missed - 1; i >= 0; i--) {
            int n = missedPath[i];
            date = caches[n].fillNow(object, body, date, version, counted);
            bps = Math.min(bps, uplinkBps[n]);
        }
        clients.answered(0, Requests.OK, now, now, version, body, bps, counted);
    }

    /**
     * Reads what an edge node holds for an object, changing nothing: a request for it that follows soon finds its
     * entries in the processor's cache. For replaying logs in blocks.
     *
     * @param edgeNode the edge node
     * @param key      the object's cache key
     * @return a value read from the entry, meaningless (so the read is not optimized away)
     */
    public long touch(int edgeNode, long key) {
        return caches[edgeNode].touch(key);
    }

    /**
     * Reads what one edge node holds for many keys, changing nothing, with the reads of all of them overlapping
     * ({@link io.cdnsim.cache.ObjectStore#touchAll}). For replaying logs in blocks.
     *
     * @param edgeNode the edge node
     * @param keys     the objects' cache keys
     * @param n        how many
     * @param scratch  room for {@code n} ints
     * @return a value read on the way, meaningless
     */
    public long touchAll(int edgeNode, long[] keys, int n, int[] scratch) {
        return caches[edgeNode].touchAll(keys, n, scratch);
    }

    /**
     * Reads the entries of the next copies an edge node would evict, changing nothing: evictions soon after find them
     * in the processor's cache. For replaying logs in blocks.
     *
     * @param edgeNode the edge node
     * @param n        how many victims ahead
     * @return a value read on the way, meaningless
     */
    public long touchVictims(int edgeNode, int n) {
        return caches[edgeNode].touchVictims(n);
    }

    /**
     * Sends a request from a node to its parent.
     *
     * @param from        the sending node
     * @param object      the object
     * @param variant     the URL variant ({@link Requests#setVariant})
     * @param knownSize   the object's size if the request it serves said it ({@link Requests#setKnownSize})
     * @param condVersion the version the sender holds, or {@link Requests#NO_VERSION}
     * @param counted     whether its statistics count
     * @return the request's slot
     */
    int send(int from, long object, long variant, long knownSize, long condVersion, boolean counted) {
        int to = parent[from];
        long arrival = loop.now() + uplinkRtt[from] / 2;
        int s = requests.open(object, from, to, arrival, condVersion, counted);
        requests.setVariant(s, variant);
        requests.setKnownSize(s, knownSize);
        if (partitionOf[to] != partition) {
            outboxes[partitionOf[to]].request(arrival, from, to, s, object, variant, knownSize, condVersion, counted);
        } else {
            loop.schedule(arrival, target[to], REQUEST, s);
        }
        return s;
    }

    /**
     * Sends a response back to whoever sent the request: a viewer is told at once, a node when the response has
     * crossed the link.
     *
     * @param s    the request
     * @param code status
     * @param at   time the first byte leaves the answering node
     * @param ver  object version
     * @param date the response's Date
     * @param size object size
     * @param body bytes on the wire
     * @param bps  narrowest bandwidth so far
     */
    void reply(int s, int code, long at, long ver, long date, long size, long body, long bps) {
        requests.respond(s, code, at, ver, date, size, body, bps);
        send(s);
    }

    /**
     * Sends a response already written into its slot back to whoever sent the request.
     *
     * @param s the answered request
     */
    void send(int s) {
        long at = requests.respondedAt(s);
        int sender = requests.sender(s);
        if (sender == Requests.CLIENT) {
            answerClient(requests.tag(s), requests.status(s), requests.arrivedAt(s), at, requests.version(s),
                    requests.bodyBytes(s), requests.bottleneck(s), requests.counted(s));
            requests.close(s);
        } else {
            requests.narrowBottleneck(s, uplinkBps[sender]);
            if (partitionOf[sender] != partition) {
                outboxes[partitionOf[sender]].response(at + uplinkRtt[sender] / 2, (int) requests.tag(s),
                        requests.status(s), at, requests.version(s), requests.date(s), requests.objectSize(s),
                        requests.bodyBytes(s), requests.bottleneck(s));
                requests.close(s);
            } else {
                loop.schedule(at + uplinkRtt[sender] / 2, target[sender], RESPONSE, s);
            }
        }
    }

    /**
     * Tells the viewers that an edge answered one of their requests ({@link ClientSink#answered}).
     *
     * @param tag         the sender's tag
     * @param status      the answer's status
     * @param sentAt      when the request reached the edge
     * @param firstByteAt when the answer's first byte left the edge
     * @param version     the object's version in the answer
     * @param body        bytes on the wire
     * @param bottleneck  narrowest bandwidth the body crossed, bit/s
     * @param counted     whether the request was sent after the warm-up
     */
    void answerClient(long tag, int status, long sentAt, long firstByteAt, long version, long body, long bottleneck,
                      boolean counted) {
        clients.answered(tag, status, sentAt, firstByteAt, version, body, bottleneck, counted);
    }

    /**
     * Schedules an event for a node.
     *
     * @param node the node
     * @param at   when
     * @param kind the event kind
     * @param arg  its argument
     */
    void schedule(int node, long at, int kind, long arg) {
        loop.schedule(at, target[node], kind, arg);
    }

    /**
     * Arms a lock-timeout timer for a fetch.
     *
     * @param node  the node holding the fetch
     * @param fetch the fetch
     * @param at    when it fires
     */
    void armLockTimer(int node, int fetch, long at) {
        if (fetch >= 1 << TIMER_SLOT_BITS) {
            throw new IllegalStateException("more than 2^" + TIMER_SLOT_BITS + " requests in flight");
        }
        loop.schedule(at, target[node], LOCK_TIMEOUT,
                ((long) (requests.generation(fetch) & TIMER_GENERATION_MASK) << TIMER_SLOT_BITS) | fetch);
    }

    /** @return the loop */
    EventLoop loop() {
        return loop;
    }

    /** @return the request table */
    public Requests requests() {
        return requests;
    }

    /** @return the catalog */
    Catalog catalog() {
        return catalog;
    }

    /** @return the per-second series */
    TimeSeries series() {
        return series;
    }

    /** @return end of the warm-up */
    long warmupEnd() {
        return warmupEnd;
    }

    /** @return bytes of a header-only response */
    long headerBytes() {
        return headerBytes;
    }

    /** @param node a node @return the node it fetches from, or -1 for an origin */
    public int parentOf(int node) {
        return parent[node];
    }

    /** @param node a node @return its tier */
    public int tierOf(int node) {
        return tier[node];
    }

    /** @param node a node @return its statistics */
    public NodeStats stats(int node) {
        return stats[node];
    }

    /** @param node a node @return the cache node, or null for an origin */
    public CacheNode cache(int node) {
        return caches[node];
    }

    /** @return number of nodes */
    public int nodeCount() {
        return target.length;
    }
}
