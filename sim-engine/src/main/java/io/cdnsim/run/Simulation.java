package io.cdnsim.run;

import io.cdnsim.cache.ObjectStore;
import io.cdnsim.content.Catalog;
import io.cdnsim.content.FixedCatalog;
import io.cdnsim.content.Lineup;
import io.cdnsim.content.LiveChannel;
import io.cdnsim.content.ObjectKind;
import io.cdnsim.content.TraceCatalog;
import io.cdnsim.content.VodCatalog;
import io.cdnsim.kernel.EventLoop;
import io.cdnsim.metrics.NodeStats;
import io.cdnsim.metrics.TimeSeries;
import io.cdnsim.model.CacheNodeSpec;
import io.cdnsim.model.Audience;
import io.cdnsim.model.LiveSpec;
import io.cdnsim.model.PlayerSettings;
import io.cdnsim.model.Scenario;
import io.cdnsim.model.SizeSpec;
import io.cdnsim.model.Tier;
import io.cdnsim.model.Topology;
import io.cdnsim.model.VodSpec;
import io.cdnsim.model.Workload;
import io.cdnsim.network.CacheNode;
import io.cdnsim.network.Network;
import io.cdnsim.network.Partitioning;
import io.cdnsim.network.Wiring;
import io.cdnsim.player.AbrRules;
import io.cdnsim.player.JoinTimes;
import io.cdnsim.player.Joins;
import io.cdnsim.player.AudienceCount;
import io.cdnsim.player.ViewerSetup;
import io.cdnsim.player.Viewers;
import io.cdnsim.player.QoeStats;
import io.cdnsim.player.Session;
import io.cdnsim.player.ViewerFactory;
import io.cdnsim.player.VodJoins;
import io.cdnsim.random.RandomStreams;
import io.cdnsim.workload.ClientStats;
import io.cdnsim.workload.RequestSource;
import io.cdnsim.workload.TraceClients;
import io.cdnsim.workload.ZipfClients;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.TreeMap;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ContinuousSampler;
import org.apache.commons.rng.sampling.distribution.LogNormalSampler;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;

/**
 * One replication of a scenario: builds the network and the workload (a synthetic stream or a live event's
 * viewers) on a fresh event loop, runs until the last request has drained, and collects the result. No state is
 * shared between simulations, so replications can run on separate threads.
 *
 * <p>A live event ends at the run's duration: the viewers still watching then end their sessions, and the requests
 * in flight drain.
 *
 * <p>At the end, {@link Conservation} checks that every request and every byte is accounted for; a broken invariant
 * throws a {@link ConservationException}.
 */
public final class Simulation {

    private static final long SECOND = 1_000_000L;
    /** The workload's own time-series columns for a live event. */
    public static final List<String> LIVE_COLUMNS = List.of("viewers_watching", "viewers_playing",
            "viewers_stalled", "average_bitrate_kbps");

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
        return run(scenario, replication, series, Session.Sink.NONE, Progress.NONE);
    }

    /**
     * Runs one replication.
     *
     * @param scenario    the scenario
     * @param replication replication index, from 0
     * @param series      receives one time-series row per simulated second
     * @param sessions    receives each viewer session as it ends (live events)
     * @param progress    told once per simulated second how far the run is
     * @return what it measured
     * @throws ConservationException if the run lost or double-counted a request or a byte (a bug)
     */
    public static RunResult run(Scenario scenario, int replication, TimeSeries.Sink series, Session.Sink sessions,
                                Progress progress) {
        return run(scenario, replication, series, sessions, progress, 1);
    }

    /**
     * Runs one replication, using up to {@code threads} threads when its network splits into partitions
     * ({@link Partitioning}; a live event or a catalog on a network of regions far apart). The result does not depend
     * on the number of threads.
     *
     * @param scenario    the scenario
     * @param replication replication index, from 0
     * @param series      receives one time-series row per simulated second
     * @param sessions    receives each viewer session as it ends (live events)
     * @param progress    told once per simulated second how far the run is
     * @param threads     threads to use, at least 1
     * @return what it measured
     * @throws ConservationException if the run lost or double-counted a request or a byte (a bug)
     */
    public static RunResult run(Scenario scenario, int replication, TimeSeries.Sink series, Session.Sink sessions,
                                Progress progress, int threads) {
        return run(scenario, replication, series, sessions, progress, Fault.NONE, new EventLoop(), threads);
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
        run(scenario, replication, TimeSeries.Sink.NONE, Session.Sink.NONE, Progress.NONE, Fault.NONE, loop, 1);
        return loop.fingerprint();
    }

    /**
     * Runs one replication on a loop of the caller's: a test mode of the kernel, such as
     * {@link EventLoop#shufflingTies(long)}, which runs simultaneous events in a random order.
     *
     * @param scenario    the scenario
     * @param replication replication index, from 0
     * @param loop        a new, empty event loop
     * @return what it measured
     * @throws ConservationException if the run lost or double-counted a request or a byte (a bug)
     */
    public static RunResult run(Scenario scenario, int replication, EventLoop loop) {
        if (loop.executed() != 0 || loop.pending() != 0) {
            throw new IllegalArgumentException("the event loop must be new");
        }
        return run(scenario, replication, TimeSeries.Sink.NONE, Session.Sink.NONE, Progress.NONE, Fault.NONE, loop, 1);
    }

    /** Runs one replication with a fault planted before the conservation check (tests only). */
    static RunResult run(Scenario scenario, int replication, TimeSeries.Sink series, Session.Sink sessions,
                         Progress progress, Fault fault) {
        return run(scenario, replication, series, sessions, progress, fault, new EventLoop(), 1);
    }

    private static RunResult run(Scenario scenario, int replication, TimeSeries.Sink series, Session.Sink sessions,
                                 Progress progress, Fault fault, EventLoop loop, int threads) {
        RandomStreams streams = new RandomStreams(scenario.seed()).replication(replication);
        long duration = scenario.run().duration();
        long warmupEnd = scenario.run().warmup();
        Catalog catalog = catalog(scenario, streams);
        TimeSeries timeSeries = new TimeSeries(tierNames(scenario), extraColumns(scenario),
                (warmupEnd + SECOND - 1) / SECOND, series);
        if (scenario.workload() == null && scenario.replay() == null) {
            Partitioning parts = Partitioning.of(scenario.topology());
            if (parts.count() > 1) {
                return runPartitioned(scenario, replication, streams, catalog, timeSeries, sessions, progress, fault,
                        loop, parts, threads);
            }
        }
        Wiring wiring = Wiring.build(scenario.topology(), scenario.cacheControl(), loop, catalog, timeSeries, streams,
                warmupEnd, scenario.headerBytes());
        Network network = wiring.network();
        List<CacheNodeSpec> edgeSpecs = scenario.topology().edge().nodes();
        int[] edges = wiring.edgeNodes().stream().mapToInt(Integer::intValue).toArray();
        long[] end = {duration};

        ZipfClients clients = null;
        TraceClients replayed = null;
        Viewers viewers = null;
        long[] viewerSeconds = {-1};
        if (scenario.workload() != null) {
            Workload workload = scenario.workload();
            clients = new ZipfClients(loop, network, workload, scenario.clients(), edges,
                    Routing.edgeWeights(edgeSpecs, workload.regionWeights()), streams::stream, duration);
            clients.start();
            registerTicker(loop, timeSeries, network, end, progress);
        } else if (scenario.replay() != null) {
            replayed = new TraceClients(loop, network, edges, Routing.edgeWeights(edgeSpecs, Map.of()),
                    edgeSpecs.stream().map(CacheNodeSpec::locations).toList(), streams.stream("routing"),
                    scenario.clients());
            registerTicker(loop, timeSeries, network, end, progress);
            try (RequestSource source = scenario.replay().opener().open()) {
                replayed.replay(source);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            end[0] = (replayed.lastTime() / SECOND + 1) * SECOND;
        } else {
            viewers = scenario.live() != null
                    ? liveViewers(scenario, loop, network, (LiveChannel) catalog, wiring, edges, streams, sessions)
                    : vodViewers(scenario, loop, network, (VodCatalog) catalog, wiring, edges, streams, sessions);
            viewerSeconds[0] = 0;
            recordViewers(viewers, timeSeries, loop, warmupEnd, viewerSeconds);
            viewers.start();
            registerTicker(loop, timeSeries, network, end, progress);
        }
        loop.run();
        fault.inject(network, viewers);
        RunResult result = collect(scenario, replication, end[0], wiring, timeSeries,
                clients != null ? clients.stats() : replayed != null ? replayed.stats() : null,
                viewers == null ? null : qoe(List.of(viewers)), loop.now(), loop.executed(), viewerSeconds[0]);
        Conservation.check(network, wiring.nodeIds(), tierNames(scenario), result.clients(), result.qoe(),
                network.requests().live());
        return result;
    }

    /**
     * A live event or a catalog on a network that splits into partitions: one loop, network and set of viewers per
     * partition, run side by side in windows by a {@link PartitionedRun}.
     */
    private static RunResult runPartitioned(Scenario scenario, int replication, RandomStreams streams,
                                            Catalog catalog, TimeSeries timeSeries, Session.Sink sessions,
                                            Progress progress, Fault fault, EventLoop loop, Partitioning parts,
                                            int threads) {
        long duration = scenario.run().duration();
        long warmupEnd = scenario.run().warmup();
        int n = parts.count();
        EventLoop[] loops = new EventLoop[n];
        TimeSeries[] counts = new TimeSeries[n];
        for (int p = 0; p < n; p++) {
            loops[p] = p == 0 ? loop : loop.sibling(p);
            counts[p] = new TimeSeries(tierNames(scenario), extraColumns(scenario), 0, TimeSeries.Sink.NONE);
        }
        Wiring wiring = Wiring.build(scenario.topology(), scenario.cacheControl(), loops, catalog, counts, streams,
                warmupEnd, scenario.headerBytes(), parts);
        List<CacheNodeSpec> edgeSpecs = scenario.topology().edge().nodes();
        int[] edges = wiring.edgeNodes().stream().mapToInt(Integer::intValue).toArray();
        LiveSpec live = scenario.live();
        VodSpec vod = scenario.vod();
        Audience audience = live != null ? live.audience() : vod.audience();
        PlayerSettings player = live != null ? live.player() : vod.player();
        ViewerFactory factory = new ViewerFactory(audience, scenario.topology().regions(), edgeSpecs, edges,
                wiring.nodeIds(), live != null ? live.ladder() : vod.ladder(), streams.stream("viewers"));
        Joins joins;
        int viewersInAll;
        if (live != null) {
            joins = new JoinTimes(audience.arrival(), audience.viewers(), streams.stream("joins"), duration);
            viewersInAll = audience.viewers();
        } else {
            if (vod.prePosition() != null) {
                prePosition(vod.prePosition(), scenario.topology(), wiring, (VodCatalog) catalog);
            }
            joins = new VodJoins(new JoinTimes(audience.arrival(), audience.viewers(), streams.stream("joins"),
                    duration), vod.titles(), vod.alpha(), vod.releases(), streams.stream("titles"),
                    streams.stream("releases"), duration);
            viewersInAll = (int) vod.totalViewers();
        }
        double[] edgeShare = Routing.edgeWeights(edgeSpecs, audience.regions());
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
            int capacity = (int) Math.min(viewersInAll, Math.ceil(viewersInAll * load[p] * 1.1) + 64);
            viewers[p] = new Viewers(loops[p], wiring.networks().get(p), new ViewerSetup((Lineup) catalog, audience,
                    player, live != null ? live.urls() : vod.urls(), AbrRules.named(player.abr(), player.safety()),
                    factory, duration), Joins.nobody(), capacity, streams.stream("bandwidth"), list::add);
            viewers[p].start();
        }
        PartitionedRun run = new PartitionedRun(loops, wiring.networks(), viewers, counts, timeSeries, ended,
                sessions, factory, joins, parts.partitions(), parts.lookahead(), duration, progress);
        long[] viewerSeconds = {0};
        timeSeries.setExtra((row, offset) -> {
            long[] t = run.viewerTotals();
            if (run.lastTick() > warmupEnd) {
                viewerSeconds[0] += t[1];
            }
            row[offset] = t[0];
            row[offset + 1] = t[1];
            row[offset + 2] = t[2];
            row[offset + 3] = t[1] == 0 ? 0 : t[3] / t[1] / 1000;
        });
        run.run(threads, load);
        if (loop.keepsFingerprint()) {
            for (int p = 1; p < n; p++) {
                loop.absorbFingerprint(loops[p]);
            }
        }
        fault.inject(wiring.network(), viewers[0]);
        RunResult result = collect(scenario, replication, duration, wiring, timeSeries, null,
                qoe(Arrays.asList(viewers)), run.endTime(), run.events(), viewerSeconds[0]);
        Conservation.check(wiring.network(), wiring.nodeIds(), tierNames(scenario), null, result.qoe(), run.live());
        return result;
    }

    /** @return the sessions' QoE of one or more sets of viewers of the same run, by region and device */
    private static QoeResult qoe(List<Viewers> parts) {
        ViewerFactory f = parts.get(0).factory();
        List<QoeStats> groups = new ArrayList<>();
        QoeStats all = new QoeStats();
        int joined = 0;
        for (Viewers v : parts) {
            joined += v.joined();
        }
        for (int r = 0; r < f.regionNames().size(); r++) {
            for (int d = 0; d < f.deviceNames().size(); d++) {
                QoeStats group = new QoeStats();
                for (Viewers v : parts) {
                    group.add(v.qoe(r, d));
                }
                groups.add(group);
                all.add(group);
            }
        }
        return new QoeResult(f.regionNames(), f.deviceNames(), groups, all, joined);
    }

    private static Catalog catalog(Scenario scenario, RandomStreams streams) {
        LiveSpec live = scenario.live();
        if (live != null) {
            return new LiveChannel(0, live.segmentDuration(), -live.dvrWindow(), live.dvrWindow(), live.ladder(),
                    live.sizeVariation(), streams.stream("segment-sizes").nextLong(),
                    (int) (live.keyRotation() / live.segmentDuration()));
        }
        if (scenario.replay() != null) {
            return new TraceCatalog(ObjectKind.MEDIA_SEGMENT);
        }
        VodSpec vod = scenario.vod();
        if (vod != null) {
            long segment = vod.segmentDuration();
            int[] segments = new int[vod.titles() + vod.releases().size()];
            UniformRandomProvider lengths = streams.stream("title-lengths");
            ContinuousSampler gaussian = ZigguratSampler.NormalizedGaussian.of(lengths);
            for (int t = 0; t < vod.titles(); t++) {
                segments[t] = segmentsOf(Math.round(ViewerFactory.sample(vod.length(), lengths, gaussian)), segment);
            }
            for (int k = 0; k < vod.releases().size(); k++) {
                segments[vod.titles() + k] = segmentsOf(vod.releases().get(k).length(), segment);
            }
            return new VodCatalog(segment, vod.ladder(), segments, vod.sizeVariation(),
                    streams.stream("segment-sizes").nextLong(), (int) (vod.keyRotation() / segment));
        }
        return new FixedCatalog(scenario.workload().kind(), sizes(scenario.workload(),
                streams.stream("object-sizes")));
    }

    private static int segmentsOf(long length, long segment) {
        return (int) Math.max(1, Math.min(Integer.MAX_VALUE, (length + segment - 1) / segment));
    }

    private static Viewers liveViewers(Scenario scenario, EventLoop loop, Network network, LiveChannel channel,
                                       Wiring wiring, int[] edges, RandomStreams streams, Session.Sink sessions) {
        LiveSpec live = scenario.live();
        long duration = scenario.run().duration();
        ViewerFactory factory = new ViewerFactory(live.audience(), scenario.topology().regions(),
                scenario.topology().edge().nodes(), edges, wiring.nodeIds(), live.ladder(), streams.stream("viewers"));
        return new Viewers(loop, network, new ViewerSetup(channel, live.audience(), live.player(), live.urls(),
                AbrRules.named(live.player().abr(), live.player().safety()), factory, duration),
                new JoinTimes(live.audience().arrival(), live.audience().viewers(), streams.stream("joins"),
                        duration),
                live.audience().viewers(), streams.stream("bandwidth"), sessions);
    }

    private static Viewers vodViewers(Scenario scenario, EventLoop loop, Network network, VodCatalog catalog,
                                      Wiring wiring, int[] edges, RandomStreams streams, Session.Sink sessions) {
        VodSpec vod = scenario.vod();
        long duration = scenario.run().duration();
        if (vod.prePosition() != null) {
            prePosition(vod.prePosition(), scenario.topology(), wiring, catalog);
        }
        ViewerFactory factory = new ViewerFactory(vod.audience(), scenario.topology().regions(),
                scenario.topology().edge().nodes(), edges, wiring.nodeIds(), vod.ladder(), streams.stream("viewers"));
        JoinTimes base = new JoinTimes(vod.audience().arrival(), vod.audience().viewers(), streams.stream("joins"),
                duration);
        return new Viewers(loop, network, new ViewerSetup(catalog, vod.audience(), vod.player(), vod.urls(),
                AbrRules.named(vod.player().abr(), vod.player().safety()), factory, duration),
                new VodJoins(base, vod.titles(), vod.alpha(), vod.releases(), streams.stream("titles"),
                        streams.stream("releases"), duration),
                (int) vod.totalViewers(), streams.stream("bandwidth"), sessions);
    }

    /**
     * Fills every node of the chosen tiers with the most popular titles, in order of popularity (master manifest,
     * then per rendition the playlist, the init segment and the segments), as far as they fit: nothing is evicted.
     */
    private static void prePosition(VodSpec.PrePosition pre, Topology topology, Wiring wiring, VodCatalog catalog) {
        Network network = wiring.network();
        for (int n = 0; n < network.nodeCount(); n++) {
            CacheNode node = network.cache(n);
            if (node == null || !pre.tiers().contains(topology.tiers().get(network.tierOf(n)).name())) {
                continue;
            }
            fill:
            for (int t = 0; t < Math.min(pre.titles(), catalog.titles()); t++) {
                if (!node.preload(catalog.master(t))) {
                    break;
                }
                for (int r = 0; r < catalog.ladder().size(); r++) {
                    if (!node.preload(catalog.playlist(t, r)) || !node.preload(catalog.init(t, r))) {
                        break fill;
                    }
                    for (int i = 0; i < catalog.segments(t); i++) {
                        if (!node.preload(catalog.segment(t, r, i))) {
                            break fill;
                        }
                    }
                }
            }
        }
    }

    /**
     * The viewers' own time-series columns: watching, playing, stalled, average bitrate being played; and the
     * viewer-seconds played after the warm-up, for the bill's $/viewer-hour.
     */
    private static void recordViewers(Viewers viewers, TimeSeries timeSeries, EventLoop loop, long warmupEnd,
                                      long[] viewerSeconds) {
        timeSeries.setExtra((row, offset) -> {
            AudienceCount count = viewers.count();
            if (loop.now() > warmupEnd) {
                viewerSeconds[0] += count.playing();
            }
            row[offset] = count.watching();
            row[offset + 1] = count.playing();
            row[offset + 2] = count.stalled();
            row[offset + 3] = count.playing() == 0 ? 0 : count.bitrates() / count.playing() / 1000;
        });
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
        return scenario.live() == null && scenario.vod() == null ? List.of() : LIVE_COLUMNS;
    }

    /**
     * @param scenario a scenario
     * @return every column of its time series
     */
    public static List<String> seriesColumns(Scenario scenario) {
        return TimeSeries.columns(tierNames(scenario), extraColumns(scenario));
    }

    /**
     * Closes a time-series row every simulated second until arrivals have ended ({@code end[0]}, which a replay
     * learns only when its log ends) and every request has drained.
     */
    private static void registerTicker(EventLoop loop, TimeSeries timeSeries, Network network, long[] end,
                                       Progress progress) {
        int[] target = new int[1];
        target[0] = loop.register((kind, arg) -> {
            timeSeries.closeSecond();
            progress.update(loop.now(), end[0], loop.executed());
            if (loop.now() < end[0] || network.requests().live() > 0) {
                loop.schedule(loop.now() + SECOND, target[0], 0, 0);
            }
        });
        loop.schedule(SECOND, target[0], 0, 0);
    }

    private static RunResult collect(Scenario scenario, int replication, long duration, Wiring wiring,
                                     TimeSeries timeSeries, ClientStats clients, QoeResult qoe, long endTime,
                                     long events, long viewerSeconds) {
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
        Map<String, Long> edgeBytes = new TreeMap<>();
        List<CacheNodeSpec> edgeSpecs = specs.get(0).nodes();
        for (int i = 0; i < edgeSpecs.size(); i++) {
            edgeBytes.merge(edgeSpecs.get(i).region(), network.stats(wiring.edgeNodes().get(i)).bytesOut(), Long::sum);
        }
        Usage usage = new Usage(edgeBytes, timeSeries.windowBytes(0), timeSeries.windowBytes(specs.size()),
                viewerSeconds);
        return new RunResult(scenario.name(), replication, scenario.seed(), duration,
                scenario.run().warmup(), endTime, events, tiers, clients, qoe, usage);
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
