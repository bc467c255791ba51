package io.cdnsim.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cdnsim.metrics.ErrorCause;
import io.cdnsim.model.Failure;
import io.cdnsim.run.FailureResult;
import io.cdnsim.run.LinkResult;
import io.cdnsim.run.RunResult;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What each failure of a scenario's schedule did (N7), as the console summary, {@code summary.json} and
 * {@code report.html} show it: when and what, the viewers moved and the requests sent around a down node, the errors
 * the viewers got by cause, the share of viewers stalled, and each tier's requests per second over the failure's
 * window and windows as long just before and after it.
 */
final class FailureReport {

    private FailureReport() {
    }

    /**
     * Appends the failures section of the console summary (nothing for a run without failures).
     *
     * @param b the summary
     * @param r replication 0
     */
    static void console(StringBuilder b, RunResult r) {
        if (r.failures().isEmpty()) {
            return;
        }
        b.append("\nFailures (replication 0; each over its window, and over windows as long just before and after "
                + "it):\n");
        for (int i = 0; i < r.failures().size(); i++) {
            FailureResult f = r.failures().get(i);
            b.append(String.format(Locale.ROOT, "%2d. %s%n", i + 1, headline(f.failure())));
            for (String line : facts(f, r)) {
                b.append("    ").append(line).append('\n');
            }
            String head = String.format(Locale.ROOT, "    %-12s %12s %12s %12s %15s%n", "requests/s", "before",
                    "during", "after", "errors during");
            b.append(head);
            for (FailureResult.TierLoad t : f.tiers()) {
                b.append(String.format(Locale.ROOT, "    %-12s %12s %12s %12s %15s%n", t.tier(),
                        rate(t.requestsPerSecond().before()), rate(t.requestsPerSecond().during()),
                        rate(t.requestsPerSecond().after()), errors(t)));
            }
        }
    }

    /** @return a tier's errors during the failure, or {@code -} for a CDN's own tier (not counted apart) */
    private static String errors(FailureResult.TierLoad t) {
        return t.errorsDuring() == FailureResult.TierLoad.NOT_COUNTED ? "-" : Format.count(t.errorsDuring());
    }

    /** @return the failure's kind in summary.json */
    private static String kind(Failure failure) {
        if (failure instanceof Failure.CapacityLost c) {
            return c.peering() ? "peering" : "egress";
        }
        return failure instanceof Failure.NodeDown ? "node" : failure instanceof Failure.CdnDown ? "cdn"
                : failure instanceof Failure.LinkDegraded ? "link" : "origin";
    }

    /** @return the failure, its window and its options, in a line */
    static String headline(Failure failure) {
        String line = failure.what() + " from " + time(failure.from()) + " to " + time(failure.to());
        if (failure instanceof Failure.Outage d) {
            line += "; comes back " + (d.cold() ? "cold (empty)" : "warm (with its copies)");
        } else if (failure instanceof Failure.LinkDegraded l) {
            line += "; RTT +" + Format.millis(l.addedRtt());
        }
        return line;
    }

    /** @return what a loss of capacity leaves of its link ("capacity left: 120.00 of 1,200.00 Gbit/s ...") */
    private static String capacityLeft(Failure.CapacityLost c, RunResult r) {
        for (LinkResult l : r.links()) {
            if (l.peering() == c.peering() && l.name().equals(c.link())) {
                double capacity = l.figures().capacity();
                return "capacity left: " + Links.gbps(capacity * (1 - c.lost())) + " of " + Links.gbps(capacity)
                        + " (the links' shares and seconds at capacity are of the capacity in force)";
            }
        }
        throw new IllegalStateException("no link " + c.target());
    }

    /** @return the lines of facts about what the failure did, the tiers' loads aside */
    private static List<String> facts(FailureResult f, RunResult r) {
        boolean viewers = r.qoe() != null;
        List<String> lines = new ArrayList<>();
        if (f.failure() instanceof Failure.CapacityLost c) {
            lines.add(capacityLeft(c, r));
        }
        if (f.failure() instanceof Failure.Outage d) {
            if (f.pop()) {
                lines.add((viewers ? "viewers" : "requests") + " moved to other POPs of the region, from "
                        + time(d.from() + d.detection()) + " on: " + Format.count(f.moved()));
            } else {
                lines.add("requests sent around it (to a secondary parent or the next tier up): "
                        + Format.count(f.rerouted()));
            }
        }
        StringBuilder errors = new StringBuilder("errors the viewers got: " + Format.count(f.errorsTotal()));
        List<String> causes = new ArrayList<>();
        for (ErrorCause c : ErrorCause.values()) {
            if (f.errors(c) > 0) {
                causes.add(c.label().replace('_', ' ') + " " + Format.count(f.errors(c)));
            }
        }
        if (!causes.isEmpty()) {
            errors.append(" (").append(String.join(", ", causes)).append(')');
        }
        lines.add(errors.toString());
        FailureResult.Phases s = f.stalled();
        if (!Double.isNaN(s.during())) {
            lines.add("viewers stalled: " + Format.smallPercent(s.before()) + " before, "
                    + Format.smallPercent(s.during()) + " during, " + Format.smallPercent(s.after()) + " after");
        }
        return lines;
    }

    /**
     * Adds a run's failures to its node of {@code summary.json} (nothing for a run without failures).
     *
     * @param run the run's node
     * @param r   the run
     */
    static void json(ObjectNode run, RunResult r) {
        if (r.failures().isEmpty()) {
            return;
        }
        ArrayNode list = run.putArray("failures");
        for (FailureResult f : r.failures()) {
            ObjectNode n = list.addObject();
            Failure failure = f.failure();
            n.put("what", failure.what());
            n.put("kind", kind(failure));
            n.put("target", failure.target());
            n.put("fromSeconds", failure.from() / 1e6);
            n.put("toSeconds", failure.to() / 1e6);
            if (failure instanceof Failure.Outage d) {
                n.put("restart", d.cold() ? "cold" : "warm");
                n.put("detectionSeconds", d.detection() / 1e6);
            } else if (failure instanceof Failure.LinkDegraded l) {
                n.put("addedRttMs", l.addedRtt() / 1e3);
            } else if (failure instanceof Failure.CapacityLost c) {
                n.put("lostCapacity", c.lost());
            } else if (failure instanceof Failure.OriginTrouble o) {
                n.put("errorShare", o.errorShare());
                n.put("addedLatencySeconds", o.addedLatency() / 1e6);
            }
            n.put("moved", f.moved());
            n.put("rerouted", f.rerouted());
            ObjectNode errors = n.putObject("viewerErrors");
            errors.put("total", f.errorsTotal());
            for (ErrorCause c : ErrorCause.values()) {
                errors.put(camel(c.label()), f.errors(c));
            }
            phases(n.putObject("stalledShare"), f.stalled());
            ArrayNode tiers = n.putArray("tiers");
            for (FailureResult.TierLoad t : f.tiers()) {
                ObjectNode tier = tiers.addObject();
                tier.put("name", t.tier());
                phases(tier.putObject("requestsPerSecond"), t.requestsPerSecond());
                if (t.errorsDuring() == FailureResult.TierLoad.NOT_COUNTED) {
                    tier.putNull("errorsDuring");
                } else {
                    tier.put("errorsDuring", t.errorsDuring());
                }
            }
        }
    }

    /**
     * Appends the failures section of {@code report.html} (nothing for a run without failures).
     *
     * @param h the page
     * @param r replication 0
     */
    static void html(StringBuilder h, RunResult r) {
        if (r.failures().isEmpty()) {
            return;
        }
        h.append("<section id=\"failures\">\n<h2>Failures</h2>\n<p class=\"meta\">Each over its window (shaded on ")
                .append("the charts), and over windows as long just before and after it; see docs/model.md, ")
                .append("Failures.</p>\n");
        for (int i = 0; i < r.failures().size(); i++) {
            FailureResult f = r.failures().get(i);
            h.append("<h3>").append(i + 1).append(". ").append(ReportHtml.escape(headline(f.failure())))
                    .append("</h3>\n<ul>\n");
            for (String line : facts(f, r)) {
                h.append("<li>").append(ReportHtml.escape(line)).append("</li>\n");
            }
            h.append("</ul>\n<table>\n<thead><tr><th>requests/s</th><th>before</th><th>during</th><th>after</th>")
                    .append("<th>errors during</th></tr></thead>\n<tbody>\n");
            for (FailureResult.TierLoad t : f.tiers()) {
                h.append("<tr><td>").append(ReportHtml.escape(t.tier())).append("</td>");
                for (String cell : List.of(rate(t.requestsPerSecond().before()), rate(t.requestsPerSecond().during()),
                        rate(t.requestsPerSecond().after()), errors(t))) {
                    h.append("<td class=\"n\">").append(cell).append("</td>");
                }
                h.append("</tr>\n");
            }
            h.append("</tbody>\n</table>\n");
        }
        h.append("</section>\n");
    }

    private static void phases(ObjectNode n, FailureResult.Phases p) {
        number(n, "before", p.before());
        number(n, "during", p.during());
        number(n, "after", p.after());
    }

    private static void number(ObjectNode n, String field, double v) {
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            n.putNull(field);
        } else {
            n.put(field, v);
        }
    }

    private static String camel(String label) {
        int u = label.indexOf('_');
        return u < 0 ? label : label.substring(0, u) + Character.toUpperCase(label.charAt(u + 1))
                + camel(label.substring(u + 2));
    }

    private static String rate(double v) {
        return Double.isNaN(v) ? "-" : Format.rate(v);
    }

    /** @return a time as people write it: {@code 3 min}, {@code 4 min 30 s}, {@code 45 s}, {@code 1.5 s} */
    static String time(long micros) {
        long minutes = micros / 60_000_000L;
        long rest = micros % 60_000_000L;
        String seconds = BigDecimal.valueOf(rest).movePointLeft(6).stripTrailingZeros().toPlainString() + " s";
        if (minutes == 0) {
            return seconds;
        }
        return minutes + " min" + (rest == 0 ? "" : " " + seconds);
    }
}
