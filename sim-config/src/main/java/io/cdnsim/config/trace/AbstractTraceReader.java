package io.cdnsim.config.trace;

import io.cdnsim.config.Limits;
import io.cdnsim.content.LocationCode;
import java.io.IOException;

/**
 * What every reader shares: rebasing times on the first request, the rule that times do not go backwards, the limits
 * on a trace's span ({@link Limits#MAX_DURATION}), number of requests ({@link TraceLimits#MAX_REQUESTS}) and bytes
 * requested in all ({@link Limits#MAX_REQUESTED_BYTES}), skipping
 * zero-size requests, and turning damaged or overexpanding compressed input into a {@link TraceException} at the
 * place reached (trailing data after a gzip stream: at the file as a whole). The limits are checked as each request is read, so a replay stops at the line that passes one,
 * before it simulates up to that line's time.
 */
abstract class AbstractTraceReader implements TraceReader {

    /** The file as the user named it. */
    protected final String source;
    private final String unit;
    private final long maxBackstep;
    private final boolean skipZeroSize;

    /** Set by {@link #read()}: the request's absolute time in microseconds on the trace's clock. */
    protected long readTime;
    /** Set by {@link #read()}: the request's key. */
    protected long readKey;
    /** Set by {@link #read()}: the request's size in bytes. */
    protected long readSize;
    /** Set by {@link #read()}: the request's line or record. */
    protected long readPosition;
    /** Set by {@link #read()} of a format that says where a request was served: its {@link LocationCode}. */
    protected long readLocation;

    private long time;
    private long key;
    private long size;
    private long location;
    private long position;
    private long start = Long.MIN_VALUE;
    private long startPosition;
    private long requests;
    private long bytes;
    private long previous;
    private long previousPosition;
    private boolean finished;

    AbstractTraceReader(String source, String unit, TraceOptions options) {
        this.source = source;
        this.unit = unit;
        this.maxBackstep = options.maxBackstepMicros();
        this.skipZeroSize = options.skipZeroSize();
    }

    /**
     * Reads the next request into {@link #readTime}, {@link #readKey}, {@link #readSize} and {@link #readPosition}.
     *
     * @return false at the end
     * @throws IOException    if the input cannot be read
     * @throws TraceException if the request is malformed
     */
    protected abstract boolean read() throws IOException, TraceException;

    /** @return the line or record being read, for a message about damaged input */
    protected abstract long positionReached();

    /**
     * @return the time of the request {@link #read()} last read, as the trace writes it and with its field, for a
     *         message, e.g. {@code column 1 (time) 9000000000}
     */
    protected abstract String timeWritten();

    /** Releases the input. */
    protected abstract void release() throws IOException;

    @Override
    public final boolean next() throws IOException, TraceException {
        if (finished) {
            return false;
        }
        while (true) {
            boolean more;
            try {
                more = read();
            } catch (Compression.DamagedInputException e) {
                finished = true;
                throw new TraceException(source, unit, positionReached(), e.getMessage()
                        + " (the file is truncated or corrupt)");
            } catch (Compression.ExpansionLimitException e) {
                finished = true;
                throw new TraceException(source, unit, positionReached(), e.getMessage());
            } catch (GzipMembers.TrailingDataException e) {
                finished = true;
                throw new TraceException(source, e.getMessage());
            }
            if (!more) {
                finished = true;
                return false;
            }
            if (requests == TraceLimits.MAX_REQUESTS) {
                throw fail(readPosition, "more than " + TraceLimits.MAX_REQUESTS + " requests; a trace may hold at"
                        + " most that many, as a run may ask for");
            }
            requests++;
            bytes += readSize;
            if (bytes > Limits.MAX_REQUESTED_BYTES) {
                throw fail(readPosition, "the requests up to here ask for more than " + Limits.MAX_REQUESTED_BYTES
                        + " bytes (512 PiB) in all; a run may move at most that many, so that its byte counters"
                        + " hold them");
            }
            long t = readTime;
            if (start == Long.MIN_VALUE) {
                start = t;
                startPosition = readPosition;
            } else if (t - start > Limits.MAX_DURATION) {
                throw fail(readPosition, timeWritten() + " is " + seconds(t - start) + " after the first request ("
                        + unit + " " + startPosition + "); a trace may span at most "
                        + TraceLimits.days(Limits.MAX_DURATION));
            } else if (t < previous) {
                long back = previous - t;
                if (back > maxBackstep) {
                    throw fail(readPosition, "time goes backwards: " + (t >= start ? seconds(t - start)
                            + " after the start" : seconds(start - t) + " before the start") + " is "
                            + seconds(back) + " earlier than " + unit + " " + previousPosition + " ("
                            + seconds(previous - start) + "); times must not decrease"
                            + (maxBackstep > 0 ? " by more than max-backstep (" + seconds(maxBackstep) + ")"
                                    : " (max-backstep=<duration> tolerates small steps back)"));
                }
                t = previous;
            }
            previous = t;
            previousPosition = readPosition;
            if (skipZeroSize && readSize == 0) {
                continue;
            }
            time = t - start;
            key = readKey;
            size = readSize;
            location = readLocation;
            position = readPosition;
            return true;
        }
    }

    /** @return how many more requests the trace may hold after those read so far */
    protected final long requestsLeft() {
        return TraceLimits.MAX_REQUESTS - requests;
    }

    /**
     * @param at     the line or record
     * @param detail what is wrong
     * @return an exception naming the file and the place
     */
    protected final TraceException fail(long at, String detail) {
        return new TraceException(source, unit, at, detail);
    }

    /** @param micros a duration @return it in seconds, for messages, e.g. {@code 1.5 s} */
    static String seconds(long micros) {
        String s = java.math.BigDecimal.valueOf(micros, 6).stripTrailingZeros().toPlainString();
        return s + " s";
    }

    @Override
    public final long time() {
        return time;
    }

    @Override
    public final long key() {
        return key;
    }

    @Override
    public final long size() {
        return size;
    }

    @Override
    public final long location() {
        return location;
    }

    @Override
    public final long lineNumber() {
        return position;
    }

    @Override
    public final long startTime() {
        return start;
    }

    @Override
    public final String source() {
        return source;
    }

    @Override
    public final void close() throws IOException {
        finished = true;
        release();
    }
}
