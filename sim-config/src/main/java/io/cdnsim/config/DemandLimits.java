package io.cdnsim.config;

import io.cdnsim.content.Ladder;
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
 * replications, {@link Limits#MAX_REQUESTED_BYTES} bytes in one, {@link Limits#MAX_SERIES_ROWS} rows of
 * {@code timeseries.csv}, and for an on-demand service at most 5 million viewers. A replay has no limit
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
        String requests = null;
        if (demand instanceof OnDemandService vod) {
            requests = onDemand(vod, scenario.run());
        } else if (demand instanceof LiveEvent live) {
            requests = live(live, scenario.run());
        } else if (demand instanceof SyntheticStream stream) {
            requests = requests(stream.workload().rate(), scenario.run());
        }
        return requests != null ? requests : bytes(demand, scenario.run());
    }

    /**
     * The bytes one replication asks for: requests times the mean object (a synthetic stream's), or segments
     * watched times the highest rendition's segment (a live event, a catalog); at most
     * {@link Limits#MAX_REQUESTED_BYTES}, so that every byte counter holds them.
     *
     * @return what is over the limit, or null
     */
    static String bytes(Demand demand, RunSettings run) {
        double seconds = run.duration() / Micros.PER_SECOND;
        double bytes;
        String how;
        if (demand instanceof SyntheticStream s) {
            bytes = s.workload().rate() * seconds * MemoryBudget.meanObjectBytes(demand);
            how = "rate x duration x mean object size";
        } else if (demand instanceof LiveEvent live) {
            bytes = watched(live.audience().viewers(), live.ladder(), live.segmentDuration(), run);
            how = "viewers x (duration / segment duration) x the highest rendition's segment";
        } else if (demand instanceof OnDemandService vod) {
            bytes = watched(vod.totalViewers(), vod.ladder(), vod.segmentDuration(), run);
            how = "viewers x (duration / segment duration) x the highest rendition's segment";
        } else {
            return null;
        }
        if (bytes > Limits.MAX_REQUESTED_BYTES) {
            return String.format(Locale.ROOT, "%s asks for about %.3g bytes in a replication; the limit is "
                    + "2^59 (%.3g)", how, bytes, (double) Limits.MAX_REQUESTED_BYTES);
        }
        return null;
    }

    /** @return the bytes of every viewer watching the whole run at the highest rendition */
    private static double watched(double viewers, Ladder ladder, long segment, RunSettings run) {
        return viewers * (run.duration() / (double) segment)
                * MemoryBudget.segmentBytes(ladder, ladder.size() - 1, segment);
    }

    /** timeseries.csv holds a row per simulated second and replication. */
    static String seriesRows(RunSettings run) {
        double rows = Math.ceil(run.duration() / Micros.PER_SECOND) * run.replications();
        if (rows > Limits.MAX_SERIES_ROWS) {
            return String.format(Locale.ROOT, "duration x replications makes %.3g rows of timeseries.csv (one per "
                    + "simulated second and replication); the limit is %.0g", rows, (double) Limits.MAX_SERIES_ROWS);
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
