package io.cdnsim.cli;

import io.cdnsim.cost.Hierarchy;
import io.cdnsim.cost.SizeMix;
import io.cdnsim.report.CalcReport;
import io.cdnsim.report.SizeMixReport;
import io.cdnsim.report.chart.OffloadChart;
import java.io.IOException;
import java.nio.file.Path;
import java.math.BigDecimal;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code cdnsim calc}: the closed-form hierarchy arithmetic, every step shown, no simulation (F3). */
@Command(name = "calc", mixinStandardHelpOptions = true, sortOptions = false, usageHelpWidth = 80,
        description = {"Closed-form cache-hierarchy arithmetic, no simulation: requests/s at each tier and those "
                + "that escape it, origin requests/s, bandwidth, bytes a month, origin egress and its bill with the "
                + "shield on and off, the hit ratio that keeps the origin under a load, and an offload sweep. Every "
                + "step is shown with its numbers.",
                "Ratios are written 95%% or 0.95; a list is comma-separated; tiers go from the edge inwards and are "
                        + "named edge, (mid), shield unless written name=95%%. The last of two or more tiers is the "
                        + "shield: figures are also given without it.",
                "A ratio is 0%% to 99.9999%% (in steps of 0.0001%%); --chr takes at most 10 tiers, --offload and --sweep at most 20 "
                        + "offloads. A value has at most 40 characters and a number at most 30 significant digits."},
        footer = {"", "Examples:",
                "  # 100,000 viewers at one 2 s segment each through 95 %% / 92 %% / 95 %%",
                "  # (seed 002):",
                "  cdnsim calc --viewers 100000 --segment 2s --chr 95%%,92%%,95%%",
                "  # the sports streamer: 3 Mbit/s, 4 s segments, 88 %% edge, 92 %% shield,",
                "  # $0.09/GB egress:",
                "  cdnsim calc --viewers 50000 --segment 4s --bitrate 3Mbps \\",
                "      --chr edge=88%%,shield=92%% --egress-price 0.09/GB",
                "  # 100,000 viewers x 10 h x 5 Mbit/s a month at 90 %% and 95 %% offload,",
                "  # $0.08/GB (seed 003):",
                "  cdnsim calc --viewers 100000 --hours 10 --bitrate 5Mbps \\",
                "      --offload 90%%,95%% --egress-price 0.08/GB",
                "  # which edge hit ratio keeps the origin under 5 requests/s?",
                "  cdnsim calc --viewers 100000 --segment 2s --chr 95%%,92%%,95%% \\",
                "      --origin-target 5/s",
                "  # the non-linear savings of the last points of offload, for machines:",
                "  cdnsim calc --viewers 100000 --segment 2s --bitrate 5Mbps \\",
                "      --sweep 90%%,95%%,99%%,99.9%% --json",
                "  # the same as a picture: origin egress against offload, the four offloads",
                "  # marked:",
                "  cdnsim calc --viewers 100000 --hours 10 --bitrate 5Mbps \\",
                "      --sweep 90%%,95%%,99%%,99.9%% --chart egress.svg",
                "  # request hit ratio against byte hit ratio: small hot playlists, large",
                "  # segments, one 20 GB cache:",
                "  cdnsim calc --sizes playlist=2KB:2000:50%%,segment=2MB:100k:50%% \\",
                "      --zipf 0.8 --cache 20GB"})
final class CalcCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--viewers", paramLabel = "N",
            description = "Viewers (watching at once, for the request rates), a whole number from 1 to "
                    + "10,000,000,000: 100000, 100,000, 100k, 2.5M or 1e5.")
    private String viewers;

    @Option(names = "--segment", paramLabel = "DURATION",
            description = "Segment duration, e.g. 2s: each viewer fetches one segment per segment duration; "
                    + "1ms to 1h.")
    private String segment;

    @Option(names = "--bitrate", paramLabel = "RATE", description = "Average bitrate, e.g. 3Mbps: gives bytes; "
            + "1bps to 1Tbps.")
    private String bitrate;

    @Option(names = "--hours", paramLabel = "H", description = "Hours each viewer watches a month, more than 0 and "
            + "at most 720 (default: all month, 720 h).")
    private String hours;

    @Option(names = "--chr", paramLabel = "LIST", description = "Request hit ratio of each tier from the edge "
            + "inwards, e.g. 95%%,92%%,95%% or edge=88%%,shield=92%%.")
    private String chr;

    @Option(names = "--offload", paramLabel = "LIST", description = "End-to-end byte offloads to compare, e.g. "
            + "90%%,95%%.")
    private String offload;

    @Option(names = "--egress-price", paramLabel = "PRICE", description = "Origin egress price, e.g. 0.09/GB; "
            + "$0 to $1,000 per GB.")
    private String egressPrice;

    @Option(names = "--origin-target", paramLabel = "RATE", description = "The most requests/s the origin should "
            + "see, e.g. 10/s: the hit ratios that achieve it; 0.000001/s to 10^12/s.")
    private String originTarget;

    @Option(names = "--sweep", paramLabel = "LIST", description = "Offloads for a sweep, e.g. 90%%,95%%,99%%,99.9%%.")
    private String sweep;

    @Option(names = "--sizes", paramLabel = "LIST", description = "Object sizes against hit ratios, instead of the "
            + "hierarchy: size classes NAME=SIZE:OBJECTS:SHARE (its share of the requests), e.g. "
            + "playlist=2KB:1000:50%%,segment=2MB:100k:50%%; needs --cache.")
    private String sizes;

    @Option(names = "--zipf", paramLabel = "ALPHA", description = "With --sizes: the Zipf exponent of popularity "
            + "within each class, 0 to 5 (default 0.8).")
    private String zipf;

    @Option(names = "--cache", paramLabel = "SIZE", description = "With --sizes: the cache's capacity, e.g. 10GB.")
    private String cache;

    @Option(names = "--json", description = "Print JSON (inputs, every step, results by key) instead of a table.")
    private boolean json;

    @Option(names = "--chart", paramLabel = "FILE", description = "Also draw origin egress a month against offload "
            + "into FILE (.svg or .png; needs --bitrate), the offloads of --offload, --sweep and --chr marked.")
    private Path chart;

    @Override
    public Integer call() {
        if (sizes != null || zipf != null || cache != null) {
            return sizeMix();
        }
        Hierarchy.Input in;
        try {
            in = input();
        } catch (IllegalArgumentException e) {
            spec.commandLine().getErr().println(e.getMessage());
            return Main.BAD_INPUT;
        }
        List<Hierarchy.Step> steps = Hierarchy.compute(in);
        if (chart != null) {
            try {
                OffloadChart.write(OffloadChart.figure(in, steps), chart);
            } catch (IllegalArgumentException e) {
                spec.commandLine().getErr().println(e.getMessage());
                return Main.BAD_INPUT;
            } catch (IOException e) {
                spec.commandLine().getErr().println("cdnsim: cannot write --chart " + chart + ": " + e.getMessage());
                return Main.FAILED;
            }
        }
        spec.commandLine().getOut().print(json ? CalcReport.json(in, steps) : CalcReport.text(in, steps));
        if (chart != null && !json) {
            spec.commandLine().getOut().println("\nChart:       " + chart);
        }
        spec.commandLine().getOut().flush();
        return Main.OK;
    }

    /** {@code --sizes}: one cache's request and byte hit ratios for a mix of object sizes. */
    private int sizeMix() {
        SizeMix.Input in;
        try {
            if (sizes == null) {
                throw new IllegalArgumentException((zipf != null ? "--zipf" : "--cache") + ": goes with --sizes");
            }
            if (viewers != null || segment != null || bitrate != null || hours != null || chr != null
                    || offload != null || egressPrice != null || originTarget != null || sweep != null
                    || chart != null) {
                throw new IllegalArgumentException("--sizes: computes one cache's hit ratios on its own, from --sizes, "
                        + "--zipf and --cache; run the hierarchy options as a calc of their own");
            }
            in = SizeMixOptions.input(sizes, zipf, cache);
        } catch (IllegalArgumentException e) {
            spec.commandLine().getErr().println(e.getMessage());
            return Main.BAD_INPUT;
        }
        SizeMix.Result r = SizeMix.compute(in);
        spec.commandLine().getOut().print(json ? SizeMixReport.json(r) : SizeMixReport.text(r));
        spec.commandLine().getOut().flush();
        return Main.OK;
    }

    private Hierarchy.Input input() {
        if (segment == null && bitrate == null) {
            throw new IllegalArgumentException("give --segment (for request rates), --bitrate (for bytes), or both; "
                    + "see cdnsim calc --help");
        }
        if (viewers == null) {
            throw new IllegalArgumentException("--viewers: missing; give the viewers watching at once, e.g. --viewers "
                    + "100k (or --sizes for object sizes against hit ratios); see cdnsim calc --help");
        }
        long n = CalcOptions.viewers(viewers);
        Long segmentMicros = segment == null ? null : CalcOptions.segmentMicros(segment);
        Long bits = bitrate == null ? null : CalcOptions.bitrate(bitrate);
        BigDecimal h = hours == null ? null : CalcOptions.hours(hours);
        List<Hierarchy.TierRatio> tiers = chr == null ? List.of() : CalcOptions.tiers(chr);
        List<BigDecimal> offloads = offload == null ? List.of() : CalcOptions.offloads(offload);
        BigDecimal price = egressPrice == null ? null : CalcOptions.egressPrice(egressPrice);
        BigDecimal target = originTarget == null ? null : CalcOptions.originTarget(originTarget);
        List<BigDecimal> sweepRatios = sweep == null ? List.of() : CalcOptions.sweep(sweep);
        if (target != null && (segmentMicros == null || tiers.isEmpty())) {
            throw new IllegalArgumentException("--origin-target: needs --segment and --chr");
        }
        if (!offloads.isEmpty() && bits == null) {
            throw new IllegalArgumentException("--offload: needs --bitrate (offload is a share of bytes)");
        }
        if (h != null && bits == null) {
            throw new IllegalArgumentException("--hours: needs --bitrate");
        }
        if (chart != null && bits == null) {
            throw new IllegalArgumentException("--chart: needs --bitrate (the chart is of bytes a month)");
        }
        return new Hierarchy.Input(n, segmentMicros, bits, h, tiers, offloads, price, target, sweepRatios);
    }
}
