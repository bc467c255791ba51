package io.cdnsim.run;

import io.cdnsim.metrics.ErrorCause;
import io.cdnsim.model.Failure;
import java.util.List;
import java.util.Map;

/**
 * What one failure of the schedule did (N7), measured over its window and over windows of the same length just before
 * and just after it (each cut to the run), from the time series, which counts every request, warm-up or not.
 *
 * @param failure  the failure
 * @param pop      whether it took down an edge POP (whose viewers are moved)
 * @param moved    viewers moved off the POP it took down (for a synthetic stream, requests); 0 for other failures
 * @param rerouted requests the children of the node it took down sent to another parent or the next tier up
 * @param errors   errors the viewers got during its window, by cause (refusals by a down POP included)
 * @param stalled  share of the viewers watching who were stalled, over the seconds of each window (NaN without
 *                 viewers)
 * @param tiers    each tier's load, the cache tiers from the edge, then the origin
 */
public record FailureResult(Failure failure, boolean pop, long moved, long rerouted, Map<ErrorCause, Long> errors,
                            Phases stalled, List<TierLoad> tiers) {

    /** Copies the map and the list. */
    public FailureResult {
        errors = Map.copyOf(errors);
        tiers = List.copyOf(tiers);
    }

    /**
     * A figure over the three windows; NaN where a window holds no second of the run.
     *
     * @param before the window of the same length just before the failure
     * @param during the failure's window
     * @param after  the window of the same length just after it
     */
    public record Phases(double before, double during, double after) {
    }

    /**
     * One tier's load around a failure.
     *
     * @param tier              its name
     * @param requestsPerSecond requests that arrived, per second, over each window
     * @param errorsDuring      error answers it gave during the failure's window
     */
    public record TierLoad(String tier, Phases requestsPerSecond, long errorsDuring) {

        /** The errors of a CDN's own tier, which the series does not count apart. */
        public static final long NOT_COUNTED = -1;
    }

    /** @return errors the viewers got during the window, every cause */
    public long errorsTotal() {
        return errors.values().stream().mapToLong(Long::longValue).sum();
    }

    /** @param cause a cause @return errors of that cause the viewers got during the window */
    public long errors(ErrorCause cause) {
        return errors.getOrDefault(cause, 0L);
    }
}
