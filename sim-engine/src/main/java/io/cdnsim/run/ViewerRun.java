package io.cdnsim.run;

import io.cdnsim.bandwidth.LinkPlan;
import io.cdnsim.content.Lineup;
import io.cdnsim.content.VodCatalog;
import io.cdnsim.kernel.EventLoop;
import io.cdnsim.metrics.TimeSeries;
import io.cdnsim.model.Audience;
import io.cdnsim.model.CacheNodeSpec;
import io.cdnsim.model.Cdn;
import io.cdnsim.model.LiveEvent;
import io.cdnsim.model.OnDemandService;
import io.cdnsim.model.PlayerSettings;
import io.cdnsim.model.Scenario;
import io.cdnsim.model.SteeringSpec;
import io.cdnsim.model.Viewing;
import io.cdnsim.network.Network;
import io.cdnsim.network.Partitioning;
import io.cdnsim.network.Wiring;
import io.cdnsim.player.AbrRules;
import io.cdnsim.player.JoinTimes;
import io.cdnsim.player.Joins;
import io.cdnsim.player.Session;
import io.cdnsim.player.ViewerFactory;
import io.cdnsim.player.ViewerSetup;
import io.cdnsim.player.Viewers;
import io.cdnsim.player.VodJoins;
import io.cdnsim.random.RandomStreams;
import io.cdnsim.steering.Steering;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.apache.commons.rng.UniformRandomProvider;

/**
 * A replication whose demand is viewers with players (a live event or an on-demand service), on a network of one or
 * more partitions ({@link Partitioning}: regions far apart run side by side). One assembly builds the parts for any
 * number of partitions: the loops and the per-partition series, the network, the pre-positioned titles, the viewer
 * factory and the join times, and each partition's viewers. Then one of two drivers runs them:
 * <ul>
 *   <li>one partition: everything is an event of the one loop; the viewers draw their own joins and a ticker event
 *       closes each second ({@link Assembly#tickEverySecond});</li>
 *   <li>several: a {@link PartitionedRun} advances the partitions in windows, draws the joins itself and hands each
 *       viewer to its partition, and closes the seconds between windows.</li>
 * </ul>
 * The two schedule different events (the ticker's and the joins' are events on one loop only), so the one-loop case
 * keeps its own driver: its event fingerprints stay as pinned and it pays nothing for windows.
 */
final class ViewerRun {

    /** Room made for a partition's viewers beyond its expected share: 10 %, so that the records rarely grow. */
    private static final double CAPACITY_HEADROOM = 1.1;
    /** Room made for a partition's viewers on top of the headroom, for partitions with few viewers. */
    private static final int CAPACITY_SLACK = 64;

    private ViewerRun() {
    }

    /**
     * @param assembly the replication's parts
     * @param viewing  the live event or on-demand service
     * @param fault    a fault to plant before the conservation check (tests), else {@link Fault#NONE}
     * @return what it measured
     */
    static RunResult run(Assembly assembly, Viewing viewing, Fault fault) {
        Scenario scenario = assembly.scenario();
        RandomStreams streams = assembly.streams();
        long duration = assembly.duration();
        EventLoop loop = assembly.options().loop();
        Partitioning parts = Partitioning.of(scenario.topology());
        int n = parts.count();
        EventLoop[] loops = new EventLoop[n];
        TimeSeries[] counts = new TimeSeries[n];
        for (int p = 0; p < n; p++) {
            loops[p] = p == 0 ? loop : loop.sibling(p);
            counts[p] = n == 1 ? assembly.timeSeries()
                    : new TimeSeries(Simulation.tierNames(scenario), Simulation.extraColumns(scenario),
                            Simulation.laneNames(scenario), 0, TimeSeries.Sink.NONE);
        }
        Wiring wiring = assembly.wire(loops, counts, parts);
        List<CacheNodeSpec> edgeSpecs = assembly.edgeSpecs();
        int[] edges = Assembly.edges(wiring);
        if (viewing instanceof OnDemandService vod && vod.prePosition() != null) {
            PrePositioning.fill(vod.prePosition(), scenario.topology(), wiring, (VodCatalog) assembly.catalog());
        }
        LinkPlan links = LinkPlan.of(scenario.topology(), edges, wiring.nodeIds().size())
                .withLosses(scenario.failures());
        Audience audience = viewing.audience();
        ViewerFactory factory = new ViewerFactory(audience, scenario.topology().regions(), edgeSpecs, edges,
                wiring.nodeIds(), viewing.ladder(), streams.stream("viewers"), steered(scenario, streams, duration));
        JoinTimes base = new JoinTimes(audience.arrival(), audience.viewers(), streams.stream("joins"), duration);
        Joins joins = viewing instanceof OnDemandService vod
                ? new VodJoins(base, vod.titles(), vod.alpha(), vod.releases(), streams.stream("titles"),
                        streams.stream("releases"), duration)
                : base;
        if (n == 1) {
            return oneLoop(assembly, viewing, wiring, factory, links, joins, fault);
        }
        return partitioned(assembly, viewing, parts, loops, counts, wiring, factory, links, joins, fault);
    }

    /** One partition: the viewers join by their own events on the one loop, and a ticker closes the seconds. */
    private static RunResult oneLoop(Assembly assembly, Viewing viewing, Wiring wiring, ViewerFactory factory,
                                     LinkPlan links, Joins joins, Fault fault) {
        RandomStreams streams = assembly.streams();
        Session.Sink sessions = assembly.options().sessions();
        long duration = assembly.duration();
        EventLoop loop = assembly.options().loop();
        Network network = wiring.network();
        PlayerSettings player = viewing.player();
        Viewers viewers = new Viewers(loop, network, new ViewerSetup((Lineup) assembly.catalog(), viewing.audience(),
                player, viewing.urls(), AbrRules.of(player), factory, duration, links,
                assembly.warmUp(), content(assembly.scenario())), joins, (int) viewing.totalViewers(), streams.stream("bandwidth"),
                sessions);
        long[] viewerSeconds = {0};
        ViewerColumns.ofOneLoop(viewers, assembly.timeSeries(), loop, assembly.warmUp(), viewerSeconds);
        assembly.logRequests(viewers);
        viewers.start();
        assembly.tickEverySecond(loop, network, new long[] {duration});
        loop.run();
        assembly.flushRequestLog();
        fault.inject(network, viewers);
        RunResult result = Results.collect(assembly.scenario(), assembly.replication(), duration, wiring,
                assembly.timeSeries(), null, Results.qoe(List.of(viewers)), loop.now(), loop.executed(),
                viewerSeconds[0], assembly.failureWindows())
                .withLinks(Results.links(List.of(viewers), new int[links.count()]))
                .withCdns(Results.cdns(assembly.scenario(), wiring, List.of(viewers), assembly.timeSeries()))
                .withSteering(Results.steering(List.of(viewers)));
        Conservation.check(network, wiring.nodeIds(), Simulation.tierNames(assembly.scenario()), result.clients(),
                result.qoe(), network.requests().live(), wiring.failureCounts());
        return result;
    }

    /**
     * Several partitions: each has its own viewers, fed by a {@link PartitionedRun} that advances the partitions
     * together in windows.
     */
    private static RunResult partitioned(Assembly assembly, Viewing viewing, Partitioning parts, EventLoop[] loops,
                                         TimeSeries[] counts, Wiring wiring, ViewerFactory factory, LinkPlan links,
                                         Joins joins, Fault fault) {
        RandomStreams streams = assembly.streams();
        long duration = assembly.duration();
        int n = parts.count();
        int[] edges = Assembly.edges(wiring);
        Audience audience = viewing.audience();
        PlayerSettings player = viewing.player();
        LiveEvent live = viewing instanceof LiveEvent l ? l : null;
        int viewersInAll = (int) viewing.totalViewers();
        double[] edgeShare = Routing.edgeWeights(assembly.edgeSpecs(), audience.regions());
        double shares = Arrays.stream(edgeShare).sum();
        double[] load = new double[n];
        for (int e = 0; e < edges.length; e++) {
            load[parts.of(edges[e])] += edgeShare[e] / shares;
        }
        Viewers[] viewers = new Viewers[n];
        List<List<Session>> ended = new ArrayList<>();
        for (int p = 0; p < n; p++) {
            List<Session> list = new ArrayList<>();
            ended.add(list);
            int capacity = (int) Math.min(viewersInAll,
                    Math.ceil(viewersInAll * load[p] * CAPACITY_HEADROOM) + CAPACITY_SLACK);
            viewers[p] = new Viewers(loops[p], wiring.networks().get(p), new ViewerSetup((Lineup) assembly.catalog(),
                    audience, player, viewing.urls(), AbrRules.of(player), factory,
                    duration, links, assembly.warmUp(), content(assembly.scenario())), Joins.nobody(), capacity, streams.stream("bandwidth"), list::add);
            assembly.logRequests(viewers[p]);
            viewers[p].start();
        }
        PartitionedRun run = new PartitionedRun(loops, wiring.networks(), viewers, counts, assembly.timeSeries(),
                ended, assembly.options().sessions(), factory, joins, parts.partitions(), parts.lookahead(), duration,
                assembly.options().progress());
        long[] viewerSeconds = {0};
        ViewerColumns.ofPartitions(run, Arrays.asList(viewers), assembly.timeSeries(), assembly.warmUp(),
                viewerSeconds);
        run.run(assembly.options().threads(), load);
        assembly.flushRequestLog();
        EventLoop loop = loops[0];
        if (loop.keepsFingerprint()) {
            for (int p = 1; p < n; p++) {
                loop.absorbFingerprint(loops[p]);
            }
        }
        fault.inject(wiring.network(), viewers[0]);
        RunResult result = Results.collect(assembly.scenario(), assembly.replication(), duration, wiring,
                assembly.timeSeries(), null, Results.qoe(Arrays.asList(viewers)), run.endTime(), run.events(),
                viewerSeconds[0], assembly.failureWindows())
                .withLinks(Results.links(Arrays.asList(viewers), owners(links, edges, parts)))
                .withCdns(Results.cdns(assembly.scenario(), wiring, Arrays.asList(viewers), assembly.timeSeries()))
                .withSteering(Results.steering(Arrays.asList(viewers)));
        Conservation.check(wiring.network(), wiring.nodeIds(), Simulation.tierNames(assembly.scenario()), null,
                result.qoe(), run.live(), wiring.failureCounts());
        return result;
    }

    /** @return how the scenario spreads its viewers over its CDNs ({@link ViewerFactory.Steered#NONE} for one) */
    private static ViewerFactory.Steered steered(Scenario scenario, RandomStreams streams, long duration) {
        List<Cdn> cdns = scenario.topology().cdns();
        if (scenario.steering() == null || cdns.isEmpty()) {
            return ViewerFactory.Steered.NONE;
        }
        Steering steering = Steering.of(scenario.steering(), scenario.topology().regions(),
                SteeringPrices.of(scenario, duration));
        List<UniformRandomProvider> edgeStreams = new ArrayList<>();
        for (Cdn cdn : cdns.subList(1, cdns.size())) {
            edgeStreams.add(streams.stream("viewers/" + cdn.name()));
        }
        return new ViewerFactory.Steered(cdns, steering, streams.stream("steering").nextLong(), edgeStreams);
    }

    /** @return the players' content steering, if the scenario's steering has it */
    private static Optional<SteeringSpec.ContentSteering> content(Scenario scenario) {
        return scenario.steering() == null ? Optional.empty() : scenario.steering().content();
    }

    /** @return for each link, the partition of the edges whose viewers cross it (an edge's, or its region's) */
    private static int[] owners(LinkPlan links, int[] edges, Partitioning parts) {
        int[] owner = new int[links.count()];
        for (int edge : edges) {
            int leaf = links.linkOfNode(edge);
            owner[leaf] = parts.of(edge);
            if (links.parent(leaf) != LinkPlan.NONE) {
                owner[links.parent(leaf)] = parts.of(edge);
            }
        }
        return owner;
    }
}
