package io.cdnsim.config.trace;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * libCacheSim's {@code csv} trace: delimited lines, one request each, with the time, object id and size in columns
 * that the options name ({@code time-col}, {@code obj-id-col}, {@code obj-size-col}, 1-based as in libCacheSim) or
 * that a header line names ({@code time}, {@code obj_id}, {@code obj_size} and a few synonyms, see
 * {@link #TIME_NAMES}). Columns given as options win over header names.
 *
 * <ul>
 * <li>Delimiter: {@code delimiter} or, if not given, the most frequent of {@code , \t | ;} in the first line (in that
 * order of preference on a tie); a space if none of them appears. With a space delimiter, runs of spaces and tabs
 * separate columns. Fields may be double-quoted ({@code "a,b"}, with {@code ""} for a quote inside); spaces around
 * unquoted fields are dropped. A quoted field cannot span lines.</li>
 * <li>Header: {@code has-header} or, if not given: when all three columns are given, the first line is a header if
 * its time or size field is not a number; otherwise the first line must be a header naming the columns.</li>
 * <li>Time: a number, seconds by default ({@code time-unit}); a fraction is kept to the microsecond (libCacheSim
 * truncates to a whole unit).</li>
 * <li>Id: with {@code obj-id-is-num=true} an unsigned 64-bit integer, decimal or {@code 0x} hex (libCacheSim also
 * reads a leading 0 as octal; here it is decimal); otherwise (the default, as in libCacheSim) the field's bytes are
 * hashed with FNV-1a 64.</li>
 * <li>Size: whole bytes.</li>
 * <li>{@code cnt-col}: the line stands for that many requests at the same time (0: none), within what the trace may
 * still hold ({@link TraceLimits#MAX_REQUESTS}).</li>
 * </ul>
 * Blank lines are skipped.
 */
final class CsvTraceReader extends AbstractTextReader {

    /** Header names taken as the time column (after lower-casing and turning - and space into _). */
    static final List<String> TIME_NAMES = List.of("time", "timestamp", "clock_time", "real_time");
    /** Header names taken as the object id column. */
    static final List<String> ID_NAMES = List.of("obj_id", "object_id", "id", "key");
    /** Header names taken as the size column. */
    static final List<String> SIZE_NAMES = List.of("obj_size", "object_size", "size");

    private final TraceOptions options;
    private final long unitNanos;
    private final boolean numericIds;
    private char delimiter;
    private int timeCol = -1;
    private int idCol = -1;
    private int sizeCol = -1;
    private int countCol = -1;
    private int needed;
    private int[] fs = new int[8];
    private int[] fe = new int[8];
    private boolean ready;
    private int firstFields = -1;
    private long repeats;
    private String timeLabel;
    private String idLabel;
    private String sizeLabel;
    private String countLabel;

    CsvTraceReader(InputStream in, String source, TraceOptions options) {
        super(in, source, options);
        this.options = options;
        this.unitNanos = nanos(options.timeUnit());
        this.numericIds = options.idIsNumber() != null && options.idIsNumber();
    }

    @Override
    protected boolean read() throws IOException, TraceException {
        if (repeats > 0) {
            repeats--;
            return true;
        }
        while (true) {
            int n;
            if (!ready) {
                if (!start()) {
                    return false;
                }
                // the first line was split to look for a header; split() unquotes in place, so do not split it twice
                n = firstFields >= 0 ? firstFields : split();
            } else if (!nextDataLine()) {
                return false;
            } else {
                n = split();
            }
            if (n < needed) {
                throw fail(lineNumber, "expected at least " + needed + " columns (" + describeColumns() + "), found "
                        + n + ": '" + lineText() + "'");
            }
            long count = 1;
            if (countCol >= 0) {
                count = parseCount(fs[countCol], fe[countCol], countLabel);
                if (count == 0) {
                    continue;
                }
            }
            readTime = parseTime(fs[timeCol], fe[timeCol], unitNanos, timeLabel);
            readKey = numericIds ? parseNumericId(fs[idCol], fe[idCol], idLabel) : hashId(fs[idCol], fe[idCol]);
            readSize = parseSize(fs[sizeCol], fe[sizeCol], sizeLabel);
            readPosition = lineNumber;
            // copies of a request that is skipped would only be skipped too
            repeats = readSize == 0 && options.skipZeroSize() ? 0 : count - 1;
            return true;
        }
    }

    @Override
    protected String timeWritten() {
        return timeLabel + " " + text(fs[timeCol], fe[timeCol]);
    }

    private boolean nextDataLine() throws IOException, TraceException {
        do {
            if (!nextLine()) {
                return false;
            }
        } while (blankLine());
        return true;
    }

    /** Reads the first line: settles the delimiter, the header and the columns. Leaves the first data line. */
    private boolean start() throws IOException, TraceException {
        if (!nextDataLine()) {
            return false;
        }
        delimiter = options.delimiter() != 0 ? options.delimiter() : detectDelimiter(buf, lineStart, lineEnd);
        timeCol = options.timeColumn() - 1;
        idCol = options.idColumn() - 1;
        sizeCol = options.sizeColumn() - 1;
        countCol = options.countColumn() - 1;
        boolean allGiven = timeCol >= 0 && idCol >= 0 && sizeCol >= 0;
        int n = split();
        boolean header;
        if (options.hasHeader() != null) {
            header = options.hasHeader();
        } else if (allGiven) {
            header = timeCol < n && sizeCol < n && (!DecimalText.isNumber(buf, fs[timeCol], fe[timeCol])
                    || !DecimalText.isNumber(buf, fs[sizeCol], fe[sizeCol]));
        } else {
            header = true;
        }
        if (header && !allGiven) {
            List<String> names = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                names.add(normalise(new String(buf, fs[i], fe[i] - fs[i], StandardCharsets.UTF_8)));
            }
            timeCol = timeCol >= 0 ? timeCol : find(names, TIME_NAMES, TraceOption.TIME_COL.key());
            idCol = idCol >= 0 ? idCol : find(names, ID_NAMES, TraceOption.OBJ_ID_COL.key());
            sizeCol = sizeCol >= 0 ? sizeCol : find(names, SIZE_NAMES, TraceOption.OBJ_SIZE_COL.key());
        } else if (!allGiven) {
            throw new TraceException(source, "libcachesim-csv needs to know the columns: give time-col, obj-id-col"
                    + " and obj-size-col (1 = the first column), or a header line naming time, obj_id and obj_size");
        }
        needed = Math.max(Math.max(timeCol, idCol), Math.max(sizeCol, countCol)) + 1;
        timeLabel = "column " + (timeCol + 1) + " (time)";
        idLabel = "column " + (idCol + 1) + " (obj_id)";
        sizeLabel = "column " + (sizeCol + 1) + " (obj_size)";
        countLabel = "column " + (countCol + 1) + " (count)";
        ready = true;
        firstFields = header ? -1 : n;
        return !header || nextDataLine();
    }

    private int find(List<String> names, List<String> wanted, String option) throws TraceException {
        for (String w : wanted) {
            int i = names.indexOf(w);
            if (i >= 0) {
                return i;
            }
        }
        throw fail(lineNumber, "the header names no " + wanted.get(0) + " column (looked for "
                + String.join(", ", wanted) + "; it has " + String.join(", ", names) + "): give " + option
                + "=N (1 = the first column)");
    }

    static String normalise(String name) {
        String s = name.trim().toLowerCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
        if (s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"")) {
            s = s.substring(1, s.length() - 1);
        }
        return s;
    }

    private String describeColumns() {
        StringBuilder b = new StringBuilder();
        b.append("time in ").append(timeCol + 1).append(", obj_id in ").append(idCol + 1).append(", obj_size in ")
                .append(sizeCol + 1);
        if (countCol >= 0) {
            b.append(", count in ").append(countCol + 1);
        }
        return b.toString();
    }

    /**
     * The delimiter of a first line: the most frequent of {@code , \t | ;} outside quotes, preferring them in that
     * order on a tie; a space if none appears.
     */
    static char detectDelimiter(byte[] b, int from, int to) {
        char[] candidates = {',', '\t', '|', ';'};
        int[] counts = new int[candidates.length];
        boolean quoted = false;
        for (int i = from; i < to; i++) {
            if (b[i] == '"') {
                quoted = !quoted;
            } else if (!quoted) {
                for (int k = 0; k < candidates.length; k++) {
                    if (b[i] == candidates[k]) {
                        counts[k]++;
                    }
                }
            }
        }
        int best = -1;
        for (int k = 0; k < candidates.length; k++) {
            if (counts[k] > 0 && (best < 0 || counts[k] > counts[best])) {
                best = k;
            }
        }
        return best < 0 ? ' ' : candidates[best];
    }

    /**
     * Splits the current line into fields at {@link #fs} / {@link #fe}, unquoting quoted fields in place.
     *
     * @return the number of fields
     */
    private int split() throws TraceException {
        byte[] b = buf;
        char d = delimiter;
        boolean ws = d == ' ';
        int i = lineStart;
        int end = lineEnd;
        int n = 0;
        if (ws) {
            while (i < end && (b[i] == ' ' || b[i] == '\t')) {
                i++;
            }
            if (i == end) {
                return 0;
            }
        }
        while (true) {
            while (i < end && (b[i] == ' ' || (b[i] == '\t' && d != '\t'))) {
                i++;
            }
            int s;
            int e;
            if (i < end && b[i] == '"') {
                int r = i + 1;
                int w = i + 1;
                while (true) {
                    if (r >= end) {
                        throw fail(lineNumber, "column " + (n + 1) + ": a quoted field has no closing quote (quoted"
                                + " fields cannot span lines)");
                    }
                    byte c = b[r];
                    if (c == '"') {
                        if (r + 1 < end && b[r + 1] == '"') {
                            b[w++] = '"';
                            r += 2;
                            continue;
                        }
                        r++;
                        break;
                    }
                    b[w++] = c;
                    r++;
                }
                s = i + 1;
                e = w;
                i = r;
                if (!ws) {
                    while (i < end && (b[i] == ' ' || (b[i] == '\t' && d != '\t'))) {
                        i++;
                    }
                }
                if (i < end && (ws ? b[i] != ' ' && b[i] != '\t' : b[i] != d)) {
                    throw fail(lineNumber, "column " + (n + 1) + ": text after the closing quote");
                }
            } else {
                s = i;
                while (i < end && b[i] != d && !(ws && b[i] == '\t')) {
                    i++;
                }
                e = i;
                while (e > s && (b[e - 1] == ' ' || (b[e - 1] == '\t' && d != '\t'))) {
                    e--;
                }
            }
            if (n == fs.length) {
                fs = Arrays.copyOf(fs, n * 2);
                fe = Arrays.copyOf(fe, n * 2);
            }
            fs[n] = s;
            fe[n] = e;
            n++;
            if (i >= end) {
                return n;
            }
            if (ws) {
                while (i < end && (b[i] == ' ' || b[i] == '\t')) {
                    i++;
                }
                if (i == end) {
                    return n;
                }
            } else {
                i++;
            }
        }
    }
}
