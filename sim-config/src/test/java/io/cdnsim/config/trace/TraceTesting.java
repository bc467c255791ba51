package io.cdnsim.config.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;

/** Helpers shared by the trace tests: writing small traces, reading them whole, building compressed bytes. */
final class TraceTesting {

    private TraceTesting() {
    }

    /** One request as a test expects it: time in microseconds since the first request, key, size, line. */
    record Request(long time, long key, long size, long line) {

        static Request of(long time, long key, long size, long line) {
            return new Request(time, key, size, line);
        }
    }

    static Path write(Path dir, String name, String text) {
        return write(dir, name, text.getBytes(StandardCharsets.UTF_8));
    }

    static Path write(Path dir, String name, byte[] bytes) {
        try {
            return Files.write(dir.resolve(name), bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Request> readAll(TraceFormat format, Path file, TraceOptions options) throws Exception {
        try (TraceReader r = format.open(file, options)) {
            return readAll(r);
        }
    }

    static List<Request> readAll(TraceReader r) throws Exception {
        List<Request> out = new ArrayList<>();
        while (r.next()) {
            out.add(new Request(r.time(), r.key(), r.size(), r.lineNumber()));
        }
        assertEquals(false, r.next(), "next() stays false at the end");
        return out;
    }

    /** Reads a trace that must fail, and returns the failure's message. */
    static String failure(TraceFormat format, Path file, TraceOptions options) {
        TraceException e = assertThrows(TraceException.class, () -> readAll(format, file, options));
        return e.getMessage();
    }

    static void assertRequests(List<Request> expected, List<Request> actual) {
        if (!expected.equals(actual)) {
            fail("expected " + expected + System.lineSeparator() + "but read " + actual);
        }
    }

    static long hash(String id) {
        return KeyHash.fnv1a64(id);
    }

    /** oracleGeneral records: {time, id, size, next} each, little-endian, 24 bytes. */
    static byte[] oracle(long[]... records) {
        ByteBuffer b = ByteBuffer.allocate(records.length * 24).order(ByteOrder.LITTLE_ENDIAN);
        for (long[] r : records) {
            b.putInt((int) r[0]).putLong(r[1]).putInt((int) r[2]).putLong(r[3]);
        }
        return b.array();
    }

    static byte[] gzip(byte[] data) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream z = new GZIPOutputStream(out)) {
            z.write(data);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /**
     * A valid Zstandard frame (RFC 8878) holding the data in raw (stored) blocks, built by hand so that the tests
     * need no zstd encoder: magic, a frame header with a 128 KiB window and no content size or checksum, then blocks
     * of at most 64 KiB, the last one flagged.
     */
    static byte[] zstdStored(byte[] data) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {0x28, (byte) 0xb5, 0x2f, (byte) 0xfd});
        out.write(0x00); // frame header descriptor: no content size, not single-segment, no checksum, no dictionary
        out.write(7 << 3); // window descriptor: exponent 7, mantissa 0 -> 2^17 bytes
        int pos = 0;
        do {
            int n = Math.min(1 << 16, data.length - pos);
            boolean last = pos + n == data.length;
            int header = (n << 3) | (0 << 1) | (last ? 1 : 0); // block type 0 = raw
            out.write(header & 0xff);
            out.write((header >>> 8) & 0xff);
            out.write((header >>> 16) & 0xff);
            out.write(data, pos, n);
            pos += n;
        } while (pos < data.length);
        return out.toByteArray();
    }

    static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
