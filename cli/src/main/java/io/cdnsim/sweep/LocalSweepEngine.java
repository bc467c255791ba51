package io.cdnsim.sweep;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Runs a sweep's tasks on a pool of threads of this machine, each task one run on one thread. Rows are told as runs
 * finish, in whatever order; what is written from them does not depend on it.
 *
 * <p>A sweep that varies prices alone (every point the same scenario but for its cost section, none steered by cost)
 * runs each replication once and prices it under every point's sheets ({@link SweepRuns#runPriced}): the rows are
 * those of one run per task, for a fraction of the time.
 */
public final class LocalSweepEngine implements SweepEngine {

    private final int threads;
    private final boolean pricesOnly;
    private ExecutorService pool;

    /**
     * @param threads    how many runs at once, at least 1
     * @param pricesOnly whether the points differ by their prices alone, so that a replication runs once for all
     */
    public LocalSweepEngine(int threads, boolean pricesOnly) {
        this.threads = Math.max(1, threads);
        this.pricesOnly = pricesOnly;
    }

    @Override
    public void run(List<SweepTask> tasks, Listener listener) throws Exception {
        List<List<SweepTask>> jobs = jobs(tasks);
        pool = Executors.newFixedThreadPool(Math.max(1, Math.min(threads, jobs.size())));
        CompletionService<List<SweepRow>> done = new ExecutorCompletionService<>(pool);
        for (List<SweepTask> job : jobs) {
            done.submit(() -> job.size() == 1 ? List.of(SweepRuns.run(job.get(0))) : SweepRuns.runPriced(job));
        }
        for (int finished = 0; finished < jobs.size(); finished++) {
            listener.running(Math.min(threads, jobs.size() - finished));
            Future<List<SweepRow>> f = done.take();
            try {
                for (SweepRow row : f.get()) {
                    listener.finished(row);
                }
            } catch (ExecutionException e) {
                throw e.getCause() instanceof Exception cause ? cause : e;
            }
        }
        listener.running(0);
    }

    /** @return one job per task, or with prices alone varied one per replication holding its tasks in order */
    private List<List<SweepTask>> jobs(List<SweepTask> tasks) {
        if (!pricesOnly) {
            return tasks.stream().map(List::of).toList();
        }
        Map<Integer, List<SweepTask>> byReplication = new TreeMap<>();
        for (SweepTask t : tasks) {
            byReplication.computeIfAbsent(t.replication(), r -> new ArrayList<>()).add(t);
        }
        return List.copyOf(byReplication.values());
    }

    @Override
    public void close() {
        if (pool != null) {
            pool.shutdownNow();
        }
    }
}
