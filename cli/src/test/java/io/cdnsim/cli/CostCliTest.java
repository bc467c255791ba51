package io.cdnsim.cli;

import static io.cdnsim.cli.Cli.assertNoStackTrace;
import static io.cdnsim.cli.Cli.execute;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code cdnsim calc} on the seeds' worked examples, and the bill of {@code cdnsim run}. */
class CostCliTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static void assertShows(Cli.Result r, String... fragments) {
        assertEquals(0, r.code(), r::toString);
        assertEquals("", r.err(), r::toString);
        for (String f : fragments) {
            assertTrue(r.out().contains(f), () -> "should show " + f + ":\n" + r.out());
        }
    }

    // Pins seed 002's hierarchy as the table shows it: 50,000 fetches/s; 2,500, 200 and 10 escape; a 5,000-fold
    // reduction; 200/s without the shield, 20 times more.
    @Test
    void seed002Hierarchy() {
        assertShows(execute("calc", "--viewers", "100000", "--segment", "2s", "--chr", "95%,92%,95%"),
                "100,000 viewers / 2 s", "50,000 /s", "50,000 x (1 - 0.95)", "2,500 /s", "2,500 x (1 - 0.92)",
                "200 /s", "200 x (1 - 0.95)", "10 /s", "5,000x", "without the shield: reach the origin", "20x");
    }

    // Pins seed 002's sports streamer: 12,500 fetches/s, 1,500/s past the edge, 120/s past the shield, 12.5 times
    // fewer; the correct 18 Gbit/s and 1.44 Gbit/s beside the article's 4.5 Gbit/s and 360 Mbit/s; the monthly
    // egress bills at $0.09/GB with and without the shield.
    @Test
    void seed002SportsStreamer() {
        assertShows(execute("calc", "--viewers", "50000", "--segment", "4s", "--bitrate", "3Mbps", "--chr",
                "edge=88%,shield=92%", "--egress-price", "0.09/GB"), "1.5 MB", "12,500 /s", "1,500 /s", "120 /s",
                "12.5x", "18 Gbit/s", "1.44 Gbit/s", "4.5 Gbit/s", "360 Mbit/s", "$524,880.00", "$41,990.40",
                "$482,889.60");
    }

    // Pins seed 003: 22.5 GB per viewer, 2.25 PB a month, 225,000 GB and 112,500 GB from the origin at 90 % and 95 %,
    // $9,000 a month and $108,000 a year saved at $0.08/GB.
    @Test
    void seed003Offload() {
        assertShows(execute("calc", "--viewers", "100000", "--hours", "10", "--bitrate", "5Mbps", "--offload",
                "90%,95%", "--egress-price", "0.08/GB"), "22.5 GB", "2.25 PB (2,250,000 GB)",
                "225 TB (225,000 GB)", "112.5 TB (112,500 GB)", "$9,000.00", "$108,000.00");
    }

    // Pins --json: inputs, the steps, and the results by key as exact numbers.
    @Test
    void json() throws IOException {
        Cli.Result r = execute("calc", "--viewers", "100000", "--segment", "2s", "--bitrate", "5Mbps", "--chr",
                "95%,92%,95%", "--origin-target", "5/s", "--sweep", "90%,95%,99%", "--json");
        assertEquals(0, r.code(), r::toString);
        JsonNode root = JSON.readTree(r.out());
        assertEquals(100000, root.get("inputs").get("viewers").asLong());
        JsonNode results = root.get("results");
        assertEquals(0, new BigDecimal("10").compareTo(results.get("origin.requestsPerSecond").decimalValue()));
        assertEquals(0, new BigDecimal("0.975").compareTo(results.get("target.edgeHitRatio").decimalValue()),
                "1 - 5 / (50,000 x 0.08 x 0.05)");
        assertEquals(0, new BigDecimal("500").compareTo(results.get("sweep.99%.originRequestsPerSecond")
                .decimalValue()));
        assertEquals(0, new BigDecimal("5").compareTo(results.get("sweep.99%.factor").decimalValue()));
        assertTrue(root.get("steps").size() > 10);
    }

    // Pins that bad calc input exits 2 with one line naming the option and what it allows, then the value as
    // written, no stack trace, nothing on stdout.
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "--chr 95,92|--chr: expected a hit ratio from 0 % to 99.9999 %|found '95' (write '95%' for a percentage)",
        "--chr 100%|--chr: expected a hit ratio from 0 % to 99.9999 %|found '100%'",
        "--segment 2 parsecs|--segment: expected a duration from 1ms to 1h|found '2 parsecs'",
        "--egress-price -0.09/GB|--egress-price: expected a price from $0 to $1,000 per GB|found '-0.09/GB'",
        "--origin-target 5/s|--origin-target: needs --segment and --chr|needs --segment and --chr",
        "--viewers 0|--viewers: expected a whole number of viewers from 1 to 10,000,000,000|found '0'"})
    void badCalcInput(String options, String says, String found) {
        List<String> args = new java.util.ArrayList<>(List.of("calc", "--viewers", "100000", "--bitrate", "5Mbps"));
        String[] parts = options.split(" ", 2);
        if (parts[0].equals("--viewers")) {
            args.set(2, parts[1]);
        } else {
            args.add(parts[0]);
            args.add(parts[1]);
        }
        Cli.Result r = execute(args);
        assertEquals(2, r.code(), r::toString);
        assertEquals("", r.out(), r::toString);
        assertTrue(r.err().startsWith(says), r::toString);
        assertTrue(r.err().strip().endsWith(found), r::toString);
        assertEquals(1, r.err().strip().lines().count(), r::toString);
        assertNoStackTrace(r.err());
    }

    // Pins that calc needs something to compute from, and that its help shows runnable examples.
    @Test
    void nothingToComputeAndHelp() {
        Cli.Result r = execute("calc", "--viewers", "100");
        assertEquals(2, r.code(), r::toString);
        assertTrue(r.err().contains("give --segment"), r::toString);
        Cli.Result help = execute("calc", "--help");
        assertEquals(0, help.code(), help::toString);
        assertTrue(help.out().contains("cdnsim calc --viewers 100000 --segment 2s --chr 95%,92%,95%"), help::toString);
        assertTrue(execute("--help").out().contains("calc"));
    }

    // Pins the bill of a run: the console says it is a projection and that the prices are examples; cost.csv has
    // the five components and a total row that is their exact sum, equal to summary.json's totalUsd; the origin
    // egress line is the origin's egress bytes x 7,200 repeats at $0.09/GB, to the micro-dollar.
    @Test
    void runWithACostSection(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("out");
        Cli.Result r = execute("run", Cli.shortSports(dir).toString(), "--out", out.toString(), "--quiet");
        assertEquals(0, r.code(), r::toString);
        Cli.Result shown = execute("run", Cli.shortSports(dir).toString(), "--out", out.toString());
        assertShows(shown, "Bill for a month (a projection, not a measurement: the measured 30 s x 7,200 a month, "
                + "no baseline)", "cdn delivery", "origin egress", "EXAMPLE prices", "per viewer-hour", "cost.csv");

        List<CSVRecord> rows;
        try (CSVParser p = CSVParser.parse(out.resolve("cost.csv"), java.nio.charset.StandardCharsets.UTF_8,
                CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build())) {
            assertEquals(List.of("replication", "provider", "component", "quantity", "unit", "price", "amount_usd",
                    "priced", "detail"), p.getHeaderNames());
            rows = p.getRecords();
        }
        assertEquals(List.of("cdn delivery", "requests", "shield", "origin egress", "origin compute", "total"),
                rows.stream().map(x -> x.get("component")).toList());
        BigDecimal sum = BigDecimal.ZERO;
        for (CSVRecord row : rows.subList(0, 5)) {
            sum = sum.add(new BigDecimal(row.get("amount_usd")));
        }
        assertEquals(sum, new BigDecimal(rows.get(5).get("amount_usd")), "the total is the lines' exact sum");

        JsonNode summary = JSON.readTree(out.resolve("summary.json").toFile());
        JsonNode run = summary.get("runs").get(0);
        assertEquals(0, sum.compareTo(run.get("cost").get("totalUsd").decimalValue()));
        long originBytes = run.get("origin").get("egressBytes").asLong();
        BigDecimal egress = BigDecimal.valueOf(originBytes * 7200).movePointLeft(9).multiply(new BigDecimal("0.09"))
                .setScale(6, java.math.RoundingMode.HALF_EVEN);
        assertEquals(egress, new BigDecimal(rows.get(3).get("amount_usd")));
        JsonNode cost = summary.get("cost");
        assertEquals(7200, cost.get("projection").get("repeatsPerMonth").asLong());
        assertEquals(3, cost.get("sheets").size());
        assertTrue(cost.get("sheets").get(0).get("example").asBoolean());
    }

    // Pins that a scenario without a cost section writes no cost.csv, no cost section and no bill.
    @Test
    void noCostSectionNoBill(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("out");
        Cli.Result r = execute("run", Cli.shortScenario(dir).toString(), "--out", out.toString());
        assertEquals(0, r.code(), r::toString);
        assertFalse(r.out().contains("Bill"), r::toString);
        assertFalse(Files.exists(out.resolve("cost.csv")));
        assertFalse(JSON.readTree(out.resolve("summary.json").toFile()).has("cost"));
    }

    // Pins the bill in compare (shield against no shield, run here): each side's bill rows are its own run's bill
    // (summary.json's totalUsd and lines, exactly), B - A is their exact difference, the side without a shield has a
    // $0 shield row and its own console bill no shield line; comparing the two finished folders gives the same rows.
    @Test
    void compareShowsTheBill(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("out").resolve("cmp");
        Cli.Result r = execute("compare", Cli.shortSports(dir, true).toString(), Cli.shortSports(dir, false)
                .toString(), "--out", out.toString());
        assertShows(r, "\nbill for a month ", "\nbill: cdn delivery ", "\nbill: shield ", "\nbill: origin egress ");
        JsonNode figures = JSON.readTree(out.resolve("compare.json").toFile()).get("figures");
        Path runs = out.resolve("runs");
        JsonNode billA = JSON.readTree(runs.resolve("short-sports").resolve("summary.json").toFile()).get("runs")
                .get(0).get("cost");
        JsonNode billB = JSON.readTree(runs.resolve("short-sports-edge").resolve("summary.json").toFile())
                .get("runs").get(0).get("cost");
        JsonNode total = figure(figures, "bill.totalUsd");
        BigDecimal a = billA.get("totalUsd").decimalValue();
        BigDecimal b = billB.get("totalUsd").decimalValue();
        assertEquals(0, a.compareTo(total.get("a").decimalValue()));
        assertEquals(0, b.compareTo(total.get("b").decimalValue()));
        assertEquals(0, b.subtract(a).compareTo(total.get("difference").decimalValue()), "B - A exactly");
        assertEquals(0, billA.get("lines").get(2).get("amountUsd").decimalValue().compareTo(
                figure(figures, "bill.shieldUsd").get("a").decimalValue()));
        assertEquals(0.0, figure(figures, "bill.shieldUsd").get("b").asDouble(), "no shield, no shield bill");
        assertEquals(List.of("cdn delivery", "requests", "origin egress", "origin compute"),
                java.util.stream.StreamSupport.stream(billB.get("lines").spliterator(), false)
                        .map(l -> l.get("component").asText()).toList(), "no shield line without a shield");
        assertTrue(Files.readString(out.resolve("compare.html")).contains("data-key=\"bill.totalUsd\""));

        Path again = dir.resolve("again");
        assertEquals(0, execute("compare", runs.resolve("short-sports").toString(),
                runs.resolve("short-sports-edge").toString(), "--out", again.toString(), "-q").code());
        JsonNode fromFolders = figure(JSON.readTree(again.resolve("compare.json").toFile()).get("figures"),
                "bill.totalUsd");
        assertEquals(total.get("difference").asText(), fromFolders.get("difference").asText());
    }

    private static JsonNode figure(JsonNode figures, String metric) {
        for (JsonNode f : figures) {
            if (f.get("metric").asText().equals(metric)) {
                return f;
            }
        }
        throw new AssertionError("no figure " + metric);
    }
}
