package io.cdnsim.run;

import io.cdnsim.kernel.EventLoop;
import io.cdnsim.metrics.TimeSeries;
import io.cdnsim.model.CacheNodeSpec;
import io.cdnsim.model.Replay;
import io.cdnsim.model.SyntheticStream;
import io.cdnsim.model.Workload;
import io.cdnsim.network.Network;
import io.cdnsim.network.Wiring;
import io.cdnsim.workload.ClientStats;
import io.cdnsim.content.RequestSource;
import io.cdnsim.workload.TraceClients;
import io.cdnsim.workload.ZipfClients;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * A replication whose demand is requests without players, on one loop: a {@link SyntheticStream}, which runs for
 * the scenario's duration, or a {@link Replay}, whose arrivals end with its log.
 */
final class RequestRun {

    private RequestRun() {
    }

    /**
     * @param assembly the replication's parts
     * @param stream   the synthetic stream
     * @param fault    a fault to plant before the conservation check (tests), else {@link Fault#NONE}
     * @return what it measured
     */
    static RunResult stream(Assembly assembly, SyntheticStream stream, Fault fault) {
        EventLoop loop = assembly.options().loop();
        Wiring wiring = assembly.wire(new EventLoop[] {loop}, new TimeSeries[] {assembly.timeSeries()}, null);
        Network network = wiring.network();
        List<CacheNodeSpec> edgeSpecs = assembly.edgeSpecs();
        int[] edges = Assembly.edges(wiring);
        long duration = assembly.duration();
        long[] end = {duration};
        Workload workload = stream.workload();
        ZipfClients clients = new ZipfClients(loop, network, workload, stream.clients(), edges,
                Routing.edgeWeights(edgeSpecs, workload.regionWeights()), assembly.streams()::stream, duration);
        clients.start();
        assembly.tickEverySecond(loop, network, end);
        return finish(assembly, loop, wiring, end, clients::stats, fault);
    }

    /**
     * @param assembly the replication's parts
     * @param replay   the log to replay
     * @param fault    a fault to plant before the conservation check (tests), else {@link Fault#NONE}
     * @return what it measured
     */
    static RunResult replay(Assembly assembly, Replay replay, Fault fault) {
        EventLoop loop = assembly.options().loop();
        Wiring wiring = assembly.wire(new EventLoop[] {loop}, new TimeSeries[] {assembly.timeSeries()}, null);
        Network network = wiring.network();
        List<CacheNodeSpec> edgeSpecs = assembly.edgeSpecs();
        int[] edges = Assembly.edges(wiring);
        long[] end = {assembly.duration()};
        TraceClients replayed = new TraceClients(loop, network, edges, Routing.edgeWeights(edgeSpecs, Map.of()),
                edgeSpecs.stream().map(CacheNodeSpec::locations).toList(), assembly.streams().stream("routing"),
                replay.clients());
        assembly.tickEverySecond(loop, network, end);
        try (RequestSource source = replay.opener().open()) {
            replayed.replay(source);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        end[0] = Replay.duration(replayed.lastTime());
        return finish(assembly, loop, wiring, end, replayed::stats, fault);
    }

    /** Runs the loop until every request has drained, then collects the result and checks conservation. */
    private static RunResult finish(Assembly assembly, EventLoop loop, Wiring wiring, long[] end,
                                    Supplier<ClientStats> clients, Fault fault) {
        Network network = wiring.network();
        loop.run();
        fault.inject(network, null);
        RunResult result = Results.collect(assembly.scenario(), assembly.replication(), end[0], wiring,
                assembly.timeSeries(), clients.get(), null, loop.now(), loop.executed(), -1,
                assembly.failureWindows()).withCdns(Results.cdns(assembly.scenario(), wiring, List.of(),
                assembly.timeSeries()));
        Conservation.check(network, wiring.nodeIds(), Simulation.tierNames(assembly.scenario()), result.clients(),
                result.qoe(), network.requests().live(), wiring.failureCounts());
        return result;
    }
}
