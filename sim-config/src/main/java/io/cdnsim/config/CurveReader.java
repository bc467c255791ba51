package io.cdnsim.config;

import io.cdnsim.cache.EvictionPolicy;
import io.cdnsim.cache.MissRatioCurve;
import io.cdnsim.model.Replay;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Turns the options of {@code cdnsim replay TRACE --cache A:B} (a range) or {@code --cache A,B,C} (a list) into a
 * {@link Curve}: the miss-ratio curve of the single cache at those sizes, in one pass over the trace (I8). A range is
 * {@code --points} sizes (default {@value #DEFAULT_POINTS}) spaced evenly on a log scale from A to B, both included,
 * each rounded to a whole byte: {@code A * (B / A)^(i / (n - 1))}. At most {@link MissRatioCurve#MAX_POINTS} sizes.
 */
public final class CurveReader {

    /** Sizes in a range when {@code --points} is not given. */
    public static final int DEFAULT_POINTS = 32;
    /** The smallest sampling rate {@code --sample} takes. */
    public static final double MIN_SAMPLE = 0.0001;

    private CurveReader() {
    }

    /**
     * A curve to compute.
     *
     * @param name      the run's name, which names the output folder (default mrc-&lt;trace file name&gt;)
     * @param replay    the trace
     * @param setup     the engine's setup (sizes, policy, admission, warm-up, sampling)
     * @param sizes     each size as written: a list's items, or the range's computed sizes in bytes
     * @param range     whether the sizes are a range (else a list)
     * @param eviction  the policy as the user named it
     * @param admission the admission as the user named it
     * @param warmup    the warm-up as written, or null
     */
    public record Curve(String name, Replay replay, MissRatioCurve.Setup setup, List<String> sizes, boolean range,
                        String eviction, String admission, String warmup) {
    }

    /**
     * @param cache the value of {@code --cache}
     * @return whether it asks for a curve (a range or a list) rather than one cache
     */
    public static boolean isCurve(String cache) {
        return cache != null && (cache.indexOf(':') >= 0 || cache.indexOf(',') >= 0);
    }

    /**
     * @param o      the replay's options, {@code cache} a range or a list
     * @param points {@code --points}, or null
     * @param sample {@code --sample}, or null
     * @return the curve to compute
     * @throws ScenarioException with every problem found
     */
    public static Curve read(ReplayReader.Options o, String points, String sample) throws ScenarioException {
        Problems p = new Problems(ReplayReader.SOURCE, Locator.of("", Documents.loaderOptions()));
        if (o.topology() != null) {
            p.add("--topology", "a miss-ratio curve (--cache with ':' or ',') is of a single cache; give no "
                    + "--topology");
        }
        if (o.cacheControl() != null) {
            p.add("--cache-control", "a miss-ratio curve assumes objects that never expire; give no --cache-control");
        }
        List<String> written = new ArrayList<>();
        long[] sizes = sizes(p, o.cache(), points, written);
        String eviction = ReplayReader.eviction(p, o.eviction());
        String admission = ReplayReader.admission(p, o.admission());
        double rate = sample == null ? 1 : rate(p, sample);
        long warmup = p.micros("--warmup", o.warmup(), 0);
        if (warmup > Limits.MAX_DURATION) {
            p.add("--warmup", "at most " + Limits.MAX_DURATION / io.cdnsim.kernel.Micros.DAY + " days, the longest "
                    + "span of a trace, found '" + o.warmup() + "'");
        }
        String name = o.name() != null ? o.name() : "mrc-" + ReplayReader.baseName(o.trace());
        String nameProblem = RunName.problem(name);
        if (nameProblem != null) {
            p.add("--name", o.name() != null ? nameProblem : nameProblem + "; name the run with --name");
        }
        Replay replay = p.isEmpty() ? ReplayReader.trace(p, o, warmup) : null;
        p.throwIfAny();
        String policy = o.libCacheSim() && "s3fifo".equals(eviction) ? EvictionPolicy.S3FIFO_LIBCACHESIM : eviction;
        int cells = "second-request".equals(admission) ? ReplayReader.ADMISSION_TABLE : 0;
        return new Curve(name, replay, new MissRatioCurve.Setup(sizes, policy, cells, warmup, rate, o.seed()),
                written, o.cache().indexOf(':') >= 0, eviction, admission, o.warmup());
    }

    private static long[] sizes(Problems p, String cache, String points, List<String> written) {
        boolean range = cache.indexOf(':') >= 0;
        if (range) {
            String[] ends = cache.split(":", -1);
            if (ends.length != 2 || cache.indexOf(',') >= 0) {
                p.add("--cache", "a range is two sizes, SMALLEST:LARGEST (e.g. 1GB:1TB), found '" + cache + "'");
                return null;
            }
            int n = points == null ? DEFAULT_POINTS : points(p, points);
            long lo = size(p, ends[0].trim(), cache);
            long hi = size(p, ends[1].trim(), cache);
            if (n < 0 || lo <= 0 || hi <= 0) {
                return null;
            }
            if (lo >= hi) {
                p.add("--cache", "a range goes from a smaller size to a larger one, found '" + cache + "'");
                return null;
            }
            long[] s = new long[n];
            for (int i = 0; i < n; i++) {
                double step = Math.pow((double) hi / lo, (double) i / (n - 1));
                s[i] = i == 0 ? lo : i == n - 1 ? hi : Math.round(lo * step);
                if (i > 0 && s[i] <= s[i - 1]) {
                    p.add("--cache", "the range '" + cache + "' is too narrow for " + n + " different whole-byte sizes;"
                            + " give fewer --points or a wider range");
                    return null;
                }
            }
            for (long v : s) {
                written.add(Long.toString(v));
            }
            return s;
        }
        if (points != null) {
            p.add("--points", "spaces the sizes of a range (SMALLEST:LARGEST); a list gives its sizes itself");
        }
        String[] items = cache.split(",", -1);
        if (items.length > MissRatioCurve.MAX_POINTS) {
            p.add("--cache", items.length + " sizes; a curve has at most " + MissRatioCurve.MAX_POINTS);
            return null;
        }
        long[] s = new long[items.length];
        String[] text = new String[items.length];
        for (int i = 0; i < items.length; i++) {
            text[i] = items[i].trim();
            s[i] = size(p, text[i], cache);
            if (s[i] <= 0) {
                return null;
            }
        }
        Integer[] order = new Integer[s.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Long.compare(s[a], s[b]));
        long[] sorted = new long[s.length];
        for (int i = 0; i < order.length; i++) {
            sorted[i] = s[order[i]];
            if (i > 0 && sorted[i] == sorted[i - 1]) {
                p.add("--cache", "'" + text[order[i - 1]] + "' and '" + text[order[i]] + "' are the same size ("
                        + sorted[i] + " bytes); give each size once");
                return null;
            }
            written.add(text[order[i]]);
        }
        return sorted;
    }

    /** @return the size in bytes, or 0 after a problem */
    private static long size(Problems p, String text, String cache) {
        if (text.isEmpty()) {
            p.add("--cache", "an empty size in '" + cache + "'; write sizes like 1GB,2GB,4GB or a range 1GB:1TB");
            return 0;
        }
        long v = p.bytes("--cache", text, 0);
        if (v <= 0 && p.isEmpty()) {
            p.add("--cache", "every size must be more than 0 bytes, found '" + text + "' in '" + cache + "'");
        }
        return v;
    }

    /** @return the number of points, or -1 after a problem */
    private static int points(Problems p, String text) {
        int n;
        try {
            n = Integer.parseInt(text.trim());
        } catch (NumberFormatException e) {
            n = -1;
        }
        if (n < 2 || n > MissRatioCurve.MAX_POINTS) {
            p.add("--points", "a whole number of sizes from 2 to " + MissRatioCurve.MAX_POINTS + ", found '" + text
                    + "'");
            return -1;
        }
        return n;
    }

    private static double rate(Problems p, String text) {
        double r;
        try {
            r = Double.parseDouble(text.trim());
        } catch (NumberFormatException e) {
            r = Double.NaN;
        }
        if (!(r >= MIN_SAMPLE && r <= 1)) {
            p.add("--sample", "the share of objects sampled, from " + String.format(Locale.ROOT, "%.4f", MIN_SAMPLE)
                    + " to 1 (e.g. 0.01), found '" + text + "'");
            return 1;
        }
        return r;
    }
}
