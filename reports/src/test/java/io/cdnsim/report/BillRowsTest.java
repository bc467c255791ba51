package io.cdnsim.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cdnsim.cost.Bill;
import io.cdnsim.cost.BillLine;
import io.cdnsim.cost.Component;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** The bill's rows in {@code cdnsim compare} (R5, F2): on the console, in compare.json and compare.csv. */
@ExtendWith(GermanDefaultLocale.class)
class BillRowsTest {

    private static BillLine line(Component c, String amount) {
        return amount == null ? new BillLine(c, "-", BigDecimal.ONE, "GB", "not priced", "d", new BigDecimal(
                "0.000000"), false) : new BillLine(c, "p", BigDecimal.ONE, "GB", "x", "d", new BigDecimal(amount), true);
    }

    /**
     * With a shield: delivery $10,000, requests $1,000.25, shield $283.02, origin egress $3,000, compute not priced:
     * $14,283.27. Without: delivery $5,000, requests $1,000.25, no shield line, origin egress $90.94, compute not
     * priced: $6,091.19.
     */
    private static Comparison shieldAgainstNone() {
        Bill a = new Bill(List.of(line(Component.DELIVERY, "10000.000000"), line(Component.REQUESTS, "1000.250000"),
                line(Component.SHIELD, "283.020000"), line(Component.ORIGIN_EGRESS, "3000.000000"),
                line(Component.ORIGIN_COMPUTE, null)), new BigDecimal("14283.270000"), BigDecimal.ONE, null);
        Bill b = new Bill(List.of(line(Component.DELIVERY, "5000.000000"), line(Component.REQUESTS, "1000.250000"),
                line(Component.ORIGIN_EGRESS, "90.940000"), line(Component.ORIGIN_COMPUTE, null)),
                new BigDecimal("6091.190000"), BigDecimal.ONE, null);
        List<Comparison.Row> rows = new ArrayList<>();
        BillRows.add(rows, BillRows.of(List.of(a)), BillRows.of(List.of(b)), true);
        return new Comparison("shield", "no-shield", rows, true, 0, 0);
    }

    // Pins the bill on the console: total first, then each component in bill order, in dollars and cents; B - A
    // taken exactly ($6,091.19 - $14,283.27 = -$8,192.08, the subtraction the analyst did by hand), B / A - 1 =
    // -8,192.08 / 14,283.27 = -57.35 %; requests equal (no sign on $0.00); the shield B has none of is $0.00 there
    // (-100.00 %); compute, which no sheet prices, "-" on both sides, not $0; a note says what the rows are.
    @Test
    void consoleRowsInDollars() {
        String text = CompareReport.render(shieldAgainstNone());
        assertTrue(text.contains("""
                figure                         A          B       B - A  B / A - 1
                ------------------------------------------------------------------
                bill for a month      $14,283.27  $6,091.19  -$8,192.08   -57.35 %
                bill: cdn delivery    $10,000.00  $5,000.00  -$5,000.00   -50.00 %
                bill: requests         $1,000.25  $1,000.25       $0.00     0.00 %
                bill: shield             $283.02      $0.00    -$283.02  -100.00 %
                bill: origin egress    $3,000.00     $90.94  -$2,909.06   -96.97 %
                bill: origin compute           -          -           -          -
                """), text);
        assertTrue(text.contains("bill: each run's month as its own cost section projects it"), text);
    }

    // Pins compare.json and compare.csv: the bill's rows among the figures, each difference the exact one
    // (-8192.08, not -8192.080000000002), a component not priced null / empty.
    @Test
    void filesHaveExactDifferences(@TempDir Path dir) throws Exception {
        CompareReport.write(shieldAgainstNone(), ComparePageTest.empty(), ComparePageTest.empty(), dir.resolve("c"));
        JsonNode figures = new ObjectMapper().readTree(dir.resolve("c").resolve("compare.json").toFile())
                .get("figures");
        assertEquals("bill.totalUsd", figures.get(0).get("metric").asText());
        assertEquals("14283.27", figures.get(0).get("a").asText());
        assertEquals("6091.19", figures.get(0).get("b").asText());
        assertEquals("-8192.08", figures.get(0).get("difference").asText());
        assertTrue(figures.get(5).get("a").isNull(), "compute is not priced");
        String csv = Files.readString(dir.resolve("c").resolve("compare.csv"), StandardCharsets.UTF_8);
        assertTrue(csv.contains("bill.totalUsd,bill for a month,14283.27,6091.19,-8192.08,-0.573544,,1\n"), csv);
        assertTrue(csv.contains("bill.shieldUsd,bill: shield,283.02,0,-283.02,-1,,1\n"), csv);
        assertTrue(csv.contains("bill.originComputeUsd,bill: origin compute,,,,,,1\n"), csv);
    }

    // Pins the rows read back from two output folders' summary.json: the bill of each replication, averaged exactly
    // ($100.01 and $100.02: $100.015), the shield line B has not counted $0, and a row for B's only bill.
    @Test
    void fromSummaries() throws Exception {
        ObjectMapper json = new ObjectMapper();
        JsonNode sa = json.readTree("""
                {"cost": {}, "runs": [
                  {"cost": {"totalUsd": 100.01, "lines": [
                    {"component": "shield", "amountUsd": 1.5, "priced": true},
                    {"component": "origin compute", "amountUsd": 0, "priced": false}]}},
                  {"cost": {"totalUsd": 100.02, "lines": [
                    {"component": "shield", "amountUsd": 1.5, "priced": true},
                    {"component": "origin compute", "amountUsd": 0, "priced": false}]}}]}""");
        JsonNode sb = json.readTree("""
                {"cost": {}, "runs": [
                  {"cost": {"totalUsd": 50, "lines": [{"component": "origin compute", "amountUsd": 7, "priced": true}]}},
                  {"cost": {"totalUsd": 50, "lines": [{"component": "origin compute", "amountUsd": 7, "priced": true}]}}]}
                """);
        List<Comparison.Row> rows = new ArrayList<>();
        BillRows.add(rows, BillRows.of(sa), BillRows.of(sb), false);
        assertEquals(100.015, rows.get(0).a());
        assertEquals(-50.015, rows.get(0).difference());
        Comparison.Row shield = rows.stream().filter(r -> r.metric().equals("bill.shieldUsd")).findFirst().get();
        assertEquals(1.5, shield.a());
        assertEquals(0, shield.b());
        Comparison.Row compute = rows.stream().filter(r -> r.metric().equals("bill.originComputeUsd")).findFirst()
                .get();
        assertTrue(Double.isNaN(compute.a()));
        assertEquals(7, compute.b());
        assertTrue(Double.isNaN(BillRows.of(json.readTree("{\"runs\": []}")).isEmpty() ? Double.NaN : 0));
    }
}
