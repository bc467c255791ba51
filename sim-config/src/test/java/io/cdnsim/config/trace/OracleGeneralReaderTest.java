package io.cdnsim.config.trace;

import static io.cdnsim.config.trace.TraceTesting.Request.of;
import static io.cdnsim.config.trace.TraceTesting.assertRequests;
import static io.cdnsim.config.trace.TraceTesting.concat;
import static io.cdnsim.config.trace.TraceTesting.failure;
import static io.cdnsim.config.trace.TraceTesting.oracle;
import static io.cdnsim.config.trace.TraceTesting.readAll;
import static io.cdnsim.config.trace.TraceTesting.write;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The oracle-general format: libCacheSim's 24-byte little-endian records. */
class OracleGeneralReaderTest {

    @TempDir
    Path dir;

    // Pins the record layout byte by byte, written here with explicit little-endian bytes rather than through a
    // ByteBuffer: uint32 time at 0, uint64 id at 4, uint32 size at 12, int64 next access at 16 (ignored).
    @Test
    void decodesLittleEndianRecordsByteByByte() throws Exception {
        byte[] one = {
            0x10, 0x00, 0x00, 0x00, // time 16
            0x01, 0x02, 0x03, 0x04, 0x05, 0x06, 0x07, 0x08, // id 0x0807060504030201
            0x00, 0x02, 0x00, 0x00, // size 512
            (byte) 0xff, (byte) 0xff, (byte) 0xff, (byte) 0xff, (byte) 0xff, (byte) 0xff, (byte) 0xff, (byte) 0xff,
        };
        byte[] two = {
            0x11, 0x00, 0x00, 0x00, // time 17
            0x2a, 0, 0, 0, 0, 0, 0, 0, // id 42
            0x00, 0x10, 0x00, 0x00, // size 4096
            0x05, 0, 0, 0, 0, 0, 0, 0,
        };
        Path f = write(dir, "t.oracleGeneral.bin", concat(one, two));
        assertRequests(List.of(of(0, 0x0807060504030201L, 512, 1), of(1_000_000, 42, 4096, 2)),
                readAll(TraceFormat.ORACLE_GENERAL, f, TraceOptions.DEFAULTS));
    }

    // Pins unsigned reading: a timestamp above 2^31, a size above 2^31, an id above 2^63 (kept bit for bit, so
    // negative as a long); equal times allowed; lineNumber() is the record number.
    @Test
    void unsignedFields() throws Exception {
        Path f = write(dir, "t.bin", oracle(new long[] {0xFFFF_FFF0L, -1L, 0x8000_0000L, -1},
                new long[] {0xFFFF_FFF0L, 7, 1, 2}, new long[] {0xFFFF_FFFFL, 7, 1, -1}));
        assertRequests(List.of(of(0, -1, 0x8000_0000L, 1), of(0, 7, 1, 2), of(15_000_000, 7, 1, 3)),
                readAll(TraceFormat.ORACLE_GENERAL, f, TraceOptions.DEFAULTS));
    }

    // Pins time-unit for binary traces whose clock is not in seconds.
    @Test
    void timeUnit() throws Exception {
        Path f = write(dir, "t.bin", oracle(new long[] {1000, 1, 1, -1}, new long[] {1250, 2, 1, -1}));
        assertRequests(List.of(of(0, 1, 1, 1), of(250_000, 2, 1, 2)),
                readAll(TraceFormat.ORACLE_GENERAL, f, TraceOptions.parse("time-unit=ms")));
        assertRequests(List.of(of(0, 1, 1, 1), of(0, 2, 1, 2)),
                readAll(TraceFormat.ORACLE_GENERAL, f, TraceOptions.parse("time-unit=ns")));
    }

    // Pins the exact message for a file cut inside a record: the record number and the bytes found.
    @Test
    void truncatedRecordNamesItsRecord() {
        byte[] two = oracle(new long[] {1, 1, 1, -1}, new long[] {2, 2, 2, -1});
        Path f = write(dir, "t.bin", concat(two, new byte[10]));
        assertEquals(f + ": record 3: the file ends 10 bytes into a 24-byte record (its length is not a multiple of"
                + " 24, so it is truncated or not oracleGeneral)", failure(TraceFormat.ORACLE_GENERAL, f,
                        TraceOptions.DEFAULTS));
    }

    // Pins the ordering rule for records: a decreasing timestamp fails at its record number.
    @Test
    void decreasingTimeNamesItsRecord() {
        Path f = write(dir, "t.bin", oracle(new long[] {5, 1, 1, -1}, new long[] {6, 1, 1, -1},
                new long[] {4, 1, 1, -1}));
        assertEquals(f + ": record 3: time goes backwards: 1 s before the start is 2 s earlier than record 2 (1 s);"
                + " times must not decrease (max-backstep=<duration> tolerates small steps back)",
                failure(TraceFormat.ORACLE_GENERAL, f, TraceOptions.DEFAULTS));
    }
}
