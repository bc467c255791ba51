package io.cdnsim.config.trace;

import static io.cdnsim.config.trace.TraceTesting.Request.of;
import static io.cdnsim.config.trace.TraceTesting.assertRequests;
import static io.cdnsim.config.trace.TraceTesting.failure;
import static io.cdnsim.config.trace.TraceTesting.hash;
import static io.cdnsim.config.trace.TraceTesting.readAll;
import static io.cdnsim.config.trace.TraceTesting.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The plain format: webcachesim / LRB {@code time id size} lines. */
class PlainTraceReaderTest {

    @TempDir
    Path dir;

    // Pins the mapping: seconds become microseconds since the first request, the numeric id is the key (an id above
    // 2^63-1 keeps its bits), sizes are bytes; LRB's extra columns are ignored; tabs, runs of spaces, CRLF and blank
    // lines are accepted; lineNumber() is the file's line.
    @Test
    void readsTimeIdSizeLines() throws Exception {
        Path f = write(dir, "t.tr", "100 1 120\n101\t2  64\r\n\n  101 1 120 7 9\n102.5 18446744073709551615 14");
        assertRequests(List.of(of(0, 1, 120, 1), of(1_000_000, 2, 64, 2), of(1_000_000, 1, 120, 4),
                of(2_500_000, -1, 14, 5)), readAll(TraceFormat.PLAIN, f, TraceOptions.DEFAULTS));
    }

    // Pins time-unit (milliseconds here, with a fraction kept to the microsecond) and startTime() on the trace's
    // own clock.
    @Test
    void timeUnitConvertsToMicroseconds() throws Exception {
        Path f = write(dir, "t.tr", "5000 1 10\n5001.25 2 10\n");
        try (TraceReader r = TraceFormat.PLAIN.open(f, TraceOptions.parse("time-unit=ms"))) {
            assertTrue(r.next());
            assertEquals(5_000_000, r.startTime());
            assertTrue(r.next());
            assertEquals(1_250, r.time());
        }
    }

    // Pins obj-id-is-num=false: ids are strings hashed with FNV-1a 64.
    @Test
    void stringIdsAreHashed() throws Exception {
        Path f = write(dir, "t.tr", "1 abc 10\n2 /video/seg1.ts 20\n");
        assertRequests(List.of(of(0, hash("abc"), 10, 1), of(1_000_000, hash("/video/seg1.ts"), 20, 2)),
                readAll(TraceFormat.PLAIN, f, TraceOptions.parse("obj-id-is-num=false")));
    }

    // Pins the exact message for a short line: file, line number, expected and found column counts.
    @Test
    void shortLineNamesItsLine() {
        Path f = write(dir, "t.tr", "1 1 10\n2 2 20\n3 3\n4 4 40\n");
        assertEquals(f + ": line 3: expected 3 columns (time id size), found 2: '3 3'",
                failure(TraceFormat.PLAIN, f, TraceOptions.DEFAULTS));
    }

    // Pins that non-numeric fields are reported by line and column, never as a raw NumberFormatException.
    @Test
    void badNumbersNameLineAndColumn() {
        assertEquals(dir.resolve("a.tr") + ": line 2: column 3 (size): expected a whole number of bytes, found 'abc'",
                failure(TraceFormat.PLAIN, write(dir, "a.tr", "1 1 10\n2 2 abc\n"), TraceOptions.DEFAULTS));
        assertTrue(failure(TraceFormat.PLAIN, write(dir, "b.tr", "1 1 10\n2 x7 5\n"), TraceOptions.DEFAULTS)
                .contains(": line 2: column 2 (id): expected a numeric object id"));
        assertTrue(failure(TraceFormat.PLAIN, write(dir, "c.tr", "1 1 10\n-2 2 5\n"), TraceOptions.DEFAULTS)
                .contains(": line 2: column 1 (time): expected a time (a number 0 or more), found '-2' (negative)"));
        assertTrue(failure(TraceFormat.PLAIN, write(dir, "d.tr", "1 18446744073709551616 5\n"), TraceOptions.DEFAULTS)
                .contains(": line 1: column 2 (id): 18446744073709551616 does not fit in 64 bits"));
    }

    // Pins the ordering rule: equal times are fine, a decreasing time is an error at its line.
    @Test
    void decreasingTimeIsAnError() {
        Path f = write(dir, "t.tr", "10 1 1\n10 2 1\n12 3 1\n11 4 1\n");
        assertEquals(f + ": line 4: time goes backwards: 1 s after the start is 1 s earlier than line 3 (2 s); times"
                + " must not decrease (max-backstep=<duration> tolerates small steps back)",
                failure(TraceFormat.PLAIN, f, TraceOptions.DEFAULTS));
    }

    // Pins max-backstep: a step back within it is reported at the previous request's time; a larger one still fails.
    @Test
    void maxBackstepClampsSmallStepsBack() throws Exception {
        Path f = write(dir, "t.tr", "10 1 1\n12 2 1\n11 3 1\n13 4 1\n");
        assertRequests(List.of(of(0, 1, 1, 1), of(2_000_000, 2, 1, 2), of(2_000_000, 3, 1, 3),
                of(3_000_000, 4, 1, 4)), readAll(TraceFormat.PLAIN, f, TraceOptions.parse("max-backstep=1s")));
        assertTrue(failure(TraceFormat.PLAIN, f, TraceOptions.parse("max-backstep=500ms"))
                .contains("line 3: time goes backwards"));
    }

    // Pins skip-zero-size: zero-size requests vanish but still set the time origin.
    @Test
    void skipZeroSize() throws Exception {
        Path f = write(dir, "t.tr", "10 1 0\n11 2 5\n12 3 0\n");
        assertRequests(List.of(of(1_000_000, 2, 5, 2)),
                readAll(TraceFormat.PLAIN, f, TraceOptions.parse("skip-zero-size=true")));
        assertEquals(3, readAll(TraceFormat.PLAIN, f, TraceOptions.DEFAULTS).size());
    }

    // Pins that an option the format does not take is refused rather than ignored.
    @Test
    void optionOfAnotherFormatIsRefused() {
        Path f = write(dir, "t.tr", "1 1 1\n");
        assertEquals(f + ": trace option include-query does not apply to the plain format (it takes obj-id-is-num,"
                + " time-unit, max-backstep, skip-zero-size)",
                failure(TraceFormat.PLAIN, f, TraceOptions.parse("include-query=true")));
    }

    // Pins that an empty file is an empty trace, not an error.
    @Test
    void emptyFileHasNoRequests() throws Exception {
        assertEquals(List.of(), readAll(TraceFormat.PLAIN, write(dir, "e.tr", ""), TraceOptions.DEFAULTS));
    }
}
