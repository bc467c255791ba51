package io.cdnsim.report;

import io.cdnsim.cache.CurveResult;
import io.cdnsim.report.chart.Charts;
import io.cdnsim.report.chart.CurveChart;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The outputs of a miss-ratio curve ({@code cdnsim replay TRACE --cache A:B}): the console table with the knee,
 * {@code mrc.csv} and the chart {@code mrc.png} / {@code mrc.svg}.
 *
 * <p>The knee: the smallest size from which on doubling the cache gains less than one point of request miss ratio at
 * every size of the curve up to half the largest, where the miss ratio at twice a size is read off the curve
 * (linearly between its two neighbouring points on a log scale of sizes, exact where twice the size is a point).
 * <pre>
 * gain(C) = miss(C) - miss(2C)                      for each size C with 2C &lt;= the largest size
 * knee    = the smallest such C with gain(C') &lt; 1 point for every such C' &gt;= C
 * </pre>
 */
public final class CurveReport {

    /** The files a curve writes into its output folder. */
    public static final Set<String> FILES = Set.of("mrc.csv", "mrc.png", "mrc.svg");
    /** The gain of one doubling below which the curve has passed its knee: one point of request miss ratio. */
    public static final double KNEE_GAIN = 0.01;

    private CurveReport() {
    }

    /**
     * What the console says about the curve besides its numbers.
     *
     * @param trace     the trace as named
     * @param format    its format
     * @param eviction  the policy as the user named it
     * @param admission the admission as named ({@code always} or {@code second-request})
     * @param warmup    the warm-up as written, or null
     * @param seed      the seed that salts the sampling hash
     */
    public record Labels(String trace, String format, String eviction, String admission, String warmup, long seed) {
    }

    /**
     * @param c a curve
     * @return the index of its knee, or -1 if doubling still gains a point or more at some size up to half the
     *         largest (or no size is as small as half the largest)
     */
    public static int knee(CurveResult c) {
        long[] s = c.capacities();
        int knee = -1;
        for (int j = s.length - 1; j >= 0; j--) {
            if (2.0 * s[j] > s[s.length - 1]) {
                continue;
            }
            if (c.missRatio(j) - missAt(c, 2.0 * s[j]) >= KNEE_GAIN) {
                break;
            }
            knee = j;
        }
        return knee;
    }

    /** @return the request miss ratio at a size within the curve, linear between its neighbours on a log scale */
    static double missAt(CurveResult c, double size) {
        long[] s = c.capacities();
        int i = 0;
        while (i < s.length - 1 && s[i + 1] < size) {
            i++;
        }
        if (i == s.length - 1 || s[i] >= size) {
            return c.missRatio(i);
        }
        double t = Math.log(size / s[i]) / Math.log((double) s[i + 1] / s[i]);
        return c.missRatio(i) + t * (c.missRatio(i + 1) - c.missRatio(i));
    }

    /**
     * @param c      the curve
     * @param labels what it is of
     * @param outDir where its files went
     * @return the console text
     */
    public static String console(CurveResult c, Labels labels, Path outDir) {
        StringBuilder b = new StringBuilder();
        long[] s = c.capacities();
        String policy = labels.eviction().toUpperCase(Locale.ROOT)
                + ("second-request".equals(labels.admission()) ? " with second-request admission" : "");
        b.append("Miss-ratio curve: ").append(labels.trace()).append(" (").append(labels.format()).append("), ")
                .append(policy).append(", ").append(s.length).append(" sizes from ").append(Format.bytes(s[0]))
                .append(" to ").append(Format.bytes(s[s.length - 1])).append('\n');
        b.append("Requests:    ").append(Format.count(c.all())).append(" counted");
        if (labels.warmup() != null) {
            b.append(" after the ").append(labels.warmup()).append(" warm-up");
        }
        b.append(" (").append(Format.count(c.read())).append(" read)\n");
        b.append("How:         ").append(how(c)).append('\n');
        if (c.rate() < 1) {
            b.append("Sample:      SHARDS, ").append(Format.significantPercent(c.rate(), " %"))
                    .append(" of the objects (hash salted with seed ").append(labels.seed()).append("), ")
                    .append(Format.count(c.sampled())).append(" requests simulated: an estimate\n");
        }
        b.append(String.format(Locale.ROOT, "%12s  %18s  %15s%n", "cache", "request miss ratio", "byte miss ratio"));
        for (int j = 0; j < s.length; j++) {
            b.append(String.format(Locale.ROOT, "%12s  %18s  %15s%n", Format.bytes(s[j]),
                    Format.percent(c.missRatio(j)), Format.percent(c.byteMissRatio(j))));
        }
        int k = knee(c);
        if (k < 0) {
            b.append("Knee:        none up to ").append(Format.bytes(s[s.length - 1] / 2.0))
                    .append(": doubling the cache still gains 1 point or more of request miss ratio\n");
        } else {
            b.append("Knee:        ").append(Format.bytes(s[k])).append(" (").append(Format.percent(c.missRatio(k)))
                    .append(" of requests miss): from there, doubling the cache gains less than 1 point\n");
        }
        b.append("Outputs:     ").append(outDir).append("/ (mrc.csv, mrc.png, mrc.svg)\n");
        return b.toString();
    }

    private static String how(CurveResult c) {
        long[] from = c.cacheFrom();
        int own = 0;
        boolean fromStart = true;
        long last = 0;
        for (int j = 0; j < from.length; j++) {
            if (from[j] >= 0) {
                own++;
                fromStart &= from[j] == 0;
                last = c.capacities()[j];
            }
        }
        String exact = c.rate() < 1 ? "" : "exact, ";
        if (own == 0) {
            return exact + "from LRU stack distances in one pass";
        }
        if (fromStart) {
            return exact + "one cache per size side by side in one pass";
        }
        return exact + "from LRU stack distances; the " + (own == 1 ? "size" : own + " sizes") + " up to "
                + Format.bytes(last) + " had their own LRU cache from request " + Format.count(first(from))
                + " on (" + c.leftStack() + ")";
    }

    private static long first(long[] from) {
        long first = Long.MAX_VALUE;
        for (long f : from) {
            if (f >= 0) {
                first = Math.min(first, f);
            }
        }
        return first + 1;
    }

    /**
     * Writes {@code mrc.csv} and the chart.
     *
     * @param c      the curve
     * @param title  the chart's title
     * @param folder where to write them
     * @throws IOException if a file cannot be written
     */
    public static void write(CurveResult c, String title, OutputFolder folder) throws IOException {
        Files.writeString(folder.file("mrc.csv"), csv(c));
        int k = knee(c);
        Charts.write(List.of(CurveChart.figure(c, title, k)), folder.file("mrc.csv").getParent());
    }

    /**
     * @param c a curve
     * @return {@code mrc.csv}: a row per size, its ratios and the counts they come from
     */
    public static String csv(CurveResult c) {
        StringBuilder b = new StringBuilder("cache_bytes,request_miss_ratio,byte_miss_ratio,requests,misses,bytes,"
                + "missed_bytes,simulated_cache_bytes\n");
        for (int j = 0; j < c.capacities().length; j++) {
            b.append(c.capacities()[j]).append(',').append(ratio(c.missRatio(j))).append(',')
                    .append(ratio(c.byteMissRatio(j))).append(',').append(c.requests()).append(',')
                    .append(c.requests() - c.hits()[j]).append(',').append(c.bytes()[j]).append(',')
                    .append(c.bytes()[j] - c.hitBytes()[j]).append(',').append(c.simulated()[j]).append('\n');
        }
        return b.toString();
    }

    private static String ratio(double r) {
        return Double.isNaN(r) ? "" : String.format(Locale.ROOT, "%.8f", r);
    }
}
