package io.cdnsim.workload;

import io.cdnsim.cache.KeyIndex;
import io.cdnsim.content.BadTraceException;
import io.cdnsim.content.LocationCode;
import io.cdnsim.content.RequestSource;
import io.cdnsim.cache.ReadAhead;
import io.cdnsim.kernel.EventLoop;
import io.cdnsim.model.Clients;
import io.cdnsim.network.CacheNode;
import io.cdnsim.network.InstantPath;
import io.cdnsim.network.Network;
import io.cdnsim.network.Requests;
import java.io.IOException;
import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.AliasMethodDiscreteSampler;
import org.apache.commons.rng.sampling.distribution.DiscreteSampler;

/**
 * Replays a request log: each logged request reaches an edge node at its logged time: the edge node that claims the
 * location the log says served it (a CDN log's edge location), else one chosen by the edge nodes' weights (random
 * stream {@code routing}; with one edge node, always that one). The log drives the clock: before a
 * request is sent, every event due up to its time runs, so a replay costs no event per request and a request
 * answered from the edge costs none at all. The viewers measure what they get as for a synthetic stream.
 *
 * <p>Requests are read {@value #BLOCK} at a time, and the edge's entries for all of them are read first, in stages
 * (index cells, then records, then recency links: {@link ReadAhead#touchAll}, or {@link ReadAhead#touch} per request
 * when the block goes to several edges) before the first is sent: the reads of a stage do not depend on each other, so
 * the processor waits for main memory a few times per block instead of a few times per request; so are the entries of
 * the next copies the edge would evict ({@link ReadAhead#touchVictims}), the coldest of all. Each edge's
 * {@link ReadAhead} is its object store ({@link ReadAhead#NONE} for a tier with a fixed hit ratio). The order of the
 * requests, the clock and the routing draws are those of one request at a time.
 *
 * <p>When the network answers at the instant a request is sent (no latency, service time or capacity limit, and no
 * copy can have expired yet: {@link InstantPath#until}), as a single cache in front of a free origin does, each
 * request is answered in one call ({@link InstantPath#answer}) instead of by the events of its fetches; the results
 * are the same, only sooner.
 */
public final class TraceClients {

    /** Requests read ahead: their cache entries are touched together, so the memory reads overlap. */
    private static final int BLOCK = 32;
    /** Victims read ahead per block and edge node: a block's misses evict about as many, often fewer. */
    private static final int VICTIMS = 12;

    private final EventLoop loop;
    private final Network network;
    private final int[] edgeNodes;
    /** What reads ahead in each edge node, by index in {@link #edgeNodes}. */
    private final ReadAhead[] readAhead;
    private final DiscreteSampler routing;
    /** Location code to the index in {@link #edgeNodes} of the edge node claiming it; empty if none claims any. */
    private final KeyIndex byLocation = new KeyIndex();
    private final ClientMeasurements measurements;
    private final long[] times = new long[BLOCK];
    private final long[] keys = new long[BLOCK];
    private final long[] sizes = new long[BLOCK];
    private final int[] edges = new int[BLOCK];
    private final ReadAhead[] aheads = new ReadAhead[BLOCK];
    private final int[] scratch = new int[BLOCK];
    private long issued;
    private long located;
    private long lastTime;
    /** Sum of what {@link ReadAhead} read; kept so the reads are not optimized away, never used. */
    private long touched;

    /**
     * @param loop        the event loop
     * @param network     the network whose edge it sends to
     * @param edgeNodes   edge node numbers
     * @param edgeWeights share of requests per edge node (any positive scale)
     * @param locations   per edge node, the locations it claims (upper-case letters; see {@link LocationCode})
     * @param routing     the {@code routing} stream
     * @param clients     the viewers' last mile
     */
    public TraceClients(EventLoop loop, Network network, int[] edgeNodes, double[] edgeWeights,
                        List<List<String>> locations, UniformRandomProvider routing, Clients clients) {
        for (int e = 0; e < locations.size(); e++) {
            for (String code : locations.get(e)) {
                byLocation.putNew(LocationCode.of(code), e);
            }
        }
        this.loop = loop;
        this.network = network;
        this.edgeNodes = edgeNodes.clone();
        this.readAhead = new ReadAhead[edgeNodes.length];
        for (int e = 0; e < edgeNodes.length; e++) {
            CacheNode cache = network.cache(edgeNodes[e]);
            readAhead[e] = cache == null ? ReadAhead.NONE : cache.store();
        }
        this.routing = edgeNodes.length == 1 ? null : AliasMethodDiscreteSampler.of(routing, edgeWeights);
        this.measurements = new ClientMeasurements(clients);
        network.setClients(measurements);
    }

    /**
     * Sends every request of the log, running the events due in between; returns when the log ends (the last
     * requests may still be in flight).
     *
     * @param source the log
     * @throws IOException if the log cannot be read or is malformed ({@link BadTraceException})
     */
    public void replay(RequestSource source) throws IOException {
        InstantPath instant = network.instantPath();
        long instantUntil = instant.until();
        while (true) {
            int n = 0;
            while (n < BLOCK && source.next()) {
                times[n] = source.time();
                keys[n] = source.key();
                sizes[n] = source.size();
                int e = edge(source.location());
                edges[n] = edgeNodes[e];
                aheads[n] = readAhead[e];
                n++;
            }
            if (n == 0) {
                return;
            }
            long touched = 0;
            boolean oneEdge = true;
            for (int i = 1; i < n && oneEdge; i++) {
                oneEdge = edges[i] == edges[0];
            }
            if (oneEdge) {
                touched += aheads[0].touchAll(keys, n, scratch) + aheads[0].touchVictims(VICTIMS);
            } else {
                for (int i = 0; i < n; i++) {
                    touched += aheads[i].touch(keys[i]);
                    if (i == 0 || edges[i] != edges[i - 1]) {
                        touched += aheads[i].touchVictims(VICTIMS);
                    }
                }
            }
            this.touched += touched;
            for (int i = 0; i < n; i++) {
                loop.runUntil(times[i]);
                if (times[i] < instantUntil) {
                    instant.answer(edges[i], keys[i], sizes[i]);
                } else {
                    network.request(edges[i], keys[i], sizes[i], 0, Requests.NO_NEXT, 0);
                }
            }
            issued += n;
            lastTime = times[n - 1];
        }
    }

    /**
     * @return the index in {@link #edgeNodes} of the edge node for a request logged at a location: the one claiming
     *         it, else one by weight
     */
    private int edge(long location) {
        if (location != LocationCode.UNKNOWN && byLocation.size() > 0) {
            int e = byLocation.get(location);
            if (e != KeyIndex.ABSENT) {
                located++;
                return e;
            }
        }
        return routing == null ? 0 : routing.sample();
    }

    /** @return the time of the last request sent, microseconds */
    public long lastTime() {
        return lastTime;
    }

    /** @return the viewers' measurements after the warm-up */
    public ClientStats stats() {
        return measurements.stats(issued, located);
    }
}
