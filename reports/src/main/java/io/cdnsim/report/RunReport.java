package io.cdnsim.report;

import io.cdnsim.model.Scenario;
import io.cdnsim.player.Session;
import io.cdnsim.report.chart.Charts;
import io.cdnsim.report.chart.RenderedChart;
import io.cdnsim.run.Progress;
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
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Runs a scenario and writes its outputs into a folder, atomically: {@code summary.json}, {@code tiers.csv},
 * {@code timeseries.csv}, for viewers with players {@code sessions.csv}, with a cost section {@code cost.csv}, the
 * charts in {@code charts/} (PNG and SVG) and the self-contained {@code report.html}. Each
 * replication streams its time series and sessions into files of its own while it runs; they are joined in
 * replication order at the end, so the output does not depend on the number of threads.
 */
public final class RunReport {

    /** Names of the files a run may write. */
    public static final List<String> FILES = List.of("summary.json", "tiers.csv", "timeseries.csv", "sessions.csv",
            "cost.csv", "report.html");

    private RunReport() {
    }

    /**
     * @param scenario the scenario
     * @param outDir   the output folder (replaced if it holds only an earlier run's files)
     * @param threads  threads for replications
     * @return the replications' results
     * @throws OutputFolder.ForeignFilesException if the folder holds files cdnsim did not write (nothing is run)
     * @throws IOException if outputs cannot be written (the folder is then left as it was)
     */
    public static List<RunResult> run(Scenario scenario, Path outDir, int threads) throws IOException {
        return run(scenario, outDir, threads, Progress.NONE);
    }

    /**
     * @param scenario the scenario
     * @param outDir   the output folder (replaced if it holds only an earlier run's files)
     * @param threads  threads for replications
     * @param progress told how the run advances
     * @return the replications' results
     * @throws OutputFolder.ForeignFilesException if the folder holds files cdnsim did not write (nothing is run)
     * @throws IOException if outputs cannot be written (the folder is then left as it was)
     */
    public static List<RunResult> run(Scenario scenario, Path outDir, int threads, Progress progress)
            throws IOException {
        return run(scenario, null, outDir, threads, progress);
    }

    /**
     * @param scenario the scenario
     * @param source   the scenario file's text, shown in report.html, or null if there is no file
     * @param outDir   the output folder (replaced if it holds only an earlier run's files)
     * @param threads  threads for replications
     * @param progress told how the run advances
     * @return the replications' results
     * @throws OutputFolder.ForeignFilesException if the folder holds files cdnsim did not write (nothing is run)
     * @throws IOException if outputs cannot be written (the folder is then left as it was)
     */
    public static List<RunResult> run(Scenario scenario, String source, Path outDir, int threads, Progress progress)
            throws IOException {
        List<String> columns = Simulation.seriesColumns(scenario);
        int n = scenario.run().replications();
        boolean withViewers = scenario.live() != null || scenario.vod() != null;
        Set<String> own = new HashSet<>(FILES);
        own.addAll(Charts.files());
        try (OutputFolder out = new OutputFolder(outDir, own)) {
            List<TimeSeriesCsv> series = new ArrayList<>();
            List<SessionsCsv> sessions = new ArrayList<>();
            List<Path> seriesParts = new ArrayList<>();
            List<Path> sessionParts = new ArrayList<>();
            List<RunResult> runs;
            try {
                for (int r = 0; r < n; r++) {
                    Path part = out.file(n == 1 ? "timeseries.csv" : "timeseries.part-" + r + ".csv");
                    seriesParts.add(part);
                    series.add(new TimeSeriesCsv(part, columns, r, r == 0));
                    if (withViewers) {
                        Path sessionPart = out.file(n == 1 ? "sessions.csv" : "sessions.part-" + r + ".csv");
                        sessionParts.add(sessionPart);
                        sessions.add(new SessionsCsv(sessionPart, r, r == 0));
                    }
                }
                runs = Replications.run(scenario, threads, series::get,
                        r -> withViewers ? sessions.get(r) : Session.Sink.NONE, progress);
            } catch (UncheckedIOException e) {
                throw e.getCause();
            } finally {
                for (TimeSeriesCsv s : series) {
                    s.close();
                }
                for (SessionsCsv s : sessions) {
                    s.close();
                }
            }
            if (n > 1) {
                join(seriesParts, out.file("timeseries.csv"));
                if (withViewers) {
                    join(sessionParts, out.file("sessions.csv"));
                }
            }
            SummaryJson.write(scenario, runs, out.file("summary.json"));
            TiersCsv.write(runs, out.file("tiers.csv"));
            if (scenario.cost() != null) {
                CostCsv.write(scenario, runs, out.file("cost.csv"));
            }
            List<RenderedChart> charts = Charts.write(scenario, runs.get(0), out.file("timeseries.csv"),
                    out.file(Charts.FOLDER));
            ReportHtml.write(scenario, source, runs, charts, out.file("report.html"));
            out.commit();
            return runs;
        }
    }

    private static void join(List<Path> parts, Path target) throws IOException {
        try (OutputStream joined = Files.newOutputStream(target, StandardOpenOption.CREATE_NEW)) {
            for (Path part : parts) {
                Files.copy(part, joined);
                Files.delete(part);
            }
        }
    }
}
