package io.cdnsim.report.chart;

import java.awt.Dimension;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.batik.svggen.SVGGeneratorContext;
import org.apache.batik.svggen.SVGGraphics2D;
import org.apache.batik.svggen.SVGIDGenerator;
import org.jfree.chart.JFreeChart;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Draws a chart as PNG (Java2D and ImageIO, no metadata chunks) or as SVG (Apache Batik's SVG generator, ids
 * numbered per chart, no comment, text as text in a generic sans-serif font). The same chart gives the same bytes.
 */
final class Drawing {

    /** Put before the SVG element in a stand-alone file. */
    static final String XML_DECLARATION = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";

    private Drawing() {
    }

    /**
     * @param chart  the chart
     * @param width  pixels
     * @param height pixels
     * @return the PNG file's bytes
     * @throws IOException never in practice (memory only)
     */
    static byte[] png(JFreeChart chart, int width, int height) throws IOException {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            chart.draw(g, new Rectangle2D.Double(0, 0, width, height));
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (!ImageIO.write(image, "png", out)) {
            throw new IOException("no PNG writer");
        }
        return out.toByteArray();
    }

    /**
     * @param chart    the chart
     * @param width    pixels
     * @param height   pixels
     * @param idPrefix put before every id, so that several charts can share an HTML page
     * @return the SVG element, without an XML declaration
     * @throws IOException if it cannot be generated
     */
    static String svg(JFreeChart chart, int width, int height, String idPrefix) throws IOException {
        Document doc;
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            doc = f.newDocumentBuilder().getDOMImplementation().createDocument("http://www.w3.org/2000/svg", "svg",
                    null);
        } catch (ParserConfigurationException e) {
            throw new IOException(e);
        }
        SVGGeneratorContext ctx = SVGGeneratorContext.createDefault(doc);
        ctx.setComment(null);
        ctx.setEmbeddedFontsOn(false);
        ctx.setPrecision(3);
        ctx.setIDGenerator(new PrefixedIds(idPrefix + "-"));
        SVGGraphics2D g = new SVGGraphics2D(ctx, false);
        g.setSVGCanvasSize(new Dimension(width, height));
        chart.draw(g, new Rectangle2D.Double(0, 0, width, height));
        Element root = g.getRoot();
        root.setAttribute("viewBox", "0 0 " + width + " " + height);
        StringWriter out = new StringWriter();
        g.stream(root, out, true, false);
        g.dispose();
        return out.toString().replaceFirst("^<\\?xml[^>]*\\?>\\s*", "").replaceFirst("^<!DOCTYPE[^>]*>\\s*", "")
                .replace("id=\"genericDefs\"", "id=\"" + idPrefix + "-genericDefs\"")
                .replace("font-family:'Dialog'", "font-family:sans-serif");
    }

    /** Numbers ids per prefix, as Batik does, with a fixed prefix in front. */
    private static final class PrefixedIds extends SVGIDGenerator {
        private final String prefix;

        PrefixedIds(String prefix) {
            this.prefix = prefix;
        }

        @Override
        public String generateID(String kind) {
            return super.generateID(prefix + kind);
        }
    }
}
