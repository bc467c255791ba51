package io.cdnsim.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cdnsim.cost.SizeMix;
import java.io.UncheckedIOException;
import java.util.Locale;

/**
 * Shows {@code cdnsim calc --sizes}: the size classes, what a request weighs on average, and the request and byte hit
 * ratios of one cache filled in each order; or the same as JSON.
 */
public final class SizeMixReport {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private SizeMixReport() {
    }

    /**
     * @param r the computed mix
     * @return the tables and their reading, lines separated by '\n'
     */
    public static String text(SizeMix.Result r) {
        SizeMix.Input in = r.in();
        StringBuilder b = new StringBuilder();
        b.append("Object sizes against hit ratios (exact, no simulation): ").append(in.classes().size())
                .append(in.classes().size() == 1 ? " size class" : " size classes").append(", Zipf alpha ")
                .append(alpha(in.alpha())).append(" within each, one cache of ").append(Format.bytes(in.cacheBytes()))
                .append("\n\n");
        String row = "%-16s %12s %11s %14s %11s %16s%n";
        String head = String.format(Locale.ROOT, row, "class", "objects", "size", "request share", "byte share",
                "all its objects");
        b.append(head).append("-".repeat(head.length() - 1)).append('\n');
        for (int c = 0; c < in.classes().size(); c++) {
            SizeMix.SizeClass sc = in.classes().get(c);
            b.append(String.format(Locale.ROOT, row, sc.name(), Format.count(sc.objects()), Format.bytes(sc.bytes()),
                    Format.percent(sc.share()), Format.smallPercent(r.byteShares().get(c)),
                    Format.bytes((double) sc.bytes() * sc.objects())));
        }
        b.append("A request is for ").append(Format.bytes(r.meanBytes())).append(" on average (each class's share "
                + "times its size); all the objects take ").append(Format.bytes(r.totalBytes())).append(".\n\n");

        StringBuilder fillRow = new StringBuilder("%-36s");
        for (int c = 0; c < in.classes().size(); c++) {
            fillRow.append(" %").append(Math.max(10, in.classes().get(c).name().length())).append('s');
        }
        fillRow.append(" %12s %11s %9s%n");
        Object[] cells = new Object[in.classes().size() + 4];
        cells[0] = "cache filled with";
        for (int c = 0; c < in.classes().size(); c++) {
            cells[c + 1] = in.classes().get(c).name();
        }
        cells[cells.length - 3] = "bytes held";
        cells[cells.length - 2] = "request HR";
        cells[cells.length - 1] = "byte HR";
        String fillHead = String.format(Locale.ROOT, fillRow.toString(), cells);
        b.append(fillHead).append("-".repeat(fillHead.length() - 1)).append('\n');
        for (SizeMix.Filled f : r.fills()) {
            cells[0] = f.fill().label();
            for (int c = 0; c < in.classes().size(); c++) {
                cells[c + 1] = Format.count(f.held().get(c));
            }
            cells[cells.length - 3] = Format.bytes(f.bytes());
            cells[cells.length - 2] = Format.percent(f.requestHitRatio());
            cells[cells.length - 1] = Format.percent(f.byteHitRatio());
            b.append(String.format(Locale.ROOT, fillRow.toString(), cells));
        }
        b.append("(objects held of each class: its most requested ones. request HR: the requests they answer, "
                + "each object\nof rank r in class c answering share_c x r^-").append(alpha(in.alpha()))
                .append(" / H_c of them; byte HR: the requested bytes they\nanswer, the same sum times each size "
                        + "over ").append(Format.bytes(r.meanBytes()))
                .append(": the byte offload of a CDN of this one cache)\n");
        return b.toString();
    }

    /**
     * @param r the computed mix
     * @return the inputs and the figures as JSON, ending with '\n'
     */
    public static String json(SizeMix.Result r) {
        ObjectNode root = JSON.createObjectNode();
        root.put("alpha", r.in().alpha());
        root.put("cacheBytes", r.in().cacheBytes());
        ArrayNode classes = root.putArray("classes");
        for (int c = 0; c < r.in().classes().size(); c++) {
            SizeMix.SizeClass sc = r.in().classes().get(c);
            ObjectNode n = classes.addObject();
            n.put("name", sc.name());
            n.put("objects", sc.objects());
            n.put("bytes", sc.bytes());
            n.put("requestShare", sc.share());
            n.put("byteShare", r.byteShares().get(c));
        }
        root.put("meanRequestBytes", r.meanBytes());
        root.put("allObjectsBytes", r.totalBytes());
        ArrayNode fills = root.putArray("fills");
        for (SizeMix.Filled f : r.fills()) {
            ObjectNode n = fills.addObject();
            n.put("fill", f.fill().name().toLowerCase(Locale.ROOT).replace('_', '-'));
            ArrayNode held = n.putArray("held");
            f.held().forEach(held::add);
            n.put("bytesHeld", f.bytes());
            n.put("requestHitRatio", f.requestHitRatio());
            n.put("byteHitRatio", f.byteHitRatio());
        }
        try {
            return JSON.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String alpha(double alpha) {
        return Format.decimal(alpha);
    }
}
