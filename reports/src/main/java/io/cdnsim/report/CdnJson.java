package io.cdnsim.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cdnsim.cost.Bill;
import io.cdnsim.cost.BillLine;
import io.cdnsim.cost.CdnBill;
import io.cdnsim.cost.Component;
import io.cdnsim.cost.CostSpec;
import io.cdnsim.cost.PriceBook;
import io.cdnsim.cost.PriceSheet;
import io.cdnsim.run.CdnResult;
import java.util.List;
import java.util.Map;

/**
 * What summary.json says of several CDNs beyond their tiers and viewers: each CDN's edge Gbit/s, its own price
 * sheets, its bill, and the lines the CDNs share. A run through one CDN writes none of it.
 */
final class CdnJson {

    private CdnJson() {
    }

    /**
     * @param cn a CDN's object in {@code runs[].cdns[]}
     * @param c  its figures
     */
    static void traffic(ObjectNode cn, CdnResult c) {
        cn.put("edgePeakGbps", c.peakEdgeGbps());
        cn.put("edgeP95Gbps", c.p95EdgeGbps());
    }

    /**
     * @param n    the {@code cost} object
     * @param spec the cost section
     */
    static void sheets(ObjectNode n, CostSpec spec) {
        if (spec.cdnPrices().isEmpty()) {
            return;
        }
        ObjectNode cdns = n.putObject("cdns");
        for (Map.Entry<String, PriceBook> e : spec.cdnPrices().entrySet()) {
            ArrayNode own = cdns.putArray(e.getKey());
            for (PriceSheet sheet : e.getValue().sheets()) {
                sheet(own.addObject(), sheet);
            }
        }
    }

    /**
     * @param s     where to write it
     * @param sheet a price sheet: its name, provider, file, source, date, whether it is an example, what it prices
     */
    static void sheet(ObjectNode s, PriceSheet sheet) {
        s.put("name", sheet.name());
        s.put("provider", sheet.provider());
        s.put("file", sheet.location());
        s.put("source", sheet.source());
        s.put("date", sheet.date());
        s.put("example", sheet.example());
        ArrayNode prices = s.putArray("prices");
        for (Component c : Component.values()) {
            if (sheet.prices(c)) {
                prices.add(c.label());
            }
        }
    }

    /**
     * @param lines where to add them
     * @param all   lines of a bill
     */
    static void lines(ArrayNode lines, List<BillLine> all) {
        for (BillLine l : all) {
            ObjectNode line = lines.addObject();
            line.put("component", l.component().label());
            line.put("provider", l.provider());
            line.put("quantity", Format.plain(l.quantity()));
            line.put("unit", l.unit());
            line.put("price", l.price());
            line.put("detail", l.detail());
            line.put("amountUsd", l.amount());
            line.put("priced", l.priced());
        }
    }

    /**
     * @param n    a replication's {@code cost} object
     * @param bill its bill
     */
    static void bills(ObjectNode n, Bill bill) {
        if (bill.cdns().isEmpty()) {
            return;
        }
        ArrayNode cdns = n.putArray("cdns");
        for (CdnBill c : bill.cdns()) {
            ObjectNode cn = cdns.addObject();
            cn.put("name", c.cdn());
            lines(cn.putArray("lines"), c.lines());
            cn.put("totalUsd", c.total());
            cn.put("deliveredBytes", Format.plain(c.deliveredBytes()));
            cn.put("usdPerGBDelivered", Format.micro(c.perGBDelivered()));
        }
        lines(n.putArray("shared"), bill.shared());
    }
}
