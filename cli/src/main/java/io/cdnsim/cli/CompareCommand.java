package io.cdnsim.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cdnsim.config.ScenarioException;
import io.cdnsim.config.ScenarioReader;
import io.cdnsim.model.RunSettings;
import io.cdnsim.model.Scenario;
import io.cdnsim.report.CompareReport;
import io.cdnsim.report.Comparison;
import io.cdnsim.report.OutputFolder;
import io.cdnsim.report.RunReport;
import io.cdnsim.report.chart.SeriesTable;
import io.cdnsim.run.Progress;
import io.cdnsim.run.RunResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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
                + "intervals of the difference when there are replications. A and B are scenario files (run here, "
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
            + "(default: out/compare-<A>-vs-<B>); scenarios run here write their own outputs beside it, in "
            + "folders named after them.")
    private Path out;

    @Option(names = "--replications", paramLabel = "N", description = "Replications of each scenario run here.")
    private Integer replications;

    @Option(names = "--threads", paramLabel = "N", description = "Threads for replications and for the partitions of a run.")
    private Integer threads;

    @Option(names = "--seed", paramLabel = "N", description = "Master seed of both scenarios (default: A's).")
    private Long seed;

    @Mixin
    private QuietOption quiet;

    /** One side: a scenario to run, or a finished run's summary. */
    private record Side(String name, Scenario scenario, Path folder) {
    }

    @Override
    public Integer call() {
        Side sa;
        Side sb;
        try {
            sa = side(a);
            sb = side(b);
        } catch (ScenarioException e) {
            e.problems().forEach(p -> spec.commandLine().getErr().println(p));
            return Main.BAD_INPUT;
        } catch (IllegalArgumentException e) {
            spec.commandLine().getErr().println(e.getMessage());
            return Main.BAD_INPUT;
        }
        if (sa.scenario() != null && sb.scenario() != null) {
            long common = seed != null ? seed : sa.scenario().seed();
            sa = new Side(sa.name(), sa.scenario().withSeed(common), null);
            sb = new Side(sb.name(), sb.scenario().withSeed(common), null);
        } else if (seed != null) {
            sa = sa.scenario() == null ? sa : new Side(sa.name(), sa.scenario().withSeed(seed), null);
            sb = sb.scenario() == null ? sb : new Side(sb.name(), sb.scenario().withSeed(seed), null);
        }
        boolean same = sa.name().equals(sb.name());
        Path dir = out != null ? out : Path.of("out", "compare-" + sa.name() + "-vs-" + sb.name());
        try {
            Path folderA = sa.folder() != null ? sa.folder() : beside(dir, same ? sa.name() + "-a" : sa.name());
            Path folderB = sb.folder() != null ? sb.folder() : beside(dir, same ? sb.name() + "-b" : sb.name());
            List<RunResult> ra = run(sa, folderA);
            List<RunResult> rb = run(sb, folderB);
            Comparison c = ra != null && rb != null ? Comparison.ofRuns(sa.name(), ra, sb.name(), rb)
                    : Comparison.ofSummaries(sa.name(), summary(folderA), sb.name(), summary(folderB));
            CompareReport.write(c, series(folderA), series(folderB), dir);
            if (!quiet.quiet()) {
                spec.commandLine().getOut().print(CompareReport.render(c));
                spec.commandLine().getOut().println("Outputs:     " + dir + "/ (compare.json, compare.csv, "
                        + "compare.html, charts/)");
                spec.commandLine().getOut().flush();
            }
            return Main.OK;
        } catch (OutputFolder.ForeignFilesException e) {
            spec.commandLine().getErr().println("--out: " + e.getMessage());
            return Main.BAD_INPUT;
        } catch (IOException e) {
            spec.commandLine().getErr().println("cdnsim: cannot compare: " + e.getMessage());
            return Main.FAILED;
        }
    }

    private Side side(Path p) throws ScenarioException {
        if (Files.isDirectory(p)) {
            if (!Files.isRegularFile(p.resolve("summary.json"))) {
                throw new IllegalArgumentException(p + ": a folder without summary.json is not a finished run");
            }
            return new Side(p.getFileName().toString(), null, p);
        }
        Scenario s = ScenarioReader.read(p);
        if (replications != null) {
            RunSettings r = s.run();
            s = s.withRun(new RunSettings(r.duration(), r.warmup(), replications));
        }
        return new Side(s.name(), s, null);
    }

    private static Path beside(Path dir, String name) {
        return dir.getParent() != null ? dir.getParent().resolve(name) : Path.of(name);
    }

    /** Runs a scenario side into {@code folder}; null for a finished run. */
    private List<RunResult> run(Side side, Path folder) throws IOException {
        if (side.scenario() == null) {
            return null;
        }
        int n = threads == null ? Runtime.getRuntime().availableProcessors() : Math.max(1, threads);
        return RunReport.run(side.scenario(), folder, n, Progress.NONE);
    }

    /** @return replication 0 of the folder's timeseries.csv, or null if it has none */
    private static SeriesTable series(Path folder) throws IOException {
        Path file = folder.resolve("timeseries.csv");
        return Files.isRegularFile(file) ? SeriesTable.read(file, 0) : null;
    }

    private static JsonNode summary(Path folder) throws IOException {
        return new ObjectMapper().readTree(folder.resolve("summary.json").toFile());
    }
}
