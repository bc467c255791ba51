package io.cdnsim.config;

import io.cdnsim.cache.EvictionPolicy;
import io.cdnsim.cache.TtlRule;
import io.cdnsim.config.trace.TraceException;
import io.cdnsim.config.trace.TraceFormat;
import io.cdnsim.config.trace.TraceOptions;
import io.cdnsim.config.trace.TraceReader;
import io.cdnsim.config.trace.TraceRequests;
import io.cdnsim.content.CacheControl;
import io.cdnsim.content.ObjectKind;
import io.cdnsim.kernel.Micros;
import io.cdnsim.model.CacheNodeSpec;
import io.cdnsim.model.CacheSettings;
import io.cdnsim.model.Clients;
import io.cdnsim.model.OriginSpec;
import io.cdnsim.model.Replay;
import io.cdnsim.model.RunSettings;
import io.cdnsim.model.Scenario;
import io.cdnsim.model.Tier;
import io.cdnsim.model.Topology;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Turns the options of {@code cdnsim replay} into a {@link Scenario} that replays a request log (I6): the trace, its
 * format (detected when not given) and reader options, and either a topology file or a single cache built from a
 * capacity and an eviction policy. The single cache sits in front of an origin with no latency, so each request is
 * served before the next one arrives, as in a cache simulator such as libCacheSim. Every object is immutable unless
 * {@code --cache-control} says otherwise.
 */
public final class ReplayReader {

    /** Where problems with the options are reported. */
    static final String SOURCE = "cdnsim replay";
    /** Freshness lifetime of replayed objects when no Cache-Control is given: a century, i.e. forever. */
    static final long FOREVER = 100L * 365 * Micros.DAY;

    /** Cells of the single cache's second-request admission table. */
    static final int ADMISSION_TABLE = 1 << 20;
    /** Size of a header-only response in a replay. */
    private static final long HEADER_BYTES = 300;

    private ReplayReader() {
    }

    /**
     * What {@code cdnsim replay} was given; null for an option not given.
     *
     * @param trace        the trace file
     * @param format       its format's name, or null to detect it
     * @param traceOptions the reader's options ({@code key=value, ...})
     * @param topology     a topology file, or null with {@code cache}
     * @param cache        the capacity of a single cache, or null with {@code topology}
     * @param eviction     the single cache's eviction policy (default {@link Defaults#EVICTION})
     * @param admission    the single cache's admission (always or second-request; default
     *                     {@link Defaults#ADMISSION})
     * @param cacheControl the origin's Cache-Control for every object
     * @param warmup       the warm-up: requests before it are not counted
     * @param seed         the master seed (routing between edge nodes)
     * @param name         the run's name (default: replay-&lt;trace file name&gt;)
     * @param libCacheSim    count as libCacheSim does ({@code --libcachesim}): drop requests of size 0
     *                       ({@code skip-zero-size=true}) and, for S3-FIFO, its rule for large objects
     *                       ({@link EvictionPolicy#S3FIFO_LIBCACHESIM})
     */
    public record Options(Path trace, String format, String traceOptions, Path topology, String cache,
                          String eviction, String admission, String cacheControl, String warmup, long seed,
                          String name, boolean libCacheSim) {

        /**
         * Options that count as cdnsim does (no {@code --libcachesim}).
         *
         * @param trace        the trace file
         * @param format       its format's name, or null to detect it
         * @param traceOptions the reader's options
         * @param topology     a topology file, or null with {@code cache}
         * @param cache        the capacity of a single cache, or null with {@code topology}
         * @param eviction     the single cache's eviction policy
         * @param admission    the single cache's admission
         * @param cacheControl the origin's Cache-Control for every object
         * @param warmup       the warm-up
         * @param seed         the master seed
         * @param name         the run's name
         */
        public Options(Path trace, String format, String traceOptions, Path topology, String cache, String eviction,
                       String admission, String cacheControl, String warmup, long seed, String name) {
            this(trace, format, traceOptions, topology, cache, eviction, admission, cacheControl, warmup, seed, name,
                    false);
        }
    }

    /**
     * @param o the options
     * @return the replay scenario
     * @throws ScenarioException if an option, the topology or the trace's header is wrong, with every problem found
     */
    public static Scenario read(Options o) throws ScenarioException {
        Problems p = new Problems(SOURCE, Locator.of("", Documents.loaderOptions()));
        Topology topology = topology(p, o);
        long warmup = p.micros("--warmup", o.warmup(), 0);
        if (warmup > Limits.MAX_DURATION) {
            p.add("--warmup", "at most " + Limits.MAX_DURATION / Micros.DAY + " days, the longest span of a trace,"
                    + " found '" + o.warmup() + "'");
        }
        Replay replay = trace(p, o, warmup);
        CacheControl cc = CacheControl.NONE;
        if (o.cacheControl() != null) {
            try {
                cc = CacheControlHeader.parse(o.cacheControl());
            } catch (IllegalArgumentException e) {
                p.add("--cache-control", e.getMessage());
            }
        }
        if (cc.sharedLifetime() == CacheControl.ABSENT) {
            cc = new CacheControl(FOREVER, cc.sMaxAge(), cc.staleWhileRevalidate(), cc.staleIfError(), cc.noStore());
        }
        String name = o.name() != null ? o.name() : "replay-" + baseName(o.trace());
        String nameProblem = RunName.problem(name);
        if (nameProblem != null) {
            p.add("--name", o.name() != null ? nameProblem : nameProblem + "; name the run with --name");
        }
        p.throwIfAny();
        return new Scenario(name, "Replay of " + o.trace() + " (" + replay.format() + ")", topology, o.seed(),
                new RunSettings(Long.MAX_VALUE, warmup, 1), Map.of(ObjectKind.MEDIA_SEGMENT, cc), HEADER_BYTES, replay);
    }

    private static Topology topology(Problems p, Options o) {
        if ((o.topology() == null) == (o.cache() == null)) {
            p.add("--topology", "give either --topology FILE or --cache SIZE (a single cache), not "
                    + (o.topology() == null ? "neither" : "both"));
            return null;
        }
        if (o.topology() != null) {
            if (o.libCacheSim()) {
                p.add("--libcachesim", "counts a single cache as libCacheSim does; give --cache SIZE, not --topology");
            }
            try {
                return TopologyReader.read(o.topology(), o.topology().toString());
            } catch (ScenarioException e) {
                p.addAll(e.problems());
                return null;
            }
        }
        long capacity = p.bytes("--cache", o.cache(), 0);
        if (capacity <= 0 && p.isEmpty()) {
            p.add("--cache", "the capacity must be more than 0 bytes, found '" + o.cache() + "'");
        }
        String eviction = eviction(p, o.eviction());
        String admission = admission(p, o.admission());
        String policy = o.libCacheSim() && "s3fifo".equals(eviction) ? EvictionPolicy.S3FIFO_LIBCACHESIM : eviction;
        CacheSettings settings = new CacheSettings(capacity, policy, -1, TtlRule.ORIGIN, true, true,
                Long.MAX_VALUE, 0, "second-request".equals(admission) ? ADMISSION_TABLE : 0);
        CacheNodeSpec node = new CacheNodeSpec("cache", "all", 1, "origin", 0, Long.MAX_VALUE, settings);
        return new Topology("single-cache", "one " + eviction + " cache of " + o.cache() + " in front of the origin",
                List.of("all"), List.of(new Tier("cache", List.of(node))),
                List.of(new OriginSpec("origin", 0, Double.POSITIVE_INFINITY, Long.MAX_VALUE, Long.MAX_VALUE)));
    }

    /**
     * Checks the trace (its file, format and options, and that it holds a request) and makes its replay.
     *
     * @param p      where problems go
     * @param o      the options
     * @param warmup the warm-up, microseconds
     * @return the replay, or null after a problem
     */
    static Replay trace(Problems p, Options o, long warmup) {
        Path path = o.trace();
        try {
            TraceFormat.checkFile(path);
        } catch (TraceException e) {
            p.add("TRACE", e.getMessage());
            return null;
        }
        TraceOptions options;
        try {
            options = TraceOptions.parse(o.traceOptions());
            if (o.libCacheSim()) {
                options = libCacheSimOptions(o.traceOptions(), options);
            }
        } catch (IllegalArgumentException e) {
            p.add(e.getMessage().startsWith("--libcachesim") ? "--libcachesim" : "--trace-options", e.getMessage());
            return null;
        }
        TraceFormat format;
        if (o.format() != null) {
            try {
                format = TraceFormat.byLabel(o.format());
            } catch (IllegalArgumentException e) {
                p.add("--format", e.getMessage());
                return null;
            }
        } else {
            try {
                format = TraceFormat.detect(path);
            } catch (TraceException e) {
                p.add(e.detail().contains("--format") ? "--format" : "TRACE", e.getMessage());
                return null;
            } catch (IOException e) {
                p.add("TRACE", "cannot read " + path + ": " + e.getMessage());
                return null;
            }
        }
        try (TraceReader r = format.open(path, options)) {
            if (!r.next()) {
                p.add("TRACE", path + ": no requests in the trace" + (options.skipZeroSize()
                        ? " of size more than 0 (skip-zero-size=true)" : ""));
                return null;
            }
        } catch (TraceException e) {
            p.add("TRACE", e.getMessage());
            return null;
        } catch (IOException e) {
            p.add("TRACE", "cannot read " + path + ": " + e.getMessage());
            return null;
        }
        return new Replay(path.toString(), format.label(), TraceRequests.opener(path, format, options,
                last -> warmupProblem(path, o.warmup(), warmup, last)), new Clients(0, Long.MAX_VALUE));
    }

    /**
     * The warm-up must end before the replay does, as a run's must end before its duration: else nothing is measured
     * (the report would show a negative measured time). The replay's length is known only once the whole trace is
     * read, so this is asked at its end, before any output is written.
     *
     * @param trace    the trace file
     * @param written  the warm-up as given, or null
     * @param warmup   the warm-up, microseconds
     * @param lastTime the time of the trace's last request, microseconds since its first
     * @return the problem, or null if the warm-up is shorter than the replay
     */
    static String warmupProblem(Path trace, String written, long warmup, long lastTime) {
        long length = Replay.duration(lastTime);
        if (warmup < length) {
            return null;
        }
        return SOURCE + ": --warmup: the warm-up (" + written + ") must be shorter than the trace, which lasts "
                + length / Micros.SECOND + " s (" + trace + ", from its first request to the end of the second of its"
                + " last); nothing would be measured";
    }

    /** @return the options with {@code skip-zero-size=true}, as libCacheSim drops requests of size 0 */
    private static TraceOptions libCacheSimOptions(String text, TraceOptions options) {
        if (options.given().contains("skip-zero-size")) {
            if (!options.skipZeroSize()) {
                throw new IllegalArgumentException("--libcachesim drops requests of size 0 as libCacheSim does; it"
                        + " cannot be given with skip-zero-size=false");
            }
            return options;
        }
        return TraceOptions.parse(text == null || text.isBlank() ? "skip-zero-size=true"
                : text + ", skip-zero-size=true");
    }

    /**
     * @param trace a trace file
     * @return its name without the usual extensions, in the characters a run name may hold
     */
    static String baseName(Path trace) {
        String n = trace.getFileName().toString();
        for (String ext : List.of(".gz", ".zst", ".zstd", ".bin", ".csv", ".txt", ".log", ".oracleGeneral")) {
            if (n.endsWith(ext)) {
                n = n.substring(0, n.length() - ext.length());
            }
        }
        return n.replaceAll("[^A-Za-z0-9._-]", "_");
    }

    /** @return the single cache's eviction policy, {@link Defaults#EVICTION} when not given; an unknown one noted */
    static String eviction(Problems p, String given) {
        String eviction = given == null ? Defaults.EVICTION : given;
        if (!TopologyReader.EVICTIONS.contains(eviction)) {
            p.add("--eviction", "unknown eviction policy '" + eviction + "'"
                    + Problems.didYouMean(eviction, TopologyReader.EVICTIONS) + "; known: " + TopologyReader.EVICTIONS);
        }
        return eviction;
    }

    /** @return the single cache's admission, {@link Defaults#ADMISSION} when not given; an unknown one noted */
    static String admission(Problems p, String given) {
        String admission = given == null ? Defaults.ADMISSION : given;
        if (!List.of("always", "second-request").contains(admission)) {
            p.add("--admission", "unknown admission '" + admission + "'; known: always, second-request");
        }
        return admission;
    }
}
