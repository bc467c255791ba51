package io.cdnsim.cost;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The explicit rule that turns a simulated window into a month: the measured window (after the warm-up) happens
 * {@code repeatsPerMonth} times a month, and the CDN also delivers {@code baselineBytes} of other traffic, spread
 * evenly over the month. Every count (bytes, requests, viewer-hours) is multiplied by the repeats; the origin's peak
 * requests per second is not (the repeats do not overlap). For the 95th percentile the month is a 30-day timeline of
 * 8,640 five-minute windows on which the repeats are laid back to back from its start, each window's bytes spread
 * evenly over its length, plus the baseline's even share in every window.
 *
 * @param repeatsPerMonth how many times a month the measured window happens, at least 1
 * @param baselineBytes   bytes a month the CDN delivers besides the repeats (other channels, VOD), 0 or more
 */
public record Projection(long repeatsPerMonth, long baselineBytes) {

    /** Seconds in a billing month: 30 days. */
    public static final long MONTH_SECONDS = 30L * 86_400;
    /** Hours in a billing month: 30 days. */
    public static final long MONTH_HOURS = 30L * 24;
    /** Five-minute windows in a billing month. */
    public static final int WINDOWS_PER_MONTH = (int) (MONTH_SECONDS / TrafficPrice.Percentile95.WINDOW_SECONDS);

    private static final long WINDOW_MICROS = TrafficPrice.Percentile95.WINDOW_SECONDS * 1_000_000L;

    /** Checks the rule. */
    public Projection {
        if (repeatsPerMonth < 1) {
            throw new IllegalArgumentException("the measured window repeats at least once a month");
        }
        if (baselineBytes < 0) {
            throw new IllegalArgumentException("a baseline is 0 bytes or more");
        }
    }

    /**
     * @param measuredMicros the measured window
     * @return what is wrong with repeating it this often (more than a month of it), or null
     */
    public String fitProblem(long measuredMicros) {
        if (measuredMicros > MONTH_SECONDS * 1_000_000L / repeatsPerMonth) {
            return repeatsPerMonth + " repeats of the measured " + Figures.number(BigDecimal.valueOf(measuredMicros,
                    6)) + " s last longer than a month of 30 days";
        }
        return null;
    }

    /**
     * @param measured what a simulated window measured
     * @return the month it projects to
     * @throws IllegalArgumentException if the repeats do not fit in a month
     */
    public MonthlyUsage apply(Measured measured) {
        String problem = fitProblem(measured.micros());
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
        BigDecimal n = BigDecimal.valueOf(repeatsPerMonth);
        Map<String, BigDecimal> regions = new TreeMap<>();
        measured.deliveredBytesByRegion().forEach((r, b) -> regions.merge(r, BigDecimal.valueOf(b).multiply(n),
                BigDecimal::add));
        BigDecimal eventBytes = BigDecimal.valueOf(measured.deliveredBytes()).multiply(n);
        BigDecimal baseline = BigDecimal.valueOf(baselineBytes);
        if (baselineBytes > 0) {
            regions.merge(Traffic.ANY_REGION, baseline, BigDecimal::add);
        }
        Traffic delivery = new Traffic(regions, windows(measured.micros(), measured.deliveryWindowBytes(), baseline));
        Traffic origin = new Traffic(Map.of(Traffic.ANY_REGION, BigDecimal.valueOf(measured.originBytes())
                .multiply(n)), windows(measured.micros(), measured.originWindowBytes(), BigDecimal.ZERO));
        BigDecimal hours = measured.viewerSeconds() < 0 ? null
                : BigDecimal.valueOf(measured.viewerSeconds()).multiply(n).divide(BigDecimal.valueOf(3600),
                Money.EXACT);
        return new MonthlyUsage(delivery, eventBytes, baseline, BigDecimal.valueOf(measured.viewerRequests())
                .multiply(n), BigDecimal.valueOf(measured.shieldRequests()).multiply(n),
                BigDecimal.valueOf(measured.shieldBytes()).multiply(n), origin,
                BigDecimal.valueOf(measured.originPeakRequestsPerSecond()), hours, measured.hasShield());
    }

    /**
     * Projects one CDN's part of a measured window to a month, as {@link #apply(Measured)} projects the network's:
     * its delivery (with its own five-minute windows), its viewers' requests, its own shield. It has no baseline (a
     * baseline is not split among several CDNs) and no origin (the CDNs share it).
     *
     * @param measuredMicros the measured window
     * @param cdn            what the CDN measured in it
     * @return its month
     * @throws IllegalArgumentException if the repeats do not fit in a month, or the rule has a baseline
     */
    public MonthlyUsage apply(long measuredMicros, CdnUsage cdn) {
        String problem = fitProblem(measuredMicros);
        if (problem == null && baselineBytes > 0) {
            problem = "a baseline is not split among several CDNs: bill them without one";
        }
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
        BigDecimal n = BigDecimal.valueOf(repeatsPerMonth);
        Map<String, BigDecimal> regions = new TreeMap<>();
        long bytes = 0;
        for (Map.Entry<String, Long> e : cdn.deliveredBytesByRegion().entrySet()) {
            regions.put(e.getKey(), BigDecimal.valueOf(e.getValue()).multiply(n));
            bytes += e.getValue();
        }
        Traffic delivery = new Traffic(regions, windows(measuredMicros, cdn.deliveryWindowBytes(), BigDecimal.ZERO));
        return new MonthlyUsage(delivery, BigDecimal.valueOf(bytes).multiply(n), BigDecimal.ZERO,
                BigDecimal.valueOf(cdn.viewerRequests()).multiply(n), BigDecimal.valueOf(cdn.shieldRequests())
                .multiply(n), BigDecimal.valueOf(cdn.shieldBytes()).multiply(n), new Traffic(Map.of(), List.of()),
                BigDecimal.ZERO, null, cdn.hasShield());
    }

    /**
     * Lays the repeats of a measured window back to back on the month's timeline and reads off the bytes of each
     * five-minute window of the month.
     *
     * @param micros   length of the measured window
     * @param measured its five-minute windows' bytes (the last one may be partial; any beyond count in the last)
     * @param baseline bytes spread evenly over the month
     * @return bytes in each of the month's windows
     */
    List<BigDecimal> windows(long micros, List<Long> measured, BigDecimal baseline) {
        int k = (int) ((micros + WINDOW_MICROS - 1) / WINDOW_MICROS);
        long[] pieces = new long[k];
        for (int i = 0; i < measured.size(); i++) {
            pieces[Math.min(i, k - 1)] += measured.get(i);
        }
        BigDecimal share = baseline.divide(BigDecimal.valueOf(WINDOWS_PER_MONTH), Money.EXACT);
        BigDecimal[] month = new BigDecimal[WINDOWS_PER_MONTH];
        java.util.Arrays.fill(month, share);
        long start = 0;
        for (long r = 0; r < repeatsPerMonth; r++) {
            for (int i = 0; i < k; i++) {
                long length = i < k - 1 ? WINDOW_MICROS : micros - WINDOW_MICROS * (k - 1);
                spread(month, start, length, pieces[i]);
                start += length;
            }
        }
        return List.of(month);
    }

    /** Adds {@code bytes}, spread evenly over [start, start + length), to the month's windows it overlaps. */
    private static void spread(BigDecimal[] month, long start, long length, long bytes) {
        if (bytes == 0) {
            return;
        }
        long end = start + length;
        BigDecimal total = BigDecimal.valueOf(bytes);
        for (long w = start / WINDOW_MICROS; w * WINDOW_MICROS < end; w++) {
            long overlap = Math.min(end, (w + 1) * WINDOW_MICROS) - Math.max(start, w * WINDOW_MICROS);
            BigDecimal part = overlap == length ? total
                    : total.multiply(BigDecimal.valueOf(overlap)).divide(BigDecimal.valueOf(length), Money.EXACT);
            int i = (int) Math.min(w, WINDOWS_PER_MONTH - 1);
            month[i] = month[i].add(part);
        }
    }

    /**
     * @param measuredMicros the measured window
     * @return the rule in words, for example {@code the measured 6 min x 4 a month + 200 TB baseline}
     */
    public String describe(long measuredMicros) {
        String window = Figures.number(BigDecimal.valueOf(measuredMicros, 6)) + " s";
        if (measuredMicros % 60_000_000L == 0) {
            window = measuredMicros / 60_000_000L + " min";
        }
        return "the measured " + window + " x " + Figures.number(BigDecimal.valueOf(repeatsPerMonth))
                + " a month" + (baselineBytes == 0 ? ", no baseline"
                : " + " + Figures.bytes(BigDecimal.valueOf(baselineBytes)) + " baseline");
    }
}
