package io.cdnsim.sweep;

import io.cdnsim.config.ScenarioException;
import io.cdnsim.config.ScenarioReader;
import io.cdnsim.model.Scenario;
import io.cdnsim.report.RunFigures;
import io.cdnsim.run.RunOptions;
import io.cdnsim.run.Simulation;
import io.cdnsim.run.RunResult;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Runs a {@link SweepTask}: the same run path as {@code cdnsim run} takes for one replication; or one run for several
 * tasks that differ only by their prices ({@link #runPriced}).
 */
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
        Scenario scenario = read(task);
        return row(task, RunFigures.of(scenario, Simulation.run(scenario, task.replication(),
                RunOptions.defaults().withThreads(1))));
    }

    /**
     * Runs the first task's scenario once and prices that run under each task's scenario: for tasks of one replication
     * whose scenarios differ only in their cost section, with no steering by cost (prices then change nothing of
     * the run, only its bill), so each row is the one {@link #run} would give it.
     *
     * @param sameRun tasks of one replication that differ only in what they price
     * @return each task's figures, in order
     * @throws IllegalStateException as {@link #run}
     */
    public static List<SweepRow> runPriced(List<SweepTask> sameRun) {
        List<Scenario> scenarios = sameRun.stream().map(SweepRuns::read).toList();
        RunResult result = Simulation.run(scenarios.get(0), sameRun.get(0).replication(),
                RunOptions.defaults().withThreads(1));
        List<SweepRow> rows = new ArrayList<>();
        for (int i = 0; i < sameRun.size(); i++) {
            rows.add(row(sameRun.get(i), RunFigures.of(scenarios.get(i), result)));
        }
        return rows;
    }

    private static Scenario read(SweepTask task) {
        try {
            return ScenarioReader.read(Path.of(task.scenarioFile()), task.scenarioText(), task.topologyText());
        } catch (ScenarioException e) {
            throw new IllegalStateException("point " + (task.point() + 1) + " no longer reads: "
                    + String.join("; ", e.report()), e);
        }
    }

    private static SweepRow row(SweepTask task, Map<String, Double> figures) {
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
