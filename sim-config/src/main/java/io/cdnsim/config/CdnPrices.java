package io.cdnsim.config;

import io.cdnsim.cost.Component;
import io.cdnsim.cost.PriceBook;
import io.cdnsim.cost.PriceSheet;
import io.cdnsim.model.Cdn;
import io.cdnsim.model.Topology;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a cost section's {@code cdns:}: each CDN's own price sheets, by its name. A CDN's own sheets price its bill
 * (each component by one of them), the shared ones ({@code cost.sheets}) what they leave out; the origin's egress and
 * compute are the CDNs' shared costs, so a CDN's own sheets may not price them.
 */
final class CdnPrices {

    private CdnPrices() {
    }

    /**
     * @param p        the scenario's problems
     * @param written  each CDN's sheets as written, by CDN name
     * @param shared   the shared sheets that were read
     * @param scenario the scenario file
     * @param topology its topology, or null if it did not load
     * @return each CDN's own sheets, in the topology's order, or null if there are problems
     */
    static Map<String, PriceBook> read(Problems p, Map<String, List<String>> written, List<PriceSheet> shared,
                                       Path scenario, Topology topology) {
        if (topology == null) {
            return null;
        }
        List<String> names = topology.cdns().stream().map(Cdn::name).toList();
        if (names.isEmpty()) {
            p.add("cost.cdns", "the topology '" + topology.name() + "' is one CDN: price it with cost.sheets");
            return null;
        }
        boolean ok = true;
        for (String name : written.keySet()) {
            if (!names.contains(name)) {
                p.add("cost.cdns." + name, "the topology has no CDN '" + name + "'" + Problems.didYouMean(name, names)
                        + "; its CDNs: " + String.join(", ", names));
                ok = false;
            }
        }
        Map<String, PriceBook> books = new LinkedHashMap<>();
        for (String name : names) {
            List<String> files = written.get(name);
            if (files == null) {
                continue;
            }
            String field = "cost.cdns." + name;
            if (files.isEmpty()) {
                p.add(field, "missing: the CDN's own price sheets, for example [cloudfront-style]");
                ok = false;
                continue;
            }
            List<PriceSheet> own = new ArrayList<>();
            for (int i = 0; i < files.size(); i++) {
                PriceSheet s = CostReader.sheet(p, field + "[" + i + "]", files.get(i), scenario);
                if (s == null) {
                    ok = false;
                } else if (s.prices(Component.ORIGIN_EGRESS) || s.prices(Component.ORIGIN_COMPUTE)) {
                    p.add(field + "[" + i + "]", "the sheet '" + s.name() + "' prices "
                            + (s.prices(Component.ORIGIN_EGRESS) ? "origin egress" : "origin compute")
                            + ", which the CDNs share: list it in cost.sheets");
                    ok = false;
                } else {
                    own.add(s);
                }
            }
            if (own.size() == files.size()) {
                String conflict = PriceBook.conflict(own);
                if (conflict != null) {
                    p.add(field, conflict);
                    ok = false;
                } else if (!CostReader.regionsPriced(p, field, own, topology, false)) {
                    ok = false;
                } else {
                    books.put(name, new PriceBook(own));
                }
            }
        }
        return ok ? books : null;
    }
}
