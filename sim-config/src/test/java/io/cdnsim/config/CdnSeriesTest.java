package io.cdnsim.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cdnsim.cost.Bill;
import io.cdnsim.cost.CdnBill;
import io.cdnsim.cost.Component;
import io.cdnsim.model.Scenario;
import io.cdnsim.run.Billing;
import io.cdnsim.run.CdnResult;
import io.cdnsim.run.RunOptions;
import io.cdnsim.run.RunResult;
import io.cdnsim.run.Simulation;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Each CDN's own columns of the time series through several CDNs, and its bill, on multi-cdn-weights with 2,000
 * viewers (read in place, so that its price sheets are found).
 */
class CdnSeriesTest {

    private static Scenario small() throws IOException, ScenarioException {
        Path file = Path.of("..", "scenarios", "multi-cdn-weights.yaml");
        String text = Files.readString(file).replace("viewers: 100000", "viewers: 2000");
        Path copy = Files.writeString(Path.of("..", "scenarios", ".cdn-series-test.yaml"), text);
        try {
            return ScenarioReader.read(copy);
        } finally {
            Files.delete(copy);
        }
    }

    // Pins conservation per CDN in the time series: summed over every second, each CDN's tier columns add up to that
    // CDN's tier (requests and bytes: warm-up 0, so everything counts) and the CDNs' columns of a position to the
    // network's tier; each CDN's busiest second is its column's highest, its 95th percentile of the seconds one of
    // them, and its five-minute windows add up to its edges' bytes, as do its bytes by region.
    @Test
    void eachCdnsColumnsAddUpToItsTiersAndTheNetworks() throws IOException, ScenarioException {
        Scenario s = small();
        List<String> columns = Simulation.seriesColumns(s);
        List<long[]> rows = new ArrayList<>();
        RunResult r = Simulation.run(s, 0, RunOptions.defaults().withThreads(1)
                .withSeries((second, values) -> rows.add(values.clone())));
        assertTrue(columns.contains("cdn-a_edge_requests") && columns.contains("cdn-b_shield_bytes"), "" + columns);
        for (int t = 0; t < 3; t++) {
            String tier = r.tiers().get(t).name();
            long networkRequests = sum(rows, columns.indexOf(tier + "_requests"));
            long networkBytes = sum(rows, columns.indexOf(tier + "_bytes"));
            long requests = 0;
            long bytes = 0;
            for (CdnResult c : r.cdns()) {
                String lane = c.name() + "_" + c.tiers().get(t).name();
                long laneRequests = sum(rows, columns.indexOf(lane + "_requests"));
                long laneBytes = sum(rows, columns.indexOf(lane + "_bytes"));
                assertEquals(c.tiers().get(t).requests(), laneRequests, lane);
                assertEquals(c.tiers().get(t).stats().bytesOut(), laneBytes, lane);
                assertEquals(max(rows, columns.indexOf(lane + "_bytes")), c.tiers().get(t).peakBytesPerSecond());
                requests += laneRequests;
                bytes += laneBytes;
            }
            assertEquals(networkRequests, requests, tier);
            assertEquals(networkBytes, bytes, tier);
        }
        for (CdnResult c : r.cdns()) {
            long edge = c.edge().stats().bytesOut();
            assertEquals(edge, c.edgeWindowBytes().stream().mapToLong(Long::longValue).sum(), c.name());
            assertEquals(edge, c.edgeBytesByRegion().values().stream().mapToLong(Long::longValue).sum(), c.name());
            assertTrue(c.p95EdgeBytes() > 0 && c.p95EdgeBytes() <= c.edge().peakBytesPerSecond(), c.name());
        }
    }

    // Pins that the bill per CDN adds up: each CDN's lines to its total, the CDNs' totals and the shared lines to the
    // network's total, and each component of the network's lines to its parts; each CDN's delivery is its own edges'
    // bytes x 120 repeats.
    @Test
    void billsPerCdnAddUpToTheTotal() throws IOException, ScenarioException {
        Scenario s = small();
        RunResult r = Simulation.run(s, 0, RunOptions.defaults().withThreads(1));
        Bill bill = Billing.bill(s, r);
        BigDecimal total = Bill.sum(bill.shared());
        for (int i = 0; i < bill.cdns().size(); i++) {
            CdnBill c = bill.cdns().get(i);
            assertEquals(0, Bill.sum(c.lines()).compareTo(c.total()), c.cdn());
            total = total.add(c.total());
            assertEquals(0, BigDecimal.valueOf(r.cdns().get(i).edge().stats().bytesOut() * 120L)
                    .compareTo(c.deliveredBytes()), c.cdn());
        }
        assertEquals(0, total.compareTo(bill.total()));
        assertEquals(0, Bill.sum(bill.lines()).compareTo(bill.total()));
        BigDecimal delivery = BigDecimal.ZERO;
        for (CdnBill c : bill.cdns()) {
            delivery = delivery.add(c.line(Component.DELIVERY).amount());
        }
        assertEquals(0, delivery.compareTo(bill.line(Component.DELIVERY).amount()));
    }

    private static long sum(List<long[]> rows, int column) {
        assertTrue(column >= 0);
        long s = 0;
        for (long[] row : rows) {
            s += row[column];
        }
        return s;
    }

    private static long max(List<long[]> rows, int column) {
        long m = 0;
        for (long[] row : rows) {
            m = Math.max(m, row[column]);
        }
        return m;
    }
}
