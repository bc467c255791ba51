package io.cdnsim.cli;

import io.cdnsim.config.InputFile;
import io.cdnsim.config.Quantity;
import io.cdnsim.cost.Figures;
import io.cdnsim.cost.Money;
import io.cdnsim.cost.MonthlyUsage;
import io.cdnsim.cost.Projection;
import io.cdnsim.cost.Traffic;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A month of traffic known from elsewhere (a CDN's report, last month's invoice), as {@code cdnsim bill} options give
 * it: bytes delivered per region, requests, the shield's and the origin's traffic, the origin's peak, and for the 95th
 * percentile a five-minute series, a peak, or neither (the delivered bytes spread evenly over the month).
 *
 * @param usage       the month, as a bill prices it
 * @param percentile  how the 95th percentile's samples were made, in words
 */
record KnownMonth(MonthlyUsage usage, String percentile) {

    /** Largest series file read: 8,640 samples need far less. */
    static final long MAX_SERIES_BYTES = 4L << 20;

    /** The options, as written (null where not given). */
    record Written(List<String> delivered, String requests, String shieldBytes, String shieldRequests,
                   String originBytes, String originPeak, String peak, Path series, String viewerHours) {
    }

    /**
     * @param w the options
     * @return the month they describe
     * @throws BadInputException naming the option and what is wrong with it
     */
    static KnownMonth of(Written w) throws BadInputException {
        if (w.delivered() == null || w.delivered().isEmpty()) {
            throw new BadInputException("--delivered: give the bytes delivered in the month, e.g. --delivered 500TB or "
                    + "--delivered eu=400TB,na=100TB (or a FOLDER of a finished run to re-price)");
        }
        Map<String, BigDecimal> regions = new TreeMap<>();
        for (String d : w.delivered()) {
            int eq = d.indexOf('=');
            String region = eq < 0 ? Traffic.ANY_REGION : d.substring(0, eq).strip();
            if (region.isEmpty() || regions.containsKey(region)) {
                throw new BadInputException("--delivered: " + (region.isEmpty() ? "a region name is missing"
                        : "region '" + region + "' is given twice") + " in '" + d + "'");
            }
            regions.put(region, BigDecimal.valueOf(size("--delivered", d.substring(eq + 1))));
        }
        BigDecimal total = BigDecimal.ZERO;
        for (BigDecimal b : regions.values()) {
            total = total.add(b);
        }
        List<BigDecimal> windows;
        String percentile;
        if (w.series() != null && w.peak() != null) {
            throw new BadInputException("--series: give --series or --peak, not both");
        } else if (w.series() != null) {
            windows = series(w.series());
            percentile = "the 95th percentile of " + w.series() + "'s " + Figures.number(BigDecimal.valueOf(
                    windows.size())) + " five-minute samples";
        } else if (w.peak() != null) {
            long bps = rate("--peak", w.peak());
            windows = Collections.nCopies(Projection.WINDOWS_PER_MONTH, windowBytes(BigDecimal.valueOf(bps)));
            percentile = "the 95th percentile taken as the peak given, " + Figures.number(BigDecimal.valueOf(bps, 6),
                    3) + " Mbit/s (an upper bound)";
        } else {
            windows = even(total);
            percentile = "the 95th percentile of the delivered bytes spread evenly over the month";
        }
        BigDecimal origin = BigDecimal.valueOf(w.originBytes() == null ? 0 : size("--origin-bytes", w.originBytes()));
        boolean shield = w.shieldBytes() != null || w.shieldRequests() != null;
        return new KnownMonth(new MonthlyUsage(new Traffic(regions, windows), total, BigDecimal.ZERO,
                count("--requests", w.requests()), count("--shield-requests", w.shieldRequests()),
                BigDecimal.valueOf(w.shieldBytes() == null ? 0 : size("--shield-bytes", w.shieldBytes())),
                new Traffic(Map.of(Traffic.ANY_REGION, origin), even(origin)), perSecond(w.originPeak()),
                w.viewerHours() == null ? null : count("--viewer-hours", w.viewerHours()), shield), percentile);
    }

    /** @return the bytes a window of five minutes carries at a rate */
    private static BigDecimal windowBytes(BigDecimal bitsPerSecond) {
        return bitsPerSecond.multiply(BigDecimal.valueOf(300)).divide(BigDecimal.valueOf(8), Money.EXACT);
    }

    private static List<BigDecimal> even(BigDecimal bytes) {
        return Collections.nCopies(Projection.WINDOWS_PER_MONTH, bytes.divide(BigDecimal.valueOf(
                Projection.WINDOWS_PER_MONTH), Money.EXACT));
    }

    /** Reads a series: one bit rate a line ({@code 850Mbps}), blank lines and {@code #} comments skipped. */
    private static List<BigDecimal> series(Path file) throws BadInputException {
        String text;
        try {
            text = new String(InputFile.readAll(file, MAX_SERIES_BYTES, "series"), StandardCharsets.UTF_8);
        } catch (InputFile.RefusedException e) {
            throw new BadInputException(file + ": " + e.getMessage());
        } catch (IOException e) {
            throw new BadInputException(file + ": cannot read the file (" + RunCommand.describe(e) + ")");
        }
        List<BigDecimal> windows = new ArrayList<>();
        String[] lines = text.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            try {
                windows.add(windowBytes(BigDecimal.valueOf(Quantity.bitsPerSecond(line))));
            } catch (IllegalArgumentException e) {
                throw new BadInputException(file + ":" + (i + 1) + ": " + e.getMessage());
            }
            if (windows.size() > Projection.WINDOWS_PER_MONTH) {
                throw new BadInputException(file + ":" + (i + 1) + ": more than the "
                        + Figures.number(BigDecimal.valueOf(Projection.WINDOWS_PER_MONTH)) + " five-minute samples of "
                        + "a 30-day month");
            }
        }
        if (windows.isEmpty()) {
            throw new BadInputException(file + ": no sample: write one bit rate a line, e.g. 850Mbps");
        }
        return windows;
    }

    /** @return a size as {@link Quantity#bytes} reads it, or a problem naming the option */
    static long size(String option, String text) throws BadInputException {
        try {
            return Quantity.bytes(text.strip());
        } catch (IllegalArgumentException e) {
            throw new BadInputException(option + ": " + e.getMessage());
        }
    }

    private static long rate(String option, String text) throws BadInputException {
        try {
            return Quantity.bitsPerSecond(text.strip());
        } catch (IllegalArgumentException e) {
            throw new BadInputException(option + ": " + e.getMessage());
        }
    }

    private static BigDecimal perSecond(String text) throws BadInputException {
        if (text == null) {
            return BigDecimal.ZERO;
        }
        try {
            return new BigDecimal(Double.toString(Quantity.perSecond(text.strip())));
        } catch (IllegalArgumentException e) {
            throw new BadInputException("--origin-peak: " + e.getMessage());
        }
    }

    /** A whole count, written plainly ({@code 64800057600}) or with k, M, G or T ({@code 64.8G}). */
    private static BigDecimal count(String option, String text) throws BadInputException {
        if (text == null) {
            return BigDecimal.ZERO;
        }
        String t = text.strip();
        int power = switch (t.isEmpty() ? ' ' : t.charAt(t.length() - 1)) {
            case 'k' -> 3;
            case 'M' -> 6;
            case 'G' -> 9;
            case 'T' -> 12;
            default -> 0;
        };
        String digits = power == 0 ? t : t.substring(0, t.length() - 1);
        if (!digits.matches("[0-9]{1,20}(\\.[0-9]{1,12})?")) {
            throw new BadInputException(option + ": expected a count like 64800057600 or 64.8G (k, M, G, T), found '"
                    + text + "'");
        }
        BigDecimal v = new BigDecimal(digits).movePointRight(power);
        if (v.stripTrailingZeros().scale() > 0) {
            throw new BadInputException(option + ": expected a whole count, found '" + text + "'");
        }
        return v.setScale(0);
    }
}
