package io.cdnsim.run;

import io.cdnsim.cache.ObjectStore;
import io.cdnsim.content.FixedCatalog;
import io.cdnsim.kernel.EventLoop;
import io.cdnsim.metrics.NodeStats;
import io.cdnsim.metrics.TimeSeries;
import io.cdnsim.model.CacheNodeSpec;
import io.cdnsim.model.Scenario;
import io.cdnsim.model.SizeSpec;
import io.cdnsim.model.Tier;
import io.cdnsim.model.Workload;
import io.cdnsim.network.CacheNode;
import io.cdnsim.network.Network;
import io.cdnsim.network.Wiring;
import io.cdnsim.random.RandomStreams;
import io.cdnsim.workload.ZipfClients;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ContinuousSampler;
import org.apache.commons.rng.sampling.distribution.LogNormalSampler;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;

/**
 * One replication of a scenario: builds the network and the workload on a fresh event loop, runs until the last
 * request has drained, and collects the result. No state is shared between simulations, so replications can run on
 * separate threads.
 */
public final class Simulation {

    private static final long SECOND = 1_000_000L;

    private Simulation() {
    }

    /**
     * Runs one replication.
     *
     * @param scenario    the scenario
     * @param replication replication index, from 0
     * @param series      receives one time-series row per simulated second
     * @return what it measured
     */
    public static RunResult run(Scenario scenario, int replication, TimeSeries.Sink series) {
        RandomStreams streams = new RandomStreams(scenario.seed()).replication(replication);
        long duration = scenario.run().duration();
        long warmupEnd = scenario.run().warmup();
        Workload workload = scenario.workload();

        EventLoop loop = new EventLoop();
        FixedCatalog catalog = new FixedCatalog(workload.kind(), sizes(workload, streams.stream("object-sizes")));
        TimeSeries timeSeries = new TimeSeries(tierNames(scenario), warmupEnd / SECOND, series);
        Wiring wiring = Wiring.build(scenario.topology(), scenario.cacheControl(), loop, catalog, timeSeries, streams,
                warmupEnd, scenario.headerBytes());
        Network network = wiring.network();

        List<CacheNodeSpec> edgeSpecs = scenario.topology().edge().nodes();
        int[] edges = wiring.edgeNodes().stream().mapToInt(Integer::intValue).toArray();
        ZipfClients clients = new ZipfClients(loop, network, workload, scenario.clients(), edges,
                Routing.edgeWeights(edgeSpecs, workload.regionWeights()), streams::stream, duration);
        clients.start();

        registerTicker(loop, timeSeries, network, duration);
        loop.run();

        return collect(scenario, replication, wiring, timeSeries, clients, loop);
    }

    /**
     * @param scenario a scenario
     * @return the names of its tiers as reports show them: the cache tiers from the edge, then {@code origin}
     */
    public static List<String> tierNames(Scenario scenario) {
        List<String> names = new ArrayList<>();
        for (Tier t : scenario.topology().tiers()) {
            names.add(t.name());
        }
        names.add("origin");
        return names;
    }

    /** Closes a time-series row every simulated second until arrivals have ended and every request has drained. */
    private static void registerTicker(EventLoop loop, TimeSeries timeSeries, Network network, long duration) {
        int[] target = new int[1];
        target[0] = loop.register((kind, arg) -> {
            timeSeries.closeSecond();
            if (loop.now() < duration || network.requests().live() > 0) {
                loop.schedule(loop.now() + SECOND, target[0], 0, 0);
            }
        });
        loop.schedule(SECOND, target[0], 0, 0);
    }

    private static RunResult collect(Scenario scenario, int replication, Wiring wiring, TimeSeries timeSeries,
                                     ZipfClients clients, EventLoop loop) {
        Network network = wiring.network();
        List<TierResult> tiers = new ArrayList<>();
        List<Tier> specs = scenario.topology().tiers();
        for (int t = 0; t <= specs.size(); t++) {
            NodeStats total = new NodeStats();
            int nodes = 0;
            long stored = 0;
            long capacity = 0;
            long evictions = 0;
            for (int n = 0; n < network.nodeCount(); n++) {
                if (network.tierOf(n) != t) {
                    continue;
                }
                nodes++;
                total.add(network.stats(n));
                CacheNode cache = network.cache(n);
                ObjectStore store = cache == null ? null : cache.store();
                if (store != null) {
                    stored += store.usedBytes();
                    capacity += store.capacityBytes();
                    evictions += store.evictions();
                }
            }
            String name = t < specs.size() ? specs.get(t).name() : "origin";
            tiers.add(new TierResult(name, nodes, t == specs.size(), total, timeSeries.peakRequestsPerSecond(t),
                    timeSeries.peakBytesPerSecond(t), stored, capacity, evictions));
        }
        return new RunResult(scenario.name(), replication, scenario.seed(), scenario.run().duration(),
                scenario.run().warmup(), loop.now(), loop.executed(), tiers, clients.stats());
    }

    private static long[] sizes(Workload workload, UniformRandomProvider rng) {
        long[] sizes = new long[workload.objects()];
        SizeSpec spec = workload.size();
        if (spec instanceof SizeSpec.Fixed fixed) {
            Arrays.fill(sizes, fixed.bytes());
        } else if (spec instanceof SizeSpec.LogNormal ln) {
            ContinuousSampler sampler = LogNormalSampler.of(ZigguratSampler.NormalizedGaussian.of(rng),
                    Math.log(ln.medianBytes()), ln.sigma());
            for (int i = 0; i < sizes.length; i++) {
                sizes[i] = Math.max(1, Math.round(sampler.sample()));
            }
        }
        return sizes;
    }
}
