package io.cdnsim.network;

import io.cdnsim.content.Catalog;
import io.cdnsim.kernel.EventHandler;
import io.cdnsim.kernel.EventLoop;
import io.cdnsim.metrics.NodeProbe;
import io.cdnsim.metrics.NodeStats;

/**
 * The graph and the transport: who is whose parent, the links' round-trip times and bandwidths, and the two messages
 * that cross a link (a request going up, a response coming down). Each crossing takes half the link's RTT. Nodes are
 * numbered: cache nodes first, tier by tier from the edge, then the origins. Built by {@link Wiring}.
 *
 * <p>A run split into partitions ({@link Partitioning}) has one network per partition, each with its own event loop
 * and request table, and each knowing every node (their statistics are shared) but running the events of its own
 * nodes only. A request or a response for a node of another partition is posted to it ({@link PartitionMail})
 * instead of the event list; the run hands the mail over between windows ({@link #deliverFrom}), and the receiving
 * network schedules its arrival then. The crossing takes the same half RTT as any other.
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
     * A lock timer's argument holds the fetch's slot in its low {@value} bits and the low
     * {@link #TIMER_GENERATION_BITS} bits of the slot's generation above them: a timer armed for an earlier use of the
     * slot is told apart unless the slot was reused a multiple of 2^20 times while it waited, a million reuses within
     * one lock timeout.
     */
    static final int TIMER_SLOT_BITS = 28;
    /** How many low bits of a slot's generation a lock timer keeps. */
    static final int TIMER_GENERATION_BITS = 20;
    /** The generation bits a lock timer keeps. */
    static final int TIMER_GENERATION_MASK = (1 << TIMER_GENERATION_BITS) - 1;

    private final EventLoop loop;
    private final Requests requests;
    private final PartitionMail mail;
    private final InstantPath instant;

    private final int[] target;
    private final int[] parent;
    private final long[] uplinkRtt;
    private final long[] uplinkBps;
    private final int[] tier;
    private final NodeProbe[] probes;
    /** Every node between the viewers and the origin, by node number; null for an origin. */
    private final Proxy[] proxies;
    /** The nodes that keep copies, by node number; null for the others. */
    private final CacheNode[] caches;
    private final OriginServer[] origins;
    private ClientSink clients = (tag, edge, status, sentAt, firstByteAt, version, body, bottleneck, counted) -> { };
    /** How this partition meets the failure schedule, or null for a run without failures. */
    private Failover failover;

    /**
     * @param loop      the event loop
     * @param catalog   what the origin holds (for the {@link InstantPath})
     * @param nodeCount cache nodes plus origins
     * @param mail      the messages to and from the other partitions' networks
     */
    Network(EventLoop loop, Catalog catalog, int nodeCount, PartitionMail mail) {
        this.loop = loop;
        this.requests = new Requests();
        this.mail = mail;
        this.target = new int[nodeCount];
        this.parent = new int[nodeCount];
        this.uplinkRtt = new long[nodeCount];
        this.uplinkBps = new long[nodeCount];
        this.tier = new int[nodeCount];
        this.probes = new NodeProbe[nodeCount];
        this.proxies = new Proxy[nodeCount];
        this.caches = new CacheNode[nodeCount];
        this.origins = new OriginServer[nodeCount];
        this.instant = new InstantPath(this, loop, catalog, caches, origins, probes, parent, uplinkRtt, uplinkBps);
    }

    /**
     * Knows a node that another partition's network runs: its statistics, parent and link, but not its events.
     *
     * @param node       its number
     * @param proxy      the node, or null for an origin
     * @param probe      its probe
     * @param tierIndex  its tier
     * @param parentNode the node it fetches from, or -1
     * @param rtt        RTT to the parent, microseconds
     * @param bps        bandwidth to the parent, bit/s
     */
    void placeRemote(int node, Proxy proxy, NodeProbe probe, int tierIndex, int parentNode, long rtt, long bps) {
        proxies[node] = proxy;
        caches[node] = proxy instanceof CacheNode cache ? cache : null;
        probes[node] = probe;
        tier[node] = tierIndex;
        parent[node] = parentNode;
        uplinkRtt[node] = rtt;
        uplinkBps[node] = bps;
        target[node] = -1;
    }

    /**
     * Places a node between the viewers and the origin.
     *
     * @param node       its number
     * @param proxy      the node
     * @param handler    what its events go to: the node, or the {@link FailingNode} that runs its failures
     * @param probe      its probe
     * @param tierIndex  its tier
     * @param parentNode the node it fetches from
     * @param rtt        RTT to the parent, microseconds
     * @param bps        bandwidth to the parent, bit/s
     */
    void placeProxy(int node, Proxy proxy, EventHandler handler, NodeProbe probe, int tierIndex, int parentNode,
                    long rtt, long bps) {
        proxies[node] = proxy;
        caches[node] = proxy instanceof CacheNode cache ? cache : null;
        place(node, loop.register(handler), tierIndex, probe);
        parent[node] = parentNode;
        uplinkRtt[node] = rtt;
        uplinkBps[node] = bps;
    }

    /**
     * Places an origin.
     *
     * @param node      its number
     * @param origin    the origin
     * @param handler   what its events go to: the origin, or the {@link FailingNode} that runs its failures
     * @param probe     its probe
     * @param tierIndex the origin tier
     */
    void placeOrigin(int node, OriginServer origin, EventHandler handler, NodeProbe probe, int tierIndex) {
        origins[node] = origin;
        place(node, loop.register(handler), tierIndex, probe);
        parent[node] = -1;
    }

    private void place(int node, int handler, int tierIndex, NodeProbe probe) {
        target[node] = handler;
        tier[node] = tierIndex;
        probes[node] = probe;
    }

    /** @param partitionFailover how this partition meets the failure schedule */
    void setFailover(Failover partitionFailover) {
        this.failover = partitionFailover;
    }

    /**
     * @param edge   the edge node a viewer (or a synthetic stream's request) would use
     * @param key    the viewer's number among its partition's viewers, or the request's number
     * @param viewer whether the key is a viewer's (counted as a viewer moved) or a request's
     * @return the edge it uses now: another one of its region while a failure has moved it off the first
     */
    public int steer(int edge, long key, boolean viewer) {
        return failover == null ? edge : failover.steer(edge, key, viewer, loop.now());
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
        long now = loop.now();
        boolean counted = probes[edgeNode].counts(now);
        if (failover != null && failover.refused(edgeNode, tag, now, counted, clients)) {
            return;
        }
        Proxy edge = proxies[edgeNode];
        if (edge.answerFromFreshCopy(object, Requests.cacheKey(object, variant), tag, counted)) {
            return;
        }
        int s = requests.open(object, Requests.CLIENT, edgeNode, now, Requests.NO_VERSION, counted);
        requests.setTag(s, tag);
        requests.setVariant(s, variant);
        requests.setKnownSize(s, size);
        edge.receive(s);
    }

    /** @return the replay's instant path over this network's nodes */
    public InstantPath instantPath() {
        return instant;
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
        long rtt = failover == null ? uplinkRtt[from] : failover.route(from, loop.now(), counted);
        int to = failover == null ? parent[from] : failover.to();
        long arrival = loop.now() + rtt / 2;
        int s = requests.open(object, from, to, arrival, condVersion, counted);
        requests.setVariant(s, variant);
        requests.setKnownSize(s, knownSize);
        if (mail.isRemote(to)) {
            mail.postRequest(arrival, requests, s);
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
            if (failover != null) {
                failover.answerViewer(requests, s);
            }
            answerClient(requests.tag(s), requests.receiver(s), requests.status(s), requests.arrivedAt(s), at,
                    requests.version(s),
                    requests.bodyBytes(s), requests.bottleneck(s), requests.counted(s));
            requests.close(s);
        } else {
            long rtt = failover == null ? uplinkRtt[sender] : failover.respond(requests, s);
            requests.narrowBottleneck(s, failover == null ? uplinkBps[sender] : failover.bandwidth());
            if (mail.isRemote(sender)) {
                mail.postResponse(at + rtt / 2, requests, s);
                requests.close(s);
            } else {
                loop.schedule(at + rtt / 2, target[sender], RESPONSE, s);
            }
        }
    }

    /**
     * A message from another partition's network arrives: a request opens a slot here and arrives at its receiver, a
     * response is written into the slot of the request it answers and arrives at its sender.
     *
     * @param m the message
     */
    void receive(Message m) {
        if (m.isRequest()) {
            loop.schedule(m.arrival(), target[m.to()], REQUEST, m.openIn(requests));
        } else {
            int s = m.respondIn(requests);
            loop.schedule(m.arrival(), target[requests.sender(s)], RESPONSE, s);
        }
    }

    /**
     * Delivers the messages another partition's network sent to this one's nodes during the last window, in the order
     * they were sent: each becomes an arrival event here.
     *
     * @param sender the other partition's network
     */
    public void deliverFrom(Network sender) {
        mail.deliverFrom(sender.mail, this);
    }

    /** @return whether messages to other partitions wait for delivery */
    public boolean hasOutgoing() {
        return mail.hasOutgoing();
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
    void answerClient(long tag, int edge, int status, long sentAt, long firstByteAt, long version, long body,
                      long bottleneck, boolean counted) {
        clients.answered(tag, edge, status, sentAt, firstByteAt, version, body, bottleneck, counted);
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

    /** @return the request table */
    public Requests requests() {
        return requests;
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
        return probes[node].stats();
    }

    /** @param node a node @return the node if it keeps copies, else null (a fixed hit ratio, or an origin) */
    public CacheNode cache(int node) {
        return caches[node];
    }

    /** @return number of nodes */
    public int nodeCount() {
        return target.length;
    }
}
