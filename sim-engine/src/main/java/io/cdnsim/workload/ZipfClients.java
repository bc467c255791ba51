package io.cdnsim.workload;

import io.cdnsim.kernel.EventHandler;
import io.cdnsim.kernel.EventLoop;
import io.cdnsim.kernel.Micros;
import io.cdnsim.model.Clients;
import io.cdnsim.model.Workload;
import io.cdnsim.network.Network;
import java.util.function.Function;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.AliasMethodDiscreteSampler;
import org.apache.commons.rng.sampling.distribution.ContinuousSampler;
import org.apache.commons.rng.sampling.distribution.DiscreteSampler;
import org.apache.commons.rng.sampling.distribution.RejectionInversionZipfSampler;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;

/**
 * Viewers issuing an independent-reference stream: Poisson arrivals, Zipf popularity, routed to edge nodes by weight.
 * One arrival event per request; the next arrival is scheduled by the current one. The viewers measure what they
 * get: requests, errors, bytes, time to first byte and download time (the last mile's RTT and throughput included).
 *
 * <p>Random streams: {@code arrivals} (inter-arrival times), {@code popularity} (which object), {@code routing}
 * (which edge node). A request for a POP that a failure has moved its viewers off goes to another of its region
 * ({@link Network#steer}).
 */
public final class ZipfClients implements EventHandler {

    private final EventLoop loop;
    private final Network network;
    private final int target;
    private final int[] edgeNodes;
    private final ContinuousSampler interArrival;
    private final DiscreteSampler popularity;
    private final DiscreteSampler routing;
    private final long end;
    private final ClientMeasurements measurements;
    private double nextArrival;
    private long issued;

    /**
     * @param loop        the event loop
     * @param network     the network whose edge it sends to
     * @param workload    the request stream
     * @param clients     the last mile
     * @param edgeNodes   edge node numbers
     * @param edgeWeights share of requests per edge node (any positive scale)
     * @param streams     stream factory: arrivals, popularity, routing
     * @param end         time after which no request arrives, microseconds
     */
    public ZipfClients(EventLoop loop, Network network, Workload workload, Clients clients, int[] edgeNodes,
                       double[] edgeWeights, Function<String, UniformRandomProvider> streams,
                       long end) {
        this.loop = loop;
        this.network = network;
        this.target = loop.register(this);
        this.edgeNodes = edgeNodes.clone();
        this.interArrival = ZigguratSampler.Exponential.of(streams.apply("arrivals"),
                Micros.PER_SECOND / workload.rate());
        this.popularity = RejectionInversionZipfSampler.of(streams.apply("popularity"), workload.objects(),
                workload.alpha());
        this.routing = AliasMethodDiscreteSampler.of(streams.apply("routing"), edgeWeights);
        this.end = end;
        this.measurements = new ClientMeasurements(clients);
        network.setClients(measurements);
    }

    /** Schedules the first arrival. */
    public void start() {
        nextArrival = interArrival.sample();
        if (nextArrival < end) {
            loop.schedule((long) nextArrival, target, 0, 0);
        }
    }

    @Override
    public void handle(int kind, long arg) {
        int edge = edgeNodes[routing.sample()];
        long object = popularity.sample();
        network.request(network.steer(edge, issued, false), object, 0);
        issued++;
        nextArrival += interArrival.sample();
        if (nextArrival < end) {
            loop.schedule((long) nextArrival, target, 0, 0);
        }
    }

    /** @return the viewers' measurements after the warm-up */
    public ClientStats stats() {
        return measurements.stats(issued, 0);
    }
}
