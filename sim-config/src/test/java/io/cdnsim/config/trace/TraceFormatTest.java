package io.cdnsim.config.trace;

import static io.cdnsim.config.trace.TraceTesting.gzip;
import static io.cdnsim.config.trace.TraceTesting.oracle;
import static io.cdnsim.config.trace.TraceTesting.utf8;
import static io.cdnsim.config.trace.TraceTesting.write;
import static io.cdnsim.config.trace.TraceTesting.zstdStored;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Format names and detection from content. */
class TraceFormatTest {

    @TempDir
    Path dir;

    private String undecided(Path f) {
        return assertThrows(TraceException.class, () -> TraceFormat.detect(f)).getMessage();
    }

    // Pins the --format names and the aliases libCacheSim users will type.
    @Test
    void names() {
        assertEquals("libcachesim-csv, oracle-general, plain, cloudfront", TraceFormat.labels());
        assertEquals(TraceFormat.ORACLE_GENERAL, TraceFormat.byLabel("oracle-general"));
        assertEquals(TraceFormat.ORACLE_GENERAL, TraceFormat.byLabel("oracleGeneral"));
        assertEquals(TraceFormat.LIBCACHESIM_CSV, TraceFormat.byLabel("csv"));
        assertEquals(TraceFormat.PLAIN, TraceFormat.byLabel("LRB"));
        assertEquals("unknown trace format 'vscsi' (known: libcachesim-csv, oracle-general, plain, cloudfront)",
                assertThrows(IllegalArgumentException.class, () -> TraceFormat.byLabel("vscsi")).getMessage());
    }

    // Pins detection of each format from content alone (file names say nothing).
    @Test
    void detectsEachFormat() throws Exception {
        assertEquals(TraceFormat.PLAIN, TraceFormat.detect(write(dir, "a", "1 2 3\n1.5 4 5 6\n")));
        assertEquals(TraceFormat.LIBCACHESIM_CSV, TraceFormat.detect(write(dir, "b", "time,obj_id,obj_size\n1,a,2\n")));
        assertEquals(TraceFormat.LIBCACHESIM_CSV,
                TraceFormat.detect(write(dir, "c", "\"Timestamp\"\t\"Object-ID\"\t\"Size\"\n1\ta\t2\n")));
        assertEquals(TraceFormat.CLOUDFRONT, TraceFormat.detect(write(dir, "d", "#Version: 1.0\n#Fields: date\n")));
        assertEquals(TraceFormat.CLOUDFRONT, TraceFormat.detect(write(dir, "e", "#Fields: date time\n")));
        assertEquals(TraceFormat.ORACLE_GENERAL, TraceFormat.detect(write(dir, "f",
                oracle(new long[] {1, 1, 1, -1}, new long[] {1, 2, 1, -1}, new long[] {2, 1, 1, -1}))));
    }

    // Pins detection through compression: gzip by its magic, and zstd when a decoder is present.
    @Test
    void detectsThroughCompression() throws Exception {
        assertEquals(TraceFormat.CLOUDFRONT, TraceFormat.detect(write(dir, "a.log",
                gzip(utf8("#Version: 1.0\n#Fields: date time cs-uri-stem sc-bytes\n")))));
        assertEquals(TraceFormat.ORACLE_GENERAL, TraceFormat.detect(write(dir, "b",
                gzip(oracle(new long[] {1, 1, 1, -1}, new long[] {2, 2, 1, -1})))));
        if (Compression.zstdDecoder() != null) {
            assertEquals(TraceFormat.PLAIN, TraceFormat.detect(write(dir, "c.zst", zstdStored(utf8("1 2 3\n")))));
        }
    }

    // Pins the messages when the content does not decide: binary of the wrong length, binary whose timestamps
    // decrease, delimited text without a naming header, something else.
    @Test
    void saysWhyItCannotDecide() {
        Path bin = write(dir, "bin", new byte[25]);
        assertEquals(bin + ": cannot tell the trace format from the content: it is binary (it has NUL bytes) but its"
                + " length 25 is not a multiple of 24 bytes, so it is not oracle-general; give --format"
                + " (libcachesim-csv, oracle-general, plain, cloudfront)", undecided(bin));
        Path back = write(dir, "back", oracle(new long[] {9, 1, 1, -1}, new long[] {3, 1, 1, -1}));
        assertTrue(undecided(back).contains("it is binary, but read as oracle-general records its timestamps"
                + " decrease at record 2 (9 then 3)"));
        Path csv = write(dir, "csv", "1,5633898,2a,512,42932745\n");
        assertEquals(csv + ": cannot tell the trace format from the content: the first line"
                + " '1,5633898,2a,512,42932745' has 5 columns separated by ',' but is neither three numbers (time id"
                + " size: plain) nor a header naming time, obj_id and obj_size; for a libCacheSim csv give --format"
                + " libcachesim-csv with time-col=, obj-id-col= and obj-size-col=; give --format (libcachesim-csv,"
                + " oracle-general, plain, cloudfront)", undecided(csv));
        assertTrue(undecided(write(dir, "words", "hello\n")).contains("the first line 'hello' is not a known trace"
                + " line"));
    }

    // Pins that content with no request is said to be so, not a format to give: an empty file, an empty gzip stream,
    // blank lines only.
    @Test
    void emptyContentHoldsNoRequests() {
        Path empty = write(dir, "empty", "");
        assertEquals(empty + ": no requests in the trace: it is empty", undecided(empty));
        Path gz = write(dir, "empty.gz", gzip(new byte[0]));
        assertEquals(gz + ": no requests in the trace: it is empty", undecided(gz));
        Path blank = write(dir, "blank.txt", "\n \n\t\r\n");
        assertEquals(blank + ": no requests in the trace: it holds only blank lines", undecided(blank));
    }

    // Pins that plain needs numbers in every one of the first lines: a later non-numeric id means not plain.
    @Test
    void plainNeedsNumbersThroughout() {
        assertTrue(undecided(write(dir, "p", "1 2 3\n2 abc 3\n")).contains("cannot tell the trace format"));
    }

    // Pins the message for a plain trace broken early (found in use: it blamed the good first line): it names the
    // offending line and says how to read the file as plain anyway.
    @Test
    void plainBrokenEarlyNamesTheLine() {
        String m = undecided(write(dir, "q", "0 1 10\n1 2 10\n1 3\n"));
        assertTrue(m.contains("non-blank line 3 '1 3' is not"), m);
        assertTrue(m.contains("--format plain"), m);
    }
}
