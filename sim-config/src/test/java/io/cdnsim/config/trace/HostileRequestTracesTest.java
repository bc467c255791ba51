package io.cdnsim.config.trace;

import static io.cdnsim.config.trace.TraceTesting.gzip;
import static io.cdnsim.config.trace.TraceTesting.oracle;
import static io.cdnsim.config.trace.TraceTesting.readAll;
import static io.cdnsim.config.trace.TraceTesting.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.cdnsim.config.Limits;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Request traces written to hurt: far-future times, counts and sizes at the edges of a long, exponents that would
 * take forever to compute, files that are not files, a compression bomb. Each is refused with a
 * {@link TraceException} naming the file, the line or record and the field, within a few seconds; values just
 * inside a limit still read.
 */
class HostileRequestTracesTest {

    private static final Duration BOUND = Duration.ofSeconds(20);
    private static final String CLOUDFRONT_HEAD = "#Version: 1.0\n#Fields: date time sc-bytes cs-uri-stem\n";

    @TempDir
    Path dir;

    /** Reads a trace that must be refused, within {@link #BOUND}; returns the message after checking its parts. */
    private static String refused(TraceFormat format, Path file, String options, String... says) {
        TraceException e = assertTimeoutPreemptively(BOUND, () -> assertThrows(TraceException.class,
                () -> readAll(format, file, TraceOptions.parse(options))));
        String message = e.getMessage();
        assertTrue(message.startsWith(file + ": "), message);
        for (String s : says) {
            assertTrue(message.contains(s), () -> "lacks '" + s + "': " + message);
        }
        return message;
    }

    // Pins the example: one plain line 285 years after the first is refused at that line, naming the time
    // as written and the limit.
    @Test
    void plainFarFutureTime() {
        Path f = write(dir, "far.txt", "0 1 100\n9000000000 2 100\n");
        assertEquals(f + ": line 2: column 1 (time) 9000000000 is 9000000000 s after the first request (line 1); a"
                + " trace may span at most 31 days (2678400 s)", refused(TraceFormat.PLAIN, f, ""));
    }

    // Pins the limit's edge: a span of exactly 31 days reads, a microsecond more does not.
    @Test
    void spanOfExactly31DaysReads() throws Exception {
        Path ok = write(dir, "ok.txt", "100 1 1\n2678500 2 1\n");
        assertEquals(Limits.MAX_DURATION, readAll(TraceFormat.PLAIN, ok, TraceOptions.DEFAULTS).get(1).time());
        refused(TraceFormat.PLAIN, write(dir, "over.txt", "100 1 1\n2678500.000001 2 1\n"), "", "line 2");
    }

    // Pins that CloudFront's date counts: a line dated 9999 after one of 2024 is refused at its line.
    @Test
    void cloudFrontYear9999() {
        Path f = write(dir, "cf.log", CLOUDFRONT_HEAD + "2024-01-01\t10:00:00\t100\t/a\n"
                + "9999-12-31\t23:59:59\t100\t/b\n");
        refused(TraceFormat.CLOUDFRONT, f, "", "line 4: date and time 9999-12-31 23:59:59 is", "(line 3)", "31 days");
    }

    // Pins oracle-general's largest timestamp, 2^32 - 1 s (136 years) after 0: refused at its record.
    @Test
    void oracleGeneralFarFutureTimestamp() {
        Path f = write(dir, "t.bin", oracle(new long[] {0, 1, 10, -1}, new long[] {4_294_967_295L, 2, 10, -1}));
        refused(TraceFormat.ORACLE_GENERAL, f, "", "record 2: timestamp 4294967295 is", "(record 1)");
    }

    // Pins that the span is measured after the unit: 4e9 ms are 46 days, refused; the same in us reads.
    @Test
    void oracleGeneralSpanInItsUnit() throws Exception {
        Path f = write(dir, "t.bin", oracle(new long[] {0, 1, 10, -1}, new long[] {4_000_000_000L, 2, 10, -1}));
        refused(TraceFormat.ORACLE_GENERAL, f, "time-unit=ms", "record 2: timestamp 4000000000");
        assertEquals(4_000_000_000L, readAll(TraceFormat.ORACLE_GENERAL, f, TraceOptions.parse("time-unit=us"))
                .get(1).time());
    }

    // Pins cnt-col: a count of 9e18 (that would replay for ever) is refused at its line, naming the column and the
    // limit; a count that would pass the limit with the requests before it is refused too.
    @Test
    void csvCountBeyondTheRequestLimit() {
        String options = "time-col=1, obj-id-col=2, obj-size-col=3, cnt-col=4, has-header=false";
        refused(TraceFormat.LIBCACHESIM_CSV, write(dir, "a.csv", "0,a,100,9000000000000000000\n"), options,
                "line 1: column 4 (count): 9000000000000000000 requests would bring the trace past 20000000000");
        refused(TraceFormat.LIBCACHESIM_CSV, write(dir, "b.csv", "0,a,100,2\n0,b,100,19999999999\n"), options,
                "line 2: column 4 (count)", "(2 before this line)");
        refused(TraceFormat.LIBCACHESIM_CSV, write(dir, "c.csv", "0,a,100,-5\n"), options,
                "line 1: column 4 (count): expected a whole number of requests, found '-5' (negative)");
    }

    // Pins that the bytes asked for in all stay within what a long counts: 600,000 requests of 1 TiB are refused at
    // the line that passes 2^59 bytes, after about half a million of them.
    @Test
    void totalBytesBeyondTheCounters() {
        String options = "time-col=1, obj-id-col=2, obj-size-col=3, cnt-col=4, has-header=false";
        refused(TraceFormat.LIBCACHESIM_CSV, write(dir, "t.csv", "0,a,1,1\n0,b,1099511627776,600000\n"), options,
                "line 2: the requests up to here ask for more than 576460752303423488 bytes");
    }

    // Pins object sizes: 8 EB (a plain size, a CloudFront sc-bytes, a csv size) is refused naming the column and
    // the limit of 1 TiB; exactly 1 TiB reads.
    @Test
    void sizesBeyondOneTebibyte() throws Exception {
        refused(TraceFormat.PLAIN, write(dir, "a.txt", "0 1 8000000000000000000\n"), "",
                "line 1: column 3 (size): 8000000000000000000 bytes is more than an object may have (1099511627776");
        refused(TraceFormat.PLAIN, write(dir, "b.txt", "0 1 99999999999999999999999999999\n"), "", "1 TiB");
        refused(TraceFormat.CLOUDFRONT, write(dir, "c.log", CLOUDFRONT_HEAD + "2024-01-01\t10:00:00\t"
                + "9223372036854775807\t/a\n"), "", "line 3: sc-bytes: 9223372036854775807 bytes is more than");
        refused(TraceFormat.LIBCACHESIM_CSV, write(dir, "d.csv", "time,obj_id,obj_size\n0,a,1099511627777\n"), "",
                "line 2: column 3 (obj_size)");
        assertEquals(Limits.MAX_OBJECT_BYTES, readAll(TraceFormat.PLAIN, write(dir, "e.txt", "0 1 1099511627776\n"),
                TraceOptions.DEFAULTS).get(0).size());
    }

    // Pins times that are not a time: negative, NaN, infinite, an exponent past a long, one of 100 characters.
    @Test
    void timesThatAreNotTimes() {
        refused(TraceFormat.PLAIN, write(dir, "a", "-5 1 1\n"), "", "line 1: column 1 (time)", "(negative)");
        refused(TraceFormat.PLAIN, write(dir, "b", "NaN 1 1\n"), "", "line 1: column 1 (time): expected a time");
        refused(TraceFormat.PLAIN, write(dir, "c", "Infinity 1 1\n"), "", "expected a time");
        refused(TraceFormat.PLAIN, write(dir, "d", "0 1 1\n1e999999999 1 1\n"), "", "line 2", "too large a time");
        refused(TraceFormat.PLAIN, write(dir, "e", "1" + "0".repeat(99) + "e0 1 1\n"), "", "at most 64 characters");
        refused(TraceFormat.LIBCACHESIM_CSV, write(dir, "f.csv", "time,obj_id,obj_size\n1e19,a,1\n"), "",
                "line 2: column 1 (time): 1e19 is too large a time");
    }

    // Pins that a vanishing exponent is a time of 0 at once, not a computation with a billion digits.
    @Test
    void tinyExponentIsZero() throws Exception {
        Path f = write(dir, "t", "1e-999999999 1 1\n1E-7 2 1\n0.5e-5 3 1\n");
        List<TraceTesting.Request> r = assertTimeoutPreemptively(BOUND,
                () -> readAll(TraceFormat.PLAIN, f, TraceOptions.DEFAULTS));
        assertEquals(List.of(0L, 0L, 5L), r.stream().map(TraceTesting.Request::time).toList());
    }

    // Pins backward jumps: beyond max-backstep an error; within it, the time is held at the previous one, so even a
    // jump of 31 days back cannot stretch the span; max-backstep itself is at most 31 days.
    @Test
    void backwardJumps() throws Exception {
        refused(TraceFormat.PLAIN, write(dir, "a", "2678400 1 1\n0 2 1\n"), "", "line 2: time goes backwards");
        List<TraceTesting.Request> r = readAll(TraceFormat.PLAIN, write(dir, "b", "2678400 1 1\n0 2 1\n"),
                TraceOptions.parse("max-backstep=31d"));
        assertEquals(List.of(0L, 0L), r.stream().map(TraceTesting.Request::time).toList());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> TraceOptions.parse("max-backstep=32d"));
        assertTrue(e.getMessage().contains("expected a duration from 0 to 31 days"), e.getMessage());
    }

    // Pins a truncated binary record: the file ends inside a record, refused at that record.
    @Test
    void truncatedOracleGeneralRecord() {
        byte[] whole = oracle(new long[] {0, 1, 10, -1}, new long[] {1, 2, 10, -1});
        Path f = write(dir, "t.bin", Arrays.copyOf(whole, 40));
        refused(TraceFormat.ORACLE_GENERAL, f, "", "record 2: the file ends 16 bytes into a 24-byte record");
    }

    // Pins files that are not regular files: a FIFO would block the reader for ever, /dev/zero never ends, a folder
    // is not a trace. Each is refused before a byte is read, by open and by detection.
    @Test
    void filesThatAreNotFiles() throws Exception {
        Path fifo = dir.resolve("fifo");
        assumeTrue(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0, "no mkfifo");
        for (Path p : List.of(fifo, Path.of("/dev/zero"), dir)) {
            assumeTrue(Files.exists(p));
            refused(TraceFormat.PLAIN, p, "", "");
            TraceException e = assertTimeoutPreemptively(BOUND, () -> assertThrows(TraceException.class,
                    () -> TraceFormat.detect(p)));
            assertTrue(e.getMessage().startsWith(p + ": this is "), e.getMessage());
        }
        assertEquals(dir + ": this is a folder; a trace file was expected", refused(TraceFormat.PLAIN, dir, ""));
    }

    // Pins the size limit of a request trace: a (sparse) file of 1 TiB and one byte is refused before reading.
    @Test
    void fileLargerThanOneTebibyte() throws IOException {
        Path f = dir.resolve("huge.txt");
        try (RandomAccessFile file = new RandomAccessFile(f.toFile(), "rw")) {
            file.setLength(TraceLimits.MAX_REQUEST_TRACE_BYTES + 1);
        } catch (IOException e) {
            assumeTrue(false, "no sparse file of 1 TiB here: " + e.getMessage());
        }
        refused(TraceFormat.PLAIN, f, "", "the file is 1099511627777 bytes; a trace file may be at most");
    }

    // Pins the compression bomb: 100 MiB of zeros (oracle-general records) or of blank lines (plain), each about
    // 100 KB of gzip, expand past 64 MiB and are refused there, at the record or line reached, not read to the end.
    @Test
    void gzipBomb() {
        byte[] zeros = new byte[100 << 20];
        Path f = write(dir, "bomb.gz", gzip(zeros));
        Arrays.fill(zeros, (byte) '\n');
        Path lines = write(dir, "lines.gz", gzip(zeros));
        refused(TraceFormat.PLAIN, lines, "", "the gzip data expands to more than 67108864 bytes", "bomb");
        refused(TraceFormat.ORACLE_GENERAL, f, "", "record ", "the gzip data expands to more than 67108864 bytes");
    }
}
