package io.cdnsim.report;

import io.cdnsim.content.ObjectKind;
import io.cdnsim.run.RunResult;
import io.cdnsim.run.TierResult;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/**
 * The key figures of a run, by name, in a fixed order. Replications are summarised metric by metric with a
 * Student-t confidence interval.
 */
final class Metrics {

    private Metrics() {
    }

    /**
     * @param sample a run (used for tier names)
     * @return metric name to extractor, in report order
     */
    static Map<String, ToDoubleFunction<RunResult>> keyFigures(RunResult sample) {
        Map<String, ToDoubleFunction<RunResult>> m = new LinkedHashMap<>();
        for (int t = 0; t < sample.tiers().size() - 1; t++) {
            int tier = t;
            String name = sample.tiers().get(t).name();
            m.put(name + ".requestHitRatio", r -> r.tiers().get(tier).hitRatio());
            m.put(name + ".byteHitRatio", r -> r.tiers().get(tier).byteHitRatio());
        }
        String edge = sample.tiers().get(0).name();
        m.put(edge + ".requestsPerSecond", r -> r.tiers().get(0).requests() / r.measuredSeconds());
        if (sample.tiers().get(0).stats().requests(ObjectKind.MEDIA_PLAYLIST) > 0) {
            m.put(edge + ".playlistRequestsPerSecond",
                    r -> r.tiers().get(0).stats().requests(ObjectKind.MEDIA_PLAYLIST) / r.measuredSeconds());
        }
        m.put("endToEnd.offload", RunResult::offload);
        m.put("origin.requestsPerSecond", r -> r.origin().requests() / r.measuredSeconds());
        m.put("origin.peakRequestsPerSecond", r -> r.origin().peakRequestsPerSecond());
        m.put("origin.egressBytes", r -> r.origin().stats().bytesOut());
        m.put("origin.peakGbitPerSecond", r -> gbit(r.origin()));
        if (sample.clients() != null) {
            m.put("viewers.timeToFirstByteP95Ms",
                    r -> r.clients().timeToFirstByte().getValueAtPercentile(95) / 1000.0);
        }
        if (sample.qoe() != null) {
            m.put("qoe.startupP50Ms", r -> percentileMs(r.qoe().total().startup(), 50));
            m.put("qoe.startupP95Ms", r -> percentileMs(r.qoe().total().startup(), 95));
            m.put("qoe.rebufferRatio", r -> r.qoe().total().rebufferRatio());
            m.put("qoe.joinFailureRate", r -> r.qoe().total().joinFailureRate());
            m.put("qoe.averageBitrateKbps", r -> r.qoe().total().averageBitrate() / 1000);
        }
        cdns(m, sample);
        return m;
    }

    /** Through several CDNs, each CDN's figures: {@code cdn.<name>.<figure>} ({@link KeyFigure} labels them). */
    private static void cdns(Map<String, ToDoubleFunction<RunResult>> m, RunResult sample) {
        for (int i = 0; i < sample.cdns().size(); i++) {
            int c = i;
            String at = CDN + sample.cdns().get(c).name() + ".";
            m.put(at + "requestShareRatio", r -> r.edge().requests() == 0 ? Double.NaN
                    : (double) r.cdns().get(c).edge().requests() / r.edge().requests());
            m.put(at + "edgePeakGbitPerSecond", r -> r.cdns().get(c).peakEdgeGbps());
            m.put(at + "edgeP95GbitPerSecond", r -> r.cdns().get(c).p95EdgeGbps());
            if (sample.cdns().get(c).qoe() != null) {
                m.put(at + "rebufferRatio", r -> r.cdns().get(c).qoe().rebufferRatio());
                m.put(at + "joinFailureRate", r -> r.cdns().get(c).qoe().joinFailureRate());
                m.put(at + "averageBitrateKbps", r -> r.cdns().get(c).qoe().averageBitrate() / 1000);
            }
        }
    }

    /** Start of the keys of a CDN's figures through several CDNs. */
    static final String CDN = "cdn.";

    /** How a CDN's figure is labelled, after its name. */
    private static final Map<String, String> CDN_LABELS = Map.of("requestShareRatio", "share of edge requests",
            "edgePeakGbitPerSecond", "edge peak Gbit/s", "edgeP95GbitPerSecond", "edge p95 Gbit/s",
            "rebufferRatio", "rebuffer ratio", "joinFailureRate", "join failure rate",
            "averageBitrateKbps", "average bitrate");

    /**
     * @param key a CDN's figure's key, {@code cdn.cdn-a.rebufferRatio}
     * @return its label, {@code cdn-a rebuffer ratio}
     */
    static String cdnLabel(String key) {
        String rest = key.substring(CDN.length());
        int dot = rest.lastIndexOf('.');
        return rest.substring(0, dot) + " " + CDN_LABELS.getOrDefault(rest.substring(dot + 1),
                rest.substring(dot + 1));
    }

    static double percentileMs(org.HdrHistogram.Histogram h, double p) {
        return h.getTotalCount() == 0 ? Double.NaN : h.getValueAtPercentile(p) / 1000.0;
    }

    static double gbit(TierResult t) {
        return t.peakBytesPerSecond() * 8 / 1e9;
    }
}
