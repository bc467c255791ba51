package io.cdnsim.run;

import io.cdnsim.bandwidth.LinkPlan;
import io.cdnsim.kernel.Micros;
import io.cdnsim.kernel.EventLoop;
import io.cdnsim.metrics.TimeSeries;
import io.cdnsim.model.Cdn;
import io.cdnsim.model.Demand;
import io.cdnsim.model.Replay;
import io.cdnsim.model.Scenario;
import io.cdnsim.model.SyntheticStream;
import io.cdnsim.model.Tier;
import io.cdnsim.model.Viewing;
import io.cdnsim.network.Partitioning;
import java.util.ArrayList;
import java.util.List;

/**
 * One replication of a scenario: builds the network and the demand (a synthetic stream, a replayed log, or the
 * viewers of a live event or an on-demand service) on fresh event loops, runs until the last request has drained,
 * and collects the result. No state is shared between simulations, so replications can run on separate threads.
 *
 * <p>The {@link Assembly} builds what every run shares; a {@link RequestRun} runs requests without players on one
 * loop, a {@link ViewerRun} runs viewers on one loop or on the partitions of a network of regions far apart
 * ({@link Partitioning}), with the same results whatever the number of threads.
 *
 * <p>A live event ends at the run's duration: the viewers still watching then end their sessions, and the requests
 * in flight drain.
 *
 * <p>At the end, {@link Conservation} checks that every request and every byte is accounted for; a broken invariant
 * throws a {@link ConservationException}.
 */
public final class Simulation {

    /** The workload's own time-series columns for viewers (a live event or an on-demand service). */
    public static final List<String> LIVE_COLUMNS = List.of("viewers_watching", "viewers_playing",
            "viewers_stalled", "average_bitrate_kbps");

    /**
     * Longest drain after the end of a run: one day of simulated time. The scenario reader refuses inputs whose
     * slowest response could take longer (docs/trust.md); a run that still has requests in flight this long after
     * its end fails with the {@code drained} invariant instead of ticking on for ever.
     */
    public static final long MAX_DRAIN = Micros.DAY;

    private Simulation() {
    }

    /**
     * Runs one replication.
     *
     * @param scenario    the scenario
     * @param replication replication index, from 0
     * @param options     where the outputs go, the threads, the event loop
     * @return what it measured
     * @throws IllegalArgumentException if the options' event loop is not new
     * @throws ConservationException    if the run lost or double-counted a request or a byte (a bug)
     */
    public static RunResult run(Scenario scenario, int replication, RunOptions options) {
        return run(scenario, replication, options, Fault.NONE);
    }

    /**
     * Runs one replication hashing every event (see {@link EventLoop#fingerprint()}): the fingerprint of the
     * model's behaviour, which a test pins for each shipped scenario.
     *
     * @param scenario    the scenario
     * @param replication replication index, from 0
     * @return the hash of every event the run executed, in order
     * @throws ConservationException if the run lost or double-counted a request or a byte (a bug)
     */
    public static long fingerprint(Scenario scenario, int replication) {
        EventLoop loop = new EventLoop(true);
        run(scenario, replication, RunOptions.defaults().withLoop(loop));
        return loop.fingerprint();
    }

    /** Runs one replication with a fault planted before the conservation check (tests only). */
    static RunResult run(Scenario scenario, int replication, RunOptions options, Fault fault) {
        EventLoop loop = options.loop();
        if (loop.executed() != 0 || loop.pending() != 0) {
            throw new IllegalArgumentException("the event loop must be new");
        }
        Assembly assembly = new Assembly(scenario, replication, options);
        Demand demand = scenario.demand();
        if (demand instanceof Viewing viewing) {
            return ViewerRun.run(assembly, viewing, fault);
        }
        if (demand instanceof SyntheticStream stream) {
            return RequestRun.stream(assembly, stream, fault);
        }
        return RequestRun.replay(assembly, (Replay) demand, fault);
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

    /**
     * @param scenario a scenario
     * @return the workload's own time-series columns
     */
    public static List<String> extraColumns(Scenario scenario) {
        if (!(scenario.demand() instanceof Viewing)) {
            return List.of();
        }
        List<String> columns = new ArrayList<>(LIVE_COLUMNS);
        columns.addAll(LinkPlan.seriesColumns(scenario.topology()));
        return columns;
    }

    /**
     * @param scenario a scenario
     * @return every column of its time series
     */
    public static List<String> seriesColumns(Scenario scenario) {
        return TimeSeries.columns(tierNames(scenario), extraColumns(scenario), laneNames(scenario));
    }

    /**
     * @param scenario a scenario
     * @return each CDN's tiers as its time-series columns name them, {@code cdn-a_edge}, CDN by CDN in the topology's
     *         order, each edge first; empty for a network of one CDN
     */
    public static List<String> laneNames(Scenario scenario) {
        return laneNames(scenario, "_");
    }

    /**
     * @param scenario a scenario
     * @param between  what stands between a CDN's name and its tier's ({@code _} in the series, a space in reports)
     * @return each CDN's tiers so named, CDN by CDN in the topology's order, each edge first; empty for one CDN
     */
    public static List<String> laneNames(Scenario scenario, String between) {
        List<String> names = new ArrayList<>();
        for (Cdn c : scenario.topology().cdns()) {
            for (String t : c.tiers()) {
                names.add(c.name() + between + t);
            }
        }
        return names;
    }

    /**
     * @param scenario a scenario
     * @param cdn      the index of one of its CDNs
     * @return the lane of that CDN's edge in {@link #laneNames}; its tier {@code t} is this plus {@code t}
     */
    public static int firstLane(Scenario scenario, int cdn) {
        int lane = 0;
        for (int c = 0; c < cdn; c++) {
            lane += scenario.topology().cdns().get(c).tiers().size();
        }
        return lane;
    }
}
