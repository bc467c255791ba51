package io.cdnsim.run;

import io.cdnsim.bandwidth.LinkFigures;
import io.cdnsim.bandwidth.LinkPlan;
import io.cdnsim.cache.ObjectStore;
import io.cdnsim.metrics.NodeStats;
import io.cdnsim.metrics.TimeSeries;
import io.cdnsim.model.CacheNodeSpec;
import io.cdnsim.model.Cdn;
import io.cdnsim.model.Scenario;
import io.cdnsim.model.Tier;
import io.cdnsim.model.Topology;
import io.cdnsim.network.CacheNode;
import io.cdnsim.network.Network;
import io.cdnsim.network.Wiring;
import io.cdnsim.player.QoeStats;
import io.cdnsim.player.ViewerFactory;
import io.cdnsim.player.Viewers;
import io.cdnsim.workload.ClientStats;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.IntPredicate;
import java.util.stream.Collectors;

/** Gathers what a finished replication measured into its {@link RunResult}: per tier, per region, per viewer group. */
final class Results {

    private Results() {
    }

    /**
     * @param scenario      the scenario
     * @param replication   replication index
     * @param duration      when arrivals ended, microseconds
     * @param wiring        the run's network
     * @param timeSeries    the run's time series
     * @param clients       what a synthetic stream's or a replay's clients measured, or null for viewers
     * @param qoe           the viewers' experience, or null for requests without players
     * @param endTime       time of the last event, microseconds
     * @param events        events executed
     * @param viewerSeconds viewer-seconds played after the warm-up (-1 without viewers)
     * @param windows       the failures' windows of the time series, or null for a run without failures
     * @return the result
     */
    static RunResult collect(Scenario scenario, int replication, long duration, Wiring wiring,
                             TimeSeries timeSeries, ClientStats clients, QoeResult qoe, long endTime,
                             long events, long viewerSeconds, FailureWindows windows) {
        Network network = wiring.network();
        List<TierResult> tiers = new ArrayList<>();
        List<Tier> specs = scenario.topology().tiers();
        for (int t = 0; t <= specs.size(); t++) {
            int tier = t;
            tiers.add(tier(t < specs.size() ? specs.get(t).name() : "origin", t == specs.size(),
                    timeSeries.peakRequestsPerSecond(t), timeSeries.peakBytesPerSecond(t), network,
                    n -> network.tierOf(n) == tier));
        }
        Map<String, Long> edgeBytes = new TreeMap<>();
        List<CacheNodeSpec> edgeSpecs = specs.get(0).nodes();
        for (int i = 0; i < edgeSpecs.size(); i++) {
            edgeBytes.merge(edgeSpecs.get(i).region(), network.stats(wiring.edgeNodes().get(i)).bytesOut(), Long::sum);
        }
        Usage usage = new Usage(edgeBytes, timeSeries.windowBytes(0), timeSeries.windowBytes(specs.size()),
                viewerSeconds);
        List<FailureResult> failures = windows == null ? List.of()
                : windows.results(Simulation.tierNames(scenario), edgeSpecs.stream().map(CacheNodeSpec::id)
                        .collect(Collectors.toSet()), wiring.failureCounts());
        return new RunResult(scenario.name(), replication, scenario.seed(), duration,
                scenario.run().warmup(), endTime, events, tiers, clients, qoe, usage, failures,
                nodes(scenario, wiring), List.of(), List.of(), SteeringResult.NONE);
    }

    /** @return what the viewers' content steering did, added up over the partitions */
    static SteeringResult steering(List<Viewers> parts) {
        long[] sum = new long[3];
        for (Viewers v : parts) {
            long[] counts = v.steeringCounts();
            for (int i = 0; i < sum.length; i++) {
                sum[i] += counts[i];
            }
        }
        return new SteeringResult(sum[0], sum[1], sum[2]);
    }

    /**
     * @param scenario the scenario
     * @param wiring   the run's network
     * @param parts    the viewers of each partition, or empty for a run without players
     * @param series   the run's time series, with each CDN's tiers counted per second
     * @return each CDN's tiers (its nodes of each tier added up, with their peaks), its viewers' QoE and its edges'
     *         traffic (by region, per second, per five-minute window); empty for one CDN
     */
    static List<CdnResult> cdns(Scenario scenario, Wiring wiring, List<Viewers> parts, TimeSeries series) {
        Network network = wiring.network();
        List<CdnResult> cdns = new ArrayList<>();
        List<Cdn> specs = scenario.topology().cdns();
        for (int c = 0; c < specs.size(); c++) {
            Cdn cdn = specs.get(c);
            List<TierResult> tiers = new ArrayList<>();
            int first = Simulation.firstLane(scenario, c);
            for (int t = 0; t < cdn.tiers().size(); t++) {
                int tier = t;
                tiers.add(tier(cdn.tiers().get(t), false, series.peakLaneRequestsPerSecond(first + t),
                        series.peakLaneBytesPerSecond(first + t), network,
                        n -> network.tierOf(n) == tier && cdn.nodes().contains(wiring.nodeIds().get(n))));
            }
            Map<String, Long> regions = new TreeMap<>();
            List<CacheNodeSpec> edgeSpecs = scenario.topology().tiers().get(0).nodes();
            for (int i = 0; i < edgeSpecs.size(); i++) {
                if (cdn.nodes().contains(edgeSpecs.get(i).id())) {
                    regions.merge(edgeSpecs.get(i).region(), network.stats(wiring.edgeNodes().get(i)).bytesOut(),
                            Long::sum);
                }
            }
            QoeStats qoe = null;
            if (!parts.isEmpty()) {
                qoe = new QoeStats();
                for (Viewers v : parts) {
                    qoe.add(v.qoeOfCdn(c));
                }
            }
            cdns.add(new CdnResult(cdn.name(), tiers, qoe, CdnResult.percentile95(series.laneSecondBytes(first)),
                    regions, series.laneWindowBytes(first)));
        }
        return cdns;
    }

    /** @return the figures of the nodes {@code member} picks, added up */
    private static TierResult tier(String name, boolean isOrigin, long peakRequests, long peakBytes, Network network,
                                   IntPredicate member) {
        NodeStats total = new NodeStats();
        int nodes = 0;
        long stored = 0;
        long capacity = 0;
        long evictions = 0;
        for (int n = 0; n < network.nodeCount(); n++) {
            if (!member.test(n)) {
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
        return new TierResult(name, nodes, isOrigin, total, peakRequests, peakBytes, stored, capacity, evictions);
    }

    /** @return each node's own figures, in node order */
    private static List<NodeResult> nodes(Scenario scenario, Wiring wiring) {
        Network network = wiring.network();
        List<Tier> specs = scenario.topology().tiers();
        List<NodeResult> nodes = new ArrayList<>();
        int n = 0;
        Topology topology = scenario.topology();
        for (int t = 0; t < specs.size(); t++) {
            for (CacheNodeSpec spec : specs.get(t).nodes()) {
                int c = topology.cdnOf(spec.id());
                String tier = c < 0 ? specs.get(t).name() : topology.cdns().get(c).tiers().get(t);
                nodes.add(new NodeResult(spec.id(), tier, spec.region(), c < 0 ? "" : topology.cdns().get(c).name(),
                        alone(tier, network, n++)));
            }
        }
        for (; n < network.nodeCount(); n++) {
            nodes.add(new NodeResult(wiring.nodeIds().get(n), "origin", "", "", alone("origin", network, n)));
        }
        return nodes;
    }

    /** @return a node's statistics as a tier of one */
    private static TierResult alone(String tier, Network network, int node) {
        NodeStats own = new NodeStats();
        own.add(network.stats(node));
        ObjectStore store = network.cache(node) == null ? null : network.cache(node).store();
        return new TierResult(tier, 1, network.parentOf(node) < 0, own, 0, 0, store == null ? 0 : store.usedBytes(),
                store == null ? 0 : store.capacityBytes(), store == null ? 0 : store.evictions());
    }

    /**
     * @param parts the viewers of each partition of a run
     * @param owner the partition whose viewers cross each link (a link's edge, or its region's edges, lie in one)
     * @return what each link carried, taken from the partition that holds it (the others carried nothing over it)
     */
    static List<LinkResult> links(List<Viewers> parts, int[] owner) {
        LinkPlan plan = parts.get(0).downloads().plan();
        List<LinkResult> links = new ArrayList<>();
        for (int l = 0; l < plan.count(); l++) {
            LinkFigures f = parts.get(owner[l]).downloads().figures(l);
            links.add(new LinkResult(plan.name(l), plan.isPeering(l), f));
        }
        return links;
    }

    /** @return the sessions' QoE of one or more sets of viewers of the same run, by region and device */
    static QoeResult qoe(List<Viewers> parts) {
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
}
