package io.cdnsim.report;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cdnsim.model.OriginSpec;
import io.cdnsim.model.Scenario;
import io.cdnsim.run.RunResult;
import io.cdnsim.run.TierResult;
import java.util.Locale;
import org.HdrHistogram.Histogram;

/**
 * How close the origin came to its limits: its busiest second against the requests it can start per second, its
 * busiest second of egress against its egress, and how long the requests it served queued for them (first byte less
 * arrival less service time). The origins of a topology count together: their capacities add up, and a tier with
 * an unlimited origin has no limit.
 */
final class OriginLoad {


    private OriginLoad() {
    }

    /** @return the requests the origins can start per second, or infinity */
    static double capacity(Scenario scenario) {
        double sum = 0;
        for (OriginSpec o : scenario.topology().origins()) {
            sum += o.requestsPerSecond();
        }
        return sum;
    }

    /** @return the origins' egress, bit/s, or infinity */
    static double egress(Scenario scenario) {
        double sum = 0;
        for (OriginSpec o : scenario.topology().origins()) {
            sum += o.egressBps() == Long.MAX_VALUE ? Double.POSITIVE_INFINITY : o.egressBps();
        }
        return sum;
    }

    /** Appends the console's lines, when the origin has a limit. */
    static void console(StringBuilder b, Scenario scenario, RunResult r) {
        String text = text(scenario, r, "%n             ");
        if (!text.isEmpty()) {
            b.append("Origin load: ").append(text).append('\n');
        }
    }

    /**
     * @param between what separates the use of the limits from the queue waits
     * @return how close the origin came to its limits and how its requests queued, or empty if it has none
     */
    static String text(Scenario scenario, RunResult r, String between) {
        double capacity = capacity(scenario);
        double egress = egress(scenario);
        if (Double.isInfinite(capacity) && Double.isInfinite(egress)) {
            return "";
        }
        TierResult o = r.origin();
        StringBuilder line = new StringBuilder();
        if (!Double.isInfinite(capacity)) {
            line.append(String.format(Locale.ROOT, "peak %s/s of a capacity of %s/s (%s)",
                    Format.count(o.peakRequestsPerSecond()), Format.count(Math.round(capacity)),
                    Format.percent(o.peakRequestsPerSecond() / capacity)));
        }
        if (!Double.isInfinite(egress)) {
            line.append(Double.isInfinite(capacity) ? "" : "; ").append(String.format(Locale.ROOT,
                    "egress peak %.3f of %s Gbit/s (%s)", Metrics.gbit(o), Format.decimal(egress / Format.GIGA),
                    Format.percent(Metrics.gbit(o) * Format.GIGA / egress)));
        }
        Histogram q = o.stats().queueWait();
        if (q.getTotalCount() > 0) {
            line.append(String.format(Locale.ROOT, between + "queued for them: p50 %s, p95 %s, p99 %s, max %s",
                    Format.millis(q.getValueAtPercentile(50)), Format.millis(q.getValueAtPercentile(95)),
                    Format.millis(q.getValueAtPercentile(99)), Format.millis(q.getMaxValue())));
        }
        return line.toString();
    }

    /** Adds the origin's limits, their use and its queueing to its {@code summary.json} object. */
    static void json(ObjectNode origin, Scenario scenario, RunResult r) {
        double capacity = capacity(scenario);
        double egress = egress(scenario);
        TierResult o = r.origin();
        if (Double.isInfinite(capacity)) {
            origin.putNull("capacityPerSecond");
            origin.putNull("peakShareOfCapacity");
        } else {
            origin.put("capacityPerSecond", capacity);
            origin.put("peakShareOfCapacity", o.peakRequestsPerSecond() / capacity);
        }
        if (Double.isInfinite(egress)) {
            origin.putNull("egressGbps");
            origin.putNull("peakShareOfEgress");
        } else {
            origin.put("egressGbps", egress / Format.GIGA);
            origin.put("peakShareOfEgress", Metrics.gbit(o) * Format.GIGA / egress);
        }
    }
}
