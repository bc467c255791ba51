package io.cdnsim.run;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.function.IntConsumer;

/**
 * The threads a {@link PartitionedRun} shares its partitions' work with, besides the caller's. A task (running a window, counting the viewers at a second's end) is published
 * by bumping {@code window}; then every thread, the caller's too, takes the next partition not yet taken (largest
 * expected load first) and does the task for it, until none is left: a partition busy in this window does not hold
 * up a thread whose partitions are quiet. Waits spin briefly, then park, so a short window does not cost a context
 * switch.
 */
final class Crew {
    private final List<Thread> threads = new ArrayList<>();
    private final int[] order;
    private final AtomicInteger taken = new AtomicInteger();
    private final AtomicInteger remaining = new AtomicInteger();
    private volatile long window;
    private volatile boolean stopped;
    private volatile Throwable failure;
    private IntConsumer task;

    /**
     * @param workers threads in all, the caller's included, at least 2
     * @param order   the partitions in the order threads take them
     */
    Crew(int workers, int[] order) {
        this.order = order;
        for (int t = 1; t < workers; t++) {
            Thread thread = new Thread(this::work, "cdnsim-partitions-" + t);
            thread.setDaemon(true);
            threads.add(thread);
            thread.start();
        }
    }

    /** Does {@code job} for every partition, on every thread; returns when all are done, rethrowing a failure. */
    void forEach(IntConsumer job) {
        task = job;
        taken.set(0);
        remaining.set(threads.size());
        window = window + 1;
        runPartitions(job);
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

    private void runPartitions(IntConsumer job) {
        for (int i = taken.getAndIncrement(); i < order.length; i = taken.getAndIncrement()) {
            job.accept(order[i]);
        }
    }

    private void work() {
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
            try {
                runPartitions(task);
            } catch (Throwable e) {
                failure = e;
            }
            remaining.decrementAndGet();
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

    private int pause(int spins) {
        if (spins < 20_000) {
            Thread.onSpinWait();
            return spins + 1;
        }
        LockSupport.parkNanos(20_000);
        return spins;
    }
}
