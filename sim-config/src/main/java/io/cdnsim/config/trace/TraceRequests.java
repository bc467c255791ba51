package io.cdnsim.config.trace;

import io.cdnsim.content.BadTraceException;
import io.cdnsim.content.RequestSource;
import java.io.IOException;
import java.nio.file.Path;

/** A {@link TraceReader} seen by the engine as a {@link RequestSource}: a malformed trace is a {@link BadTraceException}. */
public final class TraceRequests implements RequestSource {

    private final TraceReader reader;

    private TraceRequests(TraceReader reader) {
        this.reader = reader;
    }

    /**
     * @param path    the trace file
     * @param format  its format
     * @param options the reader's options
     * @return an opener that opens the file afresh on each call
     */
    public static Opener opener(Path path, TraceFormat format, TraceOptions options) {
        return () -> {
            try {
                return new TraceRequests(format.open(path, options));
            } catch (TraceException e) {
                throw new BadTraceException(e.getMessage());
            }
        };
    }

    @Override
    public boolean next() throws IOException {
        try {
            return reader.next();
        } catch (TraceException e) {
            throw new BadTraceException(e.getMessage());
        }
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
