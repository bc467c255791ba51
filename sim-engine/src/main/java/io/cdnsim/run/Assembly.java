package io.cdnsim.run;

import io.cdnsim.content.Catalog;
import io.cdnsim.kernel.EventLoop;
import io.cdnsim.kernel.Micros;
import io.cdnsim.metrics.TimeSeries;
import io.cdnsim.metrics.WarmUp;
import io.cdnsim.model.CacheNodeSpec;
import io.cdnsim.model.Scenario;
import io.cdnsim.network.Network;
import io.cdnsim.network.Partitioning;
import io.cdnsim.network.Wiring;
import io.cdnsim.random.RandomStreams;
import io.cdnsim.player.EdgeRequests;
import io.cdnsim.player.Viewers;
import java.util.ArrayList;
import java.util.List;

/**
 * The parts every replication is built from, whatever its demand and however many partitions its network runs on
 * (a run on one loop is one partition): its random streams, the origin's catalog, the run's time series, and the
 * network wired on the partitions' loops. {@link RequestRun} and {@link ViewerRun} build the rest on it.
 */
final class Assembly {

    private final Scenario scenario;
    private final int replication;
    private final RunOptions options;
    private final RandomStreams streams;
    private final Catalog catalog;
    private final TimeSeries timeSeries;
    private final WarmUp warmUp;
    /** The failures' windows of the time series, or null for a run without failures. */
    private final FailureWindows failureWindows;

    /**
     * @param scenario    the scenario
     * @param replication replication index, from 0
     * @param options     the run's sinks, threads and loop
     */
    Assembly(Scenario scenario, int replication, RunOptions options) {
        this.scenario = scenario;
        this.replication = replication;
        this.options = options;
        this.streams = new RandomStreams(scenario.seed()).replication(replication);
        this.catalog = Catalogs.of(scenario.demand(), streams);
        this.warmUp = new WarmUp(scenario.run().warmup());
        this.failureWindows = scenario.failures().isEmpty() ? null
                : new FailureWindows(scenario.failures(), scenario.run().duration(), Simulation.tierNames(scenario),
                        Simulation.laneNames(scenario), Simulation.laneNames(scenario, " "), Simulation.seriesColumns(scenario),
                        options.series());
        TimeSeries.Sink rows = failureWindows != null ? failureWindows : options.series();
        this.timeSeries = new TimeSeries(Simulation.tierNames(scenario), Simulation.extraColumns(scenario),
                Simulation.laneNames(scenario), warmUp.firstSecond(), options.requestLog() == EdgeRequests.Sink.NONE
                        ? rows : (second, values) -> {
                            EdgeRequests.flush(logParts, (second + 1) * Micros.SECOND, options.requestLog());
                            rows.row(second, values);
                        });
    }

    /** Each partition's request log, written out as each second closes; empty without a log. */
    private final List<EdgeRequests> logParts = new ArrayList<>();

    /**
     * Logs the requests of a partition's viewers, if the run keeps a request log ({@link RunOptions#requestLog}).
     *
     * @param viewers the viewers of the next partition, in partition order
     */
    void logRequests(Viewers viewers) {
        if (options.requestLog() != EdgeRequests.Sink.NONE) {
            logParts.add(viewers.logRequests());
        }
    }

    /** Writes out what the request log still holds, at the end of the run. */
    void flushRequestLog() {
        EdgeRequests.flush(logParts, Long.MAX_VALUE, options.requestLog());
    }

    /**
     * Wires the network: one {@link Network} per partition, each on its loop and counting into its series; a node of
     * one of several CDNs counts into its CDN's tier of the series too.
     *
     * @param loops  each partition's loop
     * @param counts each partition's series (the run's own series when there is one partition)
     * @param parts  the partitions, or null for one
     * @return the wired networks
     */
    Wiring wire(EventLoop[] loops, TimeSeries[] counts, Partitioning parts) {
        Wiring wiring = Wiring.build(scenario.topology(), scenario.cacheControl(), loops, catalog, counts, streams,
                warmUp(), scenario.headerBytes(), parts, scenario.failures(), scenario.run().duration());
        return wiring;
    }

    /**
     * @param wiring the wired network
     * @return the node number of each edge node, in the topology's order
     */
    static int[] edges(Wiring wiring) {
        return wiring.edgeNodes().stream().mapToInt(Integer::intValue).toArray();
    }

    /**
     * Closes a time-series row every simulated second of a run on one loop, until arrivals have ended
     * ({@code end[0]}, which a replay learns only when its log ends) and every request has drained.
     *
     * @param loop    the run's loop
     * @param network the run's network
     * @param end     when arrivals end, microseconds (read at each second)
     */
    void tickEverySecond(EventLoop loop, Network network, long[] end) {
        Progress progress = options.progress();
        int[] target = new int[1];
        target[0] = loop.register((kind, arg) -> {
            timeSeries.closeSecond();
            progress.update(loop.now(), end[0], loop.executed());
            Conservation.checkDraining(loop.now(), end[0], network.requests().live());
            if (loop.now() < end[0] || network.requests().live() > 0) {
                loop.schedule(loop.now() + Micros.SECOND, target[0], 0, 0);
            }
        });
        loop.schedule(Micros.SECOND, target[0], 0, 0);
    }

    /** @return the scenario */
    Scenario scenario() {
        return scenario;
    }

    /** @return the replication index */
    int replication() {
        return replication;
    }

    /** @return the run's options */
    RunOptions options() {
        return options;
    }

    /** @return the replication's random streams */
    RandomStreams streams() {
        return streams;
    }

    /** @return what the origin holds */
    Catalog catalog() {
        return catalog;
    }

    /** @return the run's time series, which writes to the options' series sink */
    TimeSeries timeSeries() {
        return timeSeries;
    }

    /** @return the edge nodes' specifications */
    List<CacheNodeSpec> edgeSpecs() {
        return scenario.topology().edge().nodes();
    }

    /** @return when arrivals end, microseconds */
    long duration() {
        return scenario.run().duration();
    }

    /** @return the failures' windows of the time series, or null for a run without failures */
    FailureWindows failureWindows() {
        return failureWindows;
    }

    /** @return the warm-up rule */
    WarmUp warmUp() {
        return warmUp;
    }
}
