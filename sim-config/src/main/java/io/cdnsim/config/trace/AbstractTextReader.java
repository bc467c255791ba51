package io.cdnsim.config.trace;

import io.cdnsim.config.Limits;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A reader of a text trace: splits the input into lines in its own byte buffer (no {@code String} per line) and
 * parses numbers and ids straight from the bytes. A line may be up to {@link #MAX_LINE} bytes long; {@code \n} and
 * {@code \r\n} both end a line; a UTF-8 byte-order mark at the start is skipped.
 */
abstract class AbstractTextReader extends AbstractTraceReader {

    /** Longest line accepted, in bytes: a longer one is an error (and keeps memory bounded). */
    static final int MAX_LINE = 1 << 20;
    /** Nanoseconds in a second: the unit of a trace's times when none is given. */
    static final long NANOS_PER_SECOND = 1_000_000_000L;
    /** Nanoseconds in a microsecond, the simulation's unit of time. */
    static final long NANOS_PER_MICRO = 1_000L;
    /** Longest number with an exponent read, in characters: beyond any real time, and bounds its arithmetic. */
    static final int MAX_EXPONENT_NUMBER = 64;

    private final InputStream in;
    /** The buffer holding the current line at {@link #lineStart}..{@link #lineEnd}. */
    protected byte[] buf = new byte[Compression.BUFFER];
    private int pos;
    private int lim;
    private boolean eof;
    private boolean started;
    /** The current line's first byte. */
    protected int lineStart;
    /** The current line's end (exclusive, without the line terminator). */
    protected int lineEnd;
    /** The current line's 1-based number. */
    protected long lineNumber;

    AbstractTextReader(InputStream in, String source, TraceOptions options) {
        super(source, "line", options);
        this.in = in;
    }

    /**
     * Advances to the next line.
     *
     * @return false at the end of the input
     */
    protected final boolean nextLine() throws IOException, TraceException {
        int scan = pos;
        while (true) {
            byte[] b = buf;
            for (int i = scan; i < lim; i++) {
                if (b[i] == '\n') {
                    take(i);
                    pos = i + 1;
                    return true;
                }
            }
            scan = lim;
            if (eof) {
                if (pos < lim) {
                    take(lim);
                    pos = lim;
                    return true;
                }
                return false;
            }
            if (pos > 0) {
                System.arraycopy(buf, pos, buf, 0, lim - pos);
                scan -= pos;
                lim -= pos;
                pos = 0;
            }
            if (lim == buf.length) {
                if (buf.length >= MAX_LINE) {
                    throw fail(lineNumber + 1, "longer than " + MAX_LINE + " bytes; is this a text trace?");
                }
                buf = Arrays.copyOf(buf, Math.min(buf.length * 2, MAX_LINE));
            }
            int r = in.read(buf, lim, buf.length - lim);
            if (r < 0) {
                eof = true;
            } else {
                lim += r;
                if (!started && lim >= 3) {
                    started = true;
                    if ((buf[0] & 0xff) == 0xef && (buf[1] & 0xff) == 0xbb && (buf[2] & 0xff) == 0xbf) {
                        pos = 3;
                        scan = Math.max(scan, 3);
                    }
                }
            }
        }
    }

    private void take(int end) {
        started = true;
        lineStart = pos;
        lineEnd = end > pos && buf[end - 1] == '\r' ? end - 1 : end;
        lineNumber++;
    }

    /** @return whether the current line holds only spaces and tabs */
    protected final boolean blankLine() {
        for (int i = lineStart; i < lineEnd; i++) {
            if (buf[i] != ' ' && buf[i] != '\t') {
                return false;
            }
        }
        return true;
    }

    @Override
    protected long positionReached() {
        return lineNumber + 1;
    }

    @Override
    protected void release() throws IOException {
        in.close();
    }

    /** @return bytes as text for a message, shortened past 60 characters */
    protected final String text(int from, int to) {
        int n = Math.min(to - from, 60);
        String s = new String(buf, from, Math.max(n, 0), StandardCharsets.UTF_8);
        return to - from > 60 ? s + "..." : s;
    }

    /** @return the current line for a message, shortened */
    protected final String lineText() {
        return text(lineStart, lineEnd);
    }

    /**
     * Parses a whole number of bytes, 0 to {@link Limits#MAX_OBJECT_BYTES}. A fraction of zeros ({@code 1200.0}) is
     * accepted.
     *
     * @param from first byte
     * @param to   end (exclusive)
     * @param what the column, for a message, e.g. {@code "column 3 (size)"}
     * @return the number
     */
    protected final long parseSize(int from, int to, String what) throws TraceException {
        long v = DecimalText.whole(buf, from, to, Limits.MAX_OBJECT_BYTES);
        if (v == DecimalText.TOO_LARGE) {
            throw fail(lineNumber, what + ": " + text(from, to) + " bytes is more than an object may have ("
                    + Limits.MAX_OBJECT_BYTES + " bytes, 1 TiB)");
        }
        if (v == DecimalText.NOT_WHOLE) {
            throw fail(lineNumber, what + ": expected a whole number of bytes, found '" + text(from, to) + "'"
                    + (negative(from, to) ? " (negative)" : ""));
        }
        return v;
    }

    /**
     * Parses a count of requests, 0 or more, within what the trace may still hold ({@link #requestsLeft()}).
     *
     * @param from first byte
     * @param to   end (exclusive)
     * @param what the column, for a message, e.g. {@code "column 4 (count)"}
     * @return the count
     */
    protected final long parseCount(int from, int to, String what) throws TraceException {
        long left = requestsLeft();
        long v = DecimalText.whole(buf, from, to, left);
        if (v == DecimalText.TOO_LARGE) {
            throw fail(lineNumber, what + ": " + text(from, to) + " requests would bring the trace past "
                    + TraceLimits.MAX_REQUESTS + " requests (" + (TraceLimits.MAX_REQUESTS - left) + " before this"
                    + " line); a trace may hold at most that many, as a run may ask for");
        }
        if (v == DecimalText.NOT_WHOLE) {
            throw fail(lineNumber, what + ": expected a whole number of requests, found '" + text(from, to) + "'"
                    + (negative(from, to) ? " (negative)" : ""));
        }
        return v;
    }

    /**
     * Parses a numeric object id: an unsigned 64-bit integer in decimal, or in hex after {@code 0x}. Values above
     * {@link Long#MAX_VALUE} come back as negative longs with the same bits.
     */
    protected final long parseNumericId(int from, int to, String what) throws TraceException {
        long v = 0;
        int i = from;
        if (to - from > 2 && buf[i] == '0' && (buf[i + 1] == 'x' || buf[i + 1] == 'X')) {
            i += 2;
            if (to - i > 16) {
                throw fail(lineNumber, what + ": " + text(from, to) + " does not fit in 64 bits");
            }
            for (; i < to; i++) {
                int d = Character.digit(buf[i], 16);
                if (d < 0) {
                    break;
                }
                v = (v << 4) | d;
            }
        } else {
            for (; i < to; i++) {
                int d = buf[i] - '0';
                if (d < 0 || d > 9) {
                    break;
                }
                if (Long.compareUnsigned(v, Long.divideUnsigned(-1L - d, 10)) > 0) {
                    throw fail(lineNumber, what + ": " + text(from, to) + " does not fit in 64 bits");
                }
                v = v * 10 + d;
            }
        }
        if (i != to || to == from) {
            throw fail(lineNumber, what + ": expected a numeric object id (an unsigned integer), found '"
                    + text(from, to) + "'; for string ids set obj-id-is-num=false");
        }
        return v;
    }

    private boolean negative(int from, int to) {
        return to - from > 1 && buf[from] == '-' && buf[from + 1] >= '0' && buf[from + 1] <= '9';
    }

    /** @return the FNV-1a 64 hash of the bytes */
    protected final long hashId(int from, int to) {
        return KeyHash.fnv1a64(buf, from, to);
    }

    /**
     * Parses a time: a decimal number 0 or more (digits, an optional fraction, an optional exponent) in a unit of
     * {@code unitNanos} nanoseconds, converted exactly to microseconds (rounded down).
     *
     * @return the time in microseconds
     */
    protected final long parseTime(int from, int to, long unitNanos, String what) throws TraceException {
        long ip = 0;
        int i = from;
        if (i < to && buf[i] == '+') {
            i++;
        }
        int digits = i;
        boolean overflow = false;
        for (; i < to; i++) {
            int d = buf[i] - '0';
            if (d < 0 || d > 9) {
                break;
            }
            if (ip > (Long.MAX_VALUE - d) / 10) {
                overflow = true;
            } else {
                ip = ip * 10 + d;
            }
        }
        boolean any = i > digits;
        long frac = 0;
        long scale = 1;
        if (i < to && buf[i] == '.') {
            i++;
            for (; i < to; i++) {
                int d = buf[i] - '0';
                if (d < 0 || d > 9) {
                    break;
                }
                any = true;
                if (scale < 1_000_000_000L) {
                    frac = frac * 10 + d;
                    scale *= 10;
                }
            }
        }
        if (i < to && (buf[i] == 'e' || buf[i] == 'E') && any) {
            return slowTime(from, to, unitNanos, what);
        }
        if (i != to || !any) {
            throw fail(lineNumber, what + ": expected a time (a number 0 or more), found '" + text(from, to) + "'"
                    + (negative(from, to) ? " (negative)" : ""));
        }
        if (overflow || ip > Long.MAX_VALUE / unitNanos) {
            throw fail(lineNumber, what + ": " + text(from, to) + " is too large a time");
        }
        long nanos = ip * unitNanos + frac * unitNanos / scale;
        if (nanos < 0) {
            throw fail(lineNumber, what + ": " + text(from, to) + " is too large a time");
        }
        return nanos / NANOS_PER_MICRO;
    }

    /**
     * A time with an exponent: read as a decimal, after checks that keep its arithmetic small: at most
     * {@link #MAX_EXPONENT_NUMBER} characters, and a value below a millionth of the unit (less than a microsecond in
     * any unit) is 0 without computing it.
     */
    private long slowTime(int from, int to, long unitNanos, String what) throws TraceException {
        if (to - from > MAX_EXPONENT_NUMBER) {
            throw fail(lineNumber, what + ": expected a time of at most " + MAX_EXPONENT_NUMBER + " characters with"
                    + " an exponent, found '" + text(from, to) + "'");
        }
        String s = new String(buf, from, to - from, StandardCharsets.US_ASCII);
        try {
            BigDecimal v = new BigDecimal(s);
            if (v.signum() < 0) {
                throw fail(lineNumber, what + ": expected a time (a number 0 or more), found '" + s + "' (negative)");
            }
            long digitsBeforePoint = (long) v.precision() - v.scale();
            if (digitsBeforePoint > 19) {
                throw fail(lineNumber, what + ": " + s + " is too large a time");
            }
            if (v.signum() == 0 || digitsBeforePoint <= -6) {
                return 0;
            }
            return v.multiply(BigDecimal.valueOf(unitNanos))
                    .divide(BigDecimal.valueOf(NANOS_PER_MICRO), 0, RoundingMode.DOWN)
                    .longValueExact();
        } catch (NumberFormatException e) {
            throw fail(lineNumber, what + ": expected a time (a number 0 or more), found '" + text(from, to) + "'");
        } catch (ArithmeticException e) {
            throw fail(lineNumber, what + ": " + s + " is too large a time");
        }
    }

    /** @param unit a time unit, or null for seconds @return nanoseconds per unit */
    static long nanos(java.util.concurrent.TimeUnit unit) {
        return unit == null ? NANOS_PER_SECOND : unit.toNanos(1);
    }
}
