package io.cdnsim.config;

import io.cdnsim.kernel.Micros;
import io.cdnsim.model.RunSettings;

/** Reads a scenario's {@code run} section: its duration, warm-up and replications. */
final class RunSettingsReader {

    private RunSettingsReader() {
    }

    /** @return the run's settings, or null if the section, its duration or its replications are wrong (said in p) */
    static RunSettings read(Problems p, ScenarioFile.RunFile r) {
        if (r == null) {
            p.add("run", "missing: run settings, at least 'duration' (for example duration: 10min)");
            return null;
        }
        p.require("run.duration", r.duration(), "how long requests arrive, for example '10min'");
        long duration = p.micros("run.duration", r.duration(), -1);
        long warmup = p.micros("run.warmup", r.warmup(), Defaults.WARMUP);
        long replications = r.replications() == null ? Defaults.REPLICATIONS : r.replications();
        if (duration == 0) {
            p.add("run.duration", "must be more than 0");
        } else if (duration > Limits.MAX_DURATION) {
            p.add("run.duration", "at most " + Limits.MAX_DURATION / Micros.DAY + " days of simulated time, found '"
                    + r.duration() + "'");
        }
        if (duration > 0 && warmup >= duration) {
            p.add("run.warmup", "the warm-up (" + r.warmup() + ") must be shorter than the duration ("
                    + r.duration() + ")");
        }
        boolean replicationsValid = replications >= 1 && replications <= Limits.MAX_REPLICATIONS;
        if (!replicationsValid) {
            p.add("run.replications", "must be between 1 and " + Limits.MAX_REPLICATIONS + ", found " + replications);
        }
        if (duration <= 0 || duration > Limits.MAX_DURATION || !replicationsValid) {
            return null;
        }
        RunSettings run = new RunSettings(duration, warmup, (int) replications);
        String rows = DemandLimits.seriesRows(run);
        if (rows != null) {
            p.add("run.replications", rows);
        }
        return run;
    }
}
