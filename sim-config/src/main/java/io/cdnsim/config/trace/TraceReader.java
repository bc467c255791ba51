package io.cdnsim.config.trace;

import java.io.IOException;

/**
 * Streams the requests of a trace, one at a time, without holding the trace in memory: a trace larger than the heap
 * replays. {@link #next()} advances to the next request; the accessors then describe it until the following call.
 * Reading allocates nothing per request.
 *
 * <p>Every format yields the same three numbers:
 * <ul>
 * <li>{@link #time()}: microseconds since the trace's first request (so the first request is at 0), converted from
 * the format's own unit (see {@link TraceFormat}). Times never decrease: equal times are allowed; a time earlier than
 * the previous request's is an error, unless it is earlier by at most {@link TraceOptions#maxBackstepMicros()}, in
 * which case it is reported as the previous request's time.</li>
 * <li>{@link #key()}: the object, as a 64-bit value. Numeric ids are used as they are (an unsigned 64-bit id above
 * {@link Long#MAX_VALUE} reads as a negative long, bit for bit); string ids such as URIs are hashed with
 * {@link KeyHash#fnv1a64 FNV-1a 64} over their bytes as they appear in the file.</li>
 * <li>{@link #size()}: the object's (or response's) size in bytes, 0 or more.</li>
 * </ul>
 *
 * <p>A reader is not thread-safe. Close it to release the file.
 */
public interface TraceReader extends AutoCloseable {

    /**
     * Advances to the next request.
     *
     * @return false at the end of the trace (and on every call after)
     * @throws IOException    if the file cannot be read
     * @throws TraceException if the next line or record is malformed, its time goes backwards, or compressed data is
     *                        damaged; the message names the file and the line or record
     */
    boolean next() throws IOException, TraceException;

    /** @return the current request's time: microseconds since the trace's first request */
    long time();

    /** @return the current request's object key */
    long key();

    /** @return the current request's size in bytes */
    long size();

    /**
     * @return where the current request was served ({@link io.cdnsim.content.LocationCode}: the leading letters of
     *         a CDN log's edge location), or {@link io.cdnsim.content.LocationCode#UNKNOWN} if the format does not
     *         say
     */
    long location();

    /**
     * @return for text formats the 1-based line of the file (after decompression) that holds the current request;
     *         for binary formats the 1-based record number
     */
    long lineNumber();

    /**
     * @return the absolute time of the trace's first request in microseconds on the trace's own clock (for
     *         CloudFront logs, since 1970-01-01T00:00Z); {@link Long#MIN_VALUE} before the first request
     */
    long startTime();

    /** @return the file as the user named it, as used in error messages */
    String source();

    @Override
    void close() throws IOException;
}
