package io.cdnsim.report;

import io.cdnsim.content.ObjectKind;
import io.cdnsim.cost.CostSpec;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import org.HdrHistogram.Histogram;

/**
 * The console summary (R1): a per-tier table (and, when it does not explain the upstream requests, their reasons),
 * the origin, end-to-end offload, the viewers' latency or experience, and with a cost section the month's bill.
 */
public final class ConsoleSummary {

    /** A row of the tier table. */
    private static final String ROW = "%-10s %5s %13s %11s %12s %11s %9s %9s %10s %11s %9s %9s %9s %11s%n";
    /** A row of the upstream table. */
    private static final String UPSTREAM = "%-10s %13s %12s %11s %11s %9s %13s %12s%n";

    private ConsoleSummary() {
    }

    /**
     * @param scenario the scenario
     * @param runs     its replications (the table shows the first; key figures get intervals when there are more)
     * @return the summary text, lines separated by '\n'
     */
    public static String render(Scenario scenario, List<RunResult> runs) {
        RunResult r = runs.get(0);
        StringBuilder b = new StringBuilder();
        b.append(String.format(Locale.ROOT, "Scenario %s on topology %s: seed %d, %s measured after %s warm-up, "
                        + "%d replication%s%n", scenario.name(), scenario.topology().name(), scenario.seed(),
                seconds(r.measuredSeconds()), seconds(r.warmup() / 1e6), runs.size(), runs.size() == 1 ? "" : "s"));
        if (runs.size() > 1) {
            b.append("Table: replication 0; key figures below with 95 % confidence intervals.\n");
        }
        b.append('\n');
        String head = String.format(Locale.ROOT, ROW, "tier", "nodes", "requests", "req/s", "hit", "collapsed",
                "refresh", "stale", "fallback", "miss", "error", "CHR", "byte HR", "bytes out");
        b.append(head);
        b.append("-".repeat(head.length() - 1)).append('\n');
        for (TierResult t : r.tiers()) {
            tierRow(b, t.name(), t, r);
        }
        b.append("(at the origin, 'hit' counts requests it served from its own storage)\n\n");
        upstream(b, r);
        cdns(b, r, head);
        SteeringReport.console(b, scenario, r);

        TierResult o = r.origin();
        b.append(String.format(Locale.ROOT, "Origin:      %s requests, %s/s on average, peak %s/s; egress %s, "
                        + "peak %s Gbit/s; %s errors%n", Format.count(o.requests()),
                Format.rate(o.requests() / r.measuredSeconds()), Format.count(o.peakRequestsPerSecond()),
                Format.bytes(o.stats().bytesOut()), String.format(Locale.ROOT, "%.3f", Metrics.gbit(o)),
                Format.count(o.stats().outcomes(Outcome.ERROR))));
        originByKind(b, r);
        OriginLoad.console(b, scenario, r);
        ReleaseReport.console(b, scenario, r);
        b.append(String.format(Locale.ROOT, "Offload:     %s of the bytes served to viewers did not come from the "
                + "origin (%s of %s)%n", Format.percent(r.offload()), Format.bytes(r.edge().stats().bytesOut()
                - o.stats().bytesOut()), Format.bytes(r.edge().stats().bytesOut())));
        Histogram ttfb = r.clients() == null ? null : r.clients().timeToFirstByte();
        if (ttfb != null && ttfb.getTotalCount() > 0) {
            b.append(String.format(Locale.ROOT, "Viewers:     time to first byte p50 %s, p95 %s, p99 %s; "
                            + "%s requests, %s errors%n", Format.millis(ttfb.getValueAtPercentile(50)),
                    Format.millis(ttfb.getValueAtPercentile(95)), Format.millis(ttfb.getValueAtPercentile(99)),
                    Format.count(r.clients().requests()), Format.count(r.clients().errors())));
        }
        if (r.clients() != null && scenario.demand() instanceof Replay && scenario.topology().edge().nodes().stream()
                .anyMatch(n -> !n.locations().isEmpty())) {
            long issued = r.clients().issued();
            b.append(String.format(Locale.ROOT, "Routing:     %s of %s logged requests (%s) went to the edge node "
                            + "claiming their location; the others by weight%n", Format.count(r.clients().located()),
                    Format.count(issued), Format.percent(issued == 0 ? 0 : (double) r.clients().located() / issued)));
        }
        Links.console(b, r);
        if (r.qoe() != null) {
            qoe(b, r);
        }
        FailureReport.console(b, r);
        if (scenario.cost() != null) {
            bill(b, scenario, r);
        }
        if (runs.size() > 1) {
            b.append("\nKey figures over ").append(runs.size()).append(" replications (mean +- 95 % half-width):\n");
            for (Map.Entry<String, ToDoubleFunction<RunResult>> m : Metrics.keyFigures(r).entrySet()) {
                ConfidenceInterval ci = ConfidenceInterval.of(runs.stream().mapToDouble(m.getValue()).toArray(),
                        0.95);
                KeyFigure figure = KeyFigure.of(m.getKey());
                b.append(String.format(Locale.ROOT, "  %-32s %18s +- %s%n", figure.label(), figure.value(ci.mean()),
                        figure.difference(Math.abs(ci.halfWidth())).replaceFirst("^\\+", "")));
            }
        }
        return b.toString();
    }

    /**
     * The origin's requests by object kind, when segments are less than 90 % of them: a live channel's playlists
     * reach the origin about as often as its segments, so a rate computed from segments alone is half the total.
     */
    private static void originByKind(StringBuilder b, RunResult r) {
        NodeStats s = r.origin().stats();
        long all = r.origin().requests();
        if (all == 0 || s.requests(ObjectKind.MEDIA_SEGMENT) >= 0.9 * all) {
            return;
        }
        StringBuilder kinds = new StringBuilder();
        for (ObjectKind kind : ObjectKind.values()) {
            long n = s.requests(kind);
            if (n > 0) {
                kinds.append(kinds.isEmpty() ? "" : ", ").append(String.format(Locale.ROOT, "%s %s (%s/s)",
                        kind.label(), Format.count(n), Format.rate(n / r.measuredSeconds())));
            }
        }
        b.append("             by kind: ").append(kinds).append("\n");
    }

    private static void tierRow(StringBuilder b, String name, TierResult t, RunResult r) {
        NodeStats s = t.stats();
        b.append(String.format(Locale.ROOT, ROW, name, String.valueOf(t.nodes()), Format.count(t.requests()),
                Format.rate(t.requests() / r.measuredSeconds()),
                Format.count(s.outcomes(Outcome.HIT)), Format.count(s.outcomes(Outcome.COLLAPSED)),
                Format.count(s.outcomes(Outcome.REFRESH_HIT)), Format.count(s.outcomes(Outcome.STALE)),
                Format.count(s.outcomes(Outcome.FALLBACK)), Format.count(s.outcomes(Outcome.MISS)),
                Format.count(s.outcomes(Outcome.ERROR)),
                t.isOrigin() ? "" : Format.percent(t.hitRatio()),
                t.isOrigin() ? "" : Format.percent(t.byteHitRatio()), Format.bytes(s.bytesOut())));
    }

    /**
     * Through several CDNs: each CDN's share of the edges' requests, its viewers, its edges' Gbit/s (the busiest
     * second and the 95th percentile of the seconds after the warm-up), what its last tier sent further in (to a
     * shared tier or the origin), and its own tiers in the tier table's columns.
     */
    private static void cdns(StringBuilder b, RunResult r, String head) {
        if (r.cdns().isEmpty()) {
            return;
        }
        b.append("Per CDN (each CDN's own tiers; the tiers they share and the origin are in the table above):\n");
        for (CdnResult c : r.cdns()) {
            TierResult last = c.tiers().get(c.tiers().size() - 1);
            b.append(String.format(Locale.ROOT, "%s: %s of the edges' requests%s; its edges peak %s, p95 %s; its %s "
                    + "sent %s requests on%n", c.name(), Format.percent(r.edge().requests() == 0 ? 0
                            : (double) c.edge().requests() / r.edge().requests()),
                    c.qoe() == null ? "" : ", " + Format.count(c.viewers()) + " viewers",
                    Links.gbps(c.peakEdgeGbps() * Format.GIGA), Links.gbps(c.p95EdgeGbps() * Format.GIGA),
                    last.name(), Format.count(last.stats().upstreamRequests())));
            b.append(head);
            b.append("-".repeat(head.length() - 1)).append('\n');
            for (TierResult t : c.tiers()) {
                tierRow(b, t.name(), t, r);
            }
        }
        b.append('\n');
    }

    /**
     * The upstream table, when the tier table does not explain it: when some tier's upstream requests are not just
     * its own MISS and REFRESH_HIT answers (there were failed fetches, background revalidations, refetches or lock
     * timeouts). Each cache tier's requests upstream by reason, which add up to its upstream requests, and those that
     * failed.
     */
    private static void upstream(StringBuilder b, RunResult r) {
        boolean needed = false;
        for (TierResult t : r.tiers()) {
            NodeStats s = t.stats();
            needed |= !t.isOrigin()
                    && s.upstreamRequests() != s.outcomes(Outcome.MISS) + s.outcomes(Outcome.REFRESH_HIT);
        }
        if (!needed) {
            return;
        }
        b.append("Upstream requests of each tier by reason (they add up to the requests its parents received):\n");
        String head = String.format(Locale.ROOT, UPSTREAM, "tier", "upstream", "miss", "refresh", "background",
                "refetch", "lock timeout", "failed");
        b.append(head);
        b.append("-".repeat(head.length() - 1)).append('\n');
        for (TierResult t : r.tiers()) {
            if (t.isOrigin()) {
                continue;
            }
            NodeStats s = t.stats();
            b.append(String.format(Locale.ROOT, UPSTREAM, t.name(), Format.count(s.upstreamRequests()),
                    Format.count(s.upstreamRequests(UpstreamReason.MISS)),
                    Format.count(s.upstreamRequests(UpstreamReason.REFRESH)),
                    Format.count(s.upstreamRequests(UpstreamReason.BACKGROUND)),
                    Format.count(s.upstreamRequests(UpstreamReason.REFETCH)),
                    Format.count(s.upstreamRequests(UpstreamReason.LOCK_TIMEOUT)),
                    Format.count(s.upstreamFailed())));
        }
        b.append("(failed: answered with an error, the parents' 'error'; a failed fetch's requests end here as "
                + "'error' or 'fallback')\n");
        List<String> prefetched = new ArrayList<>();
        for (TierResult t : r.tiers()) {
            long n = t.stats().upstreamRequests(UpstreamReason.PREFETCH);
            if (n > 0) {
                prefetched.add(t.name() + " " + Format.count(n));
            }
        }
        if (!prefetched.isEmpty()) {
            b.append("Prefetches of the next object a request named (CMCD nor), in 'upstream' beside the columns: ")
                    .append(String.join(", ", prefetched)).append('\n');
        }
        b.append('\n');
    }

    /** The month's bill of replication 0, said to be a projection, with where its prices come from. */
    private static void bill(StringBuilder b, Scenario scenario, RunResult r) {
        CostSpec spec = scenario.cost();
        b.append('\n').append(BillTable.render(Billing.bill(scenario, r), BillTable.projected(spec.projection()
                .describe(r.duration() - r.warmup())), spec.allSheets()));
    }

    private static void qoe(StringBuilder b, RunResult r) {
        QoeStats all = r.qoe().total();
        b.append(String.format(Locale.ROOT, "%nViewers' experience (%s session%s of %s viewer%s who joined):%n",
                Format.count(all.sessions()), all.sessions() == 1 ? "" : "s", Format.count(r.qoe().joined()),
                r.qoe().joined() == 1 ? "" : "s"));
        String head = String.format(Locale.ROOT, "%-16s %9s %11s %11s %11s %10s %9s %10s %11s %9s%n", "group",
                "sessions", "startup p50", "startup p95", "startup p99", "join fail", "rebuffer", "stalls/ses",
                "avg kbit/s", "switches");
        b.append(head);
        b.append("-".repeat(head.length() - 1)).append('\n');
        qoeRow(b, "all", all);
        for (int i = 0; i < r.qoe().regions().size(); i++) {
            QoeStats q = r.qoe().region(i);
            if (q.sessions() > 0) {
                qoeRow(b, "region " + r.qoe().regions().get(i), q);
            }
        }
        if (r.qoe().devices().size() > 1) {
            for (int i = 0; i < r.qoe().devices().size(); i++) {
                qoeRow(b, "device " + r.qoe().devices().get(i), r.qoe().device(i));
            }
        }
        for (CdnResult c : r.cdns()) {
            qoeRow(b, "cdn " + c.name(), c.qoe());
        }
        b.append("(startup: join to first frame; rebuffer: stall time over watch time; stalls/ses: rebuffer events "
                + "per session)\n");
        Histogram latency = all.liveLatency();
        if (latency.getTotalCount() > 0) {
            b.append(String.format(Locale.ROOT, "Live latency: p50 %s, p95 %s, p99 %s (glass to glass: capture to "
                    + "display, each session's average over its playing time)%n",
                    Format.millis(latency.getValueAtPercentile(50)), Format.millis(latency.getValueAtPercentile(95)),
                    Format.millis(latency.getValueAtPercentile(99))));
        }
    }

    private static void qoeRow(StringBuilder b, String name, QoeStats q) {
        Histogram s = q.startup();
        boolean any = s.getTotalCount() > 0;
        b.append(String.format(Locale.ROOT, "%-16s %9s %11s %11s %11s %10s %9s %10s %11s %9s%n", name,
                Format.count(q.sessions()), any ? Format.millis(s.getValueAtPercentile(50)) : "-",
                any ? Format.millis(s.getValueAtPercentile(95)) : "-",
                any ? Format.millis(s.getValueAtPercentile(99)) : "-", Format.percent(q.joinFailureRate()),
                Format.percent(q.rebufferRatio()),
                q.sessions() == 0 ? "-" : String.format(Locale.ROOT, "%.2f", (double) q.stalls() / q.sessions()),
                Double.isNaN(q.averageBitrate()) ? "-" : Format.count(Math.round(q.averageBitrate() / 1000)),
                q.sessions() == 0 ? "-" : String.format(Locale.ROOT, "%.1f", (double) q.switches() / q.sessions())));
    }

    private static String seconds(double s) {
        if (s >= 3600 && s % 3600 == 0) {
            return (long) (s / 3600) + " h";
        }
        if (s >= 60 && s % 60 == 0) {
            return (long) (s / 60) + " min";
        }
        return Format.decimal(s) + " s";
    }
}
