package io.cdnsim.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cdnsim.cost.Bill;
import io.cdnsim.cost.BillLine;
import io.cdnsim.cost.CdnBill;
import io.cdnsim.cost.Component;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each CDN's bill rows in {@code cdnsim compare}, through several CDNs. */
class CdnBillRowsTest {

    private static BillLine line(Component c, String amount) {
        return new BillLine(c, "p", BigDecimal.ONE, "GB", "x", "d", new BigDecimal(amount), true);
    }

    /** cdn-a: delivery and requests; cdn-b: delivery; shared: origin egress $10. */
    private static Bill bill(String aDelivery, String aRequests, String bDelivery) {
        CdnBill a = new CdnBill("cdn-a", List.of(line(Component.DELIVERY, aDelivery),
                line(Component.REQUESTS, aRequests)), new BigDecimal(aDelivery).add(new BigDecimal(aRequests)),
                BigDecimal.ONE);
        CdnBill b = new CdnBill("cdn-b", List.of(line(Component.DELIVERY, bDelivery)), new BigDecimal(bDelivery),
                BigDecimal.ONE);
        List<BillLine> shared = List.of(line(Component.ORIGIN_EGRESS, "10"));
        BigDecimal total = a.total().add(b.total()).add(new BigDecimal("10"));
        return new Bill(List.of(), total, BigDecimal.ONE, null, List.of(a, b), shared);
    }

    // Pins the rows of each CDN by hand: A bills cdn-a $100 + $1 = $101 and cdn-b $112; B bills cdn-a $150 + $1 =
    // $151 (B - A $50, B / A - 1 = 50 / 101 = 49.50 %) and cdn-b $80 (-$32, -32 / 112 = -28.57 %); each CDN's total
    // row then its components, after the network's rows, labelled "bill: cdn-a total", "bill: cdn-a cdn delivery".
    @Test
    void eachCdnsTotalAndComponents() {
        List<Comparison.Row> rows = new ArrayList<>();
        BillRows.add(rows, BillRows.of(List.of(bill("100", "1", "112"))), BillRows.of(List.of(bill("150", "1",
                "80"))), true);
        List<String> keys = rows.stream().map(Comparison.Row::metric).toList();
        int at = keys.indexOf("bill.cdn.cdn-a.totalUsd");
        assertTrue(at > keys.indexOf("bill.originComputeUsd"), keys::toString);
        assertEquals(List.of("bill.cdn.cdn-a.totalUsd", "bill.cdn.cdn-a.cdnDeliveryUsd", "bill.cdn.cdn-a.requestsUsd",
                "bill.cdn.cdn-b.totalUsd", "bill.cdn.cdn-b.cdnDeliveryUsd"), keys.subList(at, keys.size()));
        Comparison.Row a = rows.get(at);
        assertEquals(101, a.a());
        assertEquals(151, a.b());
        assertEquals(50, a.difference());
        assertEquals(50.0 / 101, a.relative(), 1e-15);
        Comparison.Row b = rows.get(at + 3);
        assertEquals(-32, b.difference());
        assertEquals(-32.0 / 112, b.relative(), 1e-15);
        assertEquals("bill: cdn-a total", KeyFigure.of("bill.cdn.cdn-a.totalUsd").label());
        assertEquals("bill: cdn-b cdn delivery", KeyFigure.of("bill.cdn.cdn-b.cdnDeliveryUsd").label());
        assertEquals(KeyFigure.Unit.USD, KeyFigure.of("bill.cdn.cdn-b.cdnDeliveryUsd").unit());
    }
}
