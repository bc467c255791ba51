package io.cdnsim.config.trace;

import io.cdnsim.content.LocationCode;
import io.cdnsim.kernel.Micros;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * CloudFront standard access logs (the W3C-style, tab-separated files CloudFront delivers, usually gzipped): a
 * {@code #Version:} line, a {@code #Fields:} line naming the columns (space-separated), then one request a line,
 * fields separated by tabs, {@code -} for an empty field. Columns are found by name, so logs with the 33 fields of
 * today, with fewer (older logs, or the fields selected for standard logging v2) or in another order all read.
 *
 * <ul>
 * <li>Time: {@code date} ({@code YYYY-MM-DD}) and {@code time} ({@code HH:MM:SS}, UTC; a fraction is kept if
 * present), when the edge finished responding; whole seconds in CloudFront's logs, so many requests share a
 * time.</li>
 * <li>Key: FNV-1a 64 of {@code cs-uri-stem} as logged (URL-encoded); with {@code include-query=true}, of
 * {@code cs-uri-stem?cs-uri-query} when the query is not {@code -}.</li>
 * <li>Location: the leading letters of {@code x-edge-location} ({@code LAX} of {@code LAX50-C1}), if the log has the
 * field; a replay through a topology sends the request to the edge node that claims it.</li>
 * <li>Size: {@code sc-bytes} (all bytes sent to the viewer, headers included) or, with
 * {@code size-from=sc-content-len}, the body's Content-Length ({@code -}, no length known, reads as 0).</li>
 * </ul>
 * Further {@code #} lines are skipped, and a later {@code #Fields:} line replaces the columns, so that logs
 * concatenated with their headers ({@code cat *.gz}) read as one. Every request line must have as many fields as
 * {@code #Fields} names. Blank lines are skipped.
 */
final class CloudFrontReader extends AbstractTextReader {

    private static final byte[] FIELDS = "#Fields:".getBytes(StandardCharsets.US_ASCII);

    private final boolean includeQuery;
    private final String sizeField;
    private final boolean dashIsZero;
    private int dateCol = -1;
    private int timeCol = -1;
    private int stemCol = -1;
    private int queryCol = -1;
    private int sizeCol = -1;
    private int locationCol = -1;
    private int fieldCount;
    private long fieldsLine;
    private int[] fs = new int[40];
    private int[] fe = new int[40];

    CloudFrontReader(InputStream in, String source, TraceOptions options) {
        super(in, source, options);
        this.includeQuery = options.includeQuery();
        this.sizeField = options.sizeFrom();
        this.dashIsZero = sizeField.equals("sc-content-len");
    }

    @Override
    protected boolean read() throws IOException, TraceException {
        while (true) {
            if (!nextLine()) {
                return false;
            }
            if (lineEnd > lineStart && buf[lineStart] == '#') {
                if (startsWith(FIELDS)) {
                    fields();
                }
                continue;
            }
            if (blankLine()) {
                continue;
            }
            if (fieldsLine == 0) {
                throw fail(lineNumber, "no #Fields line before the first request (CloudFront logs begin with"
                        + " #Version and #Fields lines): '" + lineText() + "'");
            }
            int n = split();
            if (n != fieldCount) {
                throw fail(lineNumber, "expected " + fieldCount + " tab-separated fields, as #Fields on line "
                        + fieldsLine + " names, found " + n);
            }
            readTime = dateTime();
            long h = KeyHash.fnv1a64(buf, fs[stemCol], fe[stemCol]);
            if (includeQuery && !dash(queryCol)) {
                h = KeyHash.update(KeyHash.update(h, '?'), buf, fs[queryCol], fe[queryCol]);
            }
            readKey = h;
            readSize = dashIsZero && dash(sizeCol) ? 0
                    : parseSize(fs[sizeCol], fe[sizeCol], sizeField);
            readLocation = locationCol < 0 ? LocationCode.UNKNOWN
                    : LocationCode.of(buf, fs[locationCol], fe[locationCol]);
            readPosition = lineNumber;
            return true;
        }
    }

    @Override
    protected String timeWritten() {
        return "date and time " + text(fs[dateCol], fe[dateCol]) + " " + text(fs[timeCol], fe[timeCol]);
    }

    private boolean startsWith(byte[] prefix) {
        if (lineEnd - lineStart < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (buf[lineStart + i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private boolean dash(int col) {
        return fe[col] - fs[col] == 1 && buf[fs[col]] == '-' || fe[col] == fs[col];
    }

    private void fields() throws TraceException {
        String text = new String(buf, lineStart + FIELDS.length, lineEnd - lineStart - FIELDS.length,
                StandardCharsets.UTF_8).trim();
        List<String> names = text.isEmpty() ? List.of() : Arrays.asList(text.split("[ \t]+"));
        List<String> missing = new ArrayList<>();
        dateCol = column(names, "date", missing);
        timeCol = column(names, "time", missing);
        stemCol = column(names, "cs-uri-stem", missing);
        sizeCol = column(names, sizeField, missing);
        queryCol = includeQuery ? column(names, "cs-uri-query", missing) : -1;
        locationCol = names.indexOf("x-edge-location");
        if (!missing.isEmpty()) {
            throw fail(lineNumber, "#Fields names no " + String.join(", ", missing) + " field"
                    + (missing.size() > 1 ? "s" : "") + " (it names: " + String.join(" ", names) + ")");
        }
        fieldCount = names.size();
        fieldsLine = lineNumber;
        if (fs.length < fieldCount) {
            fs = new int[fieldCount];
            fe = new int[fieldCount];
        }
    }

    private static int column(List<String> names, String name, List<String> missing) {
        int i = names.indexOf(name);
        if (i < 0) {
            missing.add(name);
        }
        return i;
    }

    /** Splits the current line at tabs; stops counting (but not storing) past {@link #fieldCount}. */
    private int split() {
        byte[] b = buf;
        int n = 0;
        int s = lineStart;
        int[] starts = fs;
        int[] ends = fe;
        int max = starts.length;
        for (int i = lineStart; i < lineEnd; i++) {
            if (b[i] == '\t') {
                if (n < max) {
                    starts[n] = s;
                    ends[n] = i;
                }
                n++;
                s = i + 1;
            }
        }
        if (n < max) {
            starts[n] = s;
            ends[n] = lineEnd;
        }
        return n + 1;
    }

    /** @return the request's date and time as microseconds since 1970-01-01T00:00Z */
    private long dateTime() throws TraceException {
        int d = fs[dateCol];
        int dl = fe[dateCol] - d;
        byte[] b = buf;
        if (dl != 10 || b[d + 4] != '-' || b[d + 7] != '-') {
            throw fail(lineNumber, "date: expected YYYY-MM-DD, found '" + text(d, fe[dateCol]) + "'");
        }
        int year = digits(d, 4, "date");
        int month = digits(d + 5, 2, "date");
        int day = digits(d + 8, 2, "date");
        if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
            throw fail(lineNumber, "date: " + text(d, fe[dateCol]) + " is not a date");
        }
        int t = fs[timeCol];
        int tl = fe[timeCol] - t;
        if (tl < 8 || b[t + 2] != ':' || b[t + 5] != ':' || (tl > 8 && b[t + 8] != '.')) {
            throw fail(lineNumber, "time: expected HH:MM:SS (UTC), found '" + text(t, fe[timeCol]) + "'");
        }
        int hour = digits(t, 2, "time");
        int minute = digits(t + 3, 2, "time");
        int second = digits(t + 6, 2, "time");
        if (hour > 23 || minute > 59 || second > 60) {
            throw fail(lineNumber, "time: " + text(t, fe[timeCol]) + " is not a time of day");
        }
        long micros = 0;
        long scale = 100_000;
        for (int i = t + 9; i < t + tl; i++) {
            int x = b[i] - '0';
            if (x < 0 || x > 9) {
                throw fail(lineNumber, "time: expected HH:MM:SS (UTC), found '" + text(t, fe[timeCol]) + "'");
            }
            micros += x * scale;
            scale /= 10;
        }
        long days = daysFromCivil(year, month, day);
        return ((days * 24 + hour) * 60 + minute) * Micros.MINUTE + second * Micros.SECOND + micros;
    }

    private int digits(int at, int n, String what) throws TraceException {
        int v = 0;
        for (int i = at; i < at + n; i++) {
            int x = buf[i] - '0';
            if (x < 0 || x > 9) {
                int col = what.equals("date") ? dateCol : timeCol;
                throw fail(lineNumber, what + ": expected " + (what.equals("date") ? "YYYY-MM-DD" : "HH:MM:SS (UTC)")
                        + ", found '" + text(fs[col], fe[col]) + "'");
            }
            v = v * 10 + x;
        }
        return v;
    }

    private static int daysInMonth(int year, int month) {
        switch (month) {
            case 2:
                return year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28;
            case 4:
            case 6:
            case 9:
            case 11:
                return 30;
            default:
                return 31;
        }
    }

    /** Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's days_from_civil). */
    static long daysFromCivil(int year, int month, int day) {
        int y = month <= 2 ? year - 1 : year;
        int era = (y >= 0 ? y : y - 399) / 400;
        int yoe = y - era * 400;
        int doy = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
        int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        return era * 146097L + doe - 719468;
    }
}
