package io.cdnsim.config.trace;

import io.cdnsim.content.BadTraceException;
import io.cdnsim.content.RequestSource;
import java.io.IOException;
import java.nio.file.Path;
import java.util.function.LongFunction;

/**
 * A {@link TraceReader} seen by the engine as a {@link RequestSource}: a malformed trace is a {@link BadTraceException}.
 * At the end of the trace, a check of the whole (its last request's time, known only then) may still refuse it, the
 * same way.
 */
public final class TraceRequests implements RequestSource {

    private final TraceReader reader;
    private final LongFunction<String> atEnd;
    /** Whether a request was read that the end check has not seen yet. */
    private boolean unchecked;
    private long lastTime;

    private TraceRequests(TraceReader reader, LongFunction<String> atEnd) {
        this.reader = reader;
        this.atEnd = atEnd;
    }

    /**
     * @param path    the trace file
     * @param format  its format
     * @param options the reader's options
     * @param atEnd   given the time of the trace's last request (microseconds since its first), what is wrong with
     *                the trace as a whole, or null if nothing is; asked once, at the end of a trace that held a
     *                request, and a problem becomes a {@link BadTraceException} with that message
     * @return an opener that opens the file afresh on each call
     */
    public static Opener opener(Path path, TraceFormat format, TraceOptions options, LongFunction<String> atEnd) {
        return () -> {
            try {
                return new TraceRequests(format.open(path, options), atEnd);
            } catch (TraceException e) {
                throw new BadTraceException(e.getMessage());
            }
        };
    }

    @Override
    public boolean next() throws IOException {
        boolean more;
        try {
            more = reader.next();
        } catch (TraceException e) {
            throw new BadTraceException(e.getMessage());
        }
        if (more) {
            unchecked = true;
            lastTime = reader.time();
        } else if (unchecked) {
            unchecked = false;
            String problem = atEnd.apply(lastTime);
            if (problem != null) {
                throw new BadTraceException(problem);
            }
        }
        return more;
    }

    @Override
    public long time() {
        return reader.time();
    }

    @Override
    public long key() {
        return reader.key();
    }

    @Override
    public long size() {
        return reader.size();
    }

    @Override
    public long location() {
        return reader.location();
    }

    @Override
    public void close() throws IOException {
        reader.close();
    }
}
