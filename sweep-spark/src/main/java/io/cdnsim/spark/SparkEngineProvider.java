package io.cdnsim.spark;

import io.cdnsim.sweep.SweepEngine;

/** Makes the Spark engine known to {@code cdnsim sweep --engine spark} (found through {@link java.util.ServiceLoader}). */
public final class SparkEngineProvider implements SweepEngine.Provider {

    @Override
    public String name() {
        return "spark";
    }

    @Override
    public SweepEngine open(String master, String appName) {
        return new SparkSweepEngine(master, appName);
    }
}
