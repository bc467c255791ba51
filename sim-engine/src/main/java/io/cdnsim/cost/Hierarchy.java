package io.cdnsim.cost;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The closed-form arithmetic of a cache hierarchy (F3), without simulation: the requests per second at each tier
 * and those that escape it, the origin's load, bandwidth and bytes a month, origin egress and its cost with the shield
 * on and off, the inverse question (what hit ratio keeps the origin under a load), and an offload sweep. Every
 * figure is exact decimal arithmetic, and every step says how it was obtained.
 *
 * <p>Request hit ratio and byte offload coincide here: every request is for a segment of the same size.
 */
public final class Hierarchy {

    /** Hours in a month when the audience watches all month: 30 days. */
    public static final BigDecimal ALL_MONTH_HOURS = BigDecimal.valueOf(Projection.MONTH_HOURS);

    private static final BigDecimal EIGHT = BigDecimal.valueOf(8);
    private static final BigDecimal MILLION = BigDecimal.valueOf(1_000_000);
    private static final BigDecimal SECONDS_PER_HOUR = BigDecimal.valueOf(3600);
    private static final BigDecimal TWELVE = BigDecimal.valueOf(12);

    private Hierarchy() {
    }

    /**
     * A tier and its request hit ratio.
     *
     * @param name     its name
     * @param hitRatio its hit ratio, 0 or more and below 1
     */
    public record TierRatio(String name, BigDecimal hitRatio) {

        /** Checks the ratio. */
        public TierRatio {
            checkRatio(hitRatio, "a hit ratio");
        }
    }

    /**
     * What to compute from.
     *
     * @param viewers        viewers (watching at once, for the request rates)
     * @param segmentMicros  segment duration (one fetch per viewer per segment), or null
     * @param bitrate        bitrate, bit/s, or null
     * @param hours          hours each viewer watches a month, or null for all month (720 h)
     * @param tiers          hit ratios from the edge inwards; may be empty
     * @param offloads       end-to-end byte offloads to compare; may be empty
     * @param egressPerGB    origin egress price, dollars per GB, or null
     * @param originTarget   the most requests per second the origin should see, or null
     * @param sweep          offloads for a sweep; may be empty
     */
    public record Input(long viewers, Long segmentMicros, Long bitrate, BigDecimal hours, List<TierRatio> tiers,
                        List<BigDecimal> offloads, BigDecimal egressPerGB, BigDecimal originTarget,
                        List<BigDecimal> sweep) {

        /** Copies the lists and checks the figures. */
        public Input {
            tiers = List.copyOf(tiers);
            offloads = List.copyOf(offloads);
            sweep = List.copyOf(sweep);
            if (viewers < 1) {
                throw new IllegalArgumentException("viewers: at least 1");
            }
            if (segmentMicros != null && segmentMicros <= 0) {
                throw new IllegalArgumentException("segment: must be more than 0 s");
            }
            if (bitrate != null && bitrate <= 0) {
                throw new IllegalArgumentException("bitrate: must be more than 0");
            }
            if (hours != null && (hours.signum() <= 0 || hours.compareTo(ALL_MONTH_HOURS) > 0)) {
                throw new IllegalArgumentException("hours: more than 0 and at most " + ALL_MONTH_HOURS
                        + " (a month of 30 days)");
            }
            if (egressPerGB != null && egressPerGB.signum() < 0) {
                throw new IllegalArgumentException("egress price: must be 0 or more");
            }
            if (originTarget != null && originTarget.signum() <= 0) {
                throw new IllegalArgumentException("origin target: must be more than 0 requests/s");
            }
            offloads.forEach(o -> checkRatio(o, "an offload"));
            sweep.forEach(o -> checkRatio(o, "an offload"));
        }
    }

    /**
     * One step of the arithmetic.
     *
     * @param key     a stable machine name, for example {@code origin.requestsPerSecond}
     * @param section {@code requests}, {@code month}, {@code offload}, {@code target} or {@code sweep}
     * @param label   what it is, in words
     * @param formula how it is obtained, with the numbers
     * @param value   the result
     * @param unit    {@code /s}, {@code B}, {@code bit/s}, {@code $}, {@code ratio}, {@code x} or {@code h}
     */
    public record Step(String key, String section, String label, String formula, BigDecimal value, String unit) {
    }

    /**
     * @param names hit ratios without names
     * @return them named from the edge inwards: edge, (mid, mid2, ...), shield
     */
    public static List<String> defaultNames(int names) {
        List<String> result = new ArrayList<>();
        for (int i = 0; i < names; i++) {
            if (i == 0) {
                result.add("edge");
            } else if (i == names - 1) {
                result.add("shield");
            } else {
                result.add(names == 3 ? "mid" : "mid" + i);
            }
        }
        return result;
    }

    /**
     * @param in what to compute from
     * @return every step, in order
     */
    public static List<Step> compute(Input in) {
        List<Step> steps = new ArrayList<>();
        BigDecimal viewers = BigDecimal.valueOf(in.viewers());
        BigDecimal rate = null;
        BigDecimal segmentBytes = null;
        BigDecimal seconds = in.segmentMicros() == null ? null : BigDecimal.valueOf(in.segmentMicros(), 6);
        BigDecimal bitrate = in.bitrate() == null ? null : BigDecimal.valueOf(in.bitrate());
        List<TierRatio> tiers = in.tiers();
        boolean shieldOff = tiers.size() >= 2;
        String last = tiers.isEmpty() ? null : tiers.get(tiers.size() - 1).name();

        if (seconds != null) {
            if (bitrate != null) {
                segmentBytes = exact(bitrate.multiply(seconds).divide(EIGHT, Money.EXACT));
                steps.add(new Step("segment.bytes", "requests", "bytes per segment",
                        rate(bitrate) + " x " + n(seconds) + " s / 8", segmentBytes, "B"));
            }
            rate = exact(viewers.divide(seconds, Money.EXACT));
            steps.add(new Step("edge.requestsPerSecond", "requests", "fetches/s at the edge, all viewers at once",
                    n(viewers) + " viewers / " + n(seconds) + " s", rate, "/s"));
            BigDecimal arriving = rate;
            for (int i = 0; i < tiers.size(); i++) {
                TierRatio t = tiers.get(i);
                String next = i + 1 < tiers.size() ? tiers.get(i + 1).name() : "the origin";
                BigDecimal escaping = exact(arriving.multiply(BigDecimal.ONE.subtract(t.hitRatio())));
                steps.add(new Step(t.name() + ".escapesPerSecond", "requests", "escape " + t.name() + " (CHR "
                        + Figures.percent(t.hitRatio()) + ") to " + next, n(arriving) + " x (1 - "
                        + n(t.hitRatio()) + ")", escaping, "/s"));
                arriving = escaping;
            }
            if (!tiers.isEmpty()) {
                originSteps(steps, "", "the origin", rate, arriving, tiers, segmentBytes, bitrate);
                if (shieldOff) {
                    List<TierRatio> without = tiers.subList(0, tiers.size() - 1);
                    BigDecimal noShield = exact(rate.multiply(misses(without)));
                    steps.add(new Step("noShield.origin.requestsPerSecond", "requests", "without the " + last
                            + ": reach the origin", n(rate) + " x " + missFormula(without), noShield, "/s"));
                    if (segmentBytes != null) {
                        steps.add(new Step("noShield.origin.bandwidth", "requests", "without the " + last
                                + ": the origin sends", n(noShield) + " x " + n(segmentBytes) + " B x 8",
                                exact(noShield.multiply(segmentBytes).multiply(EIGHT)), "bit/s"));
                        steps.add(new Step("noShield.origin.bandwidthIfOneSecondPerFetch", "requests",
                                "(not: fetches/s x bitrate, as if a fetch were 1 s of video)",
                                n(noShield) + " x " + rate(bitrate), exact(noShield.multiply(bitrate)), "bit/s"));
                    }
                    if (arriving.signum() > 0) {
                        steps.add(new Step(last + ".factor", "requests", "the " + last + " divides origin requests by",
                                n(noShield) + " / " + n(arriving), exact(noShield.divide(arriving, Money.EXACT)),
                                "x"));
                    }
                }
            }
        }

        BigDecimal delivered = null;
        if (bitrate != null) {
            delivered = month(steps, in, viewers, bitrate, tiers, shieldOff, last);
            offloads(steps, in, delivered);
        }
        if (in.originTarget() != null && rate != null && !tiers.isEmpty()) {
            target(steps, in.originTarget(), rate, tiers, shieldOff, last);
        }
        if (!in.sweep().isEmpty()) {
            sweep(steps, in, rate, delivered);
        }
        return steps;
    }

    private static void originSteps(List<Step> steps, String prefix, String where, BigDecimal rate,
                                    BigDecimal origin, List<TierRatio> tiers, BigDecimal segmentBytes,
                                    BigDecimal bitrate) {
        steps.add(new Step(prefix + "origin.requestsPerSecond", "requests", "reach " + where,
                n(rate) + " x " + missFormula(tiers), origin, "/s"));
        steps.add(new Step(prefix + "endToEnd.hitRatio", "requests", "end-to-end hit ratio", "1 - " + n(origin)
                + " / " + n(rate), exact(BigDecimal.ONE.subtract(origin.divide(rate, Money.EXACT))), "ratio"));
        if (origin.signum() > 0) {
            steps.add(new Step(prefix + "reduction", "requests", "fewer requests at the origin than at the edge",
                    n(rate) + " / " + n(origin), exact(rate.divide(origin, Money.EXACT)), "x"));
        }
        if (segmentBytes != null) {
            steps.add(new Step(prefix + "origin.bandwidth", "requests", "the origin sends (each fetch is a whole "
                    + "segment)", n(origin) + " x " + n(segmentBytes) + " B x 8",
                    exact(origin.multiply(segmentBytes).multiply(EIGHT)), "bit/s"));
            steps.add(new Step(prefix + "origin.bandwidthIfOneSecondPerFetch", "requests",
                    "(not: fetches/s x bitrate, as if a fetch were 1 s of video)",
                    n(origin) + " x " + rate(bitrate), exact(origin.multiply(bitrate)), "bit/s"));
        }
    }

    private static BigDecimal month(List<Step> steps, Input in, BigDecimal viewers, BigDecimal bitrate,
                                    List<TierRatio> tiers, boolean shieldOff, String last) {
        BigDecimal hours = in.hours() == null ? ALL_MONTH_HOURS : in.hours();
        steps.add(new Step("month.viewerHours", "month", in.hours() == null
                ? "viewer-hours a month (the audience watches all month)" : "viewer-hours a month",
                n(viewers) + " viewers x " + n(hours) + " h", exact(viewers.multiply(hours)), "h"));
        BigDecimal perViewer = exact(bitrate.multiply(hours).multiply(SECONDS_PER_HOUR).divide(EIGHT, Money.EXACT));
        steps.add(new Step("month.bytesPerViewer", "month", "bytes per viewer a month", rate(bitrate) + " x "
                + n(hours) + " h x 3,600 s / 8", perViewer, "B"));
        BigDecimal delivered = exact(perViewer.multiply(viewers));
        steps.add(new Step("month.deliveredBytes", "month", "bytes delivered to viewers a month",
                Figures.bytes(perViewer) + " x " + n(viewers), delivered, "B"));
        if (!tiers.isEmpty()) {
            BigDecimal withShield = egress(steps, "", "", delivered, tiers, in.egressPerGB());
            if (shieldOff) {
                BigDecimal without = egress(steps, "noShield.", "without the " + last + ": ", delivered,
                        tiers.subList(0, tiers.size() - 1), in.egressPerGB());
                if (in.egressPerGB() != null) {
                    saving(steps, last + ".", "month", "the " + last, without, withShield, in.egressPerGB());
                }
            }
        }
        return delivered;
    }

    private static BigDecimal egress(List<Step> steps, String prefix, String label, BigDecimal delivered,
                                     List<TierRatio> tiers, BigDecimal price) {
        BigDecimal bytes = exact(delivered.multiply(misses(tiers)));
        steps.add(new Step(prefix + "month.originEgressBytes", "month", label + "origin egress a month",
                Figures.bytes(delivered) + " x " + missFormula(tiers), bytes, "B"));
        if (price != null) {
            steps.add(new Step(prefix + "month.originEgressCost", "month", label + "origin egress bill a month",
                    n(Money.gigabytes(bytes)) + " GB x " + Figures.price(price) + "/GB",
                    exact(Money.gigabytes(bytes).multiply(price)), "$"));
        }
        return bytes;
    }

    private static void saving(List<Step> steps, String prefix, String section, String what, BigDecimal before,
                               BigDecimal after, BigDecimal price) {
        BigDecimal gb = Money.gigabytes(before.subtract(after));
        BigDecimal month = exact(gb.multiply(price));
        steps.add(new Step(prefix + "saving.month", section, what + " saves a month",
                n(gb) + " GB x " + Figures.price(price) + "/GB", month, "$"));
        steps.add(new Step(prefix + "saving.year", section, what + " saves a year", Figures.dollars(month)
                + " x 12", exact(month.multiply(TWELVE)), "$"));
    }

    private static void offloads(List<Step> steps, Input in, BigDecimal delivered) {
        BigDecimal previous = null;
        BigDecimal previousBytes = null;
        for (BigDecimal o : in.offloads()) {
            String key = "offload." + pct(o) + ".";
            BigDecimal bytes = exact(delivered.multiply(BigDecimal.ONE.subtract(o)));
            steps.add(new Step(key + "originEgressBytes", "offload", "origin egress a month at " + Figures.percent(o)
                    + " offload", Figures.bytes(delivered) + " x (1 - " + n(o) + ")", bytes, "B"));
            if (in.egressPerGB() != null) {
                steps.add(new Step(key + "originEgressCost", "offload", "its bill a month",
                        n(Money.gigabytes(bytes)) + " GB x " + Figures.price(in.egressPerGB()) + "/GB",
                        exact(Money.gigabytes(bytes).multiply(in.egressPerGB())), "$"));
            }
            if (previous != null) {
                steps.add(new Step("offload." + pct(previous) + "-" + pct(o) + ".bytesRemoved", "offload",
                        Figures.percent(previous) + " -> " + Figures.percent(o) + " removes a month",
                        Figures.bytes(previousBytes) + " - " + Figures.bytes(bytes), exact(previousBytes.subtract(
                        bytes)), "B"));
                if (in.egressPerGB() != null) {
                    saving(steps, "offload." + pct(previous) + "-" + pct(o) + ".", "offload", Figures.percent(previous)
                            + " -> " + Figures.percent(o), previousBytes, bytes, in.egressPerGB());
                }
            }
            previous = o;
            previousBytes = bytes;
        }
    }

    private static void target(List<Step> steps, BigDecimal target, BigDecimal rate, List<TierRatio> tiers,
                               boolean shieldOff, String last) {
        steps.add(new Step("target.endToEndHitRatio", "target", "end-to-end hit ratio for at most " + n(target)
                + "/s at the origin", "1 - " + n(target) + " / " + n(rate),
                atLeastZero(BigDecimal.ONE.subtract(target.divide(rate, Money.EXACT))), "ratio"));
        requiredEdge(steps, "target.edgeHitRatio", "", target, rate, tiers.subList(1, tiers.size()));
        if (shieldOff) {
            requiredEdge(steps, "target.noShield.edgeHitRatio", "without the " + last + ": ", target, rate,
                    tiers.subList(1, tiers.size() - 1));
        }
    }

    private static void requiredEdge(List<Step> steps, String key, String label, BigDecimal target, BigDecimal rate,
                                     List<TierRatio> inner) {
        BigDecimal reach = rate.multiply(misses(inner));
        String formula = inner.isEmpty() ? "1 - " + n(target) + " / " + n(rate)
                : "1 - " + n(target) + " / (" + n(rate) + " x " + missFormula(inner) + ")";
        steps.add(new Step(key, "target", label + "edge hit ratio needed", formula,
                atLeastZero(BigDecimal.ONE.subtract(target.divide(reach, Money.EXACT))), "ratio"));
    }

    private static void sweep(List<Step> steps, Input in, BigDecimal rate, BigDecimal delivered) {
        BigDecimal previous = null;
        for (BigDecimal o : in.sweep()) {
            String key = "sweep." + pct(o) + ".";
            BigDecimal miss = BigDecimal.ONE.subtract(o);
            String at = "at " + Figures.percent(o) + " offload: ";
            if (rate != null) {
                steps.add(new Step(key + "originRequestsPerSecond", "sweep", at + "requests/s at the origin",
                        n(rate) + " x " + n(miss), exact(rate.multiply(miss)), "/s"));
            }
            if (delivered != null) {
                BigDecimal bytes = exact(delivered.multiply(miss));
                steps.add(new Step(key + "originEgressBytes", "sweep", at + "origin egress a month",
                        Figures.bytes(delivered) + " x " + n(miss), bytes, "B"));
                if (in.egressPerGB() != null) {
                    steps.add(new Step(key + "originEgressCost", "sweep", at + "its bill a month",
                            n(Money.gigabytes(bytes)) + " GB x " + Figures.price(in.egressPerGB()) + "/GB",
                            exact(Money.gigabytes(bytes).multiply(in.egressPerGB())), "$"));
                }
            }
            if (previous != null) {
                BigDecimal before = BigDecimal.ONE.subtract(previous);
                steps.add(new Step(key + "factor", "sweep", at + "origin load divided by, against "
                        + Figures.percent(previous), n(before) + " / " + n(miss),
                        exact(before.divide(miss, Money.EXACT)), "x"));
            }
            previous = o;
        }
    }

    private static BigDecimal misses(List<TierRatio> tiers) {
        BigDecimal product = BigDecimal.ONE;
        for (TierRatio t : tiers) {
            product = product.multiply(BigDecimal.ONE.subtract(t.hitRatio()));
        }
        return product;
    }

    private static String missFormula(List<TierRatio> tiers) {
        if (tiers.isEmpty()) {
            return "1";
        }
        List<String> parts = new ArrayList<>();
        for (TierRatio t : tiers) {
            parts.add(n(BigDecimal.ONE.subtract(t.hitRatio())));
        }
        return String.join(" x ", parts);
    }

    private static void checkRatio(BigDecimal ratio, String what) {
        if (ratio == null || ratio.signum() < 0 || ratio.compareTo(BigDecimal.ONE) >= 0) {
            throw new IllegalArgumentException(what + " must be 0 % or more and below 100 %, found "
                    + (ratio == null ? "nothing" : Figures.percent(ratio)));
        }
    }

    private static BigDecimal atLeastZero(BigDecimal v) {
        return exact(v.max(BigDecimal.ZERO));
    }

    /** Drops trailing zeros so that exact results read as they are (2,500 rather than 2500.0000). */
    private static BigDecimal exact(BigDecimal v) {
        BigDecimal s = v.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0) : s;
    }

    private static String n(BigDecimal v) {
        return Figures.number(v, 6);
    }

    private static String rate(BigDecimal bitsPerSecond) {
        return Figures.number(bitsPerSecond.divide(MILLION, Money.EXACT), 6) + " Mbit/s";
    }

    private static String pct(BigDecimal ratio) {
        return Figures.number(ratio.movePointRight(2), 4).replace(",", "") + "%";
    }
}
