package io.cdnsim.report;

import io.cdnsim.cost.Bill;
import io.cdnsim.cost.BillLine;
import io.cdnsim.model.Scenario;
import io.cdnsim.run.Billing;
import io.cdnsim.run.RunResult;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes {@code cost.csv}: the month's bill of each replication, one row per component and a total row. Amounts are
 * exact dollars to the micro-dollar.
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
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader(HEADER.toArray(String[]::new))
                .setRecordSeparator('\n').build();
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
             CSVPrinter csv = new CSVPrinter(w, format)) {
            for (RunResult r : runs) {
                Bill bill = Billing.bill(scenario, r);
                for (BillLine l : bill.lines()) {
                    csv.printRecord(r.replication(), l.provider(), l.component().label(),
                            Format.plain(l.quantity()).toPlainString(), l.unit(), l.price(), l.amount().toPlainString(), l.priced(),
                            l.detail());
                }
                csv.printRecord(r.replication(), "", "total", "", "", "", bill.total().toPlainString(), "", "");
            }
        }
    }
}
