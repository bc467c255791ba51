package io.cdnsim.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cdnsim.content.ObjectKind;
import io.cdnsim.cost.Bill;
import io.cdnsim.cost.Component;
import io.cdnsim.cost.CostSpec;
import io.cdnsim.cost.PriceSheet;
import io.cdnsim.metrics.NodeStats;
import io.cdnsim.model.Replay;
import io.cdnsim.metrics.Outcome;
import io.cdnsim.metrics.UpstreamReason;
import io.cdnsim.model.Scenario;
import io.cdnsim.player.QoeStats;
import io.cdnsim.run.Billing;
import io.cdnsim.run.CdnResult;
import io.cdnsim.run.RunResult;
import io.cdnsim.run.TierResult;
import io.cdnsim.stats.ConfidenceInterval;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import org.HdrHistogram.Histogram;

/**
 * Writes {@code summary.json}: the scenario, each replication's figures per tier, the origin, the viewers, and the
 * key figures with 95 % Student-t confidence intervals across replications. Field order is fixed; numbers that are
 * undefined (a ratio of nothing) are written as null.
 */
public final class SummaryJson {

    /**
     * Version of the file's layout; bumped when a field changes meaning or disappears. 2: {@code stale} counts
     * stale-while-revalidate answers only, a stale copy served after a failed fetch is {@code fallback} (1 counted both
     * as stale).
     */
    public static final int SCHEMA_VERSION = 2;

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);

    private SummaryJson() {
    }

    /**
     * @param scenario the scenario
     * @param runs     its replications, in order
     * @return the summary as a JSON tree
     */
    public static ObjectNode build(Scenario scenario, List<RunResult> runs) {
        ObjectNode root = JSON.createObjectNode();
        root.put("schemaVersion", SCHEMA_VERSION);
        ObjectNode sc = root.putObject("scenario");
        sc.put("name", scenario.name());
        sc.put("description", scenario.description());
        sc.put("topology", scenario.topology().name());
        sc.put("seed", scenario.seed());
        sc.put("durationSeconds", runs.get(0).duration() / 1e6);
        if (scenario.demand() instanceof Replay log) {
            ObjectNode replay = sc.putObject("replay");
            replay.put("trace", log.trace());
            replay.put("format", log.format());
        }
        sc.put("warmupSeconds", scenario.run().warmup() / 1e6);
        sc.put("replications", scenario.run().replications());

        ObjectNode estimates = root.putObject("estimates");
        for (Map.Entry<String, ToDoubleFunction<RunResult>> m : Metrics.keyFigures(runs.get(0)).entrySet()) {
            double[] values = runs.stream().mapToDouble(m.getValue()).toArray();
            ConfidenceInterval ci = ConfidenceInterval.of(values, 0.95);
            ObjectNode e = estimates.putObject(m.getKey());
            number(e, "mean", ci.mean());
            number(e, "halfWidth95", ci.halfWidth());
            number(e, "low95", ci.low());
            number(e, "high95", ci.high());
            e.put("n", ci.n());
        }

        if (scenario.cost() != null) {
            cost(root.putObject("cost"), scenario.cost(), runs.get(0));
        }
        ArrayNode reps = root.putArray("runs");
        for (RunResult r : runs) {
            ObjectNode n = run(scenario, r);
            UsageJson.put(n.putObject("usage"), Billing.measured(scenario, r));
            if (scenario.cost() != null) {
                bill(n.putObject("cost"), Billing.bill(scenario, r));
            }
            reps.add(n);
        }
        return root;
    }

    /**
     * Writes the summary.
     *
     * @param scenario the scenario
     * @param runs     its replications
     * @param file     target file
     * @throws IOException if it cannot be written
     */
    public static void write(Scenario scenario, List<RunResult> runs, Path file) throws IOException {
        JSON.writeValue(file.toFile(), build(scenario, runs));
    }

    private static ObjectNode run(Scenario scenario, RunResult r) {
        ObjectNode n = JSON.createObjectNode();
        n.put("replication", r.replication());
        n.put("measuredSeconds", r.measuredSeconds());
        n.put("endTimeSeconds", r.endTime() / 1e6);
        n.put("events", r.events());
        ArrayNode tiers = n.putArray("tiers");
        for (TierResult t : r.tiers()) {
            tiers.add(tier(t, r.measuredSeconds()));
        }
        TierResult o = r.origin();
        ObjectNode origin = n.putObject("origin");
        origin.put("requests", o.requests());
        number(origin, "requestsPerSecond", o.requests() / r.measuredSeconds());
        origin.put("peakRequestsPerSecond", o.peakRequestsPerSecond());
        origin.put("egressBytes", o.stats().bytesOut());
        number(origin, "peakGbitPerSecond", Metrics.gbit(o));
        origin.put("errors", o.stats().outcomes(Outcome.ERROR));
        OriginLoad.json(origin, scenario, r);
        percentiles(origin.putObject("queueWaitMs"), o.stats().queueWait());
        ObjectNode e2e = n.putObject("endToEnd");
        number(e2e, "offload", r.offload());
        e2e.put("bytesToViewers", r.edge().stats().bytesOut());
        e2e.put("bytesFromOrigin", o.stats().bytesOut());
        ReleaseReport.json(n, scenario, r);
        if (r.clients() != null) {
            ObjectNode viewers = n.putObject("viewers");
            viewers.put("requests", r.clients().requests());
            viewers.put("errors", r.clients().errors());
            viewers.put("bytes", r.clients().bytes());
            percentiles(viewers.putObject("timeToFirstByteMs"), r.clients().timeToFirstByte());
            percentiles(viewers.putObject("downloadTimeMs"), r.clients().downloadTime());
        }
        if (r.qoe() != null) {
            ObjectNode q = n.putObject("qoe");
            q.put("viewersJoined", r.qoe().joined());
            qoe(q.putObject("all"), r.qoe().total());
            ObjectNode regions = q.putObject("byRegion");
            for (int i = 0; i < r.qoe().regions().size(); i++) {
                if (r.qoe().region(i).sessions() > 0) {
                    qoe(regions.putObject(r.qoe().regions().get(i)), r.qoe().region(i));
                }
            }
            ObjectNode devices = q.putObject("byDevice");
            for (int i = 0; i < r.qoe().devices().size(); i++) {
                qoe(devices.putObject(r.qoe().devices().get(i)), r.qoe().device(i));
            }
        }
        for (CdnResult c : r.cdns()) {
            ObjectNode cn = n.withArray("cdns").addObject();
            cn.put("name", c.name());
            for (TierResult t : c.tiers()) {
                cn.withArray("tiers").add(tier(t, r.measuredSeconds()));
            }
            if (c.qoe() != null) {
                cn.put("viewers", c.viewers());
                qoe(cn.putObject("qoe"), c.qoe());
            }
            CdnJson.traffic(cn, c);
        }
        Links.json(n, r);
        FailureReport.json(n, r);
        SteeringReport.json(n, scenario, r);
        return n;
    }

    /** The cost rule: currency, projection, deployment facts and the sheets with their sources. */
    private static void cost(ObjectNode n, CostSpec spec, RunResult sample) {
        n.put("currency", "USD");
        n.put("monthDays", 30);
        ObjectNode projection = n.putObject("projection");
        projection.put("rule", "a projection, not a measurement: " + spec.projection().describe(sample.duration()
                - sample.warmup()));
        projection.put("measuredSeconds", sample.measuredSeconds());
        projection.put("repeatsPerMonth", spec.projection().repeatsPerMonth());
        projection.put("baselineBytes", spec.projection().baselineBytes());
        n.put("httpsShare", Format.plain(spec.httpsShare()));
        n.put("originInCdnCloud", spec.originInCdnCloud());
        n.put("shieldTier", spec.shieldTier());
        ArrayNode sheets = n.putArray("sheets");
        for (PriceSheet sheet : spec.prices().sheets()) {
            CdnJson.sheet(sheets.addObject(), sheet);
        }
        CdnJson.sheets(n, spec);
    }

    /** One replication's bill for the month. */
    private static void bill(ObjectNode n, Bill bill) {
        BillJson.put(n, bill);
    }

    private static ObjectNode tier(TierResult t, double seconds) {
        NodeStats s = t.stats();
        ObjectNode n = JSON.createObjectNode();
        n.put("name", t.name());
        n.put("nodes", t.nodes());
        n.put("requests", t.requests());
        number(n, "requestsPerSecond", t.requests() / seconds);
        n.put("peakRequestsPerSecond", t.peakRequestsPerSecond());
        ObjectNode outcomes = n.putObject("outcomes");
        for (Outcome o : Outcome.values()) {
            outcomes.put(o.label(), s.outcomes(o));
        }
        if (!t.isOrigin()) {
            number(n, "requestHitRatio", t.hitRatio());
            number(n, "byteHitRatio", t.byteHitRatio());
        }
        n.put("bytesOut", s.bytesOut());
        n.put("bytesFromUpstream", s.upstreamBytes());
        n.put("upstreamRequests", s.upstreamRequests());
        ObjectNode reasons = n.putObject("upstreamReasons");
        for (UpstreamReason u : UpstreamReason.values()) {
            if (u != UpstreamReason.PREFETCH || s.upstreamRequests(u) > 0) {
                reasons.put(u.label(), s.upstreamRequests(u));
            }
        }
        n.put("upstreamFailed", s.upstreamFailed());
        n.put("conditionalRequests", s.conditionalRequests());
        ObjectNode collapsing = n.putObject("collapsing");
        collapsing.put("collapsed", s.outcomes(Outcome.COLLAPSED));
        collapsing.put("peakWaitingQueue", s.peakWaiters());
        collapsing.put("lockTimeouts", s.lockTimeouts());
        percentiles(collapsing.putObject("waitMs"), s.collapseWait());
        percentiles(n.putObject("responseTimeMs"), s.responseTime());
        if (!t.isOrigin()) {
            n.put("storedBytes", t.storedBytes());
            n.put("capacityBytes", t.capacityBytes());
            n.put("evictions", t.evictions());
        }
        ObjectNode kinds = n.putObject("byKind");
        for (ObjectKind k : ObjectKind.values()) {
            if (s.requests(k) == 0) {
                continue;
            }
            ObjectNode kn = kinds.putObject(k.label());
            kn.put("requests", s.requests(k));
            long bytes = 0;
            for (Outcome o : Outcome.values()) {
                kn.put(o.label(), s.outcomes(k, o));
                bytes += s.bytesOut(k, o);
            }
            kn.put("bytesOut", bytes);
        }
        return n;
    }

    private static void qoe(ObjectNode n, QoeStats q) {
        n.put("sessions", q.sessions());
        n.put("joinFailures", q.joinFailures());
        number(n, "joinFailureRate", q.joinFailureRate());
        ObjectNode startup = n.putObject("startupMs");
        if (q.startup().getTotalCount() == 0) {
            startup.putNull("p50");
            startup.putNull("p95");
            startup.putNull("p99");
        } else {
            startup.put("p50", q.startup().getValueAtPercentile(50) / 1000.0);
            startup.put("p95", q.startup().getValueAtPercentile(95) / 1000.0);
            startup.put("p99", q.startup().getValueAtPercentile(99) / 1000.0);
        }
        number(n, "rebufferRatio", q.rebufferRatio());
        n.put("rebufferEvents", q.stalls());
        n.put("sessionsWithRebuffering", q.sessionsWithStalls());
        number(n, "averageBitrateKbps", q.averageBitrate() / 1000);
        n.put("switches", q.switches());
        number(n, "switchesPerSession", q.sessions() == 0 ? Double.NaN : (double) q.switches() / q.sessions());
        n.put("playedSeconds", q.playedTime() / 1e6);
        n.put("errors", q.errors());
        if (q.liveLatency().getTotalCount() > 0) {
            ObjectNode latency = n.putObject("liveLatencyMs");
            latency.put("p50", q.liveLatency().getValueAtPercentile(50) / 1000.0);
            latency.put("p95", q.liveLatency().getValueAtPercentile(95) / 1000.0);
            latency.put("p99", q.liveLatency().getValueAtPercentile(99) / 1000.0);
        }
    }

    private static void percentiles(ObjectNode n, Histogram h) {
        if (h.getTotalCount() == 0) {
            n.putNull("p50");
            n.putNull("p95");
            n.putNull("p99");
            n.putNull("max");
            return;
        }
        n.put("p50", h.getValueAtPercentile(50) / 1000.0);
        n.put("p95", h.getValueAtPercentile(95) / 1000.0);
        n.put("p99", h.getValueAtPercentile(99) / 1000.0);
        n.put("max", h.getMaxValue() / 1000.0);
    }

    private static void number(ObjectNode n, String field, double v) {
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            n.putNull(field);
        } else {
            n.put(field, v);
        }
    }
}
