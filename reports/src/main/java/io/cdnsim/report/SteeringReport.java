package io.cdnsim.report;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cdnsim.model.Scenario;
import io.cdnsim.model.SteeringSpec;
import io.cdnsim.run.RunResult;
import io.cdnsim.run.SteeringResult;

/**
 * How a run through several CDNs was steered (N8): the policy and its parameters, and with content steering what the
 * players did: the steering manifests they loaded and the moves to another CDN, on a manifest and on a failed request.
 */
final class SteeringReport {

    private SteeringReport() {
    }

    /** @return the policy in a few words, for example {@code performance (score over 30 s, every 10 s)} */
    static String policy(SteeringSpec spec) {
        if (spec.policy() instanceof SteeringSpec.Performance p) {
            return "performance (QoE score over " + FailureReport.time(p.window()) + ", shares moved every "
                    + FailureReport.time(p.every()) + ")";
        }
        if (spec.policy() instanceof SteeringSpec.Cost c) {
            return "cost (commits first, then the cheapest next GB; every " + FailureReport.time(c.every()) + ")";
        }
        return "static weights";
    }

    /**
     * Adds the steering line (nothing for a network of one CDN).
     *
     * @param b        the console text
     * @param scenario the scenario
     * @param r        the run
     */
    static void console(StringBuilder b, Scenario scenario, RunResult r) {
        if (scenario.steering() != null) {
            b.append("Steering:    ").append(text(scenario.steering(), r, "\n             ")).append("\n\n");
        }
    }

    /**
     * Adds report.html's steering section (nothing for a network of one CDN).
     *
     * @param h        the page
     * @param scenario the scenario
     * @param r        replication 0
     */
    static void html(StringBuilder h, Scenario scenario, RunResult r) {
        if (scenario.steering() != null) {
            h.append("<section id=\"steering\">\n<h2>Steering</h2>\n<p class=\"meta\">")
                    .append(ReportHtml.escape(text(scenario.steering(), r, "; "))).append("</p>\n</section>\n");
        }
    }

    /** @return the policy and what the content steering did, its two parts joined by {@code between} */
    private static String text(SteeringSpec spec, RunResult r, String between) {
        StringBuilder b = new StringBuilder(policy(spec));
        if (spec.content().isPresent()) {
            SteeringSpec.ContentSteering c = spec.content().get();
            SteeringResult s = r.steering();
            b.append("; content steering (TTL ").append(FailureReport.time(c.ttl())).append(", penalty ")
                    .append(FailureReport.time(c.penalty())).append(')').append(between)
                    .append(Format.count(s.manifests())).append(" steering manifests loaded; moves to another CDN: ")
                    .append(Format.count(s.movedOnError())).append(" on a failed request, ")
                    .append(Format.count(s.movedOnManifest())).append(" on a manifest");
        } else {
            b.append("; a session keeps the CDN it joined (no content steering)");
        }
        return b.toString();
    }

    /**
     * Adds {@code steering} to a run's node of summary.json (nothing for a network of one CDN).
     *
     * @param run      the run's node
     * @param scenario the scenario
     * @param r        the run
     */
    static void json(ObjectNode run, Scenario scenario, RunResult r) {
        SteeringSpec spec = scenario.steering();
        if (spec == null) {
            return;
        }
        ObjectNode n = run.putObject("steering");
        n.put("mode", spec.policy().mode());
        if (spec.content().isPresent()) {
            ObjectNode c = n.putObject("content");
            c.put("ttlSeconds", spec.content().get().ttl() / 1e6);
            c.put("penaltySeconds", spec.content().get().penalty() / 1e6);
            c.put("manifests", r.steering().manifests());
            c.put("movedOnManifest", r.steering().movedOnManifest());
            c.put("movedOnError", r.steering().movedOnError());
        }
    }
}
