package io.cdnsim.run;

import io.cdnsim.kernel.EventLoop;
import io.cdnsim.metrics.TimeSeries;
import io.cdnsim.player.EdgeRequests;
import io.cdnsim.player.Session;
import java.util.Objects;

/**
 * How to run one replication ({@link Simulation#run(io.cdnsim.model.Scenario, int, RunOptions)}): where its outputs
 * go and what it may use. None of it changes the results.
 *
 * @param series   receives one time-series row per simulated second
 * @param sessions receives each viewer session as it ends (live events and on-demand services)
 * @param progress told once per simulated second how far the run is
 * @param threads  threads to use when the network splits into partitions, at least 1
 * @param loop     a new, empty event loop to run on (tests pass one in a test mode of the kernel, such as
 *                 {@link EventLoop#shufflingTies(long)})
 * @param requestLog receives every answer an edge gives a viewer, with the request's CMCD keys, second by second in
 *                 the log's order ({@link EdgeRequests#flush}); {@link EdgeRequests.Sink#NONE} keeps no log (and
 *                 the players compute no CMCD keys)
 */
public record RunOptions(TimeSeries.Sink series, Session.Sink sessions, Progress progress, int threads,
                         EventLoop loop, EdgeRequests.Sink requestLog) {

    /** Checks the values. */
    public RunOptions {
        Objects.requireNonNull(series, "series");
        Objects.requireNonNull(sessions, "sessions");
        Objects.requireNonNull(progress, "progress");
        Objects.requireNonNull(loop, "loop");
        Objects.requireNonNull(requestLog, "requestLog");
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, found " + threads);
        }
    }

    /** @return options that keep no outputs, on one thread and a new ordinary event loop */
    public static RunOptions defaults() {
        return new RunOptions(TimeSeries.Sink.NONE, Session.Sink.NONE, Progress.NONE, 1, new EventLoop(),
                EdgeRequests.Sink.NONE);
    }

    /**
     * @param newSeries receives one time-series row per simulated second
     * @return these options with another series sink
     */
    public RunOptions withSeries(TimeSeries.Sink newSeries) {
        return new RunOptions(newSeries, sessions, progress, threads, loop, requestLog);
    }

    /**
     * @param newSessions receives each viewer session as it ends
     * @return these options with another session sink
     */
    public RunOptions withSessions(Session.Sink newSessions) {
        return new RunOptions(series, newSessions, progress, threads, loop, requestLog);
    }

    /**
     * @param newProgress told once per simulated second how far the run is
     * @return these options with another progress display
     */
    public RunOptions withProgress(Progress newProgress) {
        return new RunOptions(series, sessions, newProgress, threads, loop, requestLog);
    }

    /**
     * @param newThreads threads to use, at least 1
     * @return these options with another number of threads
     */
    public RunOptions withThreads(int newThreads) {
        return new RunOptions(series, sessions, progress, newThreads, loop, requestLog);
    }

    /**
     * @param newLoop a new, empty event loop
     * @return these options on another event loop
     */
    public RunOptions withLoop(EventLoop newLoop) {
        return new RunOptions(series, sessions, progress, threads, newLoop, requestLog);
    }

    /**
     * @param newLog receives every answer an edge gives a viewer, with its CMCD keys (a run with viewers)
     * @return these options with a request log
     */
    public RunOptions withRequestLog(EdgeRequests.Sink newLog) {
        return new RunOptions(series, sessions, progress, threads, loop, newLog);
    }
}
