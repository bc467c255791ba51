package io.cdnsim.run;

import io.cdnsim.kernel.EventLoop;
import io.cdnsim.kernel.Micros;
import io.cdnsim.metrics.TimeSeries;
import io.cdnsim.network.Network;
import io.cdnsim.player.Joins;
import io.cdnsim.player.Session;
import io.cdnsim.player.ViewerFactory;
import io.cdnsim.player.AudienceCount;
import io.cdnsim.player.Viewers;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.IntConsumer;
import java.util.stream.IntStream;

/**
 * Runs the viewers of a live event or an on-demand catalog on a network split into partitions
 * ({@link io.cdnsim.network.Partitioning}): each partition has its own event loop, network and viewers, and the
 * partitions advance together in windows no longer than the lookahead, the shortest delay of a link between them.
 * Nothing a partition does in a window can reach another before the window ends, so within a window they run
 * independently, on as many threads as there are (up to one per partition) once {@value #SHARED} viewers are in the
 * event (fewer run on the calling thread, where a hand-over would cost more than it saves); between windows the run, on one thread,
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

    private static final long NO_TIME = Long.MAX_VALUE;
    /**
     * Viewers from which the crew shares the work: fewer are simulated and counted on one thread, since a hand-over
     * costs some microseconds and a month-long event of a few viewers would spend its time in them.
     */
    private static final long SHARED = 256;

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
    /** Each partition's viewers counted at the end of the second being closed. */
    private final AudienceCount[] snapshots;
    private final long[] total = new long[4];
    private Crew crew;
    private long lastTick;
    /** Viewers in the event at the latest closed second (watching or joining). */
    private long active;
    private int joined;

    /**
     * @param loops     each partition's loop
     * @param networks  each partition's network
     * @param viewers   each partition's viewers, fed by this run ({@link Viewers#arrive})
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
        this.snapshots = new AudienceCount[loops.length];
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
        crew = workers > 1 ? new Crew(workers, largestFirst(loadOf)) : null;
        try {
            loopWindows();
        } finally {
            if (crew != null) {
                crew.stop();
            }
        }
    }

    private void loopWindows() {
        long nextJoin = firstJoin();
        long nextTick = Micros.SECOND;
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
                Conservation.checkDraining(nextTick, end, ticking && nextTick >= end ? inFlightCount() : 0);
                nextTick += Micros.SECOND;
                continue;
            }
            long t1 = lookahead >= NO_TIME - t0 ? NO_TIME - 1 : t0 + lookahead - 1;
            if (ticking) {
                t1 = Math.min(t1, nextTick - 1);
            }
            while (nextJoin <= t1) {
                int v = joined++;
                ViewerFactory.Viewer draw = factory.draw(v, nextJoin);
                viewers[partitionOfNode[draw.edgeNode()]].arrive(v, nextJoin, draw, joins.title());
                nextJoin = following(nextJoin);
            }
            long windowEnd = t1;
            forEachPartition(p -> loops[p].runUntil(windowEnd), active >= SHARED && hasEventBy(windowEnd));
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

    private long inFlightCount() {
        long n = 0;
        for (Network network : networks) {
            n += network.requests().live();
        }
        return n;
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
        Arrays.fill(total, 0);
        active = 0;
        for (Viewers v : viewers) {
            active += v.active();
        }
        forEachPartition(p -> snapshots[p] = viewers[p].count(at), active >= SHARED);
        for (int p = 0; p < loops.length; p++) {
            counts[p].moveCountsInto(series);
            total[0] += viewers[p].active();
            total[1] += snapshots[p].playing();
            total[2] += snapshots[p].stalled();
            total[3] += snapshots[p].bitrates();
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

    /** @return whether a partition has an event at or before {@code time} (a window without one only moves clocks) */
    private boolean hasEventBy(long time) {
        for (EventLoop loop : loops) {
            if (loop.nextEventTime() <= time) {
                return true;
            }
        }
        return false;
    }

    /**
     * Does a task for every partition, on the crew's threads if there is a crew and the task is worth sharing (a
     * hand-over costs some microseconds: a month of empty seconds would be spent in them); returns when all are
     * done. Each partition's task touches only its partition, so the result is the same on one thread or many.
     */
    private void forEachPartition(IntConsumer task, boolean worthSharing) {
        if (crew == null || !worthSharing) {
            for (int p = 0; p < loops.length; p++) {
                task.accept(p);
            }
        } else {
            crew.forEach(task);
        }
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

    /** @return the partitions by expected load, largest first (the order threads take them in a window) */
    private int[] largestFirst(double[] loadOf) {
        return IntStream.range(0, loops.length).boxed()
                .sorted(Comparator.<Integer>comparingDouble(p -> -loadOf[p]).thenComparingInt(p -> p))
                .mapToInt(Integer::intValue).toArray();
    }
}
