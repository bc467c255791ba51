package io.cdnsim.report;

import io.cdnsim.cost.Bill;
import io.cdnsim.cost.BillLine;
import io.cdnsim.cost.CdnBill;
import io.cdnsim.model.Scenario;
import io.cdnsim.run.Billing;
import io.cdnsim.run.RunResult;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes {@code cost.csv}: the month's bill of each replication, one row per component and a total row. Amounts are
 * exact dollars to the micro-dollar. Through several CDNs, a {@code cdn} column: each CDN's rows and its total row,
 * then the rows the CDNs share ({@code shared}), then the network's total (no CDN).
 */
public final class CostCsv {

    /** The columns. */
    static final List<String> HEADER = List.of("replication", "provider", "component", "quantity", "unit", "price",
            "amount_usd", "priced", "detail");

    private CostCsv() {
    }

    /**
     * @param scenario a scenario with a cost section
     * @param runs     its replications
     * @param file     target file
     * @throws IOException if it cannot be written
     */
    public static void write(Scenario scenario, List<RunResult> runs, Path file) throws IOException {
        boolean several = !scenario.topology().cdns().isEmpty();
        List<String> header = new ArrayList<>(HEADER);
        if (several) {
            header.add(1, "cdn");
        }
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader(header.toArray(String[]::new))
                .setRecordSeparator('\n').build();
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
             CSVPrinter csv = new CSVPrinter(w, format)) {
            for (RunResult r : runs) {
                Bill bill = Billing.bill(scenario, r);
                if (!several) {
                    lines(csv, r.replication(), null, bill.lines());
                    csv.printRecord(r.replication(), "", "total", "", "", "", bill.total().toPlainString(), "", "");
                    continue;
                }
                for (CdnBill c : bill.cdns()) {
                    lines(csv, r.replication(), c.cdn(), c.lines());
                    csv.printRecord(r.replication(), c.cdn(), "", "total", "", "", "", c.total().toPlainString(), "",
                            "");
                }
                lines(csv, r.replication(), "shared", bill.shared());
                csv.printRecord(r.replication(), "", "", "total", "", "", "", bill.total().toPlainString(), "", "");
            }
        }
    }

    /** One row per line; with {@code cdn} not null, its CDN (or {@code shared}) second. */
    private static void lines(CSVPrinter csv, int replication, String cdn, List<BillLine> lines) throws IOException {
        for (BillLine l : lines) {
            List<Object> row = new ArrayList<>(List.of(replication, l.provider(), l.component().label(),
                    Format.plain(l.quantity()).toPlainString(), l.unit(), l.price(), l.amount().toPlainString(),
                    l.priced(), l.detail()));
            if (cdn != null) {
                row.add(1, cdn);
            }
            csv.printRecord(row);
        }
    }
}
