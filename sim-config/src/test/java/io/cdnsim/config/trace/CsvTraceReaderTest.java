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

/** The libcachesim-csv format: libCacheSim's csv reader and its options. */
class CsvTraceReaderTest {

    @TempDir
    Path dir;

    // Pins libCacheSim's own example (its cloudPhysicsIO.csv layout, used as
    // -t "time-col=2, obj-id-col=5, obj-size-col=4, obj-id-is-num=true"): 1-based columns, the header recognised
    // because its time field is not a number, numeric ids used as keys.
    @Test
    void libCacheSimExampleLayout() throws Exception {
        Path f = write(dir, "cloudPhysicsIO.csv", "version,time,op,size,lbn\n1,5633898,2a,512,42932745\n"
                + "1,5633898,2a,512,42932746\n1,5633900,2a,4096,42932745\n");
        assertRequests(List.of(of(0, 42932745, 512, 2), of(0, 42932746, 512, 3), of(2_000_000, 42932745, 4096, 4)),
                readAll(TraceFormat.LIBCACHESIM_CSV, f,
                        TraceOptions.parse("time-col=2, obj-id-col=5, obj-size-col=4, obj-id-is-num=true")));
    }

    // Pins header-named columns (no column options needed), string ids hashed by default as libCacheSim does, and
    // that extra columns are ignored.
    @Test
    void headerNamesTheColumns() throws Exception {
        Path f = write(dir, "t.csv", "timestamp,obj_id,obj_size,op\n10,/a.ts,100,get\n11,/b.ts,200,get\n"
                + "11,/a.ts,100,set\n");
        assertRequests(List.of(of(0, hash("/a.ts"), 100, 2), of(1_000_000, hash("/b.ts"), 200, 3),
                of(1_000_000, hash("/a.ts"), 100, 4)), readAll(TraceFormat.LIBCACHESIM_CSV, f, TraceOptions.DEFAULTS));
    }

    // Pins a tab-delimited file without header (detected: the first line's time and size are numbers), spaces
    // around fields dropped, 0x hex ids, CRLF line ends.
    @Test
    void tabDelimitedWithoutHeader() throws Exception {
        Path f = write(dir, "t.tsv", "7\t 0x10 \t300\r\n8\t0xffffffffffffffff\t5\r\n");
        assertRequests(List.of(of(0, 16, 300, 1), of(1_000_000, -1, 5, 2)), readAll(TraceFormat.LIBCACHESIM_CSV, f,
                TraceOptions.parse("time-col=1, obj-id-col=2, obj-size-col=3, obj-id-is-num=true")));
    }

    // Pins quoted fields: a delimiter inside quotes and a doubled quote; the key hashes the unquoted text.
    @Test
    void quotedFields() throws Exception {
        Path f = write(dir, "t.csv", "time,obj_id,obj_size\n1,\"/a,b.ts\",10\n2,\"say \"\"hi\"\"\",5\n");
        assertRequests(List.of(of(0, hash("/a,b.ts"), 10, 2), of(1_000_000, hash("say \"hi\""), 5, 3)),
                readAll(TraceFormat.LIBCACHESIM_CSV, f, TraceOptions.DEFAULTS));
        // the first line of a file without header is examined for the header and then read as data: once unquoted
        Path g = write(dir, "g.csv", "1,\"say \"\"hi\"\"\",5\n");
        assertRequests(List.of(of(0, hash("say \"hi\""), 5, 1)), readAll(TraceFormat.LIBCACHESIM_CSV, g,
                TraceOptions.parse("time-col=1, obj-id-col=2, obj-size-col=3")));
    }

    // Pins the option text as libCacheSim writes it: delimiter=,, for a comma, has-header, and a space delimiter
    // that takes runs of spaces.
    @Test
    void delimiterAndHeaderOptions() throws Exception {
        Path comma = write(dir, "c.csv", "a,b,c\n1,x,10\n");
        assertRequests(List.of(of(0, hash("x"), 10, 2)), readAll(TraceFormat.LIBCACHESIM_CSV, comma,
                TraceOptions.parse("time-col=1,obj-id-col=2,obj-size-col=3,delimiter=,,has-header=true")));
        Path space = write(dir, "s.txt", "1  x   10\n2 y 20\n");
        assertRequests(List.of(of(0, hash("x"), 10, 1), of(1_000_000, hash("y"), 20, 2)),
                readAll(TraceFormat.LIBCACHESIM_CSV, space,
                        TraceOptions.parse("time-col=1, obj-id-col=2, obj-size-col=3, delimiter=space")));
    }

    // Pins fractional times kept to the microsecond (here in ms), and an exponent accepted.
    @Test
    void fractionalTimes() throws Exception {
        Path f = write(dir, "t.csv", "time,id,size\n1.5,a,1\n2.0005,b,1\n1e1,c,1\n");
        assertRequests(List.of(of(0, hash("a"), 1, 2), of(500, hash("b"), 1, 3), of(8_500, hash("c"), 1, 4)),
                readAll(TraceFormat.LIBCACHESIM_CSV, f, TraceOptions.parse("time-unit=ms")));
    }

    // Pins cnt-col: a line stands for that many requests (0: none), each at the line's time and line number.
    @Test
    void countColumnRepeatsALine() throws Exception {
        Path f = write(dir, "t.csv", "time,obj_id,obj_size,n\n1,a,10,2\n2,b,20,0\n3,c,30,1\n");
        assertRequests(List.of(of(0, hash("a"), 10, 2), of(0, hash("a"), 10, 2), of(2_000_000, hash("c"), 30, 4)),
                readAll(TraceFormat.LIBCACHESIM_CSV, f, TraceOptions.parse("cnt-col=4")));
    }

    // Pins the exact message for a line with too few columns: file, line, the columns wanted and the count found.
    @Test
    void shortLineNamesItsLine() {
        Path f = write(dir, "t.csv", "time,obj_id,obj_size\n1,a,10\n2,b,20\n\n3,c\n");
        assertEquals(f + ": line 5: expected at least 3 columns (time in 1, obj_id in 2, obj_size in 3), found 2:"
                + " '3,c'", failure(TraceFormat.LIBCACHESIM_CSV, f, TraceOptions.DEFAULTS));
    }

    // Pins the messages for a bad size, a bad time, a decreasing time and an unterminated quote, each at its line.
    @Test
    void malformedFieldsNameTheirLine() {
        assertEquals(dir.resolve("a.csv") + ": line 3: column 3 (obj_size): expected a whole number of bytes, found"
                + " '1k'", failure(TraceFormat.LIBCACHESIM_CSV,
                        write(dir, "a.csv", "time,obj_id,obj_size\n1,a,10\n2,b,1k\n"), TraceOptions.DEFAULTS));
        assertTrue(failure(TraceFormat.LIBCACHESIM_CSV, write(dir, "b.csv", "time,obj_id,obj_size\nnow,a,10\n"),
                TraceOptions.DEFAULTS).endsWith(": line 2: column 1 (time): expected a time (a number 0 or more),"
                        + " found 'now'"));
        assertTrue(failure(TraceFormat.LIBCACHESIM_CSV, write(dir, "c.csv", "time,obj_id,obj_size\n5,a,1\n4,b,1\n"),
                TraceOptions.DEFAULTS).contains(": line 3: time goes backwards"));
        assertTrue(failure(TraceFormat.LIBCACHESIM_CSV, write(dir, "d.csv", "time,obj_id,obj_size\n5,\"a,1\n"),
                TraceOptions.DEFAULTS).endsWith(": line 2: column 2: a quoted field has no closing quote (quoted"
                        + " fields cannot span lines)"));
    }

    // Pins what happens when the columns cannot be known: a header without a size column, or no header and no
    // column options.
    @Test
    void unknownColumnsAreExplained() {
        Path f = write(dir, "h.csv", "time,obj_id,bytes_sent\n1,a,10\n");
        assertEquals(f + ": line 1: the header names no obj_size column (looked for obj_size, object_size, size; it"
                + " has time, obj_id, bytes_sent): give obj-size-col=N (1 = the first column)",
                failure(TraceFormat.LIBCACHESIM_CSV, f, TraceOptions.DEFAULTS));
        Path g = write(dir, "n.csv", "1,a,10\n");
        assertEquals(g + ": libcachesim-csv needs to know the columns: give time-col, obj-id-col and obj-size-col"
                + " (1 = the first column), or a header line naming time, obj_id and obj_size",
                failure(TraceFormat.LIBCACHESIM_CSV, g, TraceOptions.parse("has-header=false")));
    }
}
