package io.cdnsim.bench;

import io.cdnsim.config.ScenarioException;
import io.cdnsim.config.ScenarioReader;
import io.cdnsim.model.Scenario;
import io.cdnsim.run.RunOptions;
import io.cdnsim.run.RunResult;
import io.cdnsim.run.Simulation;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;

/**
 * End-to-end benchmark: runs whole scenarios (replication 0, no output files) and reports wall time, viewer
 * requests per wall-clock second (every request that reached an edge, warm-up included, since those are simulated
 * too: the sum of the time series' first column) and events per second.
 * Each scenario runs once to warm the JIT, then {@code repeats} times; the best and the median are printed. A run
 * whose network splits into partitions uses up to {@code threads} threads (default: the processors), as
 * {@code cdnsim run} does.
 *
 * <pre>java -cp benchmarks/target/benchmarks.jar io.cdnsim.bench.EndToEnd [--repeats N] [--threads N] scenario.yaml...</pre>
 */
public final class EndToEnd {

    private EndToEnd() {
    }

    /**
     * @param args {@code [--repeats N] scenario...}
     * @throws ScenarioException if a scenario cannot be read
     */
    public static void main(String[] args) throws ScenarioException {
        int repeats = 3;
        int threads = Runtime.getRuntime().availableProcessors();
        int first = 0;
        while (args.length > first + 1 && args[first].startsWith("--")) {
            if (args[first].equals("--repeats")) {
                repeats = Integer.parseInt(args[first + 1]);
            } else if (args[first].equals("--threads")) {
                threads = Integer.parseInt(args[first + 1]);
            } else {
                throw new IllegalArgumentException("unknown option " + args[first]);
            }
            first += 2;
        }
        System.out.printf(Locale.ROOT, "threads: %d%n", threads);
        System.out.printf(Locale.ROOT, "%-34s %12s %10s %10s %14s %14s%n", "scenario", "requests", "best s",
                "median s", "requests/s", "events/s");
        for (int a = first; a < args.length; a++) {
            Scenario scenario = ScenarioReader.read(Path.of(args[a]));
            long[] edgeRequests = new long[1];
            RunResult warm = Simulation.run(scenario, 0, RunOptions.defaults()
                    .withSeries((second, row) -> edgeRequests[0] += row[0]).withThreads(threads));
            double[] seconds = new double[repeats];
            for (int r = 0; r < repeats; r++) {
                long t0 = System.nanoTime();
                Simulation.run(scenario, 0, RunOptions.defaults().withThreads(threads));
                seconds[r] = (System.nanoTime() - t0) / 1e9;
            }
            Arrays.sort(seconds);
            double median = seconds[repeats / 2];
            long requests = edgeRequests[0];
            System.out.printf(Locale.ROOT, "%-34s %,12d %10.2f %10.2f %,14.0f %,14.0f%n", scenario.name(), requests,
                    seconds[0], median, requests / median, warm.events() / median);
        }
    }
}
