package io.cdnsim.bench;

import io.cdnsim.config.ReplayReader;
import io.cdnsim.config.ScenarioException;
import io.cdnsim.model.Scenario;
import io.cdnsim.metrics.Outcome;
import io.cdnsim.run.RunOptions;
import io.cdnsim.run.RunResult;
import io.cdnsim.run.Simulation;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.DiscreteSampler;
import org.apache.commons.rng.sampling.distribution.RejectionInversionZipfSampler;
import org.apache.commons.rng.simple.RandomSource;

/**
 * End-to-end replay benchmark (issue 4's speed target): replays an oracleGeneral trace through one LRU cache, reading
 * the file included, and reports requests per wall-clock second. The trace is generated once if it does not exist:
 * {@code requests} records over {@code objects} Zipf(0.9) keys (seeded), 1 KB to 1 MB sizes per object, 10,000
 * requests per trace second. Each run is measured after one warm-up run; the best and the median are printed.
 *
 * <pre>java -cp benchmarks/target/benchmarks.jar io.cdnsim.bench.ReplayBench [trace] [requests] [objects]
 *     [cache] [repeats]</pre>
 */
public final class ReplayBench {

    private ReplayBench() {
    }

    /**
     * @param args {@code [trace file] [requests] [objects] [cache size] [repeats]}
     * @throws IOException       if the trace cannot be written or read
     * @throws ScenarioException if the options are wrong
     */
    public static void main(String[] args) throws IOException, ScenarioException {
        Path trace = Path.of(args.length > 0 ? args[0] : "benchmarks/target/replay-10M.oracleGeneral");
        long requests = args.length > 1 ? Long.parseLong(args[1]) : 10_000_000L;
        int objects = args.length > 2 ? Integer.parseInt(args[2]) : 1_000_000;
        String cache = args.length > 3 ? args[3] : "50GB";
        int repeats = args.length > 4 ? Integer.parseInt(args[4]) : 5;
        if (!Files.exists(trace)) {
            write(trace, requests, objects);
        }
        Scenario s = ReplayReader.read(new ReplayReader.Options(trace, "oracle-general", null, null, cache, "lru",
                null, null, null, 42, "bench"));
        RunResult warm = Simulation.run(s, 0, RunOptions.defaults());
        long n = warm.edge().requests();
        double[] seconds = new double[repeats];
        for (int r = 0; r < repeats; r++) {
            long t0 = System.nanoTime();
            Simulation.run(s, 0, RunOptions.defaults());
            seconds[r] = (System.nanoTime() - t0) / 1e9;
        }
        Arrays.sort(seconds);
        double median = seconds[repeats / 2];
        System.out.printf(Locale.ROOT, "%s: %,d requests, %,d misses (CHR %.2f %%); best %.3f s, median %.3f s: "
                        + "%,.0f requests/s (median), %,.0f (best)%n", trace, n,
                warm.edge().stats().outcomes(Outcome.MISS), 100 * warm.edge().hitRatio(), seconds[0], median,
                n / median, n / seconds[0]);
    }

    private static void write(Path trace, long requests, int objects) throws IOException {
        UniformRandomProvider rng = RandomSource.XO_SHI_RO_256_PP.create(2026L);
        DiscreteSampler zipf = RejectionInversionZipfSampler.of(rng, objects, 0.9);
        int[] sizes = new int[objects + 1];
        for (int i = 1; i <= objects; i++) {
            sizes[i] = 1024 + rng.nextInt(1 << 20);
        }
        Files.createDirectories(trace.toAbsolutePath().getParent());
        ByteBuffer b = ByteBuffer.allocate(24 * 4096).order(ByteOrder.LITTLE_ENDIAN);
        try (OutputStream out = Files.newOutputStream(trace)) {
            for (long i = 0; i < requests; i++) {
                int key = zipf.sample();
                b.putInt((int) (i / 10_000)).putLong(key).putInt(sizes[key]).putLong(-1);
                if (!b.hasRemaining()) {
                    out.write(b.array(), 0, b.position());
                    b.clear();
                }
            }
            out.write(b.array(), 0, b.position());
        }
    }
}
