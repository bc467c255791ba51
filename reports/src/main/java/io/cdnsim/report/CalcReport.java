package io.cdnsim.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cdnsim.cost.Figures;
import io.cdnsim.cost.Hierarchy;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Shows the hierarchy calculator's steps (F3): a table a student can follow (each step, how it is obtained, its
 * result), or JSON for machines.
 */
public final class CalcReport {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);
    private static final Map<String, String> SECTIONS = Map.of(
            "requests", "Requests per second, from the edge inwards",
            "month", "A month",
            "offload", "Origin egress by offload",
            "target", "The inverse question",
            "sweep", "Offload sweep");
    private static final String ROW = "%-60s %-44s %s%n";

    private CalcReport() {
    }

    /**
     * @param in    what was computed from
     * @param steps the steps
     * @return the table, lines separated by '\n'
     */
    public static String text(Hierarchy.Input in, List<Hierarchy.Step> steps) {
        StringBuilder b = new StringBuilder();
        b.append("Hierarchy arithmetic (closed form, no simulation): ").append(describe(in)).append('\n');
        String section = null;
        for (Hierarchy.Step s : steps) {
            if (!s.section().equals(section)) {
                section = s.section();
                b.append('\n').append(SECTIONS.get(section)).append('\n');
                String head = String.format(Locale.ROOT, ROW, "step", "how", "result");
                b.append(head).append("-".repeat(head.length() + 12)).append('\n');
            }
            b.append(String.format(Locale.ROOT, ROW, s.label(), s.formula(), value(s.value(), s.unit())));
        }
        b.append("\nRequest hit ratio = byte offload here: every request is for a segment of the same size. "
                + "A month is 30 days.\n");
        return b.toString();
    }

    /**
     * @param in    what was computed from
     * @param steps the steps
     * @return the inputs, every step, and the results by key, as JSON
     */
    public static String json(Hierarchy.Input in, List<Hierarchy.Step> steps) {
        ObjectNode root = JSON.createObjectNode();
        ObjectNode inputs = root.putObject("inputs");
        inputs.put("viewers", in.viewers());
        if (in.segmentMicros() != null) {
            inputs.put("segmentSeconds", BigDecimal.valueOf(in.segmentMicros(), 6).stripTrailingZeros());
        }
        if (in.bitrate() != null) {
            inputs.put("bitrateBitsPerSecond", in.bitrate());
        }
        inputs.put("hoursPerViewerPerMonth", in.hours() == null ? Hierarchy.ALL_MONTH_HOURS : in.hours());
        ArrayNode tiers = inputs.putArray("tiers");
        for (Hierarchy.TierRatio t : in.tiers()) {
            tiers.addObject().put("name", t.name()).put("hitRatio", t.hitRatio());
        }
        ArrayNode offloads = inputs.putArray("offloads");
        in.offloads().forEach(offloads::add);
        if (in.egressPerGB() != null) {
            inputs.put("egressUsdPerGB", in.egressPerGB());
        }
        if (in.originTarget() != null) {
            inputs.put("originTargetRequestsPerSecond", in.originTarget());
        }
        ArrayNode sweep = inputs.putArray("sweep");
        in.sweep().forEach(sweep::add);
        ArrayNode list = root.putArray("steps");
        ObjectNode results = root.putObject("results");
        for (Hierarchy.Step s : steps) {
            ObjectNode n = list.addObject();
            n.put("key", s.key());
            n.put("section", s.section());
            n.put("label", s.label());
            n.put("formula", s.formula());
            n.put("value", Format.plain(s.value()));
            n.put("unit", s.unit());
            results.put(s.key(), Format.plain(s.value()));
        }
        try {
            return JSON.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree always writes", e);
        }
    }

    private static String describe(Hierarchy.Input in) {
        StringBuilder b = new StringBuilder(Figures.number(BigDecimal.valueOf(in.viewers())) + " viewers");
        if (in.segmentMicros() != null) {
            b.append(", one ").append(Figures.number(BigDecimal.valueOf(in.segmentMicros(), 6))).append(" s segment "
                    + "each");
        }
        if (in.bitrate() != null) {
            b.append(" at ").append(bits(BigDecimal.valueOf(in.bitrate())));
            b.append(in.hours() == null ? ", watching all month" : ", " + Figures.number(in.hours()) + " h a month");
        }
        return b.toString();
    }

    /**
     * @param v    a value
     * @param unit its unit, as {@link Hierarchy.Step#unit()} names it
     * @return it for people
     */
    static String value(BigDecimal v, String unit) {
        return switch (unit) {
            case "/s" -> Figures.number(v) + " /s";
            case "B" -> v.compareTo(BigDecimal.valueOf(1_000_000_000_000L)) >= 0
                    ? Figures.bytes(v) + " (" + Figures.number(v.movePointLeft(9), 3) + " GB)" : Figures.bytes(v);
            case "bit/s" -> bits(v);
            case "$" -> Figures.dollars(v);
            case "ratio" -> Figures.percent(v);
            case "x" -> Figures.number(v) + "x";
            case "h" -> Figures.number(v) + " h";
            default -> Figures.number(v) + " " + unit;
        };
    }

    private static String bits(BigDecimal bitsPerSecond) {
        String[] units = {"bit/s", "kbit/s", "Mbit/s", "Gbit/s", "Tbit/s"};
        int u = 0;
        BigDecimal v = bitsPerSecond;
        while (v.abs().compareTo(BigDecimal.valueOf(1000)) >= 0 && u < units.length - 1) {
            v = v.movePointLeft(3);
            u++;
        }
        return Figures.number(v, 3) + " " + units[u];
    }
}
