package io.cdnsim.cli;

import static io.cdnsim.cli.Cli.assertNoStackTrace;
import static io.cdnsim.cli.Cli.execute;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cdnsim.cost.Figures;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code cdnsim bill}: price sheets applied without simulating (F2), to a finished run or to a known month. */
class BillCommandTest {

    private static final Path PRICING = Path.of("..", "pricing").toAbsolutePath().normalize();

    @TempDir
    Path dir;

    private static String sheet(String name) {
        return PRICING.resolve(name + ".yaml").toString();
    }

    private static String sheets(String... names) {
        return String.join(",", java.util.Arrays.stream(names).map(BillCommandTest::sheet).toList());
    }

    private static void assertShows(Cli.Result r, String... fragments) {
        assertEquals(0, r.code(), r::toString);
        assertEquals("", r.err(), r::toString);
        for (String f : fragments) {
            assertTrue(r.out().contains(f), () -> "should show " + f + ":\n" + r.out());
        }
    }

    /** A sheet of the test's own: delivery at a 95th-percentile price or per TiB; not an example. */
    private Path ownSheet(String delivery) throws IOException {
        return Files.writeString(dir.resolve("own.yaml"), "name: own\nprovider: Own CDN\nsource: a contract\n"
                + "date: 2026-01-01\nexample: false\ndelivery:\n  " + delivery + "\n");
    }

    // Pins re-pricing a finished run with its own sheets: the same bill, line for line, to the cent, without
    // simulating; and with another projection (--repeats 120) and one sheet: origin egress = the origin bytes the
    // run measured x 120 x $0.09/GB, exactly, every other component not priced.
    @Test
    void repricesAFinishedRun() throws IOException {
        Path out = dir.resolve("out");
        assertEquals(0, execute("run", Cli.shortSports(dir).toString(), "--out", out.toString(), "-q").code());
        JsonNode summary = new ObjectMapper().readTree(out.resolve("summary.json").toFile());
        JsonNode cost = summary.get("runs").get(0).get("cost");
        List<String> amounts = new ArrayList<>();
        for (JsonNode l : cost.get("lines")) {
            amounts.add(Figures.dollars(l.get("amountUsd").decimalValue()));
        }
        amounts.add(Figures.dollars(cost.get("totalUsd").decimalValue()));
        Cli.Result same = execute("bill", out.toString(), "--prices", sheets("cloudfront-style", "cloud-origin-egress",
                "origin-compute-example"));
        assertShows(same, "the measured 30 s x 7,200 a month, no baseline; re-priced from " + out + ", replication 0",
                "EXAMPLE prices in every sheet above");
        List<String> shown = same.out().lines().filter(l -> l.matches("^(cdn delivery|requests|shield|origin "
                + "egress|origin compute|total) .*")).map(l -> l.substring(l.lastIndexOf(' ') + 1)).toList();
        assertEquals(amounts, shown);

        long originBytes = summary.get("runs").get(0).get("usage").get("originBytes").asLong();
        String egress = Figures.dollars(BigDecimal.valueOf(originBytes).multiply(BigDecimal.valueOf(120))
                .movePointLeft(9).multiply(new BigDecimal("0.09")));
        Cli.Result saturday = execute("bill", out.toString(), "--repeats", "120", "--prices",
                sheet("cloud-origin-egress"));
        assertShows(saturday, "the measured 30 s x 120 a month", "Not priced:  cdn delivery, requests, shield, "
                + "origin compute");
        assertTrue(saturday.out().lines().anyMatch(l -> l.startsWith("origin egress") && l.endsWith(" " + egress)),
                () -> egress + ":\n" + saturday.out());

        // --json: the same bill as summary.json's cost, field for field, with the folder and the month named
        Cli.Result json = execute("bill", out.toString(), "--json", "--prices", sheets("cloudfront-style",
                "cloud-origin-egress", "origin-compute-example"));
        assertEquals(0, json.code(), json::toString);
        JsonNode b = new ObjectMapper().readTree(json.out());
        for (String field : List.of("lines", "totalUsd", "deliveredBytes", "usdPerGBDelivered", "viewerHours",
                "usdPerViewerHour")) {
            assertEquals(cost.get(field), b.get(field), field);
        }
        assertEquals(out.toString(), b.get("source").asText());
        assertTrue(b.get("month").asText().contains("30 s x 7,200 a month"), json::toString);
        assertEquals(0, b.get("unpriced").size());
        assertEquals(3, b.get("sheets").size());
    }

    // Pins a known month by hand: 60 TB on the CloudFront-style tiers = 9,000 GB x $0.085 + 40,000 GB x $0.080 +
    // 10,000 GB x $0.060 = $4,565; 10,000,000 HTTPS requests x $0.01/10k = $10; 5,000 GB of origin egress x $0.09 =
    // $450; total $5,025.00; no shield given, no shield line.
    @Test
    void knownMonthByHand() {
        Cli.Result r = execute("bill", "--prices", sheets("cloudfront-style", "cloud-origin-egress"), "--delivered",
                "60TB", "--requests", "10M", "--origin-bytes", "5TB");
        assertShows(r, "Bill for a month of traffic as given (no simulation):", "$4,565.00", "$10.00", "$450.00",
                "$5,025.00", "Not priced:  origin compute");
        assertFalse(r.out().contains("\nshield "), r::toString);
    }

    // Pins bill --json on the same known month: each line's amount ($4,565, $10, $450), the total $5,025, the
    // origin compute no sheet prices listed as unpriced (not free), no folder as the source.
    @Test
    void knownMonthAsJson() throws IOException {
        Cli.Result r = execute("bill", "--json", "--prices", sheets("cloudfront-style", "cloud-origin-egress"),
                "--delivered", "60TB", "--requests", "10M", "--origin-bytes", "5TB");
        assertEquals(0, r.code(), r::toString);
        JsonNode b = new ObjectMapper().readTree(r.out());
        List<String> amounts = new ArrayList<>();
        for (JsonNode l : b.get("lines")) {
            amounts.add(l.get("component").asText() + " " + l.get("amountUsd").decimalValue().stripTrailingZeros()
                    .toPlainString() + " " + l.get("priced").asBoolean());
        }
        assertEquals(List.of("cdn delivery 4565 true", "requests 10 true", "origin egress 450 true",
                "origin compute 0 false"), amounts);
        assertEquals(0, new BigDecimal("5025").compareTo(b.get("totalUsd").decimalValue()));
        assertEquals("[\"origin compute\"]", b.get("unpriced").toString());
        assertTrue(b.get("source").isNull());
        assertEquals("traffic as given (no simulation)", b.get("month").asText());
        assertEquals("USD", b.get("currency").asText());
    }

    // Pins the 95th percentile of a known month: 40 five-minute samples of 1 to 40 Mbit/s, the top 2 dropped, 38
    // Mbit/s billed at $0.50 = $19.00, the line saying so; a peak of 40 Gbit/s billed as 40,000 Mbit/s = $20,000.00;
    // a sheet with example: false gets no EXAMPLE warning.
    @Test
    void percentileFromASeriesOrAPeak() throws IOException {
        Path own = ownSheet("percentile95: 0.50/Mbps");
        StringBuilder series = new StringBuilder("# five-minute samples\n");
        for (int i = 40; i >= 1; i--) {
            series.append(i).append("Mbps\n");
        }
        Path file = Files.writeString(dir.resolve("series.txt"), series.toString());
        Cli.Result r = execute("bill", "--prices", own.toString(), "--delivered", "1TB", "--series", file.toString());
        assertShows(r, "95th percentile 38 Mbit/s at $0.5/Mbps", "$19.00", "the 95th percentile of " + file
                + "'s 40 five-minute samples");
        assertFalse(r.out().contains("EXAMPLE"), r::toString);
        assertShows(execute("bill", "--prices", own.toString(), "--delivered", "1TB", "--peak", "40Gbps"),
                "95th percentile 40,000 Mbit/s", "$20,000.00");
    }

    // Pins a price per TiB: 1 TiB delivered at $4/TiB is $4.00 exactly (1,099.511627776 GB at $0.0036379.../GB).
    @Test
    void pricePerTiB() throws IOException {
        assertShows(execute("bill", "--prices", ownSheet("perGB: $4/TiB").toString(), "--delivered", "1TiB"),
                "1,099.512 GB", "$4.00");
    }

    // Pins bad input: one line naming the option or file and the problem, exit 2, nothing on stdout, no stack trace.
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "--prices cloudfront-style|--delivered: give the bytes delivered in the month",
        "--prices no-such-sheet --delivered 1TB|--prices: the price sheet 'no-such-sheet' does not exist",
        "--prices cloudfront-style --delivered 1XB|--delivered: expected a size",
        "--prices cloudfront-style --delivered 1TB --requests lots|--requests: expected a count like 64800057600",
        "--prices cloudfront-style --delivered 1TB --repeats 4|--repeats: projects a FOLDER's measured window",
        "--prices cloudfront-style,cheap-per-gb --delivered 1TB|--prices: cdn delivery is priced twice",
        "--prices cloudfront-style --delivered eu=1TB,eu=2TB|--delivered: region 'eu' is given twice"})
    void badInput(String options, String says) {
        List<String> args = new ArrayList<>(List.of("bill"));
        for (String o : options.split(" ")) {
            args.add(o.startsWith("cloudfront") || o.startsWith("no-such") ? String.join(",", java.util.Arrays
                    .stream(o.split(",")).map(n -> n.equals("no-such-sheet") ? n : sheet(n)).toList()) : o);
        }
        Cli.Result r = execute(args);
        assertEquals(2, r.code(), r::toString);
        assertEquals("", r.out(), r::toString);
        assertTrue(r.err().startsWith(says), r::toString);
        assertEquals(1, r.err().strip().lines().count(), r::toString);
        assertNoStackTrace(r.err());
    }

    // Pins a folder that is not a finished run, and a FOLDER given with the options of a known month: refused in one
    // line each.
    @Test
    void folderWithoutUsage() throws IOException {
        Cli.Result none = execute("bill", dir.toString(), "--prices", sheet("cloud-origin-egress"));
        assertEquals(2, none.code(), none::toString);
        assertTrue(none.err().contains("a folder without summary.json is not a finished run"), none::toString);
        Path out = dir.resolve("out");
        assertEquals(0, execute("run", Cli.shortScenario(dir).toString(), "--out", out.toString(), "-q").code());
        Cli.Result mixed = execute("bill", out.toString(), "--prices", sheet("cloud-origin-egress"), "--delivered",
                "1TB");
        assertEquals(2, mixed.code(), mixed::toString);
        assertTrue(mixed.err().startsWith("--delivered and the options after it describe a month without a FOLDER"),
                mixed::toString);
    }
}
