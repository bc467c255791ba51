package io.cdnsim.run;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.function.IntConsumer;

/**
 * The threads a {@link PartitionedRun} shares its partitions' work with, besides the caller's. A task (running a
 * window, counting the viewers at a second's end) is published by bumping {@code window} and waking the workers;
 * then every thread, the caller's too, takes the next partition not yet taken (largest expected load first) and does
 * the task for it, until none is left: a partition busy in this window does not hold up a thread whose partitions
 * are quiet. The last worker to finish wakes the caller.
 *
 * <pre>
 * forEach(task): publish task; window++; unpark workers; take partitions; wait until remaining = 0
 * worker:        wait until window changes; take partitions; if --remaining = 0: unpark caller
 * wait:          spin for at most SPIN ns (the other side is usually about to finish), then park until woken
 * </pre>
 *
 * A waiting thread spins only briefly, then parks: it burns no core while the other threads work (on a busy machine
 * a spinning thread takes the core a working one needs), and a hand-over costs one wake-up.
 */
final class Crew {
    /** How long a waiting thread spins before it parks, nanoseconds. */
    private static final long SPIN = 100_000;

    private final Thread[] threads;
    private final int[] order;
    private final AtomicInteger taken = new AtomicInteger();
    private final AtomicInteger remaining = new AtomicInteger();
    private volatile long window;
    private volatile boolean stopped;
    private volatile Throwable failure;
    private volatile Thread waiter;
    private IntConsumer task;

    /**
     * @param workers threads in all, the caller's included, at least 2
     * @param order   the partitions in the order threads take them
     */
    Crew(int workers, int[] order) {
        this.order = order;
        this.threads = new Thread[workers - 1];
        for (int t = 0; t < threads.length; t++) {
            threads[t] = new Thread(this::work, "cdnsim-partitions-" + (t + 1));
            threads[t].setDaemon(true);
            threads[t].start();
        }
    }

    /** Does {@code job} for every partition, on every thread; returns when all are done, rethrowing a failure. */
    void forEach(IntConsumer job) {
        task = job;
        waiter = Thread.currentThread();
        taken.set(0);
        remaining.set(threads.length);
        window = window + 1;
        for (Thread t : threads) {
            LockSupport.unpark(t);
        }
        runPartitions(job);
        awaitWorkers();
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

    /** Waits until every worker is done with the window; an interrupt meanwhile is kept for the caller. */
    private void awaitWorkers() {
        long spinUntil = System.nanoTime() + SPIN;
        while (remaining.get() > 0 && System.nanoTime() < spinUntil) {
            Thread.onSpinWait();
        }
        boolean interrupted = false;
        while (remaining.get() > 0) {
            LockSupport.park(this);
            interrupted |= Thread.interrupted();
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private void runPartitions(IntConsumer job) {
        for (int i = taken.getAndIncrement(); i < order.length; i = taken.getAndIncrement()) {
            job.accept(order[i]);
        }
    }

    private void work() {
        long seen = 0;
        while (true) {
            long spinUntil = System.nanoTime() + SPIN;
            while (window == seen && !stopped && System.nanoTime() < spinUntil) {
                Thread.onSpinWait();
            }
            while (window == seen && !stopped) {
                LockSupport.park(this);
            }
            if (stopped) {
                return;
            }
            seen = window;
            try {
                runPartitions(task);
            } catch (Throwable e) {
                failure = e;
            }
            if (remaining.decrementAndGet() == 0) {
                LockSupport.unpark(waiter);
            }
        }
    }

    /** Stops the threads and waits for them. */
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
}
