package io.cdnsim.report;

import io.cdnsim.model.LiveEvent;
import io.cdnsim.model.Scenario;
import io.cdnsim.model.Viewing;
import io.cdnsim.player.Session;
import io.cdnsim.report.chart.ChartWarmUp;
import io.cdnsim.report.chart.Charts;
import io.cdnsim.report.chart.RebufferDistribution;
import io.cdnsim.report.chart.RenderedChart;
import io.cdnsim.run.Progress;
import io.cdnsim.player.EdgeRequests;
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
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Runs a scenario and writes its outputs into a folder, atomically: {@code summary.json}, {@code tiers.csv}, {@code nodes.csv},
 * {@code timeseries.csv}, for viewers with players {@code sessions.csv}, with a cost section {@code cost.csv}, the
 * charts in {@code charts/} (PNG and SVG) and the self-contained {@code report.html}. Replication 0's sessions also
 * fill, as they end, the rebuffer-ratio classes its chart draws. Each replication streams its time series and
 * sessions into files of its own while it runs; they are joined in replication order at the end, so the output does
 * not depend on the number of threads. Beside them,
 * {@code run-info.json} says how the run was made and how long it took (the only file that differs between two runs
 * of the same scenario and seed). While the run simulates, a thread of its own prepares the drawing of charts
 * ({@link ChartWarmUp}), which a short run would otherwise wait for after its simulation.
 */
public final class RunReport {

    /** Names of the files a run may write. */
    public static final List<String> FILES = List.of("summary.json", "tiers.csv", "nodes.csv", "timeseries.csv",
            "sessions.csv", "cost.csv", "report.html");

    /** The file that describes how a run was made and how long it took on the wall clock. */
    public static final String RUN_INFO = "run-info.json";

    /** Every file a run may write: an output folder whose manifest lists others is not replaced by a run. */
    public static final Set<String> OWN_FILES = Stream.concat(Stream.concat(FILES.stream(), Stream.of(RUN_INFO)),
            Charts.files().stream()).collect(Collectors.toUnmodifiableSet());

    private RunReport() {
    }

    /**
     * @param scenario the scenario
     * @param outDir   the output folder (replaced if it holds only an earlier run's files, unchanged)
     * @param threads  threads for replications
     * @return the replications' results
     * @throws OutputFolder.RefusedException if the folder may not be replaced (nothing is run)
     * @throws IOException if outputs cannot be written (the folder is then left as it was)
     */
    public static List<RunResult> run(Scenario scenario, Path outDir, int threads) throws IOException {
        return run(scenario, outDir, threads, Progress.NONE);
    }

    /**
     * @param scenario the scenario
     * @param outDir   the output folder (replaced if it holds only an earlier run's files, unchanged)
     * @param threads  threads for replications
     * @param progress told how the run advances
     * @return the replications' results
     * @throws OutputFolder.RefusedException if the folder may not be replaced (nothing is run)
     * @throws IOException if outputs cannot be written (the folder is then left as it was)
     */
    public static List<RunResult> run(Scenario scenario, Path outDir, int threads, Progress progress)
            throws IOException {
        try (OutputFolder out = new OutputFolder(outDir, OWN_FILES)) {
            return run(scenario, out, threads, progress, Invocation.LIBRARY);
        }
    }

    /**
     * Runs a scenario into an output folder the caller opened (with {@link #OWN_FILES}) and closes, and commits it.
     *
     * @param scenario   the scenario
     * @param out        the output folder, not committed yet
     * @param threads    threads for replications
     * @param progress   told how the run advances
     * @param invocation how the run was started, for {@code run-info.json}
     * @return the replications' results
     * @throws IOException if outputs cannot be written, or the folder was abandoned (nothing is then committed)
     */
    public static List<RunResult> run(Scenario scenario, OutputFolder out, int threads, Progress progress,
                                      Invocation invocation) throws IOException {
        return run(scenario, out, threads, progress, invocation, (Path) null);
    }

    /**
     * Runs a scenario into an output folder, and writes the first replication's request log beside it.
     *
     * @param scenario   the scenario
     * @param out        the output folder, not committed yet
     * @param threads    threads for replications
     * @param progress   told how the run advances
     * @param invocation how the run was started, for {@code run-info.json}
     * @param requestLog the request log's file ({@link RequestLogFile#problem} says nothing against it), or null
     * @return the replications' results
     * @throws IOException if outputs cannot be written, or the folder was abandoned (nothing is then committed)
     */
    public static List<RunResult> run(Scenario scenario, OutputFolder out, int threads, Progress progress,
                                      Invocation invocation, Path requestLog) throws IOException {
        if (requestLog == null) {
            return run(scenario, out, threads, progress, invocation, (RequestLogFile) null);
        }
        try (RequestLogFile log = RequestLogFile.open(requestLog, scenario)) {
            List<RunResult> runs = run(scenario, out, threads, progress, invocation, log);
            log.commit();
            return runs;
        }
    }

    private static List<RunResult> run(Scenario scenario, OutputFolder out, int threads, Progress progress,
                                       Invocation invocation, RequestLogFile log) throws IOException {
        long started = System.nanoTime();
        ChartWarmUp.start();
        List<String> columns = Simulation.seriesColumns(scenario);
        int n = scenario.run().replications();
        boolean withViewers = scenario.demand() instanceof Viewing;
        List<TimeSeriesCsv> series = new ArrayList<>();
        List<SessionsCsv> sessions = new ArrayList<>();
        List<Path> seriesParts = new ArrayList<>();
        List<Path> sessionParts = new ArrayList<>();
        RebufferDistribution rebuffer = withViewers ? new RebufferDistribution() : null;
        List<RunResult> runs;
        try {
            for (int r = 0; r < n; r++) {
                Path part = out.file(n == 1 ? "timeseries.csv" : "timeseries.part-" + r + ".csv");
                seriesParts.add(part);
                series.add(new TimeSeriesCsv(part, columns, r, r == 0));
                if (withViewers) {
                    Path sessionPart = out.file(n == 1 ? "sessions.csv" : "sessions.part-" + r + ".csv");
                    sessionParts.add(sessionPart);
                    sessions.add(new SessionsCsv(sessionPart, r, r == 0, !scenario.topology().cdns().isEmpty(),
                            scenario.demand() instanceof LiveEvent));
                }
            }
            Session.Sink replication0 = s -> {
                sessions.get(0).ended(s);
                rebuffer.ended(s);
            };
            runs = Replications.run(scenario, threads, series::get,
                    r -> !withViewers ? Session.Sink.NONE : r == 0 ? replication0 : sessions.get(r), progress,
                    log == null ? EdgeRequests.Sink.NONE : log);
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
        NodesCsv.write(runs, out.file("nodes.csv"));
        if (scenario.cost() != null) {
            CostCsv.write(scenario, runs, out.file("cost.csv"));
        }
        List<RenderedChart> charts = Charts.write(scenario, runs.get(0), out.file("timeseries.csv"), rebuffer,
                out.file(Charts.FOLDER));
        ReportHtml.write(scenario, invocation.source(), runs, charts, out.file("report.html"));
        RunInfoJson.write(out.file(RUN_INFO), invocation, threads, System.nanoTime() - started);
        out.commit();
        return runs;
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
