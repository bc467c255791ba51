package io.cdnsim.cli;

import static io.cdnsim.cli.Cli.execute;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shipped multi-cdn-weights (100,000 viewers, 6 minutes through two CDNs, a sheet per CDN), run once through the
 * command line: its bill per CDN in every output, and docs/cost-model.md showing the console's lines as printed.
 */
class MultiCdnBillTest {

    @TempDir
    static Path dir;
    private static Cli.Result run;
    private static Path out;

    /** Runs the shipped scenario once. */
    @BeforeAll
    static void runOnce() {
        out = dir.resolve("out");
        run = execute("run", Cli.SCENARIOS.resolve("multi-cdn-weights.yaml").toString(), "--out", out.toString());
        assertEquals(0, run.code(), run::toString);
    }

    // Pins that docs/cost-model.md shows the console's per-CDN lines (each CDN's edge Gbit/s) and its bill (each
    // CDN's lines and total, the shared lines, the total) as this run prints them (the sheets' paths as seen from
    // the repository's top, where the document runs it).
    @Test
    void costModelShowsTheRealBill() throws IOException {
        String doc = Files.readString(Cli.SCENARIOS.resolveSibling("docs").resolve("cost-model.md"));
        List<String> shown = new ArrayList<>();
        boolean in = false;
        for (String line : run.out().split("\n")) {
            in |= line.startsWith("Bill for a month");
            if (in || line.matches("cdn-[ab]: .*")) {
                shown.add(line);
            }
            if (line.startsWith("Not priced:")) {
                break;
            }
        }
        assertTrue(shown.contains("shared by the CDNs:"), run::toString);
        for (String line : shown) {
            String asRunFromTheTop = line.replace("../pricing/", "pricing/");
            assertTrue(doc.contains(asRunFromTheTop + "\n"), () -> "docs/cost-model.md lacks the line\n" + line);
        }
    }

    // Pins that the per-CDN bills add up to the total in summary.json and in cost.csv (exact decimals), that cost.csv
    // has a cdn column, and that each CDN's edge Gbit/s are there (its p95 at most its peak), with its edge's peak
    // requests/s between nothing and the network's (whose busiest second is at most the CDNs' peaks added up).
    @Test
    void summaryAndCostCsvAddUp() throws IOException {
        JsonNode summary = new ObjectMapper().readTree(out.resolve("summary.json").toFile());
        JsonNode cost = summary.get("runs").get(0).get("cost");
        BigDecimal sum = BigDecimal.ZERO;
        for (JsonNode c : cost.get("cdns")) {
            sum = sum.add(c.get("totalUsd").decimalValue());
        }
        for (JsonNode l : cost.get("shared")) {
            sum = sum.add(l.get("amountUsd").decimalValue());
        }
        assertEquals(0, sum.compareTo(cost.get("totalUsd").decimalValue()), cost::toString);
        assertEquals("cloudfront-style", summary.get("cost").get("cdns").get("cdn-a").get(0).get("name").asText());
        long networkPeak = summary.get("runs").get(0).get("tiers").get(0).get("peakRequestsPerSecond").asLong();
        long peaks = 0;
        for (JsonNode c : summary.get("runs").get(0).get("cdns")) {
            assertTrue(c.get("edgeP95Gbps").asDouble() > 0, c::toString);
            assertTrue(c.get("edgeP95Gbps").asDouble() <= c.get("edgePeakGbps").asDouble(), c::toString);
            long peak = c.get("tiers").get(0).get("peakRequestsPerSecond").asLong();
            assertTrue(peak > 0 && peak <= networkPeak, c::toString);
            peaks += peak;
        }
        assertTrue(networkPeak <= peaks, "the network's busiest second is at most the CDNs' busiest added up");
        List<String> csv = Files.readAllLines(out.resolve("cost.csv"));
        assertTrue(csv.get(0).startsWith("replication,cdn,provider,component,"), csv.get(0));
        BigDecimal rows = BigDecimal.ZERO;
        BigDecimal total = null;
        for (String line : csv.subList(1, csv.size())) {
            String[] f = line.split(",(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)");
            BigDecimal amount = new BigDecimal(f[7]);
            if (f[3].equals("total")) {
                total = f[1].isEmpty() ? amount : total;
            } else {
                rows = rows.add(amount);
            }
        }
        assertEquals(0, rows.compareTo(total), csv::toString);
        assertEquals(0, total.compareTo(cost.get("totalUsd").decimalValue()));
    }

    // Pins that cdnsim bill re-prices the folder per CDN with the run's own sheets to the cent, line for line.
    @Test
    void billRePricesTheFolderPerCdn() {
        Cli.Result bill = execute("bill", out.toString(), "--prices", "../pricing/cloud-origin-egress.yaml,"
                + "../pricing/origin-compute-example.yaml", "--cdn-prices", "cdn-a=../pricing/cloudfront-style.yaml",
                "--cdn-prices", "cdn-b=../pricing/commit-plans.yaml");
        assertEquals(0, bill.code(), bill::toString);
        String printed = run.out().substring(run.out().indexOf("component "), run.out().indexOf("Prices:"));
        String repriced = bill.out().substring(bill.out().indexOf("component "), bill.out().indexOf("Prices:"));
        assertEquals(printed, repriced);
        Cli.Result wrong = execute("bill", out.toString(), "--prices", "../pricing/cloud-origin-egress.yaml",
                "--cdn-prices", "cdn-c=../pricing/commit-plans.yaml");
        assertEquals(2, wrong.code(), wrong::toString);
        assertTrue(wrong.err().contains("--cdn-prices: expected CDN=SHEET[+SHEET] with CDN one of cdn-a, cdn-b"),
                wrong::toString);
        Cli.assertNoStackTrace(wrong.err());
    }

    // Pins compare's rows of each CDN's figures and bill (the folder against a copy of itself: every difference 0) and
    // report.html's section per CDN and stacked traffic-share chart.
    @Test
    void compareAndReportShowEachCdn() throws IOException {
        Path copy = Cli.copyTree(out, dir.resolve("copy"));
        Path cmp = dir.resolve("cmp");
        Cli.Result r = execute("compare", out.toString(), copy.toString(), "--out", cmp.toString());
        assertEquals(0, r.code(), r::toString);
        assertTrue(r.out().contains("bill: cdn-a total"), r::toString);
        assertTrue(r.out().contains("\ncdn-b share of edge requests ") && r.out().contains("\ncdn-a edge p95 Gbit/s ")
                && r.out().contains("\ncdn-b rebuffer ratio "), r::toString);
        List<String> csv = Files.readAllLines(cmp.resolve("compare.csv"));
        assertTrue(csv.stream().anyMatch(l -> l.startsWith("bill.cdn.cdn-b.cdnDeliveryUsd,bill: cdn-b cdn delivery,"
                + "2153.746178,2153.746178,0")), csv::toString);
        String html = Files.readString(out.resolve("report.html"));
        assertTrue(html.contains("<section id=\"cdn-cdn-a\">") && html.contains("<section id=\"cdn-shared\">"));
        assertTrue(html.contains("<figure id=\"chart-cdn-share\">"));
    }
}
