package io.cdnsim.report;

import io.cdnsim.cost.Figures;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Locale;
import java.util.Map;

/**
 * How a key figure is shown to people (R5): a label in words instead of its key, and its values in their units,
 * written with {@link Format} as the console summary writes them (never in scientific notation). Found from the key
 * alone, so that figures read back from an output folder's summary.json are shown like those of runs made here; a key
 * it does not know keeps its key as label and is written as a plain number.
 *
 * @param key   the key, as in summary.json's {@code estimates} ({@code origin.peakGbitPerSecond})
 * @param label what people read ({@code origin peak Gbit/s})
 * @param unit  how its values are written
 */
record KeyFigure(String key, String label, Unit unit) {

    /** Labels of the figures that are not a tier's. */
    private static final Map<String, String> LABELS = Map.ofEntries(
            Map.entry("endToEnd.offload", "end-to-end offload"),
            Map.entry("origin.requestsPerSecond", "origin requests/s"),
            Map.entry("origin.peakRequestsPerSecond", "origin peak requests/s"),
            Map.entry("origin.egressBytes", "origin egress"),
            Map.entry("origin.peakGbitPerSecond", "origin peak Gbit/s"),
            Map.entry("viewers.timeToFirstByteP95Ms", "time to first byte p95"),
            Map.entry("qoe.startupP50Ms", "startup p50"),
            Map.entry("qoe.startupP95Ms", "startup p95"),
            Map.entry("qoe.rebufferRatio", "rebuffer ratio"),
            Map.entry("qoe.joinFailureRate", "join failure rate"),
            Map.entry("qoe.averageBitrateKbps", "average bitrate"),
            Map.entry("bill.totalUsd", "bill for a month"),
            Map.entry("bill.cdnDeliveryUsd", "bill: cdn delivery"),
            Map.entry("bill.requestsUsd", "bill: requests"),
            Map.entry("bill.shieldUsd", "bill: shield"),
            Map.entry("bill.originEgressUsd", "bill: origin egress"),
            Map.entry("bill.originComputeUsd", "bill: origin compute"));

    /**
     * @param key a key figure's name ({@code edge.requestHitRatio})
     * @return how it is shown ({@code edge request hit ratio}, in %)
     */
    static KeyFigure of(String key) {
        String label = LABELS.get(key);
        if (label == null && key.startsWith(BillRows.CDN)) {
            label = BillRows.cdnLabel(key);
        } else if (label == null && key.startsWith(Metrics.CDN)) {
            label = Metrics.cdnLabel(key);
        } else if (label == null) {
            int dot = key.lastIndexOf('.');
            String tier = dot > 0 ? key.substring(0, dot) : "";
            label = switch (key.substring(dot + 1)) {
                case "requestHitRatio" -> tier.isEmpty() ? key : tier + " request hit ratio";
                case "byteHitRatio" -> tier.isEmpty() ? key : tier + " byte hit ratio";
                case "requestsPerSecond" -> tier.isEmpty() ? key : tier + " requests/s";
                case "playlistRequestsPerSecond" -> tier.isEmpty() ? key : tier + " playlist requests/s";
                default -> key;
            };
        }
        return new KeyFigure(key, label, Unit.of(key));
    }

    /**
     * @param v a value of the figure, NaN for none
     * @return it in its unit ({@code 88.00 %}, {@code 809.59 GB}), or {@code -}
     */
    String value(double v) {
        return unit.value(v);
    }

    /**
     * @param d a difference of two values of the figure, NaN for none
     * @return it with its sign (none where it shows as zero), ratios in percentage points ({@code +11.03 pp}), or
     *         {@code -}
     */
    String difference(double d) {
        return unit.difference(d);
    }

    /**
     * @param d         a difference of two values of the figure, NaN for none
     * @param halfWidth the half-width of its 95 % interval, NaN for none
     * @return the interval, each end as {@link #difference(double)} writes it ({@code [+4.60 pp, +5.40 pp]}), or
     *         {@code -}
     */
    String interval(double d, double halfWidth) {
        return Double.isNaN(d) || Double.isNaN(halfWidth) ? "-"
                : "[" + difference(d - halfWidth) + ", " + difference(d + halfWidth) + "]";
    }

    /**
     * @param relative a relative difference (B - A) / |A|, NaN for none
     * @return it in percent with its sign (none where it shows as zero), with the decimals that show two significant
     *         digits when it is small ({@code -92.02 %}, {@code +0.000018 %}), or {@code -}
     */
    static String relative(double relative) {
        return relative(Double.NaN, relative);
    }

    /**
     * @param a        A's value, NaN if unknown
     * @param relative a relative difference (B - A) / |A|, NaN for none
     * @return as {@link #relative(double)}, except where B is ten times a positive A or more: then how many times A
     *         it is, to three significant digits, as {@code calc} writes factors ({@code 446x} rather than
     *         {@code +44509.96 %})
     */
    static String relative(double a, double relative) {
        if (a > 0 && relative >= TIMES_FROM - 1) {
            BigDecimal times = new BigDecimal(Double.toString(1 + relative)).round(new MathContext(3));
            return Figures.number(times, 2) + "x";
        }
        return Double.isNaN(relative) ? "-" : signed(relative, Format.significantPercent(Math.abs(relative), " %"));
    }

    /** From how many times A a B is written as a factor ({@code 10x}) rather than a percentage. */
    static final double TIMES_FROM = 10;

    /** @return {@code body} with the sign of {@code d} before it, or none where {@code body} shows no digit but 0 */
    private static String signed(double d, String body) {
        boolean zero = !body.matches("^[^1-9]*[1-9].*");
        return (zero || d == 0 ? "" : d > 0 ? "+" : "-") + body;
    }

    /** How a key figure's values are written, found from the end of its key. */
    enum Unit {
        /** A share: in % ({@link Format#smallPercent}), differences in percentage points. */
        RATIO,
        /** Bytes, in decimal units. */
        BYTES,
        /** Milliseconds. */
        MILLIS,
        /** Kilobits per second. */
        KBPS,
        /** Gigabits per second. */
        GBPS,
        /** Something per second (requests). */
        PER_SECOND,
        /** A busiest second's count: whole where it is (one replication's), else one decimal (a mean). */
        PEAK_PER_SECOND,
        /** Dollars, to the cent. */
        USD,
        /** A number of no known unit: six significant digits. */
        PLAIN;

        static Unit of(String key) {
            if (key.endsWith("offload") || key.endsWith("Ratio") || key.endsWith("Rate")) {
                return RATIO;
            }
            if (key.endsWith("Usd")) {
                return USD;
            }
            if (key.endsWith("Bytes")) {
                return BYTES;
            }
            if (key.endsWith("Ms")) {
                return MILLIS;
            }
            if (key.endsWith("Kbps")) {
                return KBPS;
            }
            if (key.endsWith("GbitPerSecond")) {
                return GBPS;
            }
            if (key.endsWith("peakRequestsPerSecond")) {
                return PEAK_PER_SECOND;
            }
            return key.endsWith("PerSecond") ? PER_SECOND : PLAIN;
        }

        String value(double v) {
            if (!Double.isFinite(v)) {
                return "-";
            }
            return switch (this) {
                case RATIO -> Format.smallPercent(v);
                case BYTES -> Format.bytes(v);
                case MILLIS -> Format.rate(v) + " ms";
                case KBPS -> Format.rate(v) + " kbit/s";
                case GBPS -> String.format(Locale.ROOT, "%,.3f Gbit/s", v);
                case PER_SECOND -> Format.rate(v) + "/s";
                case PEAK_PER_SECOND -> Format.wholeOrRate(v) + "/s";
                case USD -> Figures.dollars(new BigDecimal(Double.toString(v)));
                case PLAIN -> Format.plain(BigDecimal.valueOf(v).round(new MathContext(6))).toPlainString();
            };
        }

        String difference(double d) {
            if (!Double.isFinite(d)) {
                return "-";
            }
            double m = Math.abs(d);
            return signed(d, switch (this) {
                case RATIO -> Format.significantPercent(m, " pp");
                default -> value(m);
            });
        }
    }
}
