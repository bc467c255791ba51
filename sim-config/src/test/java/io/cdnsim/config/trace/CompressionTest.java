package io.cdnsim.config.trace;

import static io.cdnsim.config.trace.TraceTesting.Request.of;
import static io.cdnsim.config.trace.TraceTesting.assertRequests;
import static io.cdnsim.config.trace.TraceTesting.concat;
import static io.cdnsim.config.trace.TraceTesting.failure;
import static io.cdnsim.config.trace.TraceTesting.gzip;
import static io.cdnsim.config.trace.TraceTesting.hash;
import static io.cdnsim.config.trace.TraceTesting.oracle;
import static io.cdnsim.config.trace.TraceTesting.readAll;
import static io.cdnsim.config.trace.TraceTesting.utf8;
import static io.cdnsim.config.trace.TraceTesting.write;
import static io.cdnsim.config.trace.TraceTesting.zstdStored;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** gzip and zstd traces, recognised by their first bytes. */
class CompressionTest {

    static final String PLAIN = "100 1 120\n101 2 64\n101 1 120\n";
    static final List<TraceTesting.Request> PLAIN_REQUESTS = List.of(of(0, 1, 120, 1), of(1_000_000, 2, 64, 2),
            of(1_000_000, 1, 120, 3));

    @TempDir
    Path dir;

    // Pins the magic numbers: 1f 8b is gzip, 28 b5 2f fd is zstd, anything else is not compressed.
    @Test
    void recognisesMagicNumbers() {
        assertEquals(Compression.GZIP, Compression.of(gzip(utf8("x")), 4));
        assertEquals(Compression.ZSTD, Compression.of(zstdStored(utf8("x")), 4));
        assertEquals(Compression.NONE, Compression.of(utf8("1 2 3\n"), 6));
        assertEquals(Compression.NONE, Compression.of(new byte[] {0x1f}, 1));
    }

    // Pins that a gzip trace reads to exactly the requests of its uncompressed content, whatever the file's name.
    @Test
    void gzipReadsLikeTheUncompressedFile() throws Exception {
        Path f = write(dir, "trace.tr", gzip(utf8(PLAIN)));
        assertRequests(PLAIN_REQUESTS, readAll(TraceFormat.PLAIN, f, TraceOptions.DEFAULTS));
    }

    // Pins that concatenated gzip members (cat a.gz b.gz, as CloudFront log files are joined) read as one stream.
    @Test
    void concatenatedGzipMembers() throws Exception {
        String head = "#Version: 1.0\n#Fields: date time cs-uri-stem sc-bytes\n";
        Path f = write(dir, "all.gz", concat(gzip(utf8(head + "2024-01-01\t10:00:00\t/a\t5\n")),
                gzip(utf8(head + "2024-01-01\t10:00:01\t/b\t6\n"))));
        assertRequests(List.of(of(0, hash("/a"), 5, 3), of(1_000_000, hash("/b"), 6, 6)),
                readAll(TraceFormat.CLOUDFRONT, f, TraceOptions.DEFAULTS));
    }

    // Pins a gzip trace with text appended (it read as if the text were not there): refused naming the file, not a
    // line, and the bytes of gzip data; zero padding after the data reads as gzip -d reads it.
    @Test
    void trailingDataAfterGzipIsRefused() throws Exception {
        byte[] z = gzip(utf8(PLAIN));
        Path f = write(dir, "t.txt.gz", concat(z, utf8("garbage\n")));
        String m = failure(TraceFormat.PLAIN, f, TraceOptions.DEFAULTS);
        assertTrue(m.startsWith(f + ": trailing data after the gzip stream: its first " + z.length + " bytes"), m);
        assertEquals(m, assertThrows(TraceException.class, () -> TraceFormat.detect(f)).getMessage());
        Path padded = write(dir, "padded.gz", concat(z, new byte[512]));
        assertRequests(PLAIN_REQUESTS, readAll(TraceFormat.PLAIN, padded, TraceOptions.DEFAULTS));
    }

    // Pins that a binary trace streams through gzip too (records split across decompressed reads).
    @Test
    void gzipOracleGeneral() throws Exception {
        long[][] records = new long[5000][];
        for (int i = 0; i < records.length; i++) {
            records[i] = new long[] {i / 10, i % 97, 100 + i, -1};
        }
        List<TraceTesting.Request> read = readAll(TraceFormat.ORACLE_GENERAL,
                write(dir, "t.oracleGeneral.bin.gz", gzip(oracle(records))), TraceOptions.DEFAULTS);
        assertEquals(5000, read.size());
        assertEquals(of(499_000_000, 4999 % 97, 5099, 5000), read.get(4999));
    }

    // Pins that a truncated gzip file is a TraceException at the line reached, not a raw EOFException.
    @Test
    void truncatedGzipNamesTheLineReached() {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 1000; i++) {
            b.append(i).append(' ').append(i).append(" 10\n");
        }
        byte[] z = gzip(utf8(b.toString()));
        Path f = write(dir, "cut.gz", Arrays.copyOf(z, z.length - 4));
        String m = failure(TraceFormat.PLAIN, f, TraceOptions.DEFAULTS);
        assertTrue(m.startsWith(f + ": line 1001: damaged gzip data: "), m);
        assertTrue(m.endsWith("(the file is truncated or corrupt)"), m);
    }

    // Pins zstd: a frame of stored blocks (built by the test, so no encoder is needed) and two concatenated frames
    // read like the uncompressed content when a decoder (zstd-jni or aircompressor) is on the class path; without
    // one, the message says what to add or to decompress the file first.
    @Test
    void zstdReadsWhenADecoderIsPresent() throws Exception {
        Path f = write(dir, "trace.zst", zstdStored(utf8(PLAIN)));
        Path two = write(dir, "two.zst", concat(zstdStored(utf8("100 1 120\n101 2 64\n")),
                zstdStored(utf8("101 1 120\n"))));
        if (Compression.zstdDecoder() != null) {
            assertRequests(PLAIN_REQUESTS, readAll(TraceFormat.PLAIN, f, TraceOptions.DEFAULTS));
            assertRequests(PLAIN_REQUESTS, readAll(TraceFormat.PLAIN, two, TraceOptions.DEFAULTS));
        } else {
            assertEquals(f + ": is zstd-compressed, but no zstd decoder is on the class path (add"
                    + " com.github.luben:zstd-jni or io.airlift:aircompressor to the build), or decompress it first:"
                    + " zstd -d " + f, failure(TraceFormat.PLAIN, f, TraceOptions.DEFAULTS));
        }
    }

    // Pins that a zstd frame cut short is a TraceException (with a decoder present), not an unchecked exception.
    @Test
    void truncatedZstdIsATraceException() {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 10_000; i++) {
            b.append(i).append(' ').append(i).append(" 10\n");
        }
        byte[] z = zstdStored(utf8(b.toString()));
        Path f = write(dir, "cut.zst", Arrays.copyOf(z, z.length - 100));
        String m = failure(TraceFormat.PLAIN, f, TraceOptions.DEFAULTS);
        if (Compression.zstdDecoder() != null) {
            assertTrue(m.matches("\\Q" + f + "\\E: line \\d+: damaged zstd data: .* \\(the file is truncated or"
                    + " corrupt\\)"), m);
        } else {
            assertTrue(m.startsWith(f + ": is zstd-compressed, but no zstd decoder"), m);
        }
    }
}
