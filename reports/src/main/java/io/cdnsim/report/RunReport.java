package io.cdnsim.report;

import io.cdnsim.metrics.TimeSeries;
import io.cdnsim.model.Scenario;
import io.cdnsim.run.Replications;
import io.cdnsim.run.RunResult;
import io.cdnsim.run.Simulation;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Runs a scenario and writes its outputs into a folder, atomically: {@code summary.json}, {@code tiers.csv} and
 * {@code timeseries.csv}. Each replication streams its time series into its own file while it runs; the files are
 * joined in replication order at the end, so the output does not depend on the number of threads.
 */
public final class RunReport {

    /** Names of the files a run writes. */
    public static final List<String> FILES = List.of("summary.json", "tiers.csv", "timeseries.csv");

    private RunReport() {
    }

    /**
     * @param scenario the scenario
     * @param outDir   the output folder (replaced if it exists)
     * @param threads  threads for replications
     * @return the replications' results
     * @throws OutputFolder.ForeignFilesException if the folder holds files cdnsim did not write (nothing is run)
     * @throws IOException if outputs cannot be written (the folder is then left as it was)
     */
    public static List<RunResult> run(Scenario scenario, Path outDir, int threads) throws IOException {
        List<String> columns = TimeSeries.columns(Simulation.tierNames(scenario));
        int n = scenario.run().replications();
        try (OutputFolder out = new OutputFolder(outDir, Set.copyOf(FILES))) {
            List<TimeSeriesCsv> sinks = new ArrayList<>();
            List<Path> parts = new ArrayList<>();
            for (int r = 0; r < n; r++) {
                Path part = out.file(n == 1 ? "timeseries.csv" : "timeseries.part-" + r + ".csv");
                parts.add(part);
                sinks.add(new TimeSeriesCsv(part, columns, r, r == 0));
            }
            List<RunResult> runs;
            try {
                runs = Replications.run(scenario, threads, sinks::get);
            } catch (UncheckedIOException e) {
                throw e.getCause();
            } finally {
                for (TimeSeriesCsv s : sinks) {
                    s.close();
                }
            }
            if (n > 1) {
                try (OutputStream joined = Files.newOutputStream(out.file("timeseries.csv"),
                        StandardOpenOption.CREATE_NEW)) {
                    for (Path part : parts) {
                        Files.copy(part, joined);
                        Files.delete(part);
                    }
                }
            }
            SummaryJson.write(scenario, runs, out.file("summary.json"));
            TiersCsv.write(runs, out.file("tiers.csv"));
            out.commit();
            return runs;
        }
    }
}
