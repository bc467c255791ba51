package io.cdnsim.cli;

import io.cdnsim.config.ScenarioException;
import io.cdnsim.config.ScenarioReader;
import io.cdnsim.config.Sweep;
import io.cdnsim.config.SweepReader;
import io.cdnsim.model.Scenario;
import io.cdnsim.model.SteeringSpec;
import io.cdnsim.report.RunFigures;
import io.cdnsim.report.SweepConsole;
import io.cdnsim.report.SweepLayout;
import io.cdnsim.report.SweepPage;
import io.cdnsim.report.SweepReport;
import io.cdnsim.sweep.LocalSweepEngine;
import io.cdnsim.sweep.SweepEngine;
import io.cdnsim.sweep.SweepRow;
import io.cdnsim.sweep.SweepTask;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code cdnsim sweep}: a grid of scenario parameters × replications, on this machine or on Apache Spark. */
@Command(name = "sweep", mixinStandardHelpOptions = true,
        description = "Run a sweep file (docs/sweeps.md): each point of its grid of scenario parameters, each with "
                + "its replications (replication r of every point on the same random streams), and write sweep.csv, "
                + "sweep-summary.csv (mean, 95 %% interval and n of each figure per point), sweep.json, charts/ and "
                + "sweep.html into the output folder, the tables as points finish.",
        footer = {"", "Examples:", "  cdnsim sweep sweeps/segment-duration.yaml",
                "  cdnsim sweep sweeps/segment-duration.yaml --resume",
                "  cdnsim sweep sweeps/price-sheets.yaml --engine spark --master local[2]",
                "", "Bad input (the sweep file, a parameter's path or value) is reported before anything runs."})
final class SweepCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "SWEEP", description = "Sweep file (YAML or JSON).")
    private Path sweepFile;

    @Option(names = "--out", paramLabel = "DIR", description = "Output folder (default: out/<sweep name>).")
    private Path out;

    @Option(names = "--engine", paramLabel = "ENGINE", description = "local (default: this machine's --threads) or "
            + "spark (Apache Spark; the sweep-spark jar, which ./cdnsim adds when it is built).")
    private String engineName = "local";

    @Option(names = "--master", paramLabel = "URL", description = "With --engine spark: local[N] (Spark in this "
            + "process), spark://host:7077, yarn or k8s://... (default: what spark-submit says).")
    private String master;

    @Option(names = "--resume", description = "Keep the points an interrupted run of this sweep finished in the output "
            + "folder; run the others.")
    private boolean resume;

    @Option(names = "--check", description = "Check the sweep file and every point's scenario, print the points, "
            + "run nothing.")
    private boolean check;

    @Mixin
    private ThreadsOption threads;

    @Mixin
    private QuietOption quiet;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        try {
            int threadCount = threads.count();
            if (!engineName.equals("local") && !engineName.equals("spark")) {
                throw new BadInputException("--engine: local or spark, found '" + engineName + "'");
            }
            if (master != null && engineName.equals("local")) {
                throw new BadInputException("--master: only with --engine spark");
            }
            Sweep sweep = SweepReader.read(sweepFile, RunFigures::names);
            if (check) {
                PrintWriter o = spec.commandLine().getOut();
                o.println(sweep.file() + ": " + sweep.points().size() + " points x " + sweep.replications()
                        + " replications = " + sweep.points().size() * (long) sweep.replications() + " runs, each "
                        + "point's scenario valid");
                for (Sweep.Point p : sweep.points()) {
                    o.println("  " + (p.index() + 1) + ": " + String.join(", ", p.values()));
                }
                o.flush();
                return Main.OK;
            }
            Path dir = out != null ? out : Path.of("out", sweep.name());
            try (SweepEngine engine = engine(threadCount, sweep)) {
                return run(sweep, SweepFolder.open(dir, resume), engine, err);
            }
        } catch (BadInputException e) {
            err.println(e.getMessage());
            return Main.BAD_INPUT;
        } catch (ScenarioException e) {
            e.report().forEach(err::println);
            return Main.BAD_INPUT;
        } catch (IOException e) {
            err.println("cdnsim: cannot write the sweep's outputs: " + RunCommand.describe(e));
            return Main.FAILED;
        }
    }

    private SweepEngine engine(int threadCount, Sweep sweep) throws BadInputException, ScenarioException {
        String name = sweep.name();
        if (engineName.equals("local")) {
            return new LocalSweepEngine(threadCount, pricesOnly(sweep));
        }
        for (SweepEngine.Provider p : ServiceLoader.load(SweepEngine.Provider.class)) {
            if (p.name().equals(engineName)) {
                try {
                    return p.open(master, "cdnsim sweep " + name);
                } catch (Exception e) {
                    String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
                    throw new BadInputException("--master: Spark cannot run on '" + master + "': "
                            + why.lines().findFirst().orElse(""));
                }
            }
        }
        throw new BadInputException("--engine spark: the Spark engine is not on the class path. Build it with "
                + "'mvn -B -q -pl sweep-spark -am package -DskipTests' and run ./cdnsim, which adds it "
                + "(docs/sweeps.md)");
    }

    private int run(Sweep sweep, SweepFolder folder, SweepEngine engine, PrintWriter err) throws IOException {
        SweepLayout layout = layout(sweep);
        Map<Integer, SweepLayout.Runs> done = new TreeMap<>(resume ? folder.done(sweep) : Map.of());
        if (resume) {
            err.println("Resuming " + sweep.name() + ": " + done.size() + " of " + sweep.points().size()
                    + " points already done in " + folder.dir() + ", " + (sweep.points().size() - done.size())
                    + " to run.");
            err.flush();
        }
        List<SweepTask> tasks = new ArrayList<>();
        String base = sweep.scenarioFile().toAbsolutePath().toString();
        for (Sweep.Point p : sweep.points()) {
            for (int r = 0; !done.containsKey(p.index()) && r < sweep.replications(); r++) {
                tasks.add(new SweepTask(p.index(), r, base, p.scenarioText(), p.topologyText()));
            }
        }
        SweepProgress progress = SweepProgress.forTerminal(!quiet.quiet(), sweep.points().size(), tasks.size());
        Map<Integer, Map<String, Double>[]> pending = new HashMap<>();
        int[] finished = {0};
        try {
            SweepReport.writeTables(layout, new ArrayList<>(done.values()), folder.dir());
            engine.run(tasks, new SweepEngine.Listener() {
                @Override
                public void finished(SweepRow row) throws IOException {
                    finished[0]++;
                    @SuppressWarnings("unchecked")
                    Map<String, Double>[] reps = pending.computeIfAbsent(row.point(),
                            k -> new Map[sweep.replications()]);
                    reps[row.replication()] = row.figures();
                    if (java.util.Arrays.stream(reps).allMatch(java.util.Objects::nonNull)) {
                        pending.remove(row.point());
                        SweepLayout.Runs runs = new SweepLayout.Runs(row.point(), List.of(reps));
                        done.put(row.point(), runs);
                        folder.save(sweep, runs);
                        SweepReport.writeTables(layout, new ArrayList<>(done.values()), folder.dir());
                    }
                    progress.update(done.size(), finished[0], 0);
                }

                @Override
                public void running(int inFlight) {
                    progress.update(done.size(), finished[0], inFlight);
                }
            });
        } catch (IOException e) {
            throw e;
        } catch (Exception e) {
            progress.clear();
            err.println("cdnsim: a run of the sweep failed, so it stopped (" + done.size() + " of "
                    + sweep.points().size() + " points are kept in " + folder.dir() + "; --resume goes on from "
                    + "there): " + e.getMessage());
            return Main.FAILED;
        } finally {
            progress.clear();
        }
        List<SweepLayout.Runs> all = new ArrayList<>(done.values());
        SweepPage.write(layout, all, folder.dir());
        if (!quiet.quiet()) {
            PrintWriter o = spec.commandLine().getOut();
            o.print(SweepConsole.render(layout, all));
            o.println("Outputs:     " + folder.dir() + "/ (sweep.csv, sweep-summary.csv, sweep.json, sweep.html, "
                    + "charts/)");
            o.flush();
        }
        return Main.OK;
    }

    /**
     * @return whether the sweep's points differ by their prices alone: it varies nothing but the cost section, and no
     *         point steers by cost (the one use of prices inside a run)
     */
    static boolean pricesOnly(Sweep sweep) throws ScenarioException {
        for (Sweep.Parameter p : sweep.parameters()) {
            if (!p.path().equals("cost") && !p.path().startsWith("cost.")) {
                return false;
            }
        }
        for (Sweep.Point p : sweep.points()) {
            Scenario s = ScenarioReader.read(sweep.scenarioFile(), p.scenarioText(), p.topologyText());
            if (s.steering() != null && s.steering().policy() instanceof SteeringSpec.Cost) {
                return false;
            }
        }
        return true;
    }

    /** @return what the reports show of the sweep */
    static SweepLayout layout(Sweep sweep) {
        List<String> paths = new ArrayList<>();
        List<List<String>> values = new ArrayList<>();
        List<Boolean> zipped = new ArrayList<>();
        for (Sweep.Parameter p : sweep.parameters()) {
            paths.add(p.path());
            values.add(p.values());
            zipped.add(p.zipped());
        }
        List<List<String>> points = new ArrayList<>();
        for (Sweep.Point p : sweep.points()) {
            points.add(p.values());
        }
        return new SweepLayout(sweep.name(), sweep.description(), sweep.scenarioFile().toString(), sweep.seed(),
                sweep.replications(), paths, values, zipped, points, sweep.figures());
    }
}
