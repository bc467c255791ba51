package io.cdnsim.cli;

import io.cdnsim.config.CurveReader;
import io.cdnsim.config.ReplayReader;
import io.cdnsim.config.ScenarioException;
import io.cdnsim.model.Scenario;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code cdnsim replay}: replays a request log through a topology or a single cache. */
@Command(name = "replay", mixinStandardHelpOptions = true,
        description = "Replay a request log (libCacheSim csv or oracleGeneral, plain 'time id size' lines, "
                + "CloudFront access logs; gzip or zstd compressed) through a topology or a single cache, and "
                + "report it as a run: per-tier request and byte hit ratios, offload, origin egress, the time series.",
        footer = {"", "Examples:",
                "  cdnsim replay trace.oracleGeneral.zst --cache 1GB --eviction lru",
                "  cdnsim replay trace.txt --format plain --cache 100MB --eviction s3fifo --warmup 1h",
                "  cdnsim replay access.log.gz --topology topologies/edge-shield.yaml --cache-control 'max-age=3600'",
                "  cdnsim replay trace.oracleGeneral.zst --cache 1GB:1TB --points 32",
                "  cdnsim replay trace.txt --cache 1GB,10GB,100GB --eviction s3fifo \\",
                "      --sample 0.01",
                "", "docs/replay.md describes the formats and their options."})
final class ReplayCommand implements Callable<Integer> {

    /** The master seed of a replay (it draws only the routing between edge nodes) when none is given. */
    static final long DEFAULT_SEED = 42;

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "TRACE", description = "The request log.")
    private Path trace;

    @Option(names = "--format", paramLabel = "F", description = "libcachesim-csv, oracle-general, plain or "
            + "cloudfront (default: detected from the content).")
    private String format;

    @Option(names = "--trace-options", paramLabel = "K=V,...", description = "Reader options, libCacheSim style, "
            + "e.g. 'time-col=1, obj-id-col=2, obj-size-col=3, has-header=true' (see docs/replay.md).")
    private String traceOptions;

    @Option(names = "--topology", paramLabel = "FILE", description = "Replay through this topology.")
    private Path topology;

    @Option(names = "--cache", paramLabel = "SIZE", description = "Replay through one cache of this capacity "
            + "(e.g. 1GB) in front of an origin, with no latency; a range (1GB:1TB) or a list (1GB,2GB,4GB) computes "
            + "the miss-ratio curve at those sizes in one pass instead (mrc.csv and a chart).")
    private String cache;

    @Option(names = "--points", paramLabel = "N", description = "Sizes in a --cache range, log-spaced, both ends "
            + "included (default " + CurveReader.DEFAULT_POINTS + ", at most 64).")
    private String points;

    @Option(names = "--sample", paramLabel = "RATE", description = "A miss-ratio curve from a SHARDS sample of this "
            + "share of the objects (e.g. 0.01), each cache scaled down alike: an estimate, much faster.")
    private String sample;

    @Option(names = "--libcachesim", description = "Count as libCacheSim does: drop requests of size 0 "
            + "(skip-zero-size=true) and never store in S3-FIFO an object of 10%% of the cache or more.")
    private boolean libCacheSim;

    @Option(names = "--eviction", paramLabel = "P", description = "The single cache's policy: lru (default), fifo, "
            + "lfu, sieve, s3fifo.")
    private String eviction;

    @Option(names = "--admission", paramLabel = "A", description = "The single cache's admission: always "
            + "(default) or second-request.")
    private String admission;

    @Option(names = "--cache-control", paramLabel = "HEADER", description = "The origin's Cache-Control for every "
            + "object (default: objects never expire).")
    private String cacheControl;

    @Option(names = "--warmup", paramLabel = "DURATION", description = "Requests in the first DURATION of the "
            + "trace fill the caches but are not counted (default 0).")
    private String warmup;

    @Mixin
    private SeedOption seed;

    @Option(names = "--name", paramLabel = "NAME", description = "Name of the run (default replay-<trace file>).")
    private String name;

    @Option(names = "--out", paramLabel = "DIR", description = "Output folder (default: out/<name>).")
    private Path out;

    @Mixin
    private QuietOption quiet;

    @Mixin
    private JsonSummaryOption json;

    @Override
    public Integer call() {
        Scenario scenario;
        try {
            Long seedValue = seed.value();
            ReplayReader.Options options = new ReplayReader.Options(trace, format, traceOptions, topology, cache,
                    eviction, admission, cacheControl, warmup, seedValue == null ? DEFAULT_SEED : seedValue, name,
                    libCacheSim);
            if (CurveReader.isCurve(cache)) {
                if (json.json()) {
                    throw new BadInputException("--json: a miss-ratio curve has no summary.json; its numbers are in "
                            + "mrc.csv");
                }
                CurveReader.Curve curve = CurveReader.read(options, points, sample);
                return CurveRun.execute(spec, curve, out != null ? out : Path.of("out", curve.name()), quiet.quiet());
            }
            if (points != null || sample != null) {
                throw new BadInputException((points != null ? "--points" : "--sample") + ": applies to a miss-ratio "
                        + "curve, a --cache range (1GB:1TB) or list (1GB,2GB,4GB); found --cache "
                        + (cache == null ? "not given" : cache));
            }
            scenario = ReplayReader.read(options);
        } catch (BadInputException e) {
            spec.commandLine().getErr().println(e.getMessage());
            return Main.BAD_INPUT;
        } catch (ScenarioException e) {
            e.report().forEach(spec.commandLine().getErr()::println);
            return Main.BAD_INPUT;
        }
        Path outDir = out != null ? out : Path.of("out", scenario.name());
        return RunCommand.execute(spec, scenario, null, outDir, 1, quiet.quiet(), json.json());
    }
}
