package io.cdnsim.config;

import io.cdnsim.kernel.Micros;
import io.cdnsim.model.Demand;
import io.cdnsim.model.LiveEvent;
import io.cdnsim.model.OnDemandService;
import io.cdnsim.model.RunSettings;
import io.cdnsim.model.Scenario;
import io.cdnsim.model.SyntheticStream;
import java.util.Locale;

/**
 * The limits that catch absurd inputs, per kind of demand: about {@link Limits#MAX_REQUESTS} requests in all
 * replications, and for an on-demand service at most 5 million viewers. A replay has no limit
 * (its log is as long as it is).
 */
public final class DemandLimits {

    private DemandLimits() {
    }

    /**
     * Checks a scenario against the limits that catch absurd inputs, after command-line overrides.
     *
     * @param scenario a scenario
     * @return what is over a limit, or null
     */
    public static String problem(Scenario scenario) {
        String rows = seriesRows(scenario.run());
        if (rows != null) {
            return rows;
        }
        Demand demand = scenario.demand();
        if (demand instanceof OnDemandService vod) {
            return onDemand(vod, scenario.run());
        }
        if (demand instanceof LiveEvent live) {
            return live(live, scenario.run());
        }
        if (demand instanceof SyntheticStream stream) {
            return requests(stream.workload().rate(), scenario.run());
        }
        return null;
    }

    /** timeseries.csv holds a row per simulated second and replication. */
    static String seriesRows(RunSettings run) {
        double rows = Math.ceil(run.duration() / Micros.PER_SECOND) * run.replications();
        if (rows > Limits.MAX_SERIES_ROWS) {
            return String.format(Locale.ROOT, "duration x replications makes %.3g rows of timeseries.csv (one per "
                    + "simulated second and replication); the limit is %.0g", rows, Limits.MAX_SERIES_ROWS);
        }
        return null;
    }

    /** A catalog's viewers ask for about one segment per viewer and segment duration; at most 5 million viewers. */
    static String onDemand(OnDemandService vod, RunSettings run) {
        if (vod.totalViewers() > AudienceReader.MAX_VIEWERS) {
            return "the audience and the releases add up to " + vod.totalViewers() + " viewers; the limit is "
                    + AudienceReader.MAX_VIEWERS;
        }
        double requests = 1.0 * vod.totalViewers() * run.duration() / vod.segmentDuration() * run.replications();
        if (requests > Limits.MAX_REQUESTS) {
            return String.format(Locale.ROOT, "viewers x (duration / segment duration) x replications is "
                    + "about %.3g requests; the limit is %.0g", requests, Limits.MAX_REQUESTS);
        }
        return null;
    }

    /** A live event asks for about two objects per viewer and segment (a segment and a playlist). */
    static String live(LiveEvent live, RunSettings run) {
        double requests = 2.0 * live.audience().viewers() * run.duration() / live.segmentDuration()
                * run.replications();
        if (requests > Limits.MAX_REQUESTS) {
            return String.format(Locale.ROOT, "viewers x (duration / segment duration) x 2 requests x "
                    + "replications is about %.3g requests; the limit is %.0g", requests, Limits.MAX_REQUESTS);
        }
        return null;
    }

    /** A synthetic stream asks for its rate's requests every second. */
    static String requests(double rate, RunSettings run) {
        double requests = rate * run.duration() / Micros.PER_SECOND * run.replications();
        if (requests > Limits.MAX_REQUESTS) {
            return String.format(Locale.ROOT, "rate x duration x replications asks for %.3g requests; "
                    + "the limit is %.0g", requests, Limits.MAX_REQUESTS);
        }
        return null;
    }
}
