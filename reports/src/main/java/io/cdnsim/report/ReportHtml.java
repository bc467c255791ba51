package io.cdnsim.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cdnsim.cost.Bill;
import io.cdnsim.cost.BillLine;
import io.cdnsim.cost.Figures;
import io.cdnsim.model.Demand;
import io.cdnsim.model.LiveEvent;
import io.cdnsim.model.OnDemandService;
import io.cdnsim.model.Replay;
import io.cdnsim.metrics.Outcome;
import io.cdnsim.model.Scenario;
import io.cdnsim.model.Tier;
import io.cdnsim.player.QoeStats;
import io.cdnsim.report.chart.RenderedChart;
import io.cdnsim.run.Billing;
import io.cdnsim.run.LinkResult;
import io.cdnsim.run.QoeResult;
import io.cdnsim.run.RunResult;
import io.cdnsim.run.TierResult;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.HdrHistogram.Histogram;

/**
 * Writes {@code report.html}: one self-contained page (inline CSS, inline SVG charts, no script, no external
 * resource) with the scenario's name and description, the key figures, the charts, the tier table, the viewers'
 * experience by region and device, the bill and the scenario's settings. Key figures are read from the same tree as
 * {@code summary.json} and carry their exact value in a {@code data-value} attribute. Every text that comes from the
 * scenario is HTML-escaped. Tables show replication 0, as the charts do.
 */
public final class ReportHtml {

    /** The pages' style sheet, inlined in each. */
    static final String CSS = """
            body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,Helvetica,Arial,sans-serif;color:#222;\
            max-width:960px;margin:2em auto;padding:0 1em;line-height:1.4}
            h1{margin-bottom:.2em}h2{border-bottom:1px solid #ccc;padding-bottom:.2em;margin-top:1.6em}
            .description{color:#444}.meta{color:#666;font-size:.9em}
            .keys{display:flex;flex-wrap:wrap;gap:.8em;margin:0;padding:0}
            .key{border:1px solid #ddd;border-radius:4px;padding:.5em .8em;min-width:10em}
            .key dt{font-size:.8em;color:#555}.key dd{margin:0;font-size:1.4em;font-weight:600}
            figure{margin:1em 0;break-inside:avoid;page-break-inside:avoid}figure svg{width:100%;height:auto}
            figcaption{font-size:.85em;color:#555}
            table{border-collapse:collapse;margin:.5em 0;font-size:.9em;break-inside:avoid}
            th,td{border:1px solid #ddd;padding:.25em .6em}th{background:#f4f4f4;text-align:left}
            td.n{text-align:right;font-variant-numeric:tabular-nums}
            pre{background:#f8f8f8;border:1px solid #ddd;padding:.6em;overflow-x:auto;white-space:pre-wrap}
            @media print{body{margin:0;max-width:none}h2{break-after:avoid}}
            """;

    private ReportHtml() {
    }

    /**
     * @param scenario the scenario
     * @param source   the scenario file's text, or null if there is none (a replay built from options)
     * @param runs     its replications
     * @param charts   the charts drawn for replication 0
     * @return the page
     */
    public static String render(Scenario scenario, String source, List<RunResult> runs, List<RenderedChart> charts) {
        ObjectNode summary = SummaryJson.build(scenario, runs);
        RunResult run = runs.get(0);
        StringBuilder h = new StringBuilder(64 * 1024);
        h.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>cdnsim report: ").append(escape(scenario.name())).append("</title>\n")
                .append("<style>\n").append(CSS).append("</style>\n</head>\n<body>\n");
        h.append("<header>\n<h1>").append(escape(scenario.name())).append("</h1>\n")
                .append("<p class=\"description\">").append(escape(scenario.description())).append("</p>\n")
                .append("<p class=\"meta\">topology ").append(escape(scenario.topology().name()))
                .append(" · seed ").append(scenario.seed())
                .append(" · ").append(Format.decimal(run.measuredSeconds())).append(" s measured after a ")
                .append(Format.decimal(run.warmup() / 1e6)).append(" s warm-up · ")
                .append(runs.size()).append(runs.size() == 1 ? " replication" : " replications")
                .append("</p>\n</header>\n");
        keyFigures(h, scenario, summary, run, runs.size());
        charts(h, charts);
        tiers(h, run, OriginLoad.text(scenario, run, "; "));
        ReleaseReport.html(h, scenario, run);
        links(h, run);
        if (run.qoe() != null) {
            qoe(h, run.qoe());
        }
        FailureReport.html(h, run);
        Bill bill = scenario.cost() == null ? null : Billing.bill(scenario, run);
        SteeringReport.html(h, scenario, run);
        CdnSections.html(h, run, bill);
        if (bill != null) {
            bill(h, bill);
        }
        scenarioSection(h, scenario, source, run);
        h.append("<footer class=\"meta\"><p>Written by cdnsim. Tables and charts show replication 0");
        if (runs.size() > 1) {
            h.append("; key figures are means over the ").append(runs.size())
                    .append(" replications with their 95 % confidence half-width");
        }
        h.append(". Definitions: docs/reports.md and docs/outputs.md.</p></footer>\n</body>\n</html>\n");
        return h.toString();
    }

    /**
     * Writes the page.
     *
     * @param scenario the scenario
     * @param source   the scenario file's text, or null
     * @param runs     its replications
     * @param charts   the charts drawn for replication 0
     * @param file     target file
     * @throws IOException if it cannot be written
     */
    public static void write(Scenario scenario, String source, List<RunResult> runs, List<RenderedChart> charts,
                             Path file) throws IOException {
        Files.writeString(file, render(scenario, source, runs, charts), StandardCharsets.UTF_8);
    }

    private static void keyFigures(StringBuilder h, Scenario scenario, ObjectNode summary, RunResult run, int n) {
        JsonNode est = summary.get("estimates");
        h.append("<section id=\"key-figures\">\n<h2>Key figures</h2>\n<dl class=\"keys\">\n");
        key(h, "Origin peak requests/s", "origin.peakRequestsPerSecond", est, n, Format::wholeOrRate);
        key(h, "End-to-end offload", "endToEnd.offload", est, n, Format::percent);
        for (int t = 0; t < run.tiers().size() - 1; t++) {
            String tier = run.tiers().get(t).name();
            key(h, "CHR " + tier, tier + ".requestHitRatio", est, n, Format::percent);
        }
        if (run.qoe() != null) {
            key(h, "Startup p95", "qoe.startupP95Ms", est, n, v -> Format.rate(v) + " ms");
            key(h, "Rebuffer ratio", "qoe.rebufferRatio", est, n, Format::smallPercent);
        }
        if (scenario.cost() != null) {
            JsonNode total = summary.get("runs").get(0).get("cost").get("totalUsd");
            String missing = BillTable.unpriced(Billing.bill(scenario, run));
            h.append("<div class=\"key\"><dt>Bill for a month (replication 0)</dt><dd data-key=\"cost.totalUsd\" ")
                    .append("data-value=\"").append(total.asText()).append("\">")
                    .append(Figures.dollars(total.decimalValue()))
                    .append(missing == null ? "" : " <small>+ not priced: " + escape(missing) + "</small>")
                    .append("</dd></div>\n");
        }
        h.append("</dl>\n</section>\n");
    }

    private static void key(StringBuilder h, String label, String name, JsonNode estimates, int n,
                            java.util.function.DoubleFunction<String> shown) {
        JsonNode e = estimates.get(name);
        JsonNode mean = e == null ? null : e.get("mean");
        h.append("<div class=\"key\"><dt>").append(escape(label)).append("</dt><dd data-key=\"")
                .append(escape(name)).append("\" data-value=\"");
        if (mean == null || mean.isNull()) {
            h.append("\">-</dd></div>\n");
            return;
        }
        h.append(mean.asText()).append("\">").append(escape(shown.apply(mean.asDouble())));
        JsonNode half = e.get("halfWidth95");
        if (n > 1 && half != null && !half.isNull()) {
            h.append(" <small>± ").append(escape(shown.apply(half.asDouble()))).append("</small>");
        }
        h.append("</dd></div>\n");
    }

    /** Appends the charts section, each chart's SVG inline, unless there is no chart. */
    static void charts(StringBuilder h, List<RenderedChart> charts) {
        if (charts.isEmpty()) {
            return;
        }
        h.append("<section id=\"charts\">\n<h2>Charts</h2>\n");
        for (RenderedChart c : charts) {
            h.append("<figure id=\"chart-").append(c.name()).append("\">\n").append(c.svg()).append('\n')
                    .append("<figcaption>").append(escape(c.title())).append(" (charts/").append(c.name())
                    .append(".svg, .png)</figcaption>\n</figure>\n");
        }
        h.append("</section>\n");
    }

    private static void tiers(StringBuilder h, RunResult run, String originLoad) {
        h.append("<section id=\"tiers\">\n<h2>Tiers</h2>\n<table>\n<thead><tr><th>tier</th><th>nodes</th>")
                .append("<th>requests</th><th>req/s</th><th>peak req/s</th><th>collapsed</th><th>CHR</th>")
                .append("<th>byte HR</th><th>bytes out</th></tr></thead>\n<tbody>\n");
        for (TierResult t : run.tiers()) {
            h.append("<tr><td>").append(escape(t.name())).append("</td>")
                    .append(num(Format.count(t.nodes()))).append(num(Format.count(t.requests())))
                    .append(num(Format.rate(t.requests() / run.measuredSeconds())))
                    .append(num(Format.count(t.peakRequestsPerSecond())))
                    .append(num(t.isOrigin() ? "" : Format.count(t.stats().outcomes(Outcome.COLLAPSED))))
                    .append(num(t.isOrigin() ? "" : Format.percent(t.hitRatio())))
                    .append(num(t.isOrigin() ? "" : Format.percent(t.byteHitRatio())))
                    .append(num(Format.bytes(t.stats().bytesOut()))).append("</tr>\n");
        }
        h.append("</tbody>\n</table>\n");
        if (!originLoad.isEmpty()) {
            h.append("<p class=\"meta\">Origin load: ").append(escape(originLoad)).append("</p>\n");
        }
        h.append("</section>\n");
    }

    /** The links with a capacity, as in the console. */
    private static void links(StringBuilder h, RunResult run) {
        if (!Links.any(run)) {
            return;
        }
        h.append("<section id=\"links\">\n<h2>Links to the viewers</h2>\n<table>\n<thead><tr><th>link</th>")
                .append("<th>capacity</th><th>peak</th><th>peak share</th><th>p95 share</th>")
                .append("<th>seconds at capacity</th></tr></thead>\n<tbody>\n");
        for (LinkResult l : run.links()) {
            if (l.limited()) {
                h.append("<tr><td>").append(escape(Links.name(l))).append("</td>")
                        .append(num(Links.gbps(l.figures().capacity()))).append(num(Links.gbps(l.figures().peakBits())))
                        .append(num(Format.percent(l.figures().peakShare())))
                        .append(num(Format.percent(l.figures().p95Share())))
                        .append(num(Format.count(l.figures().secondsAtCapacity()))).append("</tr>\n");
            }
        }
        h.append("</tbody>\n</table>\n<p class=\"meta\">A second at capacity carries at least 95 % of it.</p>\n")
                .append("</section>\n");
    }

    private static void qoe(StringBuilder h, QoeResult q) {
        h.append("<section id=\"qoe\">\n<h2>Viewers' experience</h2>\n<table>\n<thead><tr><th>group</th>")
                .append("<th>sessions</th><th>startup p50</th><th>startup p95</th><th>join failures</th>")
                .append("<th>rebuffer ratio</th><th>avg bitrate</th><th>switches/session</th></tr></thead>\n")
                .append("<tbody>\n");
        qoeRow(h, "all", q.total());
        for (int r = 0; r < q.regions().size(); r++) {
            QoeStats s = q.region(r);
            if (s.sessions() > 0) {
                qoeRow(h, "region " + q.regions().get(r), s);
            }
        }
        for (int d = 0; d < q.devices().size(); d++) {
            qoeRow(h, "device " + q.devices().get(d), q.device(d));
        }
        h.append("</tbody>\n</table>\n");
        Histogram latency = q.total().liveLatency();
        if (latency.getTotalCount() > 0) {
            h.append("<p>Live latency (glass to glass: capture to display, each session's average over its playing ")
                    .append("time): p50 ").append(ms(Metrics.percentileMs(latency, 50))).append(", p95 ")
                    .append(ms(Metrics.percentileMs(latency, 95))).append(", p99 ")
                    .append(ms(Metrics.percentileMs(latency, 99))).append(".</p>\n");
        }
        h.append("</section>\n");
    }

    private static void qoeRow(StringBuilder h, String group, QoeStats s) {
        h.append("<tr><td>").append(escape(group)).append("</td>").append(num(Format.count(s.sessions())))
                .append(num(ms(Metrics.percentileMs(s.startup(), 50))))
                .append(num(ms(Metrics.percentileMs(s.startup(), 95))))
                .append(num(Format.percent(s.joinFailureRate()))).append(num(Format.percent(s.rebufferRatio())))
                .append(num(Double.isNaN(s.averageBitrate()) ? "-" : Format.rate(s.averageBitrate() / 1000)
                        + " kbit/s"))
                .append(num(s.sessions() == 0 ? "-" : Format.rate((double) s.switches() / s.sessions())))
                .append("</tr>\n");
    }

    /** The bill as the console shows it: quantities grouped, dollars and cents; exact amounts in cost.csv. */
    private static void bill(StringBuilder h, Bill bill) {
        h.append("<section id=\"bill\">\n<h2>Bill for a month (replication 0)</h2>\n<p class=\"meta\">A projection ")
                .append("of the measured run to a month, not a measurement; see docs/cost-model.md. Amounts to the ")
                .append("cent; cost.csv has them to the micro-dollar.</p>\n<table>\n")
                .append("<thead><tr><th>component</th><th>provider</th><th>quantity a month</th><th>price</th>")
                .append("<th>amount</th><th>detail</th></tr></thead>\n<tbody>\n");
        for (BillLine l : bill.lines()) {
            h.append("<tr><td>").append(escape(l.component().label())).append("</td><td>")
                    .append(escape(l.provider())).append("</td>")
                    .append(num(l.quantityText()))
                    .append("<td>").append(escape(l.price())).append("</td>")
                    .append(num(l.amountText()))
                    .append("<td>").append(escape(l.detail())).append("</td></tr>\n");
        }
        h.append("<tr><th>total</th><td></td><td></td><td></td>")
                .append(num(Figures.dollars(bill.total()))).append("<td></td></tr>\n")
                .append("</tbody>\n</table>\n");
        String missing = BillTable.unpriced(bill);
        if (missing != null) {
            h.append("<p class=\"meta\">Not priced: ").append(escape(missing)).append("</p>\n");
        }
        h.append("</section>\n");
    }

    private static String demandLabel(Demand demand) {
        if (demand instanceof LiveEvent) {
            return "live event";
        }
        if (demand instanceof OnDemandService) {
            return "on-demand catalog";
        }
        if (demand instanceof Replay replay) {
            return "replay of " + replay.trace() + " (" + replay.format() + ")";
        }
        return "synthetic request stream";
    }

    private static void scenarioSection(StringBuilder h, Scenario s, String source, RunResult run) {
        h.append("<section id=\"scenario\">\n<h2>Scenario</h2>\n<table>\n<tbody>\n");
        row(h, "name", s.name());
        row(h, "description", s.description());
        row(h, "demand", demandLabel(s.demand()));
        StringBuilder tiers = new StringBuilder();
        for (Tier t : s.topology().tiers()) {
            tiers.append(tiers.length() == 0 ? "" : ", ").append(t.name()).append(" (").append(t.nodes().size())
                    .append(t.nodes().size() == 1 ? " node)" : " nodes)");
        }
        row(h, "topology", s.topology().name() + ": " + tiers + ", origin");
        row(h, "regions", String.join(", ", s.topology().regions()));
        row(h, "seed", Long.toString(s.seed()));
        row(h, "duration", Format.decimal(run.duration() / 1e6) + " s, warm-up " + Format.decimal(run.warmup() / 1e6)
                + " s");
        row(h, "replications", Integer.toString(s.run().replications()));
        row(h, "cost section", s.cost() == null ? "none" : "yes");
        h.append("</tbody>\n</table>\n");
        if (source != null) {
            h.append("<p class=\"meta\">The scenario file as read:</p>\n<pre>").append(escape(source))
                    .append("</pre>\n");
        } else {
            h.append("<p class=\"meta\">No scenario file: the settings above are all the report knows.</p>\n");
        }
        h.append("</section>\n");
    }

    private static void row(StringBuilder h, String name, String value) {
        h.append("<tr><th>").append(escape(name)).append("</th><td>").append(escape(value)).append("</td></tr>\n");
    }

    private static String num(String text) {
        return "<td class=\"n\">" + text + "</td>";
    }

    private static String ms(double v) {
        return Double.isNaN(v) ? "-" : Format.rate(v) + " ms";
    }

    /**
     * @param text any text, or null
     * @return it safe in HTML text and attribute values ({@code & < > " '} escaped); empty for null
     */
    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }
}
