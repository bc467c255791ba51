package io.cdnsim.run;

import io.cdnsim.metrics.ErrorCause;
import io.cdnsim.metrics.TimeSeries;
import io.cdnsim.model.Failure;
import io.cdnsim.network.FailureCounts;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.ToDoubleFunction;

/**
 * Sums the time series' rows over each failure's window and the windows of the same length just before and after
 * it, as the rows pass on to the run's own sink: the tiers' requests and errors, and the viewers playing and
 * stalled. A row (second s, covering [s, s + 1)) belongs to the windows its start lies in; rows from the end of the
 * run's arrivals on (the drain) belong to none. Memory is a few numbers per failure.
 */
final class FailureWindows implements TimeSeries.Sink {

    private static final int PHASES = 3;

    private final TimeSeries.Sink next;
    private final List<Failure> failures;
    private final long end;
    private final int[] requestColumn;
    private final int[] errorColumn;
    private final int playingColumn;
    private final int stalledColumn;
    /** Per failure and window: each tier's requests, then its errors, then playing, stalled, rows. */
    private final long[][] sums;

    /**
     * @param failures  the schedule
     * @param end       the end of the run's arrivals, microseconds
     * @param tierNames the tiers, the origin last
     * @param columns   the series' columns
     * @param next      the run's own sink
     */
    FailureWindows(List<Failure> failures, long end, List<String> tierNames, List<String> columns,
                   TimeSeries.Sink next) {
        this.next = next;
        this.failures = List.copyOf(failures);
        this.end = end;
        this.requestColumn = new int[tierNames.size()];
        this.errorColumn = new int[tierNames.size()];
        for (int t = 0; t < tierNames.size(); t++) {
            requestColumn[t] = columns.indexOf(tierNames.get(t) + "_requests");
            errorColumn[t] = columns.indexOf(tierNames.get(t) + "_error");
        }
        this.playingColumn = columns.indexOf("viewers_playing");
        this.stalledColumn = columns.indexOf("viewers_stalled");
        this.sums = new long[failures.size() * PHASES][2 * tierNames.size() + 3];
    }

    @Override
    public void row(long second, long[] values) {
        next.row(second, values);
        long t = second * 1_000_000L;
        if (t >= end) {
            return;
        }
        for (int f = 0; f < failures.size(); f++) {
            Failure failure = failures.get(f);
            long length = failure.to() - failure.from();
            int phase = t >= failure.from() - length && t < failure.from() ? 0
                    : t >= failure.from() && t < failure.to() ? 1
                    : t >= failure.to() && t < failure.to() + length ? 2 : -1;
            if (phase >= 0) {
                long[] s = sums[f * PHASES + phase];
                int tiers = requestColumn.length;
                for (int i = 0; i < tiers; i++) {
                    s[i] += values[requestColumn[i]];
                    s[tiers + i] += values[errorColumn[i]];
                }
                if (playingColumn >= 0) {
                    s[2 * tiers] += values[playingColumn];
                    s[2 * tiers + 1] += values[stalledColumn];
                }
                s[2 * tiers + 2]++;
            }
        }
    }

    /**
     * @param tierNames the tiers, the origin last
     * @param edges     the ids of the edge POPs
     * @param counts    what the network counted of the failures
     * @return what each failure did, in schedule order
     */
    List<FailureResult> results(List<String> tierNames, Set<String> edges, FailureCounts counts) {
        List<FailureResult> results = new ArrayList<>();
        int tiers = tierNames.size();
        for (int f = 0; f < failures.size(); f++) {
            long[][] phase = {sums[f * PHASES], sums[f * PHASES + 1], sums[f * PHASES + 2]};
            List<FailureResult.TierLoad> loads = new ArrayList<>();
            for (int i = 0; i < tiers; i++) {
                int column = i;
                loads.add(new FailureResult.TierLoad(tierNames.get(i),
                        phases(phase, s -> ratio(s[column], s[2 * tiers + 2])), phase[1][tiers + i]));
            }
            FailureResult.Phases stalled = phases(phase, s -> playingColumn < 0 ? Double.NaN
                    : ratio(s[2 * tiers + 1], s[2 * tiers] + s[2 * tiers + 1]));
            Map<ErrorCause, Long> errors = new EnumMap<>(ErrorCause.class);
            for (ErrorCause c : ErrorCause.values()) {
                errors.put(c, counts.viewerErrors(f, c));
            }
            Failure failure = failures.get(f);
            boolean pop = failure instanceof Failure.Outage d && d.nodes().stream().anyMatch(edges::contains);
            results.add(new FailureResult(failure, pop, counts.moved(f), counts.rerouted(f), errors, stalled,
                    loads));
        }
        return results;
    }

    private static double ratio(long sum, long of) {
        return of == 0 ? Double.NaN : (double) sum / of;
    }

    private static FailureResult.Phases phases(long[][] phase, ToDoubleFunction<long[]> figure) {
        return new FailureResult.Phases(figure.applyAsDouble(phase[0]), figure.applyAsDouble(phase[1]),
                figure.applyAsDouble(phase[2]));
    }
}
