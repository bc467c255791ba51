package io.cdnsim.config.trace;

import static io.cdnsim.config.trace.TraceTesting.concat;
import static io.cdnsim.config.trace.TraceTesting.gzip;
import static io.cdnsim.config.trace.TraceTesting.utf8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;
import org.junit.jupiter.api.Test;

/** The gzip decoder: what GZIPInputStream reads, it reads the same; what GZIPInputStream drops, it refuses. */
class GzipMembersTest {

    private static byte[] read(byte[] gz, int buffer) throws IOException {
        try (InputStream in = new GzipMembers(new ByteArrayInputStream(gz), buffer)) {
            return in.readAllBytes();
        }
    }

    private static byte[] jdk(byte[] gz) throws IOException {
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(gz))) {
            return in.readAllBytes();
        }
    }

    /** A gzip member at a compression level, by hand: the JDK's deflater between the header and the trailer. */
    private static byte[] member(byte[] data, int level, byte[] header) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(header);
        Deflater deflater = new Deflater(level, true);
        try (DeflaterOutputStream d = new DeflaterOutputStream(out, deflater)) {
            d.write(data);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        deflater.end();
        CRC32 crc = new CRC32();
        crc.update(data);
        for (long word : new long[] {crc.getValue(), data.length}) {
            for (int i = 0; i < 4; i++) {
                out.write((int) (word >>> (8 * i)));
            }
        }
        return out.toByteArray();
    }

    private static final byte[] PLAIN_HEADER = {0x1f, (byte) 0x8b, 8, 0, 0, 0, 0, 0, 0, 3};

    // Pins the stream against the JDK's on what both read: many members of random sizes (an empty one among them)
    // and levels, text and random bytes, through buffers from 1 byte to 64 KiB.
    @Test
    void readsWhatGzipInputStreamReads() throws IOException {
        SplittableRandom rng = new SplittableRandom(11);
        for (int round = 0; round < 20; round++) {
            ByteArrayOutputStream file = new ByteArrayOutputStream();
            int members = 1 + rng.nextInt(4);
            for (int m = 0; m < members; m++) {
                byte[] data = new byte[round == 0 && m == 0 ? 0 : rng.nextInt(200_000)];
                if (rng.nextBoolean()) {
                    rng.nextBytes(data);
                } else {
                    for (int i = 0; i < data.length; i++) {
                        data[i] = (byte) ("0123456789 \n".charAt(rng.nextInt(12)));
                    }
                }
                file.writeBytes(member(data, rng.nextInt(10), PLAIN_HEADER));
            }
            byte[] gz = file.toByteArray();
            int buffer = new int[] {1, 7, 512, 1 << 16}[round % 4];
            assertArrayEquals(jdk(gz), read(gz, buffer), "round " + round);
        }
    }

    // Pins the optional header fields: extra, file name, comment and header CRC (gzip(1) writes the name).
    @Test
    void readsEveryHeaderField() throws IOException {
        ByteArrayOutputStream h = new ByteArrayOutputStream();
        h.writeBytes(new byte[] {0x1f, (byte) 0x8b, 8, 2 | 4 | 8 | 16, 1, 2, 3, 4, 0, 3});
        h.writeBytes(new byte[] {3, 0, 'a', 'b', 'c'});
        h.writeBytes(utf8("trace.txt\0a comment\0"));
        CRC32 crc = new CRC32();
        crc.update(h.toByteArray());
        h.write((int) crc.getValue());
        h.write((int) (crc.getValue() >>> 8));
        byte[] gz = member(utf8("1 2 3\n"), 6, h.toByteArray());
        assertArrayEquals(utf8("1 2 3\n"), read(gz, 4));
        gz[h.size() - 1] ^= 1;
        assertEquals("Corrupt GZIP header", assertThrows(ZipException.class, () -> read(gz, 4)).getMessage());
    }

    // Pins what GZIPInputStream drops without a word: text appended after the data, after a first member that
    // spans many buffers, and bytes after zero padding, are refused saying how many bytes are gzip data.
    @Test
    void refusesTrailingData() {
        byte[] one = gzip(utf8("1 2 3\n"));
        String m = assertThrows(GzipMembers.TrailingDataException.class,
                () -> read(concat(one, utf8("garbage\n")), 1 << 16)).getMessage();
        assertEquals("trailing data after the gzip stream: its first " + one.length + " bytes are gzip data, and the"
                + " bytes after them are neither another gzip member nor zero padding (text appended to the file?);"
                + " they are not ignored: if the trace is whole without them, keep those bytes alone (head -c "
                + one.length + ")", m);
        byte[] random = new byte[300_000];
        new SplittableRandom(3).nextBytes(random);
        byte[] big = concat(gzip(random), one);
        for (byte[] tail : new byte[][] {utf8("x"), {0x1f}, {0x1f, 0x1f}, {0, 0, 0, 'x'}}) {
            String again = assertThrows(GzipMembers.TrailingDataException.class,
                    () -> read(concat(big, tail), 1000)).getMessage();
            assertEquals(true, again.contains("its first " + big.length + " bytes are gzip data"), again);
        }
    }

    // Pins zero padding after the data (a tape or disk block), which gzip -d ignores: read to the end.
    @Test
    void ignoresZeroPadding() throws IOException {
        byte[] gz = concat(gzip(utf8("1 2 3\n")), new byte[700]);
        assertArrayEquals(utf8("1 2 3\n"), read(gz, 256));
    }

    // Pins damage: a second member cut in its header or data, a wrong trailer, a wrong method.
    @Test
    void refusesDamage() {
        byte[] one = gzip(utf8("1 2 3\n"));
        assertThrows(EOFException.class, () -> read(concat(one, new byte[] {0x1f, (byte) 0x8b}), 64));
        assertThrows(EOFException.class, () -> read(concat(one, Arrays.copyOf(one, one.length - 9)), 64));
        byte[] badCrc = one.clone();
        badCrc[badCrc.length - 8] ^= 1;
        assertEquals("Corrupt GZIP trailer", assertThrows(ZipException.class, () -> read(badCrc, 64)).getMessage());
        byte[] method = one.clone();
        method[2] = 7;
        assertThrows(ZipException.class, () -> read(method, 64));
    }
}
