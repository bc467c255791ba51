package io.cdnsim.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.cdnsim.config.PriceSheets;
import io.cdnsim.config.ScenarioException;
import io.cdnsim.cost.Bill;
import io.cdnsim.cost.CdnUsage;
import io.cdnsim.cost.CostSpec;
import io.cdnsim.cost.Measured;
import io.cdnsim.cost.MonthlyUsage;
import io.cdnsim.cost.PriceBook;
import io.cdnsim.cost.Projection;
import io.cdnsim.cost.TrafficPrice;
import io.cdnsim.report.BillJson;
import io.cdnsim.report.BillTable;
import io.cdnsim.report.UsageJson;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code cdnsim bill}: price sheets applied without simulating (F2): to a finished output folder (what its run
 * measured, re-priced with other sheets or another projection), or to a month of traffic known from elsewhere.
 */
@Command(name = "bill", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Price a month without simulating. Given a FOLDER of a finished run (or replay), re-price what "
                + "its replication 0 measured with the sheets of --prices, projected to a month by the run's own rule "
                + "or by --repeats and --baseline. Without a FOLDER, price a month of traffic you know: --delivered "
                + "and the options after it.",
                "Sheets are files or names in pricing/ (flat, tiered, commit plans, 95th percentile, requests, shield, "
                        + "origin egress and compute: docs/cost-model.md). Nothing is written."},
        footer = {"", "Examples:",
                "  # a match every Saturday: 4 x 30 repeats of the run's 6 minutes",
                "  cdnsim bill out/sports-saturday-shield --repeats 120 \\",
                "      --prices cloudfront-style,cloud-origin-egress,origin-compute-example",
                "  # the same run on commit plans instead of tiered prices:",
                "  cdnsim bill out/sports-saturday-shield \\",
                "      --prices commit-plans,cloud-origin-egress",
                "  # a run through two CDNs, each on its own sheets:",
                "  cdnsim bill out/multi-cdn-weights --prices cloud-origin-egress \\",
                "      --cdn-prices cdn-a=cloudfront-style --cdn-prices cdn-b=commit-plans",
                "  # last month's traffic from a CDN report:",
                "  cdnsim bill --prices cloudfront-style,cloud-origin-egress \\",
                "      --delivered 60TB --requests 10M --origin-bytes 5TB",
                "  # the same bill for machines (each line, the total, what is not priced):",
                "  cdnsim bill --prices cloudfront-style,cloud-origin-egress \\",
                "      --delivered 60TB --requests 10M --origin-bytes 5TB --json"})
final class BillCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "FOLDER",
            description = "Output folder of a finished run to re-price (its summary.json's usage).")
    private Path folder;

    @Option(names = "--prices", required = true, split = ",", paramLabel = "SHEET",
            description = "Price sheets, comma-separated: names in pricing/ or files; each component priced by one.")
    private List<String> prices;

    @Option(names = "--cdn-prices", paramLabel = "CDN=SHEET[+SHEET]", description = "FOLDER of a run through "
            + "several CDNs: a CDN's own sheets, e.g. cdn-b=commit-plans (repeat for each CDN); --prices price what "
            + "they leave out and what the CDNs share.")
    private List<String> cdnPrices;

    @Option(names = "--repeats", paramLabel = "N", description = "FOLDER: times a month the measured window "
            + "happens (default: the run's cost section's, else 1).")
    private String repeats;

    @Option(names = "--baseline", paramLabel = "SIZE", description = "FOLDER: other traffic the CDN delivers in the "
            + "month, e.g. 200TB (default: the run's, else 0).")
    private String baseline;

    @Option(names = "--https-share", paramLabel = "RATIO", description = "Share of viewer requests over HTTPS, 0 to "
            + "1 (default: the run's, else 1).")
    private String httpsShare;

    @Option(names = "--origin-in-cdn-cloud", description = "The origin is in the CDN's own cloud: its egress is free.")
    private boolean originInCdnCloud;

    @Option(names = "--delivered", split = ",", paramLabel = "[REGION=]SIZE",
            description = "Without FOLDER: bytes delivered in the month, e.g. 500TB or eu=400TB,na=100TB.")
    private List<String> delivered;

    @Option(names = "--requests", paramLabel = "N", description = "Viewer requests in the month, e.g. 64.8G.")
    private String requests;

    @Option(names = "--shield-bytes", paramLabel = "SIZE", description = "Bytes the shield sent (a shield line).")
    private String shieldBytes;

    @Option(names = "--shield-requests", paramLabel = "N", description = "Requests the shield received.")
    private String shieldRequests;

    @Option(names = "--origin-bytes", paramLabel = "SIZE", description = "Bytes the origin sent (its egress).")
    private String originBytes;

    @Option(names = "--origin-peak", paramLabel = "RATE", description = "The origin's peak requests, e.g. 300/s "
            + "(sizes its compute).")
    private String originPeak;

    @Option(names = "--peak", paramLabel = "RATE", description = "Delivery's peak, e.g. 40Gbps: billed as the 95th "
            + "percentile (an upper bound).")
    private String peak;

    @Option(names = "--series", paramLabel = "FILE", description = "Delivery's five-minute samples, one rate a "
            + "line (850Mbps), for the 95th percentile.")
    private Path series;

    @Option(names = "--viewer-hours", paramLabel = "N", description = "Hours watched, for $ per viewer-hour.")
    private String viewerHours;

    @Option(names = "--json", description = "Print the bill as JSON (the month, the sheets, each line, the total, "
            + "each CDN's bill, what no sheet prices) instead of a table.")
    private boolean json;

    @Override
    public Integer call() {
        try {
            PriceBook book = PriceSheets.read(prices, "--prices");
            String text = folder == null ? known(book) : refolder(book);
            spec.commandLine().getOut().print(text);
            spec.commandLine().getOut().flush();
            return Main.OK;
        } catch (BadInputException e) {
            spec.commandLine().getErr().println(e.getMessage());
            return Main.BAD_INPUT;
        } catch (ScenarioException e) {
            e.report().forEach(spec.commandLine().getErr()::println);
            return Main.BAD_INPUT;
        }
    }

    /** Re-prices replication 0 of a finished run. */
    private String refolder(PriceBook book) throws BadInputException, ScenarioException {
        if (delivered != null || requests != null || shieldBytes != null || shieldRequests != null
                || originBytes != null || originPeak != null || peak != null || series != null || viewerHours != null) {
            throw new BadInputException("--delivered and the options after it describe a month without a FOLDER; "
                    + "a FOLDER's run says what it measured");
        }
        JsonNode summary = FinishedRun.read(folder).summary();
        JsonNode usage = summary.path("runs").path(0).get("usage");
        if (usage == null) {
            throw new BadInputException(folder + "/summary.json: no usage in runs[0] (written by an earlier cdnsim): "
                    + "run its scenario again to re-price it");
        }
        Measured m;
        try {
            m = UsageJson.read(usage);
        } catch (IllegalArgumentException e) {
            throw new BadInputException(folder + "/summary.json: runs[0].usage." + e.getMessage());
        }
        JsonNode cost = summary.path("cost");
        long n = repeats != null ? whole("--repeats", repeats) : cost.path("projection").path("repeatsPerMonth")
                .asLong(1);
        long base = baseline != null ? KnownMonth.size("--baseline", baseline) : cost.path("projection").path("baselineBytes")
                .asLong(0);
        Projection projection = new Projection(n, base);
        String problem = projection.fitProblem(m.micros());
        if (problem != null) {
            throw new BadInputException("--repeats: " + problem);
        }
        BigDecimal https = share(cost.has("httpsShare") ? cost.get("httpsShare").asText() : "1");
        boolean free = originInCdnCloud || cost.path("originInCdnCloud").asBoolean(false);
        Map<String, PriceBook> own = cdnBooks(m);
        if (!m.cdns().isEmpty() && base > 0) {
            throw new BadInputException("--baseline: a baseline is not split among several CDNs (the run at " + folder
                    + " went through " + m.cdns().size() + ")");
        }
        CostSpec spec = new CostSpec(book, projection, https, free, cost.path("shieldTier").asText(
                CostSpec.DEFAULT_SHIELD_TIER), own);
        Bill bill;
        try {
            bill = Bill.of(spec, m);
        } catch (IllegalArgumentException e) {
            throw new BadInputException("--prices: " + e.getMessage());
        }
        String month = "a projection, not a measurement: " + projection.describe(m.micros()) + "; re-priced from "
                + folder + ", replication 0";
        return json ? BillJson.render(bill, month, folder.toString(), spec.allSheets())
                : BillTable.render(bill, "Bill for a month (" + month + "):", spec.allSheets());
    }

    /** Reads --cdn-prices: each CDN's own sheets, by the name the run gave it. */
    private Map<String, PriceBook> cdnBooks(Measured m) throws BadInputException, ScenarioException {
        Map<String, PriceBook> books = new LinkedHashMap<>();
        if (cdnPrices == null) {
            return books;
        }
        List<String> names = m.cdns().stream().map(CdnUsage::name).toList();
        if (names.isEmpty()) {
            throw new BadInputException("--cdn-prices: the run at " + folder + " went through one CDN: price it with "
                    + "--prices");
        }
        for (String written : cdnPrices) {
            int eq = written.indexOf('=');
            String name = eq < 0 ? "" : written.substring(0, eq).strip();
            if (eq < 0 || !names.contains(name)) {
                throw new BadInputException("--cdn-prices: expected CDN=SHEET[+SHEET] with CDN one of "
                        + String.join(", ", names) + ", found '" + written + "'");
            }
            books.put(name, PriceSheets.read(List.of(written.substring(eq + 1).split("\\+")),
                    "--cdn-prices " + name));
        }
        return books;
    }

    /** Prices a month given on the command line. */
    private String known(PriceBook book) throws BadInputException {
        if (repeats != null || baseline != null) {
            throw new BadInputException((repeats != null ? "--repeats" : "--baseline") + ": projects a FOLDER's "
                    + "measured window to a month; without a FOLDER, give the month itself (--delivered ...)");
        }
        KnownMonth month = KnownMonth.of(new KnownMonth.Written(delivered, requests, shieldBytes, shieldRequests,
                originBytes, originPeak, peak, series, viewerHours));
        CostSpec spec = new CostSpec(book, new Projection(1, 0), share("1"), originInCdnCloud,
                CostSpec.DEFAULT_SHIELD_TIER);
        Bill bill = price(spec, month.usage());
        boolean percentile = book.sheets().stream().anyMatch(x -> x.delivery() instanceof TrafficPrice.Percentile95
                || x.originEgress() instanceof TrafficPrice.Percentile95);
        String what = "traffic as given (no simulation" + (percentile ? "; " + month.percentile() : "") + ")";
        return json ? BillJson.render(bill, what, null, book.sheets())
                : BillTable.render(bill, "Bill for a month of " + what + ":", book.sheets());
    }

    private static Bill price(CostSpec spec, MonthlyUsage month) throws BadInputException {
        try {
            return Bill.of(spec, month);
        } catch (IllegalArgumentException e) {
            throw new BadInputException("--prices: " + e.getMessage());
        }
    }

    private BigDecimal share(String fallback) throws BadInputException {
        String t = (httpsShare != null ? httpsShare : fallback).strip();
        try {
            BigDecimal v = t.endsWith("%") ? new BigDecimal(t.substring(0, t.length() - 1)).movePointLeft(2)
                    : new BigDecimal(t);
            if (v.signum() >= 0 && v.compareTo(BigDecimal.ONE) <= 0 && t.length() <= 20) {
                return v;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw new BadInputException("--https-share: expected a share from 0 to 1 (or 0% to 100%), found '" + t + "'");
    }

    private static long whole(String option, String text) throws BadInputException {
        if (!text.strip().matches("[0-9]{1,9}") || Long.parseLong(text.strip()) < 1) {
            throw new BadInputException(option + ": expected a whole number from 1 to 999,999,999, found '" + text
                    + "'");
        }
        return Long.parseLong(text.strip());
    }
}
