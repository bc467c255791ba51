package io.cdnsim.content;

import java.io.IOException;

/**
 * A recorded request log read one request at a time, in time order (a trace replay's input). {@link #next()} moves
 * to the next request; the accessors then describe it until the following call. Implementations stream: a log
 * larger than memory replays.
 */
public interface RequestSource extends AutoCloseable {

    /**
     * Advances to the next request.
     *
     * @return false at the end of the log
     * @throws BadTraceException if the log is malformed at this point (the message names the file and the line)
     * @throws IOException       if it cannot be read
     */
    boolean next() throws IOException;

    /** @return the current request's time in microseconds since the log's first request; never decreases */
    long time();

    /** @return the current request's object key */
    long key();

    /** @return the current request's size in bytes */
    long size();

    /**
     * @return where the current request was served, as a {@link LocationCode} (a CDN log's edge location), or
     *         {@link LocationCode#UNKNOWN}
     */
    default long location() {
        return LocationCode.UNKNOWN;
    }

    @Override
    void close() throws IOException;

    /** Opens a fresh source over the same log (one per replication). */
    @FunctionalInterface
    interface Opener {
        /**
         * @return a source positioned before the first request
         * @throws IOException if the log cannot be opened or its header is malformed
         */
        RequestSource open() throws IOException;
    }
}
