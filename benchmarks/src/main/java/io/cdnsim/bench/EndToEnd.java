package io.cdnsim.bench;

import com.sun.management.OperatingSystemMXBean;
import io.cdnsim.config.ScenarioException;
import io.cdnsim.config.ScenarioReader;
import io.cdnsim.model.Scenario;
import io.cdnsim.run.RunOptions;
import io.cdnsim.run.RunResult;
import io.cdnsim.run.Simulation;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;

/**
 * End-to-end benchmark: runs whole scenarios (replication 0, no output files) and reports wall time, viewer
 * requests per wall-clock second (every request that reached an edge, warm-up included, since those are simulated
 * too: the sum of the time series' first column) and events per second.
 * Each scenario runs once to warm the JIT (its time, JIT compilation included, is printed as {@code first s}), then
 * {@code repeats} times; the best and the median wall times are printed, and the median CPU time of the whole
 * process (every thread's, the JIT compiler's and the collector's included) per run. A run
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
        OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        System.out.printf(Locale.ROOT, "threads: %d%n", threads);
        System.out.printf(Locale.ROOT, "%-34s %12s %9s %9s %9s %9s %14s %14s%n", "scenario", "requests",
                "first s", "best s", "median s", "CPU s", "requests/s", "events/s");
        for (int a = first; a < args.length; a++) {
            Scenario scenario = ScenarioReader.read(Path.of(args[a]));
            long[] edgeRequests = new long[1];
            long warmStart = System.nanoTime();
            RunResult warm = Simulation.run(scenario, 0, RunOptions.defaults()
                    .withSeries((second, row) -> edgeRequests[0] += row[0]).withThreads(threads));
            double firstSeconds = (System.nanoTime() - warmStart) / 1e9;
            double[] seconds = new double[repeats];
            double[] cpu = new double[repeats];
            for (int r = 0; r < repeats; r++) {
                long c0 = os.getProcessCpuTime();
                long t0 = System.nanoTime();
                Simulation.run(scenario, 0, RunOptions.defaults().withThreads(threads));
                seconds[r] = (System.nanoTime() - t0) / 1e9;
                cpu[r] = (os.getProcessCpuTime() - c0) / 1e9;
            }
            Arrays.sort(seconds);
            Arrays.sort(cpu);
            double median = seconds[repeats / 2];
            long requests = edgeRequests[0];
            System.out.printf(Locale.ROOT, "%-34s %,12d %9.2f %9.2f %9.2f %9.2f %,14.0f %,14.0f%n", scenario.name(),
                    requests, firstSeconds, seconds[0], median, cpu[repeats / 2], requests / median,
                    warm.events() / median);
        }
    }
}
