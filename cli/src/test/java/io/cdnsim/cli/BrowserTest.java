package io.cdnsim.cli;

import static io.cdnsim.cli.Cli.execute;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cdnsim.config.ScenarioReader;
import io.cdnsim.model.Scenario;
import io.cdnsim.report.Invocation;
import io.cdnsim.report.OutputFolder;
import io.cdnsim.report.RunReport;
import io.cdnsim.run.Progress;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * report.html and compare.html in a real browser (R4, R5): Debian's headless Chromium opens the pages of real runs
 * from file:// URLs, offline, over the DevTools protocol. Skipped (never passed) where /usr/bin/chromium is missing;
 * .ci/run installs it. Leaves a screenshot of report.html in target/browser/ (the one in docs/ is a copy).
 */
@Timeout(value = 180, unit = TimeUnit.SECONDS)
class BrowserTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String EVIL = "<script>alert(1)</script>";
    /** Viewport of the browser and of the screenshot, CSS pixels. */
    private static final int WIDTH = 1200;
    private static final int HEIGHT = 900;
    /** What a page shows the test: each inline SVG's size, its data-key figures, its title and scripts. */
    private static final String LOOK = """
            JSON.stringify({
              svgs: [...document.querySelectorAll('svg')].map(s => {
                const r = s.getBoundingClientRect(); return [r.width, r.height]; }),
              keys: Object.fromEntries([...document.querySelectorAll('[data-key][data-value]')]
                .map(e => [e.dataset.key, e.dataset.value])),
              rows: [...document.querySelectorAll('tr[data-key]')]
                .map(e => [e.dataset.key, e.dataset.a, e.dataset.b, e.dataset.difference]),
              h1: document.querySelector('h1').textContent,
              description: document.querySelector('.description')?.textContent,
              scripts: document.scripts.length
            })""";

    @TempDir
    static Path dir;

    private static Chromium browser;
    private static Path premiere;
    private static Path evil;

    /** Runs the scenarios and starts the browser, if there is one: each test is then skipped (see {@link #need()}). */
    @BeforeAll
    static void start() throws Exception {
        if (!Files.isExecutable(Chromium.BINARY)) {
            return;
        }
        premiere = dir.resolve("premiere");
        Path shortPremiere = Cli.shortPremiere(dir);
        Files.writeString(shortPremiere, Files.readString(shortPremiere).replaceFirst("(?m)^description: >\n(  .*\n)+",
                "description: The premiere spike, shortened. 2,000 viewers join a live premiere within 20 s and watch "
                        + "for 40 s on TVs, desktops and phones in four regions, 2-second segments, through 24 edge "
                        + "POPs, regional mid-tiers and one shield with request collapsing on.\n"));
        Cli.Result r = execute("run", shortPremiere.toString(), "--out", premiere.toString(), "--quiet");
        assertEquals(0, r.code(), r::toString);
        Scenario s = ScenarioReader.read(Cli.shortScenario(dir));
        Scenario named = new Scenario(EVIL, EVIL, s.topology(), s.seed(), s.run(), s.cacheControl(), s.headerBytes(),
                s.demand(), s.cost());
        evil = dir.resolve("evil");
        try (OutputFolder folder = new OutputFolder(evil, RunReport.OWN_FILES)) {
            RunReport.run(named, folder, 1, Progress.NONE, new Invocation("test", List.of(), "name: " + EVIL + "\n"));
        }
        browser = Chromium.start(WIDTH, HEIGHT);
    }

    @BeforeEach
    void need() {
        Assumptions.assumeTrue(browser != null,
                "no " + Chromium.BINARY + " (Debian's chromium package; .ci/run installs it)");
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
    }

    /** Opens a page and asserts that it loaded nothing else and opened no dialog; @return what it shows */
    private static JsonNode open(Path page) throws Exception {
        String url = page.toUri().toString();
        browser.open(url);
        JsonNode look = JSON.readTree(browser.evaluate(LOOK));
        List<String> others = browser.requests().stream().filter(u -> !u.equals(url)).toList();
        assertEquals(List.of(), others, "requests other than the page itself");
        assertEquals(List.of(), browser.events("Page.javascriptDialogOpening"), "dialogs");
        assertEquals(0, look.get("scripts").asInt(), "scripts");
        for (JsonNode box : look.get("svgs")) {
            assertTrue(box.get(0).asDouble() > 0 && box.get(1).asDouble() > 0, () -> "a chart drawn as " + box);
        }
        return look;
    }

    // Pins report.html of a live event as a browser shows it: no request but the page, no script, every chart (nine)
    // laid out with a non-zero size, and each key figure's data-value equal to summary.json's estimate (or the bill
    // total); saves a 1200 x 900 screenshot of the page's top to target/browser/report.png.
    @Test
    void reportOfALiveEvent() throws Exception {
        JsonNode look = open(premiere.resolve("report.html"));
        assertTrue(look.get("description").asText().startsWith("The premiere spike, shortened."), look::toString);
        assertEquals(9, look.get("svgs").size(), "charts");
        JsonNode estimates = JSON.readTree(premiere.resolve("summary.json").toFile()).get("estimates");
        Map<String, Double> shown = new TreeMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = look.get("keys").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            shown.put(e.getKey(), Double.parseDouble(e.getValue().asText()));
        }
        assertTrue(shown.keySet().containsAll(List.of("origin.peakRequestsPerSecond", "endToEnd.offload",
                "edge.requestHitRatio", "qoe.startupP95Ms", "qoe.rebufferRatio")), shown::toString);
        for (Map.Entry<String, Double> e : shown.entrySet()) {
            assertEquals(estimates.get(e.getKey()).get("mean").asDouble(), e.getValue(), 0, e.getKey());
        }
        Path shot = Path.of("target", "browser", "report.png");
        browser.screenshot(shot);
        BufferedImage image = ImageIO.read(shot.toFile());
        assertEquals(WIDTH, image.getWidth());
        assertEquals(HEIGHT, image.getHeight());
    }

    // Pins escaping in a browser: a scenario named <script>alert(1)</script> opens no dialog, runs no script, and
    // its heading reads that text literally.
    @Test
    void scenarioNamedLikeAScriptShowsAsText() throws Exception {
        JsonNode look = open(evil.resolve("report.html"));
        assertEquals(EVIL, look.get("h1").asText());
        assertEquals(4, look.get("svgs").size(), "charts of a synthetic stream");
    }

    // Pins compare.html in a browser: nothing loaded, no dialog, every overlaid chart laid out, and one row per
    // figure of compare.json with its a, b and difference (the two runs are a live event and the script-named
    // synthetic stream, compared from their folders: figures only one of them has show as missing).
    @Test
    void comparePage() throws Exception {
        Path out = dir.resolve("cmp");
        Cli.Result r = execute("compare", premiere.toString(), evil.toString(), "--out", out.toString(), "-q");
        assertEquals(0, r.code(), r::toString);
        JsonNode look = open(out.resolve("compare.html"));
        assertEquals(6, look.get("svgs").size(), "origin requests, Gbit/s, hit ratio, viewers, bitrate, rebuffering");
        List<List<String>> expected = new ArrayList<>();
        for (JsonNode f : JSON.readTree(out.resolve("compare.json").toFile()).get("figures")) {
            List<String> row = new ArrayList<>(List.of(f.get("metric").asText()));
            for (String field : List.of("a", "b", "difference")) {
                row.add(f.get(field).isNull() ? "" : Double.toString(f.get(field).asDouble()));
            }
            expected.add(row);
        }
        List<List<String>> shown = new ArrayList<>();
        for (JsonNode row : look.get("rows")) {
            List<String> values = new ArrayList<>(List.of(row.get(0).asText()));
            for (int i = 1; i < 4; i++) {
                String v = row.get(i).asText();
                values.add(v.isEmpty() ? "" : Double.toString(Double.parseDouble(v)));
            }
            shown.add(values);
        }
        assertEquals(expected, shown);
    }
}
