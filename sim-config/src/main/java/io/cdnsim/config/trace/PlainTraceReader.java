package io.cdnsim.config.trace;

import java.io.IOException;
import java.io.InputStream;

/**
 * The {@code plain} format of webcachesim and LRB (webcachesim2): one request a line, {@code time id size} separated
 * by spaces or tabs (any run of them), for example {@code 1 42 120}. Further columns (LRB's extra features) are
 * ignored. Times are numbers in seconds by default ({@code time-unit} changes that; a fraction is kept to the
 * microsecond); ids are unsigned 64-bit integers (with {@code obj-id-is-num=false}, strings that are hashed);
 * sizes are whole bytes. Blank lines are skipped.
 */
final class PlainTraceReader extends AbstractTextReader {

    private final long unitNanos;
    private final boolean numericIds;
    private final int[] starts = new int[3];
    private final int[] ends = new int[3];

    PlainTraceReader(InputStream in, String source, TraceOptions options) {
        super(in, source, options);
        this.unitNanos = nanos(options.timeUnit());
        this.numericIds = options.idIsNumber() == null || options.idIsNumber();
    }

    @Override
    protected boolean read() throws IOException, TraceException {
        do {
            if (!nextLine()) {
                return false;
            }
        } while (blankLine());
        byte[] b = buf;
        int n = 0;
        int i = lineStart;
        int end = lineEnd;
        while (n < 3) {
            while (i < end && (b[i] == ' ' || b[i] == '\t')) {
                i++;
            }
            if (i == end) {
                break;
            }
            starts[n] = i;
            while (i < end && b[i] != ' ' && b[i] != '\t') {
                i++;
            }
            ends[n++] = i;
        }
        if (n < 3) {
            throw fail(lineNumber, "expected 3 columns (time id size), found " + n + ": '" + lineText() + "'");
        }
        readTime = parseTime(starts[0], ends[0], unitNanos, "column 1 (time)");
        readKey = numericIds ? parseNumericId(starts[1], ends[1], "column 2 (id)") : hashId(starts[1], ends[1]);
        readSize = parseSize(starts[2], ends[2], "column 3 (size)");
        readPosition = lineNumber;
        return true;
    }

    @Override
    protected String timeWritten() {
        return "column 1 (time) " + text(starts[0], ends[0]);
    }
}
