package io.cdnsim.config;

import io.cdnsim.config.trace.NetworkTraceReader;
import io.cdnsim.config.trace.TraceException;
import io.cdnsim.model.Distribution;
import io.cdnsim.model.LastMile;
import io.cdnsim.model.ThroughputTrace;
import io.cdnsim.model.Topology;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reads {@code audience.lastMile}: per region (or {@code "*"} for every region) the viewers' throughput, its
 * variation over time, their round trip, and optionally a network trace the throughput follows. A field not written
 * for a region is the {@code "*"} entry's, and the {@code "*"} entry's is the built-in last mile of {@link Defaults}.
 */
final class LastMileReader {

    private LastMileReader() {
    }

    /**
     * @param dir the scenario file's folder, which trace paths are relative to
     * @return the last mile by region, {@code "*"} first
     */
    static Map<String, LastMile> read(Problems p, Map<String, ScenarioFile.LastMileFile> written, Topology topology,
                                      Path dir) {
        Map<String, LastMile> lastMile = new LinkedHashMap<>();
        lastMile.put("*", builtIn(p));
        if (written != null) {
            for (Map.Entry<String, ScenarioFile.LastMileFile> e : new TreeMap<>(written).entrySet()) {
                String path = "audience.lastMile." + e.getKey();
                if (!"*".equals(e.getKey()) && topology != null && !topology.regions().contains(e.getKey())) {
                    p.add(path, "region '" + e.getKey() + "' is not in the topology's regions " + topology.regions()
                            + " (use \"*\" for every region)" + Problems.didYouMean(e.getKey(), topology.regions()));
                    continue;
                }
                lastMile.put(e.getKey(), lastMile(p, path, e.getValue(), lastMile.get("*"), dir));
            }
        }
        return lastMile;
    }

    /** @return the last mile of {@link Defaults}, read as a user's would be (it has no problems to record) */
    static LastMile builtIn(Problems p) {
        String path = "audience.lastMile.*";
        Distribution throughput = DistributionReader.read(p, path + ".throughput", Defaults.LAST_MILE_THROUGHPUT,
                Quantity::bitsPerSecond);
        Distribution rtt = DistributionReader.read(p, path + ".rtt", Defaults.LAST_MILE_RTT, Quantity::micros);
        return new LastMile(throughput, Defaults.LAST_MILE_VARIATION, rtt);
    }

    private static LastMile lastMile(Problems p, String path, ScenarioFile.LastMileFile f, LastMile fallback,
                                     Path dir) {
        if (f == null) {
            return fallback;
        }
        Distribution throughput = f.throughput() == null ? fallback.throughput()
                : DistributionReader.read(p, path + ".throughput", f.throughput(), Quantity::bitsPerSecond);
        double variation = f.variation() == null ? fallback.variation() : f.variation();
        if (!(variation >= 0 && variation <= 3)) {
            p.add(path + ".variation", "must be between 0 and 3, found " + variation);
            variation = 0;
        }
        Distribution rtt = f.rtt() == null ? fallback.rtt()
                : DistributionReader.read(p, path + ".rtt", f.rtt(), Quantity::micros);
        return new LastMile(throughput, variation, rtt, trace(p, path, f, dir));
    }

    /** Reads a region's network trace, relative to the scenario file's folder; null if none is given. */
    private static ThroughputTrace trace(Problems p, String path, ScenarioFile.LastMileFile f, Path dir) {
        if (f.trace() == null) {
            if (f.traceFormat() != null) {
                p.add(path + ".traceFormat", "a format without a trace: give trace: too, for example "
                        + "trace: ../traces/commute-4g.json");
            }
            return null;
        }
        NetworkTraceReader.Format format = null;
        if (f.traceFormat() != null) {
            try {
                format = NetworkTraceReader.Format.byLabel(f.traceFormat());
            } catch (IllegalArgumentException e) {
                p.add(path + ".traceFormat", e.getMessage());
                return null;
            }
        }
        Path file = dir.resolve(f.trace()).normalize();
        if (!Files.exists(file)) {
            p.add(path + ".trace", "the network trace '" + f.trace() + "' does not exist (looked for " + file + ")");
            return null;
        }
        try {
            return NetworkTraceReader.read(file, format);
        } catch (TraceException e) {
            p.add(path + ".trace", e.getMessage());
        } catch (IOException e) {
            p.add(path + ".trace", "cannot read " + file + ": " + e.getMessage());
        }
        return null;
    }
}
