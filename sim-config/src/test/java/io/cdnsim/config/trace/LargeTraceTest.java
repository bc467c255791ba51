package io.cdnsim.config.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.InputStream;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * Millions of requests through each reader, generated on the fly by an InputStream that computes the expected count
 * and checksum as it writes: the trace never exists whole, in memory or on disk, so passing shows the readers stream.
 */
class LargeTraceTest {

    private static final VarHandle INT = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle LONG = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

    static long mix(long checksum, long time, long key, long size) {
        long h = checksum * 0x9E37_79B9_7F4A_7C15L;
        h ^= time * 0xC2B2_AE3D_27D4_EB4FL;
        h += key;
        return (h ^ (h >>> 29)) + size * 31;
    }

    /** Writes records into a 64 KiB chunk as they are read; remembers the count and checksum it expects. */
    abstract static class Generated extends InputStream {

        final long records;
        long emitted;
        long checksum;
        final byte[] chunk = new byte[1 << 16];
        int pos;
        int lim;

        Generated(long records) {
            this.records = records;
        }

        /** Writes record {@code i} at {@code off}, updates the checksum, returns the new end. */
        abstract int record(long i, int off);

        /** Longest record in bytes. */
        int maxRecord() {
            return 256;
        }

        int header(int off) {
            return off;
        }

        @Override
        public int read() {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (pos == lim) {
                pos = 0;
                lim = emitted == 0 && lim == 0 ? header(0) : 0;
                while (emitted < records && lim + maxRecord() <= chunk.length) {
                    lim = record(emitted++, lim);
                }
                if (lim == 0) {
                    return -1;
                }
            }
            int n = Math.min(len, lim - pos);
            System.arraycopy(chunk, pos, b, off, n);
            pos += n;
            return n;
        }
    }

    static int putLong(byte[] b, int off, long v) {
        if (v == 0) {
            b[off] = '0';
            return off + 1;
        }
        int digits = 0;
        for (long x = v; x > 0; x /= 10) {
            digits++;
        }
        for (int i = off + digits - 1; i >= off; i--) {
            b[i] = (byte) ('0' + v % 10);
            v /= 10;
        }
        return off + digits;
    }

    static int put2(byte[] b, int off, int v) {
        b[off] = (byte) ('0' + v / 10);
        b[off + 1] = (byte) ('0' + v % 10);
        return off + 2;
    }

    static int put(byte[] b, int off, byte[] s) {
        System.arraycopy(s, 0, b, off, s.length);
        return off + s.length;
    }

    static void readAndCheck(TraceFormat format, Generated g, TraceOptions options) throws Exception {
        long count = 0;
        long checksum = 0;
        try (TraceReader r = format.open(g, "generated", options)) {
            while (r.next()) {
                checksum = mix(checksum, r.time(), r.key(), r.size());
                count++;
            }
        }
        assertEquals(g.records, count, "requests read");
        assertEquals(g.checksum, checksum, "checksum of (time, key, size)");
    }

    // Pins streaming of plain: 3 million lines, times in whole seconds, several requests a second.
    @Test
    void plainThreeMillion() throws Exception {
        readAndCheck(TraceFormat.PLAIN, plain(3_000_000), TraceOptions.DEFAULTS);
    }

    static Generated plain(long records) {
        return new Generated(records) {
            @Override
            int record(long i, int off) {
                long t = i / 8;
                long id = (i * 2_654_435_761L) % 1_000_003;
                long size = 100 + (i * 7919) % 1_000_000;
                checksum = mix(checksum, t * 1_000_000, id, size);
                int o = putLong(chunk, off, t);
                chunk[o++] = ' ';
                o = putLong(chunk, o, id);
                chunk[o++] = ' ';
                o = putLong(chunk, o, size);
                chunk[o++] = '\n';
                return o;
            }
        };
    }

    // Pins streaming of libcachesim-csv: a header, 3 million lines with millisecond fractions and string ids.
    @Test
    void csvThreeMillion() throws Exception {
        readAndCheck(TraceFormat.LIBCACHESIM_CSV, csv(3_000_000), TraceOptions.DEFAULTS);
    }

    static Generated csv(long records) {
        byte[] header = "time,obj_id,obj_size\n".getBytes(StandardCharsets.US_ASCII);
        byte[] prefix = "obj-".getBytes(StandardCharsets.US_ASCII);
        return new Generated(records) {
            @Override
            int header(int off) {
                return put(chunk, off, header);
            }

            @Override
            int record(long i, int off) {
                long ms = i * 3;
                long size = 100 + i % 5000;
                int o = putLong(chunk, off, ms / 1000);
                chunk[o++] = '.';
                chunk[o++] = (byte) ('0' + ms % 1000 / 100);
                o = put2(chunk, o, (int) (ms % 100));
                chunk[o++] = ',';
                int idStart = o;
                o = put(chunk, o, prefix);
                o = putLong(chunk, o, (i * 2_654_435_761L) % 1_000_003);
                long key = KeyHash.fnv1a64(chunk, idStart, o);
                chunk[o++] = ',';
                o = putLong(chunk, o, size);
                chunk[o++] = '\n';
                checksum = mix(checksum, ms * 1000, key, size);
                return o;
            }
        };
    }

    // Pins streaming of oracle-general: 3 million 24-byte records with full 64-bit ids and unsigned sizes.
    @Test
    void oracleGeneralThreeMillion() throws Exception {
        readAndCheck(TraceFormat.ORACLE_GENERAL, oracle(3_000_000), TraceOptions.DEFAULTS);
    }

    static Generated oracle(long records) {
        return new Generated(records) {
            @Override
            int maxRecord() {
                return 24;
            }

            @Override
            int record(long i, int off) {
                long t = i / 16;
                long id = i * 0x9E37_79B9_7F4A_7C15L;
                long size = (i * 2_654_435_761L) & 0xFFFF_FFFFL;
                INT.set(chunk, off, (int) t);
                LONG.set(chunk, off + 4, id);
                INT.set(chunk, off + 12, (int) size);
                LONG.set(chunk, off + 16, -1L);
                checksum = mix(checksum, t * 1_000_000, id, size);
                return off + 24;
            }
        };
    }

    // Pins streaming of cloudfront: 2 million log lines crossing a leap day at midnight, keys hashed from the stem.
    @Test
    void cloudFrontTwoMillion() throws Exception {
        readAndCheck(TraceFormat.CLOUDFRONT, cloudFront(2_000_000), TraceOptions.DEFAULTS);
    }

    static Generated cloudFront(long records) {
        byte[] header = "#Version: 1.0\n#Fields: date time x-edge-location sc-bytes cs-uri-stem sc-status\n"
                .getBytes(StandardCharsets.US_ASCII);
        byte[] edge = "\tFRA56-P3\t".getBytes(StandardCharsets.US_ASCII);
        byte[] tail = "\t200\n".getBytes(StandardCharsets.US_ASCII);
        long startSecond = LocalDate.of(2024, 2, 28).toEpochDay() * 86_400 + 23 * 3600;
        return new Generated(records) {
            long day = -1;
            byte[] date;

            @Override
            int header(int off) {
                return put(chunk, off, header);
            }

            @Override
            int record(long i, int off) {
                long s = startSecond + i / 40;
                if (s / 86_400 != day) {
                    day = s / 86_400;
                    date = LocalDate.ofEpochDay(day).toString().getBytes(StandardCharsets.US_ASCII);
                }
                int o = put(chunk, off, date);
                chunk[o++] = '\t';
                int sod = (int) (s % 86_400);
                o = put2(chunk, o, sod / 3600);
                chunk[o++] = ':';
                o = put2(chunk, o, sod / 60 % 60);
                chunk[o++] = ':';
                o = put2(chunk, o, sod % 60);
                o = put(chunk, o, edge);
                long size = 500 + i % 1_000_000;
                o = putLong(chunk, o, size);
                chunk[o++] = '\t';
                int stem = o;
                chunk[o++] = '/';
                chunk[o++] = 'v';
                chunk[o++] = '/';
                o = putLong(chunk, o, i % 5000);
                chunk[o++] = '/';
                o = putLong(chunk, o, i % 1000);
                chunk[o++] = '.';
                chunk[o++] = 't';
                chunk[o++] = 's';
                long key = KeyHash.fnv1a64(chunk, stem, o);
                o = put(chunk, o, tail);
                checksum = mix(checksum, (s - startSecond) * 1_000_000, key, size);
                return o;
            }
        };
    }

    // Pins "allocation-free per request": after a warm-up, reading a million more requests allocates (on this thread)
    // less than 1 MB through each reader, where even one small object per request would be 16 MB or more.
    @Test
    void readingAllocatesNothingPerRequest() throws Exception {
        java.lang.management.ThreadMXBean bean = java.lang.management.ManagementFactory.getThreadMXBean();
        assumeTrue(bean instanceof com.sun.management.ThreadMXBean, "no per-thread allocation counter");
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) bean;
        assumeTrue(threads.isThreadAllocatedMemorySupported() && threads.isThreadAllocatedMemoryEnabled());
        long self = Thread.currentThread().getId();
        Object[][] cases = {{TraceFormat.PLAIN, plain(1_200_000)}, {TraceFormat.LIBCACHESIM_CSV, csv(1_200_000)},
            {TraceFormat.ORACLE_GENERAL, oracle(1_200_000)}, {TraceFormat.CLOUDFRONT, cloudFront(1_200_000)}};
        for (Object[] c : cases) {
            TraceFormat format = (TraceFormat) c[0];
            try (TraceReader r = format.open((Generated) c[1], "generated", TraceOptions.DEFAULTS)) {
                for (int i = 0; i < 200_000; i++) {
                    r.next();
                }
                long before = threads.getThreadAllocatedBytes(self);
                long n = 0;
                while (r.next()) {
                    n++;
                }
                long allocated = threads.getThreadAllocatedBytes(self) - before;
                assertEquals(1_000_000, n);
                assertTrue(allocated < 1_000_000, format.label() + " allocated " + allocated + " bytes for " + n
                        + " requests");
            }
        }
    }

    // Pins constant memory: an oracle-general stream half a gigabyte larger than the whole heap (the build runs
    // tests with -Xmx2g) reads to the end with the right count and checksum.
    @Test
    void oracleGeneralLargerThanTheHeap() throws Exception {
        long heap = Runtime.getRuntime().maxMemory();
        assumeTrue(heap <= 3L << 30, "heap too large to outgrow quickly: " + heap);
        long records = (heap + (512L << 20)) / 24;
        Generated g = new Generated(records) {
            @Override
            int maxRecord() {
                return 24;
            }

            @Override
            int record(long i, int off) {
                long size = 1 + (i & 1023);
                LONG.set(chunk, off + 4, i);
                INT.set(chunk, off + 12, (int) size);
                checksum += i ^ size;
                return off + 24;
            }
        };
        long checksum = 0;
        long count = 0;
        try (TraceReader r = TraceFormat.ORACLE_GENERAL.open(g, "huge", TraceOptions.DEFAULTS)) {
            while (r.next()) {
                checksum += r.key() ^ r.size();
                count++;
            }
        }
        assertEquals(records, count);
        assertEquals(g.checksum, checksum);
        assertEquals(true, records * 24 > heap, "the stream is larger than the heap");
    }
}
