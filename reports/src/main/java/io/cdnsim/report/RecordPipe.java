package io.cdnsim.report;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * Fixed-width records of longs handed over in chunks to a thread of its own, which gives each full chunk to a
 * {@link Consumer} in the order the chunks were filled: the caller only copies values, and what the consumer does with
 * them (formatting, compressing, writing a file) overlaps with the caller's work. The chunks are allocated once and
 * reused (a pool of {@link #CHUNKS}), so adding a record allocates nothing; when the consumer falls behind, the caller
 * waits for a free chunk.
 *
 * <pre>
 * caller:   o = next(); values()[o .. o + width) = the record        (a full chunk goes to the queue first)
 * thread:   take chunk; consumer.accept(chunk, records); return it to the pool
 * </pre>
 *
 * <p>A failure of the consumer is reported to the caller by the next hand-over, or by {@link #close}; after it the
 * thread drops what it is given. {@link #abandon} stops the thread without consuming what is left.
 */
final class RecordPipe {

    /** Records in a chunk. */
    static final int RECORDS = 1 << 14;
    /** Chunks in the pool. */
    static final int CHUNKS = 8;

    /** Consumes the chunks, on the pipe's thread. */
    interface Consumer {
        /**
         * @param values  the records, {@code width} longs each
         * @param records how many
         * @throws IOException if they cannot be consumed
         */
        void accept(long[] values, int records) throws IOException;
    }

    /** A chunk: its records and how many are filled; {@code records < 0} tells the thread to stop. */
    private static final class Chunk {
        final long[] values;
        int records;

        Chunk(int width) {
            values = new long[width * RECORDS];
        }
    }

    private final int width;
    private final Consumer consumer;
    private final BlockingQueue<Chunk> free = new ArrayBlockingQueue<>(CHUNKS);
    private final BlockingQueue<Chunk> full = new ArrayBlockingQueue<>(CHUNKS + 1);
    private final Chunk end = new Chunk(0);
    private final Thread thread;
    private volatile IOException failure;
    private Chunk current;
    private boolean closed;

    /**
     * @param width    longs per record
     * @param consumer what consumes the chunks, on the pipe's thread only from now on
     * @param name     the thread's name
     */
    RecordPipe(int width, Consumer consumer, String name) {
        this.width = width;
        this.consumer = consumer;
        for (int i = 0; i < CHUNKS - 1; i++) {
            free.add(new Chunk(width));
        }
        current = new Chunk(width);
        end.records = -1;
        thread = new Thread(this::drain, name);
        thread.setDaemon(true);
        thread.start();
    }

    /** The pipe's thread: consumes each full chunk in order and returns it to the pool, until told to stop. */
    private void drain() {
        try {
            while (true) {
                Chunk c = full.take();
                if (c.records < 0) {
                    return;
                }
                if (failure == null) {
                    try {
                        consumer.accept(c.values, c.records);
                    } catch (IOException e) {
                        failure = e;
                    }
                }
                c.records = 0;
                free.put(c);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Makes room for a record, handing the current chunk over when it is full.
     *
     * @return the index in {@link #values} of the record's first long
     * @throws IOException if the consumer failed
     */
    int next() throws IOException {
        if (current.records == RECORDS) {
            check();
            try {
                full.put(current);
                current = free.take();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new InterruptedIOException("interrupted while handing records over");
            }
        }
        return width * current.records++;
    }

    /** @return the current chunk's values (the array changes when {@link #next} hands a chunk over) */
    long[] values() {
        return current.values;
    }

    private void check() throws IOException {
        IOException f = failure;
        if (f != null) {
            throw new IOException(f.getMessage(), f);
        }
    }

    /**
     * Hands over what is left and waits until the thread has consumed everything.
     *
     * @throws IOException if the consumer failed
     */
    void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        try {
            if (current.records > 0) {
                full.put(current);
            }
            full.put(end);
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while finishing the records");
        }
        check();
    }

    /** Stops the thread without consuming what is left. */
    void abandon() {
        if (closed) {
            return;
        }
        closed = true;
        thread.interrupt();
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
