package io.cdnsim.run;

import io.cdnsim.kernel.EventLoop;
import io.cdnsim.metrics.TimeSeries;
import io.cdnsim.network.Network;
import io.cdnsim.player.Joins;
import io.cdnsim.player.Session;
import io.cdnsim.player.ViewerFactory;
import io.cdnsim.player.Viewers;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

/**
 * Runs the viewers of a live event or an on-demand catalog on a network split into partitions
 * ({@link io.cdnsim.network.Partitioning}): each partition has its own event loop, network and viewers, and the
 * partitions advance together in windows no longer than the lookahead, the shortest delay of a link between them.
 * Nothing a partition does in a window can reach another before the window ends, so within a window they run
 * independently, on as many threads as there are (up to one per partition); between windows the run, on one thread,
 * hands over the messages that crossed partitions, draws the viewers who join in the next window (in joining order,
 * from the same streams as a single loop would) and gives each to its region's partition, closes the seconds of the
 * time series on the partitions' total counts, and writes the sessions that ended, ordered by their end (partition
 * order among equal ends).
 *
 * <p>Results depend on the partitions and the windows, which depend only on the topology, never on the number of
 * threads: one thread runs the partitions of a window one after the other and gives byte-identical outputs.
 *
 * <p>Second boundaries end windows: a second's row counts the events before it, and is closed before the events at
 * the boundary run.
 */
final class PartitionedRun {

    private static final long SECOND = 1_000_000L;
    private static final long NO_TIME = Long.MAX_VALUE;

    private final EventLoop[] loops;
    private final List<Network> networks;
    private final Viewers[] viewers;
    private final TimeSeries[] counts;
    private final TimeSeries series;
    private final List<List<Session>> ended;
    private final Session.Sink sessions;
    private final ViewerFactory factory;
    private final Joins joins;
    private final int[] partitionOfNode;
    private final long lookahead;
    private final long end;
    private final Progress progress;
    private final long[] snapshot = new long[3];
    private final long[] total = new long[4];
    private long lastTick;
    private int joined;

    /**
     * @param loops     each partition's loop
     * @param networks  each partition's network
     * @param viewers   each partition's viewers, fed by this run ({@link Viewers#startFed})
     * @param counts    each partition's series, which only counts
     * @param series    the series of the whole run, whose seconds this run closes
     * @param ended     each partition's sessions ended in the current window (its viewers' sink appends to it)
     * @param sessions  receives every session, ordered by the time it ended
     * @param factory   draws each joining viewer
     * @param joins     the join times
     * @param partitionOfNode the partition of each node
     * @param lookahead the partitions' lookahead, microseconds
     * @param end       the event's end: nobody joins from then on
     * @param progress  told at each second how far the run is
     */
    PartitionedRun(EventLoop[] loops, List<Network> networks, Viewers[] viewers, TimeSeries[] counts,
                   TimeSeries series, List<List<Session>> ended, Session.Sink sessions, ViewerFactory factory,
                   Joins joins, int[] partitionOfNode, long lookahead, long end, Progress progress) {
        this.loops = loops;
        this.networks = networks;
        this.viewers = viewers;
        this.counts = counts;
        this.series = series;
        this.ended = ended;
        this.sessions = sessions;
        this.factory = factory;
        this.joins = joins;
        this.partitionOfNode = partitionOfNode;
        this.lookahead = lookahead;
        this.end = end;
        this.progress = progress;
    }

    /**
     * The viewers' columns of the row being closed: watching, playing, stalled, and the sum of the bitrates played
     * (not yet an average), summed over the partitions at the second's end.
     *
     * @return watching, playing, stalled, bitrate sum
     */
    long[] viewerTotals() {
        return total;
    }

    /**
     * Runs the event to its end and until every request has drained.
     *
     * @param threads   threads to use, at least 1 (more than the partitions are not used)
     * @param loadOf    expected share of the work of each partition (its viewers), to spread partitions on threads
     */
    void run(int threads, double[] loadOf) {
        int workers = Math.max(1, Math.min(threads, loops.length));
        int[][] mine = assign(workers, loadOf);
        Crew crew = workers > 1 ? new Crew(mine) : null;
        try {
            loopWindows(crew, mine[0]);
        } finally {
            if (crew != null) {
                crew.stop();
            }
        }
    }

    private void loopWindows(Crew crew, int[] own) {
        long nextJoin = firstJoin();
        long nextTick = SECOND;
        boolean ticking = true;
        while (true) {
            deliverMessages();
            long t0 = nextJoin;
            for (EventLoop loop : loops) {
                t0 = Math.min(t0, loop.nextEventTime());
            }
            if (ticking) {
                t0 = Math.min(t0, nextTick);
            }
            if (t0 == NO_TIME) {
                return;
            }
            if (ticking && t0 == nextTick) {
                tick(nextTick);
                ticking = nextTick < end || inFlight();
                nextTick += SECOND;
                continue;
            }
            long t1 = lookahead >= NO_TIME - t0 ? NO_TIME - 1 : t0 + lookahead - 1;
            if (ticking) {
                t1 = Math.min(t1, nextTick - 1);
            }
            while (nextJoin <= t1) {
                int v = joined++;
                ViewerFactory.Viewer draw = factory.draw(v);
                viewers[partitionOfNode[draw.edgeNode()]].arrive(v, nextJoin, draw, joins.title());
                nextJoin = following(nextJoin);
            }
            if (crew == null) {
                for (EventLoop loop : loops) {
                    loop.runUntil(t1);
                }
            } else {
                crew.runWindow(t1, own);
            }
            writeSessions();
        }
    }

    private long firstJoin() {
        long first = joins.next();
        return first == Joins.NONE || first >= end ? NO_TIME : first;
    }

    private long following(long previous) {
        long next = joins.next();
        return next == Joins.NONE || next >= end ? NO_TIME : Math.max(previous, next);
    }

    private void deliverMessages() {
        for (Network from : networks) {
            if (from.hasOutgoing()) {
                for (Network to : networks) {
                    to.deliverFrom(from);
                }
            }
        }
    }

    private boolean inFlight() {
        for (Network n : networks) {
            if (n.requests().live() > 0 || n.hasOutgoing()) {
                return true;
            }
        }
        return false;
    }

    /** Closes the second that ends at {@code at}, on the partitions' total counts. */
    private void tick(long at) {
        java.util.Arrays.fill(total, 0);
        for (int p = 0; p < loops.length; p++) {
            counts[p].moveCountsInto(series);
            viewers[p].snapshot(at, snapshot);
            total[0] += viewers[p].active();
            total[1] += snapshot[1];
            total[2] += snapshot[0];
            total[3] += snapshot[2];
        }
        lastTick = at;
        series.closeSecond();
        progress.update(at, end, events());
    }

    private void writeSessions() {
        List<Session> window = null;
        for (List<Session> list : ended) {
            if (!list.isEmpty()) {
                if (window == null) {
                    window = new ArrayList<>();
                }
                window.addAll(list);
                list.clear();
            }
        }
        if (window != null) {
            window.sort(Comparator.comparingLong(Session::endedAt));
            for (Session s : window) {
                sessions.ended(s);
            }
        }
    }

    /** @return the end of the latest second closed (during the extra columns' fill, the one being closed) */
    long lastTick() {
        return lastTick;
    }

    /** @return events run by every partition */
    long events() {
        long sum = 0;
        for (EventLoop loop : loops) {
            sum += loop.executed();
        }
        return sum;
    }

    /** @return the time of the run's last event or closed second */
    long endTime() {
        long t = lastTick;
        for (EventLoop loop : loops) {
            t = Math.max(t, loop.lastEventTime());
        }
        return t;
    }

    /** @return requests in flight in every partition */
    int live() {
        int sum = 0;
        for (Network n : networks) {
            sum += n.requests().live();
        }
        return sum;
    }

    /** Partitions to threads, largest expected load first onto the least loaded thread; thread 0 is the caller's. */
    private int[][] assign(int workers, double[] loadOf) {
        List<List<Integer>> byThread = new ArrayList<>();
        double[] load = new double[workers];
        for (int t = 0; t < workers; t++) {
            byThread.add(new ArrayList<>());
        }
        List<Integer> order = new ArrayList<>();
        for (int p = 0; p < loops.length; p++) {
            order.add(p);
        }
        order.sort((a, b) -> a.equals(b) ? 0 : loadOf[a] != loadOf[b] ? Double.compare(loadOf[b], loadOf[a])
                : Integer.compare(a, b));
        for (int p : order) {
            int least = 0;
            for (int t = 1; t < workers; t++) {
                if (load[t] < load[least]) {
                    least = t;
                }
            }
            byThread.get(least).add(p);
            load[least] += loadOf[p];
        }
        int[][] mine = new int[workers][];
        for (int t = 0; t < workers; t++) {
            mine[t] = byThread.get(t).stream().mapToInt(Integer::intValue).sorted().toArray();
        }
        return mine;
    }

    /**
     * The threads besides the caller's, each running its partitions' windows. A window is published by bumping
     * {@code window}; each thread runs its partitions to {@code windowEnd} and counts itself done. Waits spin briefly,
     * then park, so a window of a few microseconds of work does not cost a context switch.
     */
    private final class Crew {
        private final List<Thread> threads = new ArrayList<>();
        private final AtomicInteger remaining = new AtomicInteger();
        private volatile long window;
        private volatile boolean stopped;
        private volatile Throwable failure;
        private long windowEnd;

        Crew(int[][] mine) {
            for (int t = 1; t < mine.length; t++) {
                int[] parts = mine[t];
                Thread thread = new Thread(() -> work(parts), "cdnsim-partitions-" + t);
                thread.setDaemon(true);
                threads.add(thread);
                thread.start();
            }
        }

        void runWindow(long t1, int[] own) {
            windowEnd = t1;
            remaining.set(threads.size());
            window = window + 1;
            for (int p : own) {
                loops[p].runUntil(t1);
            }
            int spins = 0;
            while (remaining.get() > 0) {
                spins = pause(spins);
            }
            Throwable f = failure;
            if (f != null) {
                if (f instanceof RuntimeException re) {
                    throw re;
                }
                if (f instanceof Error e) {
                    throw e;
                }
                throw new IllegalStateException(f);
            }
        }

        private void work(int[] parts) {
            long seen = 0;
            while (true) {
                int spins = 0;
                while (window == seen && !stopped) {
                    spins = pause(spins);
                }
                if (stopped) {
                    return;
                }
                seen = window;
                long t1 = windowEnd;
                try {
                    for (int p : parts) {
                        loops[p].runUntil(t1);
                    }
                } catch (Throwable e) {
                    failure = e;
                }
                remaining.decrementAndGet();
            }
        }

        void stop() {
            stopped = true;
            for (Thread t : threads) {
                LockSupport.unpark(t);
                try {
                    t.join();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }

        private int pause(int spins) {
            if (spins < 20_000) {
                Thread.onSpinWait();
                return spins + 1;
            }
            LockSupport.parkNanos(20_000);
            return spins;
        }
    }
}
