package io.cdnsim.cli;

import io.cdnsim.config.ScenarioException;
import io.cdnsim.cost.Bill;
import io.cdnsim.model.Scenario;
import io.cdnsim.report.CompareReport;
import io.cdnsim.report.Comparison;
import io.cdnsim.report.OutputFolder;
import io.cdnsim.report.RunReport;
import io.cdnsim.run.Billing;
import io.cdnsim.run.Progress;
import io.cdnsim.run.RunResult;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code cdnsim compare}: two scenarios (run here with common random numbers) or two finished output folders, side
 * by side.
 */
@Command(name = "compare", mixinStandardHelpOptions = true,
        description = "Compare two runs side by side: each key figure of A and B, B - A and B / A - 1, with 95 %% "
                + "intervals of the difference when there are replications, and where the runs are billed the "
                + "month's bill, its total and each component. A and B are scenario files (run here, "
                + "B with A's seed: common random numbers) or output folders of earlier runs.",
        footer = {"", "Examples:",
                "  cdnsim compare scenarios/premiere-spike.yaml scenarios/premiere-spike-no-shield.yaml",
                "  cdnsim compare scenarios/zipf-edge-shield.yaml scenarios/zipf-edge-only.yaml --replications 5",
                "  cdnsim compare out/zipf-edge-shield out/zipf-edge-only"})
final class CompareCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "A", description = "Scenario file or output folder.")
    private Path a;

    @Parameters(index = "1", paramLabel = "B", description = "Scenario file or output folder.")
    private Path b;

    @Option(names = "--out", paramLabel = "DIR", description = "Where compare.json, compare.csv, compare.html and "
            + "charts/ go "
            + "(default: out/compare-<A>-vs-<B>); scenarios run here write their own outputs into DIR/runs/, in "
            + "folders named after them (never over out/<scenario>).")
    private Path out;

    @Mixin
    private ScenarioRunOptions options;

    @Mixin
    private QuietOption quiet;

    /** One side: a scenario to run (with its file's text), or a finished run. */
    private record Side(String name, Scenario scenario, String source, FinishedRun finished) {

        Side withSeed(long seed) {
            return scenario == null ? this : new Side(name, scenario.withSeed(seed), source, null);
        }
    }

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        try {
            return compare(err);
        } catch (BadInputException e) {
            err.println(e.getMessage());
            return Main.BAD_INPUT;
        } catch (ScenarioException e) {
            e.report().forEach(err::println);
            return Main.BAD_INPUT;
        } catch (OutputFolder.RefusedException e) {
            err.println("--out: " + e.getMessage());
            return Main.BAD_INPUT;
        } catch (IOException e) {
            err.println("cdnsim: cannot compare: " + RunCommand.describe(e));
            return Main.FAILED;
        }
    }

    /**
     * Reads both sides and checks every option and output folder before anything runs or is written; then runs the
     * scenarios, each into its folder, and writes the comparison, all watched by an {@link InterruptGuard}.
     */
    private int compare(PrintWriter err) throws BadInputException, ScenarioException, IOException {
        options.replications().check();
        int threadCount = options.threads().count();
        Long seedValue = options.seed().value();
        Side sa = side(a);
        Side sb = side(b);
        if (sa.scenario() != null && sb.scenario() != null) {
            long common = seedValue != null ? seedValue : sa.scenario().seed();
            sa = sa.withSeed(common);
            sb = sb.withSeed(common);
        } else if (seedValue != null) {
            sa = sa.withSeed(seedValue);
            sb = sb.withSeed(seedValue);
        }
        boolean same = sa.name().equals(sb.name());
        Path dir = out != null ? out : Path.of("out", "compare-" + sa.name() + "-vs-" + sb.name());
        String nameA = same ? sa.name() + "-a" : sa.name();
        String nameB = same ? sb.name() + "-b" : sb.name();
        for (Side side : List.of(sa, sb)) {
            Path run = side.finished() == null ? null : side.finished().folder().toAbsolutePath().normalize();
            Path own = dir.toAbsolutePath().normalize();
            if (run != null && (run.equals(own) || run.startsWith(own.resolve(RUNS)))) {
                throw new BadInputException("--out: " + dir + " is also the folder of a compared run; choose "
                        + "another --out");
            }
        }
        // the runs made here are written into the comparison's own folder while it is being written, and are
        // committed with it (or not at all)
        try (OutputFolder outC = new OutputFolder(dir, ownFiles(nameA, nameB));
             OutputFolder outA = sa.scenario() == null ? null : new OutputFolder(outC.file(RUNS).resolve(nameA),
                     RunReport.OWN_FILES);
             OutputFolder outB = sb.scenario() == null ? null : new OutputFolder(outC.file(RUNS).resolve(nameB),
                     RunReport.OWN_FILES)) {
            Path folderA = sa.finished() != null ? sa.finished().folder() : outC.file(RUNS).resolve(nameA);
            Path folderB = sb.finished() != null ? sb.finished().folder() : outC.file(RUNS).resolve(nameB);
            // the runs before the comparison, whose temporary folder holds theirs
            List<InterruptGuard.Watched> watched = new ArrayList<>();
            if (outB != null) {
                watched.add(new InterruptGuard.Watched(outB, dir.resolve(RUNS).resolve(nameB)));
            }
            if (outA != null) {
                watched.add(new InterruptGuard.Watched(outA, dir.resolve(RUNS).resolve(nameA)));
            }
            watched.add(new InterruptGuard.Watched(outC, dir));
            try (InterruptGuard guard = InterruptGuard.watch(watched, err)) {
                List<RunResult> ra = run(sa, outA, threadCount, spec);
                List<RunResult> rb = run(sb, outB, threadCount, spec);
                FinishedRun fa = sa.finished() != null ? sa.finished() : FinishedRun.read(folderA);
                FinishedRun fb = sb.finished() != null ? sb.finished() : FinishedRun.read(folderB);
                Comparison c = ra != null && rb != null ? Comparison.ofRuns(sa.name(), ra, bills(sa, ra), sb.name(), rb,
                        bills(sb, rb))
                        : Comparison.ofSummaries(sa.name(), fa.summary(), sb.name(), fb.summary());
                CompareReport.write(c, fa.series(), fb.series(), outC);
                if (!quiet.quiet()) {
                    spec.commandLine().getOut().print(CompareReport.render(c));
                    spec.commandLine().getOut().println("Outputs:     " + dir + "/ (compare.json, compare.csv, "
                            + "compare.html, charts/" + (outA != null || outB != null ? ", " + RUNS + "/ with the "
                            + "outputs of " + (outA != null && outB != null ? "both runs" : "the run made here")
                            : "") + ")");
                    spec.commandLine().getOut().flush();
                }
                return Main.OK;
            } catch (IOException e) {
                if (watched.stream().anyMatch(w -> w.folder().abandoned())) {
                    return Main.FAILED;
                }
                throw e;
            }
        }
    }

    private Side side(Path p) throws ScenarioException, BadInputException {
        if (Files.isDirectory(p)) {
            FinishedRun finished = FinishedRun.read(p);
            Path name = p.toAbsolutePath().normalize().getFileName();
            return new Side(name == null ? p.toString() : name.toString(), null, null, finished);
        }
        if (Files.isRegularFile(p.resolveSibling(OutputFolder.MANIFEST))) {
            throw new BadInputException(p + ": a file of an output folder, not a scenario; to compare that run, "
                    + "give its folder, " + p.toAbsolutePath().normalize().getParent());
        }
        ScenarioFile file = ScenarioFile.read(p);
        Scenario s = options.replications().apply(file.scenario());
        options.checkMemory(s, p);
        return new Side(s.name(), s, file.text(), null);
    }

    /**
     * The folder of the comparison's own runs: a scenario run here writes its outputs into {@code <DIR>/runs/<name>},
     * never over an earlier {@code out/<scenario>} of {@code cdnsim run}.
     */
    static final String RUNS = "runs";

    /**
     * @return the files the comparison's folder may hold: its own, and the outputs (with their manifests) of runs
     *         named A and B made by an earlier comparison into it
     */
    private static Set<String> ownFiles(String nameA, String nameB) {
        Set<String> own = new HashSet<>(CompareReport.OWN_FILES);
        for (String name : List.of(nameA, nameB)) {
            own.add(RUNS + "/" + name + "/" + OutputFolder.MANIFEST);
            for (String f : RunReport.OWN_FILES) {
                own.add(RUNS + "/" + name + "/" + f);
            }
        }
        return own;
    }

    /** @return the bill of each replication of a side run here, or null where its scenario has no cost section */
    private static List<Bill> bills(Side side, List<RunResult> runs) {
        if (side.scenario().cost() == null) {
            return null;
        }
        List<Bill> bills = new ArrayList<>();
        for (RunResult r : runs) {
            bills.add(Billing.bill(side.scenario(), r));
        }
        return bills;
    }

    /** Runs a scenario side into its folder; null for a finished run. */
    private static List<RunResult> run(Side side, OutputFolder folder, int threads, CommandSpec spec)
            throws IOException {
        if (side.scenario() == null) {
            return null;
        }
        return RunReport.run(side.scenario(), folder, threads, Progress.NONE, RunCommand.invocation(spec,
                side.source()));
    }
}
