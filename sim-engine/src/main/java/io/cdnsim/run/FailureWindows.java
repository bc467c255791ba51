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
 * stalled; through several CDNs, each CDN's own tiers' requests too (the surge a failure sends to another CDN). A row
 * (second s, covering [s, s + 1)) belongs to the windows its start lies in; rows from the end of the run's arrivals
 * on (the drain) belong to none. Memory is a few numbers per failure.
 */
final class FailureWindows implements TimeSeries.Sink {

    private static final int PHASES = 3;

    private final TimeSeries.Sink next;
    private final List<Failure> failures;
    private final long end;
    /** The columns of each row's requests: the tiers', then each CDN's own tiers'. */
    private final int[] requestColumn;
    private final int[] errorColumn;
    private final List<String> laneTitles;
    private final int playingColumn;
    private final int stalledColumn;
    /** Per failure and window: each row's requests, then each tier's errors, then playing, stalled, rows. */
    private final long[][] sums;

    /**
     * @param failures  the schedule
     * @param end       the end of the run's arrivals, microseconds
     * @param tierNames the tiers, the origin last
     * @param laneNames each CDN's tiers as the series names them ({@code cdn-a_edge}), empty for one CDN
     * @param laneTitles the same as the failure report names them ({@code cdn-a edge})
     * @param columns   the series' columns
     * @param next      the run's own sink
     */
    FailureWindows(List<Failure> failures, long end, List<String> tierNames, List<String> laneNames,
                   List<String> laneTitles, List<String> columns, TimeSeries.Sink next) {
        this.next = next;
        this.failures = List.copyOf(failures);
        this.end = end;
        this.laneTitles = List.copyOf(laneTitles);
        this.requestColumn = new int[tierNames.size() + laneNames.size()];
        this.errorColumn = new int[tierNames.size()];
        for (int t = 0; t < tierNames.size(); t++) {
            requestColumn[t] = columns.indexOf(tierNames.get(t) + "_requests");
            errorColumn[t] = columns.indexOf(tierNames.get(t) + "_error");
        }
        for (int l = 0; l < laneNames.size(); l++) {
            requestColumn[tierNames.size() + l] = columns.indexOf(laneNames.get(l) + "_requests");
        }
        this.playingColumn = columns.indexOf("viewers_playing");
        this.stalledColumn = columns.indexOf("viewers_stalled");
        this.sums = new long[failures.size() * PHASES][requestColumn.length + tierNames.size() + 3];
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
                int rows = requestColumn.length;
                int tiers = errorColumn.length;
                for (int i = 0; i < rows; i++) {
                    s[i] += values[requestColumn[i]];
                }
                for (int i = 0; i < tiers; i++) {
                    s[rows + i] += values[errorColumn[i]];
                }
                if (playingColumn >= 0) {
                    s[rows + tiers] += values[playingColumn];
                    s[rows + tiers + 1] += values[stalledColumn];
                }
                s[rows + tiers + 2]++;
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
        int rows = requestColumn.length;
        int count = rows + tiers + 2;
        for (int f = 0; f < failures.size(); f++) {
            long[][] phase = {sums[f * PHASES], sums[f * PHASES + 1], sums[f * PHASES + 2]};
            List<FailureResult.TierLoad> loads = new ArrayList<>();
            for (int i = 0; i < rows; i++) {
                int column = i;
                loads.add(new FailureResult.TierLoad(i < tiers ? tierNames.get(i) : laneTitles.get(i - tiers),
                        phases(phase, s -> ratio(s[column], s[count])),
                        i < tiers ? phase[1][rows + i] : FailureResult.TierLoad.NOT_COUNTED));
            }
            FailureResult.Phases stalled = phases(phase, s -> playingColumn < 0 ? Double.NaN
                    : ratio(s[rows + tiers + 1], s[rows + tiers] + s[rows + tiers + 1]));
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
