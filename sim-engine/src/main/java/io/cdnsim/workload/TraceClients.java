package io.cdnsim.workload;

import io.cdnsim.content.TraceCatalog;
import io.cdnsim.kernel.EventLoop;
import io.cdnsim.model.Clients;
import io.cdnsim.network.Network;
import java.io.IOException;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.AliasMethodDiscreteSampler;
import org.apache.commons.rng.sampling.distribution.DiscreteSampler;

/**
 * Replays a request log: each logged request reaches an edge node at its logged time, routed by the edge nodes'
 * weights (random stream {@code routing}; with one edge node, always that one). The log drives the clock: before a
 * request is sent, every event due up to its time runs, so a replay costs no event per request and a request
 * answered from the edge costs none at all. The viewers measure what they get as for a synthetic stream.
 */
public final class TraceClients {

    private final EventLoop loop;
    private final Network network;
    private final TraceCatalog catalog;
    private final int[] edgeNodes;
    private final DiscreteSampler routing;
    private final ClientMeasurements measurements;
    private long issued;
    private long lastTime;

    /**
     * @param loop        the event loop
     * @param network     the network whose edge it sends to
     * @param catalog     learns each object's size from the log
     * @param edgeNodes   edge node numbers
     * @param edgeWeights share of requests per edge node (any positive scale)
     * @param routing     the {@code routing} stream
     * @param clients     the viewers' last mile
     */
    public TraceClients(EventLoop loop, Network network, TraceCatalog catalog, int[] edgeNodes, double[] edgeWeights,
                        UniformRandomProvider routing, Clients clients) {
        this.loop = loop;
        this.network = network;
        this.catalog = catalog;
        this.edgeNodes = edgeNodes.clone();
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
        while (source.next()) {
            long time = source.time();
            loop.runUntil(time);
            int object = catalog.learn(source.key(), source.size());
            network.request(routing == null ? edgeNodes[0] : edgeNodes[routing.sample()], object, 0);
            issued++;
            lastTime = time;
        }
    }

    /** @return the time of the last request sent, microseconds */
    public long lastTime() {
        return lastTime;
    }

    /** @return the viewers' measurements after the warm-up */
    public ClientStats stats() {
        return measurements.stats(issued);
    }
}
