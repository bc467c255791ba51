package io.cdnsim.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cdnsim.cost.Bill;
import io.cdnsim.cost.PriceSheet;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * A month's bill as JSON: the same fields as a replication's {@code cost} in summary.json (lines, total, per unit,
 * each CDN's bill), for {@code cdnsim bill --json} and summary.json alike.
 */
public final class BillJson {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);

    private BillJson() {
    }

    /**
     * @param bill   the bill
     * @param month  what the month is, in words ({@code a projection, not a measurement: the measured 6 min x 120 a
     *               month, no baseline})
     * @param source where the usage came from: {@code folder} and the folder, or {@code given} and null
     * @param sheets the price sheets it used
     * @return the bill as a JSON object, ending with '\n': {@code month}, {@code source}, {@code currency}, {@code
     *         sheets} (name, provider, file, example, what each prices), then the bill's fields, and {@code
     *         unpriced}, the components no sheet prices (left out of the total: unknown, not free)
     */
    public static String render(Bill bill, String month, String source, List<PriceSheet> sheets) {
        ObjectNode n = JSON.createObjectNode();
        n.put("month", month);
        n.put("source", source);
        n.put("currency", "USD");
        ArrayNode s = n.putArray("sheets");
        for (PriceSheet sheet : sheets) {
            CdnJson.sheet(s.addObject(), sheet);
        }
        put(n, bill);
        ArrayNode unpriced = n.putArray("unpriced");
        BillTable.unpricedNames(bill).forEach(unpriced::add);
        try {
            return JSON.writeValueAsString(n) + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * @param n    where to write it: a replication's {@code cost} object
     * @param bill one replication's bill for the month
     */
    static void put(ObjectNode n, Bill bill) {
        CdnJson.lines(n.putArray("lines"), bill.lines());
        n.put("totalUsd", bill.total());
        n.put("deliveredBytes", Format.plain(bill.deliveredBytes()));
        n.put("usdPerGBDelivered", Format.micro(bill.perGBDelivered()));
        if (bill.viewerHours() == null) {
            n.putNull("viewerHours");
        } else {
            n.put("viewerHours", Format.micro(bill.viewerHours()));
        }
        n.put("usdPerViewerHour", Format.micro(bill.perViewerHour()));
        CdnJson.bills(n, bill);
    }
}
