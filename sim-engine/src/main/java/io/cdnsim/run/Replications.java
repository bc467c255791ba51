package io.cdnsim.run;

import io.cdnsim.metrics.TimeSeries;
import io.cdnsim.model.Scenario;
import io.cdnsim.player.EdgeRequests;
import io.cdnsim.player.Session;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;

/**
 * Runs a scenario's replications, in parallel when asked. Replication {@code r} always uses the streams of
 * replication {@code r} and its own event loops, and results come back in replication order, so the answer does not
 * depend on the number of threads. Threads left over when there are fewer replications than threads go to each
 * replication's own partitions ({@link RunOptions#threads()}).
 */
public final class Replications {

    private Replications() {
    }

    /**
     * @param scenario the scenario (its run settings say how many replications)
     * @param threads  threads to use, at least 1
     * @param series   the time-series sink of each replication
     * @return one result per replication, in order
     */
    public static List<RunResult> run(Scenario scenario, int threads, IntFunction<TimeSeries.Sink> series) {
        return run(scenario, threads, series, r -> Session.Sink.NONE, Progress.NONE);
    }

    /**
     * @param scenario the scenario (its run settings say how many replications)
     * @param threads  threads to use, at least 1
     * @param series   the time-series sink of each replication
     * @param sessions the session sink of each replication
     * @param progress told how replication 0 advances
     * @return one result per replication, in order
     */
    public static List<RunResult> run(Scenario scenario, int threads, IntFunction<TimeSeries.Sink> series,
                                      IntFunction<Session.Sink> sessions, Progress progress) {
        return run(scenario, threads, series, sessions, progress, EdgeRequests.Sink.NONE);
    }

    /**
     * @param scenario   the scenario (its run settings say how many replications)
     * @param threads    threads to use, at least 1
     * @param series     the time-series sink of each replication
     * @param sessions   the session sink of each replication
     * @param progress   told how replication 0 advances
     * @param requestLog receives replication 0's request log ({@link RunOptions#requestLog})
     * @return one result per replication, in order
     */
    public static List<RunResult> run(Scenario scenario, int threads, IntFunction<TimeSeries.Sink> series,
                                      IntFunction<Session.Sink> sessions, Progress progress,
                                      EdgeRequests.Sink requestLog) {
        int n = scenario.run().replications();
        if (threads <= 1 || n == 1) {
            List<RunResult> results = new ArrayList<>();
            for (int r = 0; r < n; r++) {
                results.add(Simulation.run(scenario, r, options(r, series, sessions,
                        r == 0 ? progress : Progress.NONE, Math.max(1, threads), requestLog)));
            }
            return results;
        }
        int poolSize = Math.min(threads, n);
        int perRun = Math.max(1, threads / poolSize);
        ExecutorService pool = Executors.newFixedThreadPool(poolSize);
        try {
            List<Future<RunResult>> futures = new ArrayList<>();
            for (int r = 0; r < n; r++) {
                int rep = r;
                futures.add(pool.submit(() -> Simulation.run(scenario, rep, options(rep, series, sessions,
                        rep == 0 ? progress : Progress.NONE, perRun, requestLog))));
            }
            List<RunResult> results = new ArrayList<>();
            for (Future<RunResult> f : futures) {
                results.add(f.get());
            }
            return results;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running replications", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException re) {
                throw re;
            }
            throw new IllegalStateException(cause);
        } finally {
            pool.shutdownNow();
        }
    }

    private static RunOptions options(int replication, IntFunction<TimeSeries.Sink> series,
                                      IntFunction<Session.Sink> sessions, Progress progress, int threads,
                                      EdgeRequests.Sink requestLog) {
        return RunOptions.defaults().withSeries(series.apply(replication)).withSessions(sessions.apply(replication))
                .withProgress(progress).withThreads(threads)
                .withRequestLog(replication == 0 ? requestLog : EdgeRequests.Sink.NONE);
    }
}
