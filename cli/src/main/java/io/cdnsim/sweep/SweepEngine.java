package io.cdnsim.sweep;

import java.util.List;

/**
 * Where a sweep's runs run: on this machine's threads ({@link LocalSweepEngine}) or on Apache Spark (the separate
 * {@code sweep-spark} jar, found through {@link java.util.ServiceLoader} as a {@link SweepEngine.Provider}). Whatever
 * the engine, each task runs {@link SweepRuns#run}, so the figures are the same.
 */
public interface SweepEngine extends AutoCloseable {

    /**
     * Runs the tasks; tells the listener each row, on the calling thread, one at a time.
     *
     * @param tasks    the runs, in sweep order
     * @param listener told of each finished run and of the runs in flight
     * @throws Exception if a run failed or the listener did (the rows told so far stand)
     */
    void run(List<SweepTask> tasks, Listener listener) throws Exception;

    @Override
    void close();

    /** Told how a sweep's runs go. */
    interface Listener {
        /**
         * @param row a finished run
         * @throws Exception if it cannot be recorded
         */
        void finished(SweepRow row) throws Exception;

        /** @param inFlight runs started and not finished */
        void running(int inFlight);
    }

    /** An engine that is not on this class path by default (Spark), found by its name. */
    interface Provider {
        /** @return the name {@code --engine} gives it */
        String name();

        /**
         * @param master  where it runs ({@code local[2]}, {@code spark://host:7077}), or null for its default
         * @param appName what to call the job
         * @return an engine ready to run tasks
         */
        SweepEngine open(String master, String appName);
    }
}
