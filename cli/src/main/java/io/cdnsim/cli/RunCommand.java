package io.cdnsim.cli;

import io.cdnsim.config.ScenarioException;
import io.cdnsim.model.Scenario;
import io.cdnsim.model.Viewing;
import io.cdnsim.report.ConsoleSummary;
import io.cdnsim.report.Invocation;
import io.cdnsim.report.RequestLogFile;
import io.cdnsim.report.RunReport;
import io.cdnsim.report.chart.Charts;
import io.cdnsim.run.ConservationException;
import io.cdnsim.run.Progress;
import io.cdnsim.run.RunResult;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code cdnsim run}: runs a scenario, prints the summary, writes the outputs. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Run a scenario: print a per-tier summary and write summary.json, tiers.csv and "
                + "timeseries.csv into the output folder.",
        footer = {"", "Examples:", "  cdnsim run scenarios/zipf-edge-shield.yaml",
                "  cdnsim run scenarios/zipf-edge-shield.yaml --replications 5 --out out/five-reps",
                "  cdnsim run scenarios/zipf-edge-shield.yaml --json > summary.json",
                "", "An interrupted run (Ctrl-C) writes nothing and says so on stderr."})
final class RunCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "SCENARIO", description = "Scenario file (YAML or JSON).")
    private Path scenarioFile;

    @Option(names = "--out", paramLabel = "DIR", description = "Output folder (default: out/<scenario name>).")
    private Path out;

    @Option(names = "--request-log", paramLabel = "FILE", description = "Also write every request at the edge, with"
            + " its CMCD keys, as a CloudFront-style access log (.gz gzip, .zst zstd, .log plain); replay reads it.")
    private Path requestLog;

    @Mixin
    private ScenarioRunOptions options;

    @Mixin
    private QuietOption quiet;

    @Mixin
    private JsonSummaryOption json;

    /**
     * Reports a run that broke a conservation invariant: a bug in the model, so exit code 1.
     *
     * @param err standard error
     * @param e   the broken invariant
     * @return {@link Main#FAILED}
     */
    static int failedCheck(PrintWriter err, ConservationException e) {
        err.println("cdnsim: the run failed its end-of-run check, so no output was written: " + e.getMessage());
        err.println("This is a bug in cdnsim; please report it with the scenario file and seed (see docs/trust.md).");
        return Main.FAILED;
    }

    /**
     * @param e a failure to write or read outputs
     * @return what went wrong, in words
     */
    static String describe(IOException e) {
        if (e instanceof java.nio.file.FileAlreadyExistsException) {
            return e.getMessage() + " exists and is not a folder";
        }
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied: " + e.getMessage();
        }
        if (e instanceof java.nio.file.NoSuchFileException) {
            return "no such folder: " + e.getMessage();
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        try {
            options.replications().check();
            int threadCount = options.threads().count();
            Long seedValue = options.seed().value();
            ScenarioFile file = ScenarioFile.read(scenarioFile);
            Scenario scenario = options.replications().apply(file.scenario());
            options.checkMemory(scenario, scenarioFile);
            if (seedValue != null) {
                scenario = scenario.withSeed(seedValue);
            }
            Path outDir = out != null ? out : Path.of("out", scenario.name());
            if (requestLog != null) {
                checkRequestLog(scenario);
            }
            return execute(spec, scenario, file.text(), outDir, threadCount, quiet.quiet(), json.json(), requestLog);
        } catch (BadInputException e) {
            err.println(e.getMessage());
            return Main.BAD_INPUT;
        } catch (ScenarioException e) {
            e.report().forEach(err::println);
            return Main.BAD_INPUT;
        }
    }

    /** Refuses a request log that cannot be written, or a run it cannot describe, before anything runs. */
    private void checkRequestLog(Scenario scenario) throws BadInputException {
        String problem = RequestLogFile.problem(requestLog);
        if (problem == null && !(scenario.demand() instanceof Viewing)) {
            problem = "scenario '" + scenario.name() + "' has no viewers (a synthetic request stream or a replay);"
                    + " the request log records players' requests and their CMCD keys";
        }
        if (problem == null && scenario.run().replications() > 1) {
            problem = "the log records one run; with " + scenario.run().replications() + " replications give"
                    + " --replications 1";
        }
        if (problem != null) {
            throw new BadInputException("--request-log: " + problem);
        }
    }

    static int execute(CommandSpec spec, Scenario scenario, String source, Path outDir, int threadCount,
                       boolean quiet, boolean json) {
        return execute(spec, scenario, source, outDir, threadCount, quiet, json, null);
    }

    /**
     * Runs a scenario, writes its outputs and prints its summary: shared by {@code run} and {@code replay}. While it
     * runs, an {@link InterruptGuard} gives up the output folder if the JVM is interrupted before the commit.
     *
     * @param spec        the command (for its streams and command line)
     * @param scenario    the scenario
     * @param source      the scenario file's text for report.html, or null
     * @param outDir      the output folder
     * @param threadCount threads for replications
     * @param quiet       print nothing but errors (and the JSON, if asked for)
     * @param json        print summary.json instead of the summary table
     * @param requestLog  where to write the request log, or null
     * @return the exit code
     */
    static int execute(CommandSpec spec, Scenario scenario, String source, Path outDir, int threadCount,
                       boolean quiet, boolean json, Path requestLog) {
        PrintWriter err = spec.commandLine().getErr();
        Progress progress = quiet || json ? Progress.NONE : ProgressBar.forTerminal();
        FolderWork.Done<List<RunResult>> done;
        try {
            done = FolderWork.run(folder -> RunReport.run(scenario, folder, threadCount, progress,
                    invocation(spec, source), requestLog), outDir, RunReport.OWN_FILES, err);
        } finally {
            ProgressBar.clear(progress);
        }
        if (done.code() != Main.OK) {
            return done.code();
        }
        List<RunResult> runs = done.value();
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            try {
                out.print(Files.readString(outDir.resolve("summary.json")));
            } catch (IOException e) {
                err.println("cdnsim: cannot read " + outDir.resolve("summary.json") + ": " + describe(e));
                return Main.FAILED;
            }
            out.flush();
        } else if (!quiet) {
            out.print(ConsoleSummary.render(scenario, runs));
            List<String> written = new ArrayList<>(RunReport.FILES.stream()
                    .filter(f -> Files.exists(outDir.resolve(f))).toList());
            if (Files.isDirectory(outDir.resolve(Charts.FOLDER))) {
                written.add(Charts.FOLDER + "/");
            }
            out.println("Outputs:     " + outDir + "/ (" + String.join(", ", written) + ")");
            out.flush();
        }
        return Main.OK;
    }

    /** @return cdnsim's version, the command line and the scenario's text, for run-info.json and the report */
    static Invocation invocation(CommandSpec spec, String source) {
        List<String> commandLine = new ArrayList<>();
        commandLine.add("cdnsim");
        commandLine.addAll(spec.root().commandLine().getParseResult().originalArgs());
        String version;
        try {
            version = Main.Version.number();
        } catch (IOException e) {
            version = "unknown";
        }
        return new Invocation(version, commandLine, source);
    }
}
