package io.cdnsim.run;

import io.cdnsim.cache.ObjectStore;
import io.cdnsim.content.Catalog;
import io.cdnsim.content.FixedCatalog;
import io.cdnsim.content.LiveChannel;
import io.cdnsim.content.ObjectKind;
import io.cdnsim.content.TraceCatalog;
import io.cdnsim.content.VodCatalog;
import io.cdnsim.kernel.EventLoop;
import io.cdnsim.metrics.NodeStats;
import io.cdnsim.metrics.TimeSeries;
import io.cdnsim.model.CacheNodeSpec;
import io.cdnsim.model.LiveSpec;
import io.cdnsim.model.Scenario;
import io.cdnsim.model.SizeSpec;
import io.cdnsim.model.Tier;
import io.cdnsim.model.Topology;
import io.cdnsim.model.VodSpec;
import io.cdnsim.model.Workload;
import io.cdnsim.network.CacheNode;
import io.cdnsim.network.Network;
import io.cdnsim.network.Wiring;
import io.cdnsim.player.AbrRules;
import io.cdnsim.player.JoinTimes;
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
        return run(scenario, replication, series, sessions, progress, Fault.NONE, new EventLoop());
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
        run(scenario, replication, TimeSeries.Sink.NONE, Session.Sink.NONE, Progress.NONE, Fault.NONE, loop);
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
        return run(scenario, replication, TimeSeries.Sink.NONE, Session.Sink.NONE, Progress.NONE, Fault.NONE, loop);
    }

    /** Runs one replication with a fault planted before the conservation check (tests only). */
    static RunResult run(Scenario scenario, int replication, TimeSeries.Sink series, Session.Sink sessions,
                         Progress progress, Fault fault) {
        return run(scenario, replication, series, sessions, progress, fault, new EventLoop());
    }

    private static RunResult run(Scenario scenario, int replication, TimeSeries.Sink series, Session.Sink sessions,
                                 Progress progress, Fault fault, EventLoop loop) {
        RandomStreams streams = new RandomStreams(scenario.seed()).replication(replication);
        long duration = scenario.run().duration();
        long warmupEnd = scenario.run().warmup();
        Catalog catalog = catalog(scenario, streams);
        TimeSeries timeSeries = new TimeSeries(tierNames(scenario), extraColumns(scenario),
                (warmupEnd + SECOND - 1) / SECOND, series);
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
                clients != null ? clients.stats() : replayed != null ? replayed.stats() : null, viewers, loop,
                viewerSeconds[0]);
        Conservation.check(network, wiring.nodeIds(), tierNames(scenario), result.clients(), result.qoe());
        return result;
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
        return new Viewers(loop, network, channel, live.audience(), live.player(), live.urls(),
                AbrRules.named(live.player().abr(), live.player().safety()), factory,
                new JoinTimes(live.audience().arrival(), live.audience().viewers(), streams.stream("joins"),
                        duration),
                streams.stream("bandwidth"), sessions, duration);
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
        return new Viewers(loop, network, catalog, vod.audience(), (int) vod.totalViewers(), vod.player(), vod.urls(),
                AbrRules.named(vod.player().abr(), vod.player().safety()), factory,
                new VodJoins(base, vod.titles(), vod.alpha(), vod.releases(), streams.stream("titles"),
                        streams.stream("releases"), duration),
                streams.stream("bandwidth"), sessions, duration);
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
        long[] snapshot = new long[3];
        timeSeries.setExtra((row, offset) -> {
            viewers.snapshot(snapshot);
            if (loop.now() > warmupEnd) {
                viewerSeconds[0] += snapshot[1];
            }
            row[offset] = viewers.active();
            row[offset + 1] = snapshot[1];
            row[offset + 2] = snapshot[0];
            row[offset + 3] = snapshot[1] == 0 ? 0 : snapshot[2] / snapshot[1] / 1000;
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
                                     TimeSeries timeSeries, ClientStats clients, Viewers viewers,
                                     EventLoop loop, long viewerSeconds) {
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
        QoeResult qoe = null;
        if (viewers != null) {
            ViewerFactory f = viewers.factory();
            List<QoeStats> groups = new ArrayList<>();
            QoeStats all = new QoeStats();
            for (int r = 0; r < f.regionNames().size(); r++) {
                for (int d = 0; d < f.deviceNames().size(); d++) {
                    groups.add(viewers.qoe(r, d));
                    all.add(viewers.qoe(r, d));
                }
            }
            qoe = new QoeResult(f.regionNames(), f.deviceNames(), groups, all, viewers.joined());
        }
        Map<String, Long> edgeBytes = new TreeMap<>();
        List<CacheNodeSpec> edgeSpecs = specs.get(0).nodes();
        for (int i = 0; i < edgeSpecs.size(); i++) {
            edgeBytes.merge(edgeSpecs.get(i).region(), network.stats(wiring.edgeNodes().get(i)).bytesOut(), Long::sum);
        }
        Usage usage = new Usage(edgeBytes, timeSeries.windowBytes(0), timeSeries.windowBytes(specs.size()),
                viewerSeconds);
        return new RunResult(scenario.name(), replication, scenario.seed(), duration,
                scenario.run().warmup(), loop.now(), loop.executed(), tiers, clients, qoe, usage);
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
