package io.cdnsim.cli;

import static io.cdnsim.cli.Cli.assertNoStackTrace;
import static io.cdnsim.cli.Cli.execute;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** {@code cdnsim calc --chart}: origin egress against offload, the user's offloads marked (F3). */
class CalcChartTest {

    @TempDir
    Path dir;

    /** @return the marks' labels in the SVG ("90%: 225,000 GB", "99.04% with shield: 466,560 GB"), in drawing order */
    private static List<String> marks(Path svg) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        Element root = f.newDocumentBuilder().parse(svg.toFile()).getDocumentElement();
        assertEquals("svg", root.getLocalName());
        assertEquals("900", root.getAttribute("width"));
        NodeList texts = root.getElementsByTagNameNS("*", "text");
        List<String> labels = new ArrayList<>();
        for (int i = 0; i < texts.getLength(); i++) {
            String t = texts.item(i).getTextContent().strip();
            if (t.matches("[0-9.]+%( with(out)? [A-Za-z0-9._-]+)?: [0-9,.]+ GB")) {
                labels.add(t);
            }
        }
        return labels;
    }

    // Pins seed 003's curve: the marked offloads (--offload 90 %, 95 % and --sweep 99 %, 99.9 %) are labelled with
    // 225,000, 112,500, 22,500 and 2,250 GB, the article's 2.25 PB x (1 - offload), the same figures as the table's
    // steps; the text output names the file; a second run writes the same bytes.
    @Test
    void seed003CurveMarksTheOffloads() throws Exception {
        Path svg = dir.resolve("sub").resolve("egress.svg");
        List<String> args = List.of("calc", "--viewers", "100000", "--hours", "10", "--bitrate", "5Mbps", "--offload",
                "90%,95%", "--sweep", "99%,99.9%", "--chart", svg.toString());
        Cli.Result r = execute(args);
        assertEquals(0, r.code(), r::toString);
        assertTrue(r.out().contains("Chart:       " + svg), r::toString);
        assertEquals(List.of("90%: 225,000 GB", "95%: 112,500 GB", "99%: 22,500 GB", "99.9%: 2,250 GB"), marks(svg));
        byte[] first = Files.readAllBytes(svg);
        assertEquals(0, execute(args).code());
        assertArrayEquals(first, Files.readAllBytes(svg), "same arguments, same bytes");
        try (Stream<Path> files = Files.list(svg.getParent())) {
            assertEquals(List.of("egress.svg"), files.map(p -> p.getFileName().toString()).toList(),
                    "no temporary file left");
        }
    }

    // Pins the marks of a hierarchy: with --chr edge=88%,shield=92% the chart marks the end-to-end offload with the
    // shield, 1 - 0.12 x 0.08 = 99.04 %, and without it, 88 %, each labelled as such, at the origin egress the table
    // computes for each (--json results month.originEgressBytes and noShield.month.originEgressBytes): 50,000 viewers
    // x 3 Mbit/s x 720 h x 3,600 s / 8 = 48,600,000 GB a month, x 0.12 = 5,832,000 GB, x 0.12 x 0.08 = 466,560 GB;
    // --json output stays JSON.
    @Test
    void hierarchyOffloadsAreMarked() throws Exception {
        Path svg = dir.resolve("sports.svg");
        Cli.Result r = execute("calc", "--viewers", "50000", "--segment", "4s", "--bitrate", "3Mbps", "--chr",
                "edge=88%,shield=92%", "--json", "--chart", svg.toString());
        assertEquals(0, r.code(), r::toString);
        assertEquals(List.of("88% without shield: 5,832,000 GB", "99.04% with shield: 466,560 GB"), marks(svg));
        JsonNode results = new ObjectMapper().readTree(r.out()).get("results");
        assertEquals(0, new BigDecimal("5832000e9").compareTo(results.get("noShield.month.originEgressBytes")
                .decimalValue()), "the table's egress without the shield");
        assertEquals(0, new BigDecimal("466560e9").compareTo(results.get("month.originEgressBytes").decimalValue()),
                "the table's egress with the shield");
    }

    // Pins the marks' names: the innermost tier is named as the user named it (origin-shield); an offload of the user's
    // that is also the hierarchy's (--offload 95 %, and 1 - 0.1 x 0.5 = 95 % without the shield) is one mark with the
    // hierarchy's name; the user's other offload is labelled by value alone. 100,000 viewers x 10 h x 5 Mbit/s =
    // 2,250,000 GB a month: 90 % leaves 225,000 GB, 95 % 112,500 GB, 1 - 0.1 x 0.5 x 0.2 = 99 % 22,500 GB. One tier
    // (--chr 95%, named edge) is marked as the offload with it.
    @Test
    void marksAreNamedAfterTheShield() throws Exception {
        Path svg = dir.resolve("named.svg");
        assertEquals(0, execute("calc", "--viewers", "100000", "--hours", "10", "--bitrate", "5Mbps", "--offload",
                "90%,95%", "--chr", "edge=90%,mid=50%,origin-shield=80%", "--chart", svg.toString()).code());
        assertEquals(List.of("90%: 225,000 GB", "95% without origin-shield: 112,500 GB",
                "99% with origin-shield: 22,500 GB"), marks(svg));
        Path one = dir.resolve("one.svg");
        assertEquals(0, execute("calc", "--viewers", "100000", "--hours", "10", "--bitrate", "5Mbps", "--chr", "95%",
                "--chart", one.toString()).code());
        assertEquals(List.of("95% with edge: 112,500 GB"), marks(one));
    }

    // Pins an end-to-end offload a double cannot tell from 100 %: three tiers at 99.9999 % leave 10^-18 of the bytes
    // (10^-12 without the shield); the chart is drawn with both marks labelled (it was an internal error: two points
    // of the curve at one x).
    @Test
    void anOffloadNextToOneHundredPercentIsDrawn() throws Exception {
        Path svg = dir.resolve("nines.svg");
        assertEquals(0, execute("calc", "--viewers", "100000", "--hours", "10", "--bitrate", "5Mbps", "--chr",
                "99.9999%,99.9999%,99.9999%", "--chart", svg.toString()).code());
        assertEquals(List.of("100% without shield: 0 GB", "100% with shield: 0 GB"), marks(svg));
    }

    // Pins the PNG form: a 900 x 450 image, with the permissions of any file written there (the umask's; it was
    // private to the owner, 0600, when it was first written under a temporary name), and no partial file left.
    @Test
    void png() throws Exception {
        Path png = dir.resolve("egress.png");
        Cli.Result r = execute("calc", "--viewers", "1000", "--bitrate", "3Mbps", "--chart", png.toString());
        assertEquals(0, r.code(), r::toString);
        BufferedImage image = ImageIO.read(png.toFile());
        assertNotNull(image);
        assertEquals(900, image.getWidth());
        assertEquals(450, image.getHeight());
        if (png.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Path plain = Files.writeString(dir.resolve("plain.txt"), "x");
            assertEquals(Files.getPosixFilePermissions(plain), Files.getPosixFilePermissions(png));
        }
        try (Stream<Path> files = Files.list(dir)) {
            assertTrue(files.noneMatch(p -> p.getFileName().toString().endsWith(".partial")));
        }
    }

    // Pins bad input: a chart without --bitrate, or of a file that is neither .svg nor .png, is exit 2 with a message
    // naming --chart, no stack trace, and no file written.
    @Test
    void badChartOptions() throws Exception {
        Cli.Result noBitrate = execute("calc", "--viewers", "1000", "--segment", "2s", "--chart",
                dir.resolve("a.svg").toString());
        Cli.Result badType = execute("calc", "--viewers", "1000", "--bitrate", "3Mbps", "--chart",
                dir.resolve("a.txt").toString());
        for (Cli.Result r : List.of(noBitrate, badType)) {
            assertEquals(2, r.code(), r::toString);
            assertTrue(r.err().startsWith("--chart: "), r::toString);
            assertNoStackTrace(r.err());
            assertEquals("", r.out(), r::toString);
        }
        try (Stream<Path> files = Files.list(dir)) {
            assertFalse(files.findAny().isPresent(), "nothing written");
        }
    }
}
