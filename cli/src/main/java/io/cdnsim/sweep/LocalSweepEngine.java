package io.cdnsim.sweep;

import java.util.List;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Runs a sweep's tasks on a pool of threads of this machine, each task one run on one thread. Rows are told as runs
 * finish, in whatever order; what is written from them does not depend on it.
 */
public final class LocalSweepEngine implements SweepEngine {

    private final int threads;
    private ExecutorService pool;

    /** @param threads how many runs at once, at least 1 */
    public LocalSweepEngine(int threads) {
        this.threads = Math.max(1, threads);
    }

    @Override
    public void run(List<SweepTask> tasks, Listener listener) throws Exception {
        pool = Executors.newFixedThreadPool(Math.max(1, Math.min(threads, tasks.size())));
        CompletionService<SweepRow> done = new ExecutorCompletionService<>(pool);
        for (SweepTask t : tasks) {
            done.submit(() -> SweepRuns.run(t));
        }
        for (int finished = 0; finished < tasks.size(); finished++) {
            listener.running(Math.min(threads, tasks.size() - finished));
            Future<SweepRow> f = done.take();
            try {
                listener.finished(f.get());
            } catch (ExecutionException e) {
                throw e.getCause() instanceof Exception cause ? cause : e;
            }
        }
        listener.running(0);
    }

    @Override
    public void close() {
        if (pool != null) {
            pool.shutdownNow();
        }
    }
}
