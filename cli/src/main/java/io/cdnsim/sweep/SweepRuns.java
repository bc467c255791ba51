package io.cdnsim.sweep;

import io.cdnsim.config.ScenarioException;
import io.cdnsim.config.ScenarioReader;
import io.cdnsim.model.Scenario;
import io.cdnsim.report.RunFigures;
import io.cdnsim.run.RunOptions;
import io.cdnsim.run.Simulation;
import java.nio.file.Path;
import java.util.Map;

/** Runs one {@link SweepTask}: the same run path as {@code cdnsim run} takes for one replication. */
public final class SweepRuns {

    private SweepRuns() {
    }

    /**
     * @param task a run of a sweep
     * @return its figures
     * @throws IllegalStateException if its scenario does not read (the sweep checked every point before it started,
     *                               so only a file changed since, or missing on a Spark executor, does this)
     */
    public static SweepRow run(SweepTask task) {
        Scenario scenario;
        try {
            scenario = ScenarioReader.read(Path.of(task.scenarioFile()), task.scenarioText(), task.topologyText());
        } catch (ScenarioException e) {
            throw new IllegalStateException("point " + (task.point() + 1) + " no longer reads: "
                    + String.join("; ", e.report()), e);
        }
        Map<String, Double> figures = RunFigures.of(scenario,
                Simulation.run(scenario, task.replication(), RunOptions.defaults().withThreads(1)));
        String[] names = new String[figures.size()];
        double[] values = new double[figures.size()];
        int i = 0;
        for (Map.Entry<String, Double> e : figures.entrySet()) {
            names[i] = e.getKey();
            values[i++] = e.getValue();
        }
        return new SweepRow(task.point(), task.replication(), names, values);
    }
}
