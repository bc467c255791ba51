package io.cdnsim.report;

import io.cdnsim.cost.Bill;
import io.cdnsim.cost.BillLine;
import io.cdnsim.cost.CdnBill;
import io.cdnsim.cost.Figures;
import io.cdnsim.metrics.Outcome;
import io.cdnsim.player.QoeStats;
import io.cdnsim.run.CdnResult;
import io.cdnsim.run.RunResult;
import io.cdnsim.run.TierResult;
import java.util.List;

/**
 * report.html's sections of a run through several CDNs: one per CDN (its share of the edges' requests, its viewers,
 * its edges' Gbit/s, its tiers, its viewers' experience, its bill), then the bill's lines the CDNs share.
 */
final class CdnSections {

    private CdnSections() {
    }

    /**
     * @param h    the page
     * @param run  replication 0
     * @param bill its bill, or null without a cost section
     */
    static void html(StringBuilder h, RunResult run, Bill bill) {
        for (int i = 0; i < run.cdns().size(); i++) {
            CdnResult c = run.cdns().get(i);
            String id = "cdn-" + c.name().replaceAll("[^A-Za-z0-9_-]", "_");
            h.append("<section id=\"").append(ReportHtml.escape(id)).append("\">\n<h2>CDN ")
                    .append(ReportHtml.escape(c.name())).append("</h2>\n<p class=\"meta\">")
                    .append(Format.percent(run.edge().requests() == 0 ? 0
                            : (double) c.edge().requests() / run.edge().requests()))
                    .append(" of the edges' requests");
            if (c.qoe() != null) {
                h.append(", ").append(Format.count(c.viewers())).append(" viewers");
            }
            h.append("; its edges peak ").append(Links.gbps(c.peakEdgeGbps() * Format.GIGA)).append(", p95 ")
                    .append(Links.gbps(c.p95EdgeGbps() * Format.GIGA)).append(" (per second after the warm-up)</p>\n")
                    .append("<table>\n<thead><tr><th>tier</th><th>nodes</th><th>requests</th><th>req/s</th>")
                    .append("<th>peak req/s</th><th>collapsed</th><th>CHR</th><th>byte HR</th><th>bytes out</th>")
                    .append("</tr></thead>\n")
                    .append("<tbody>\n");
            for (TierResult t : c.tiers()) {
                h.append("<tr><td>").append(ReportHtml.escape(t.name())).append("</td>")
                        .append(num(Format.count(t.nodes()))).append(num(Format.count(t.requests())))
                        .append(num(Format.rate(t.requests() / run.measuredSeconds())))
                        .append(num(Format.count(t.peakRequestsPerSecond())))
                        .append(num(Format.count(t.stats().outcomes(Outcome.COLLAPSED))))
                        .append(num(Format.percent(t.hitRatio()))).append(num(Format.percent(t.byteHitRatio())))
                        .append(num(Format.bytes(t.stats().bytesOut()))).append("</tr>\n");
            }
            h.append("</tbody>\n</table>\n");
            if (c.qoe() != null) {
                QoeStats q = c.qoe();
                h.append("<p class=\"meta\">Its viewers: startup p50 ")
                        .append(ms(Metrics.percentileMs(q.startup(), 50))).append(", p95 ")
                        .append(ms(Metrics.percentileMs(q.startup(), 95))).append("; join failures ")
                        .append(Format.percent(q.joinFailureRate())).append("; rebuffering ")
                        .append(Format.percent(q.rebufferRatio())).append("</p>\n");
            }
            if (bill != null && i < bill.cdns().size()) {
                CdnBill b = bill.cdns().get(i);
                lines(h, "Its bill for a month", b.lines(), "total of " + b.cdn(), b.total());
            }
            h.append("</section>\n");
        }
        if (bill != null && !bill.cdns().isEmpty()) {
            h.append("<section id=\"cdn-shared\">\n<h2>What the CDNs share</h2>\n");
            lines(h, "Priced once, by the shared sheets", bill.shared(), "shared", Bill.sum(bill.shared()));
            h.append("<p class=\"meta\">The network's total, ").append(Figures.dollars(bill.total()))
                    .append(", is the CDNs' totals and these lines added up.</p>\n</section>\n");
        }
    }

    private static void lines(StringBuilder h, String caption, List<BillLine> lines, String total,
                              java.math.BigDecimal amount) {
        h.append("<table>\n<caption>").append(ReportHtml.escape(caption)).append("</caption>\n")
                .append("<thead><tr><th>component</th><th>provider</th><th>quantity a month</th><th>price</th>")
                .append("<th>amount</th><th>detail</th></tr></thead>\n<tbody>\n");
        for (BillLine l : lines) {
            h.append("<tr><td>").append(ReportHtml.escape(l.component().label())).append("</td><td>")
                    .append(ReportHtml.escape(l.provider())).append("</td>").append(num(l.quantityText()))
                    .append("<td>").append(ReportHtml.escape(l.price())).append("</td>").append(num(l.amountText()))
                    .append("<td>").append(ReportHtml.escape(l.detail())).append("</td></tr>\n");
        }
        h.append("<tr><th>").append(ReportHtml.escape(total)).append("</th><td></td><td></td><td></td>")
                .append(num(Figures.dollars(amount))).append("<td></td></tr>\n</tbody>\n</table>\n");
    }

    private static String num(String text) {
        return "<td class=\"n\">" + text + "</td>";
    }

    private static String ms(double v) {
        return Double.isNaN(v) ? "-" : Format.rate(v) + " ms";
    }
}
