package io.cdnsim.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cdnsim.metrics.NodeStats;
import io.cdnsim.model.OnDemandService;
import io.cdnsim.model.Scenario;
import io.cdnsim.run.RunResult;
import java.util.List;
import java.util.Locale;

/**
 * The own traffic of each new release of an on-demand catalog (a title that enters during the run and draws its own
 * viewers): the edges' answers to requests for its objects and their hit ratio, and what the origin served of it,
 * with its share of all the origin's requests and egress. Counted after the warm-up, as the tier tables are.
 */
final class ReleaseReport {

    private ReleaseReport() {
    }

    /** @return the scenario's releases, empty for a scenario that is not an on-demand service or has none */
    private static List<OnDemandService.Release> releases(Scenario scenario) {
        return scenario.demand() instanceof OnDemandService vod ? vod.releases() : List.of();
    }

    /** Appends one console line pair per release. */
    static void console(StringBuilder b, Scenario scenario, RunResult r) {
        for (int k = 0; k < releases(scenario).size(); k++) {
            b.append("Release:     ").append(text(scenario, r, k, "%n             ")).append('\n');
        }
    }

    /** Appends a paragraph per release to report.html, below the tier table. */
    static void html(StringBuilder h, Scenario scenario, RunResult r) {
        for (int k = 0; k < releases(scenario).size(); k++) {
            h.append("<p class=\"meta\">Release ").append(ReportHtml.escape(text(scenario, r, k, " ")))
                    .append("</p>\n");
        }
    }

    /** @return release k's traffic in words, {@code between} its edge and its origin figures */
    private static String text(Scenario scenario, RunResult r, int k, String between) {
        OnDemandService.Release release = releases(scenario).get(k);
        NodeStats edge = r.edge().stats();
        NodeStats origin = r.origin().stats();
        long originBytes = origin.releaseBytesOut(k);
        return String.format(Locale.ROOT, "%s at %s (%s viewers): edge %s requests, CHR %s, %s out;" + between
                        + "origin %s requests (%s of its requests), egress %s (%s of its egress)", release.name(),
                clock(release.at()), Format.count(release.viewers()), Format.count(edge.releaseRequests(k)),
                Format.percent(hitRatio(edge, k)), Format.bytes(edge.releaseBytesOut(k)),
                Format.count(origin.releaseRequests(k)),
                Format.percent(share(origin.releaseRequests(k), r.origin().requests())), Format.bytes(originBytes),
                Format.percent(share(originBytes, origin.bytesOut())));
    }

    /** Adds {@code releases[]} to a run's node, when the scenario has releases. */
    static void json(ObjectNode run, Scenario scenario, RunResult r) {
        List<OnDemandService.Release> releases = releases(scenario);
        if (releases.isEmpty()) {
            return;
        }
        NodeStats edge = r.edge().stats();
        NodeStats origin = r.origin().stats();
        ArrayNode list = run.putArray("releases");
        for (int k = 0; k < releases.size(); k++) {
            ObjectNode n = list.addObject();
            n.put("name", releases.get(k).name());
            n.put("atSeconds", releases.get(k).at() / 1e6);
            n.put("viewers", releases.get(k).viewers());
            n.put("edgeRequests", edge.releaseRequests(k));
            number(n, "edgeRequestHitRatio", hitRatio(edge, k));
            n.put("edgeBytesOut", edge.releaseBytesOut(k));
            n.put("originRequests", origin.releaseRequests(k));
            number(n, "originShareOfRequests", share(origin.releaseRequests(k), r.origin().requests()));
            n.put("originEgressBytes", origin.releaseBytesOut(k));
            number(n, "originShareOfEgress", share(origin.releaseBytesOut(k), origin.bytesOut()));
        }
    }

    private static double hitRatio(NodeStats s, int release) {
        return share(s.releaseHits(release), s.releaseRequests(release));
    }

    private static double share(long part, long all) {
        return all == 0 ? Double.NaN : (double) part / all;
    }

    private static void number(ObjectNode n, String field, double v) {
        if (Double.isNaN(v)) {
            n.putNull(field);
        } else {
            n.put(field, v);
        }
    }

    /** @return a time of the run as {@code m:ss} ({@code 10:00}), or {@code h:mm:ss} from an hour */
    private static String clock(long micros) {
        long s = micros / 1_000_000;
        return s >= 3600 ? String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
                : String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60);
    }
}
