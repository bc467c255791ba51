package io.cdnsim.workload;

import io.cdnsim.kernel.EventHandler;
import io.cdnsim.kernel.EventLoop;
import io.cdnsim.model.Clients;
import io.cdnsim.model.Workload;
import io.cdnsim.network.ClientSink;
import io.cdnsim.network.Network;
import io.cdnsim.network.Requests;
import java.util.function.Function;
import org.HdrHistogram.Histogram;
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
 * (which edge node).
 */
public final class ZipfClients implements EventHandler, ClientSink {

    private static final long HISTOGRAM_MAX_MICROS = 3_600_000_000L;

    private final EventLoop loop;
    private final Network network;
    private final int target;
    private final int[] edgeNodes;
    private final ContinuousSampler interArrival;
    private final DiscreteSampler popularity;
    private final DiscreteSampler routing;
    private final long end;
    private final long clientRtt;
    private final long clientBps;
    private double nextArrival;

    private long issued;
    private long requests;
    private long errors;
    private long bytes;
    private final Histogram timeToFirstByte = new Histogram(HISTOGRAM_MAX_MICROS, 3);
    private final Histogram downloadTime = new Histogram(HISTOGRAM_MAX_MICROS, 3);

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
        this.interArrival = ZigguratSampler.Exponential.of(streams.apply("arrivals"), 1e6 / workload.rate());
        this.popularity = RejectionInversionZipfSampler.of(streams.apply("popularity"), workload.objects(),
                workload.alpha());
        this.routing = AliasMethodDiscreteSampler.of(streams.apply("routing"), edgeWeights);
        this.end = end;
        this.clientRtt = clients.rtt();
        this.clientBps = clients.throughput();
        network.setClients(this);
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
        network.request(edge, object, 0);
        issued++;
        nextArrival += interArrival.sample();
        if (nextArrival < end) {
            loop.schedule((long) nextArrival, target, 0, 0);
        }
    }

    @Override
    public void answered(Requests rq, int s) {
        if (!rq.counted(s)) {
            return;
        }
        requests++;
        if (rq.status(s) == Requests.ERROR) {
            errors++;
            return;
        }
        long body = rq.bodyBytes(s);
        bytes += body;
        long ttfb = rq.respondedAt(s) - rq.arrivedAt(s) + clientRtt;
        long bps = Math.min(rq.bottleneck(s), clientBps);
        long transfer = (long) Math.ceil(body * 8e6 / bps);
        timeToFirstByte.recordValue(Math.min(ttfb, HISTOGRAM_MAX_MICROS));
        downloadTime.recordValue(Math.min(ttfb + transfer, HISTOGRAM_MAX_MICROS));
    }

    /** @return the viewers' measurements after the warm-up */
    public ClientStats stats() {
        return new ClientStats(issued, requests, errors, bytes, timeToFirstByte, downloadTime);
    }
}
