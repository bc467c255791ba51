package io.cdnsim.cli;

import static io.cdnsim.cli.Cli.execute;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cdnsim.config.ScenarioReader;
import io.cdnsim.model.Scenario;
import io.cdnsim.report.Invocation;
import io.cdnsim.report.OutputFolder;
import io.cdnsim.report.RunReport;
import io.cdnsim.report.chart.Charts;
import io.cdnsim.report.chart.RebufferDistribution;
import io.cdnsim.run.Progress;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;

/** The charts in charts/ and report.html that every run writes (R3, R4). */
class ReportTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern KEY = Pattern.compile("data-key=\"([^\"]+)\" data-value=\"([^\"]*)\"");

    private static Path run(Path scenario, Path out) {
        Cli.Result r = execute("run", scenario.toString(), "--out", out.toString(), "--quiet");
        assertEquals(0, r.code(), r::toString);
        return out;
    }

    /** @return the charts in the folder, by name without extension */
    private static List<String> charts(Path out) throws IOException {
        try (var files = Files.list(out.resolve(Charts.FOLDER))) {
            return files.map(f -> f.getFileName().toString()).filter(f -> f.endsWith(".svg"))
                    .map(f -> f.substring(0, f.length() - 4)).sorted().toList();
        }
    }

    private static void assertValidCharts(Path out, List<String> expected) throws Exception {
        assertEquals(expected.stream().sorted().toList(), charts(out));
        for (String name : expected) {
            Path png = out.resolve(Charts.FOLDER).resolve(name + ".png");
            BufferedImage image = ImageIO.read(png.toFile());
            assertNotNull(image, () -> png + " is not a PNG");
            assertEquals(Charts.WIDTH, image.getWidth(), name);
            assertEquals(Charts.HEIGHT, image.getHeight(), name);
            Path svg = out.resolve(Charts.FOLDER).resolve(name + ".svg");
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            Element root = f.newDocumentBuilder().parse(svg.toFile()).getDocumentElement();
            assertEquals("svg", root.getLocalName(), name);
            assertEquals("http://www.w3.org/2000/svg", root.getNamespaceURI(), name);
            assertEquals(Integer.toString(Charts.WIDTH), root.getAttribute("width"), name);
            assertEquals(Integer.toString(Charts.HEIGHT), root.getAttribute("height"), name);
        }
    }

    /** @return the key figures shown in report.html: data-key to data-value */
    private static Map<String, String> keyFigures(String html) {
        Map<String, String> keys = new TreeMap<>();
        Matcher m = KEY.matcher(html);
        while (m.find()) {
            keys.put(m.group(1), m.group(2));
        }
        return keys;
    }

    private static void assertSelfContained(String html) {
        for (String external : List.of("<script", "<link", "<img", "<iframe", "@import", "src=", "href=", "url(http",
                "url(//")) {
            assertFalse(html.contains(external), () -> "report.html holds " + external);
        }
    }

    // Pins a live event's outputs: the nine charts a run with viewers and no cost section has, each a PNG and an SVG
    // of 900 x 450; report.html is self-contained, inlines every chart's SVG, and shows the key figures (origin peak,
    // offload, each tier's CHR, startup p95, rebuffer ratio) equal to summary.json's estimates.
    @Test
    void liveEvent(@TempDir Path dir) throws Exception {
        Path out = run(Cli.shortPremiere(dir), dir.resolve("out"));
        assertValidCharts(out, List.of("origin-requests", "origin-gbit", "hit-ratio", "tier-requests", "viewers",
                "bitrate", "rebuffering", "startup-cdf", "rebuffer-sessions"));
        String html = Files.readString(out.resolve("report.html"), StandardCharsets.UTF_8);
        assertSelfContained(html);
        assertEquals(9, html.split("<svg", -1).length - 1, "every chart inline");
        JsonNode summary = JSON.readTree(out.resolve("summary.json").toFile());
        Map<String, String> shown = keyFigures(html);
        List<String> expected = new ArrayList<>(List.of("origin.peakRequestsPerSecond", "endToEnd.offload",
                "qoe.startupP95Ms", "qoe.rebufferRatio"));
        for (JsonNode t : summary.get("runs").get(0).get("tiers")) {
            if (t.has("requestHitRatio")) {
                expected.add(t.get("name").asText() + ".requestHitRatio");
            }
        }
        assertEquals(expected.stream().sorted().toList(), List.copyOf(shown.keySet()));
        for (String k : expected) {
            assertEquals(summary.get("estimates").get(k).get("mean").asDouble(), Double.parseDouble(shown.get(k)),
                    0, k);
        }
        assertTrue(html.contains("Viewers' experience"), "the QoE table");
        assertTrue(html.contains("The scenario file as read"), "the scenario's text");
    }

    // Pins the rebuffer chart's data against sessions.csv: with two replications, its bars are the sessions of
    // replication 0 whose playback started, counted by class of the rebuffer ratio computed from the file's stall_ms
    // and played_s (exact microseconds), each labelled with its count and share. The labels are read from the SVG
    // the run wrote, so the whole chain (sessions as they end -> histogram -> chart) is checked.
    @Test
    void rebufferChartMatchesSessionsCsv(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("out");
        Cli.Result r = execute("run", Cli.shortPremiere(dir).toString(), "--out", out.toString(), "--quiet",
                "--replications", "2", "--threads", "2");
        assertEquals(0, r.code(), r::toString);
        long[] expected = new long[RebufferDistribution.CLASSES.size()];
        int[] upper = {0, 2, 10, 20, 50, 100, 200, 1000};
        List<String> lines = Files.readAllLines(out.resolve("sessions.csv"), StandardCharsets.UTF_8);
        List<String> header = List.of(lines.get(0).split(","));
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split(",");
            if (!f[0].equals("0") || f[header.indexOf("startup_ms")].isEmpty()) {
                continue;
            }
            long stall = new java.math.BigDecimal(f[header.indexOf("stall_ms")]).movePointRight(3)
                    .longValueExact();
            long total = stall + new java.math.BigDecimal(f[header.indexOf("played_s")]).movePointRight(6)
                    .longValueExact();
            int c = 0;
            if (stall > 0) {
                c = 1;
                while (stall * 1000 > upper[c] * total) {
                    c++;
                }
            }
            expected[c]++;
        }
        long sessions = java.util.Arrays.stream(expected).sum();
        assertTrue(sessions > 1000 && sessions < 2000 + 1, () -> "sessions of replication 0: " + sessions);
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        var texts = f.newDocumentBuilder().parse(out.resolve(Charts.FOLDER).resolve("rebuffer-sessions.svg").toFile())
                .getElementsByTagNameNS("*", "text");
        List<String> labels = new ArrayList<>();
        for (int i = 0; i < texts.getLength(); i++) {
            String t = texts.item(i).getTextContent().strip();
            if (t.matches("[0-9,]+ \\([0-9.]+%\\)")) {
                labels.add(t);
            }
        }
        List<String> wanted = new ArrayList<>();
        java.text.DecimalFormat share = new java.text.DecimalFormat("0.0#%",
                java.text.DecimalFormatSymbols.getInstance(java.util.Locale.ROOT));
        for (long n : expected) {
            wanted.add(String.format(java.util.Locale.ROOT, "%,d (%s)", n, share.format((double) n / sessions)));
        }
        assertEquals(wanted, labels);
    }

    // Pins a run with a cost section: the bill chart is drawn, and report.html shows the month's total equal to
    // summary.json's totalUsd of replication 0, with the bill table.
    @Test
    void bill(@TempDir Path dir) throws Exception {
        Path out = run(Cli.shortSports(dir), dir.resolve("out"));
        assertTrue(charts(out).contains("bill"), () -> "charts: " + out);
        assertValidCharts(out, charts(out));
        String html = Files.readString(out.resolve("report.html"), StandardCharsets.UTF_8);
        JsonNode summary = JSON.readTree(out.resolve("summary.json").toFile());
        assertEquals(summary.get("runs").get(0).get("cost").get("totalUsd").decimalValue(),
                new java.math.BigDecimal(keyFigures(html).get("cost.totalUsd")));
        assertTrue(html.contains("<section id=\"bill\">"), "the bill table");
        String table = html.substring(html.indexOf("<section id=\"bill\">"));
        table = table.substring(0, table.indexOf("</section>"));
        for (JsonNode line : summary.get("runs").get(0).get("cost").get("lines")) {
            String dollars = io.cdnsim.cost.Figures.dollars(line.get("amountUsd").decimalValue());
            assertTrue(table.contains("<td class=\"n\">" + dollars + "</td>"), () -> dollars + " as the console shows it");
            assertFalse(table.contains("\">" + line.get("amountUsd").asText() + "</td>"), "no raw micro-dollars");
        }
        assertTrue(table.contains("<th>total</th><td></td><td></td><td></td><td class=\"n\">"
                + io.cdnsim.cost.Figures.dollars(summary.get("runs").get(0).get("cost").get("totalUsd").decimalValue())
                + "</td>"), table);
        assertTrue(table.contains(" requests</td>") && table.matches("(?s).*[0-9],[0-9]{3}.*"), "grouped quantities");
        assertFalse(html.contains("not priced"), "every component priced");
    }

    // Pins a bill with parts no sheet prices (only the CDN's sheet): the total's tile and the table say what is not
    // priced, and the chart names those components "(not priced)" with no $0 bar.
    @Test
    void billWithPartsNotPriced(@TempDir Path dir) throws Exception {
        Path scenario = Cli.shortSports(dir);
        String text = Files.readString(scenario);
        Files.writeString(scenario, text.replaceAll("(?m)^  sheets: \\[([^,]*),.*$", "  sheets: [$1]"));
        Path out = run(scenario, dir.resolve("out"));
        String html = Files.readString(out.resolve("report.html"), StandardCharsets.UTF_8);
        String tile = html.substring(html.indexOf("data-key=\"cost.totalUsd\""));
        tile = tile.substring(0, tile.indexOf("</dd>"));
        assertTrue(tile.contains("+ not priced: origin egress, origin compute (no sheet prices them; the total "
                + "leaves them out: unknown, not free)"), tile);
        assertTrue(html.contains("<p class=\"meta\">Not priced: origin egress, origin compute"), "under the table");
        String chart = Files.readString(out.resolve("charts").resolve("bill.svg"), StandardCharsets.UTF_8);
        assertTrue(chart.contains(">(not priced)<"), "the chart names it");
        assertFalse(chart.contains(">$0.00<"), "no $0 bar label");
    }

    // Pins a synthetic stream: the four request charts only, and no viewer figures in report.html.
    @Test
    void syntheticStream(@TempDir Path dir) throws Exception {
        Path out = run(Cli.shortScenario(dir), dir.resolve("out"));
        assertValidCharts(out, List.of("origin-requests", "origin-gbit", "hit-ratio", "tier-requests"));
        String html = Files.readString(out.resolve("report.html"), StandardCharsets.UTF_8);
        assertFalse(keyFigures(html).containsKey("qoe.startupP95Ms"));
        assertSelfContained(html);
    }

    // Pins that a scenario's name, description and file text reach report.html escaped: a <script> in them is shown
    // as text, never as an element.
    @Test
    void scenarioTextIsEscaped(@TempDir Path dir) throws Exception {
        String evil = "<script>alert(1)</script>";
        Scenario s = ScenarioReader.read(Cli.shortScenario(dir));
        Scenario named = new Scenario(evil, evil + " & \"quotes\"", s.topology(), s.seed(), s.run(),
                s.cacheControl(), s.headerBytes(), s.demand(), s.cost());
        Path out = dir.resolve("out");
        try (OutputFolder folder = new OutputFolder(out, RunReport.OWN_FILES)) {
            RunReport.run(named, folder, 1, Progress.NONE, new Invocation("test", List.of(), "name: " + evil + "\n"));
        }
        String html = Files.readString(out.resolve("report.html"), StandardCharsets.UTF_8);
        assertFalse(html.contains("<script"), "no script element");
        assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), "the name shown as text");
        assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;quotes&quot;"), "description");
    }

    // Pins determinism: two runs of the same scenario write byte-identical charts (PNG and SVG) and report.html.
    @Test
    void sameRunSameBytes(@TempDir Path dir) throws Exception {
        Path scenario = Cli.shortScenario(dir);
        Path a = run(scenario, dir.resolve("a"));
        Path b = run(scenario, dir.resolve("b"));
        List<String> names = new ArrayList<>(List.of("report.html"));
        for (String c : charts(a)) {
            names.add(Charts.FOLDER + "/" + c + ".svg");
            names.add(Charts.FOLDER + "/" + c + ".png");
        }
        for (String n : names) {
            assertArrayEquals(Files.readAllBytes(a.resolve(n)), Files.readAllBytes(b.resolve(n)), n);
        }
    }
}
