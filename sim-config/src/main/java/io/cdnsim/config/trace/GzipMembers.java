package io.cdnsim.config.trace;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.util.Objects;
import java.util.zip.CRC32;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;
import java.util.zip.ZipException;

/**
 * gzip data (RFC 1952) decompressed member after member, as {@code gzip -d} reads it, and strictly at the end.
 * {@link java.util.zip.GZIPInputStream} ends the stream without a word at bytes after a member that are not a whole
 * member header (trailing garbage, such as a line appended to a {@code .gz} file, or a second member cut short), so a
 * trace read through it would silently lose whatever those bytes held. Here:
 * <ul>
 * <li>bytes after a member that start with the gzip magic number are the next member, read in turn
 * ({@code cat a.gz b.gz});</li>
 * <li>zero bytes to the end of the file are padding (to a tape or disk block), ignored as {@code gzip -d} ignores
 * them;</li>
 * <li>anything else is a {@link TrailingDataException} saying where the gzip data ended.</li>
 * </ul>
 * Each member's CRC-32 and length are checked against its trailer; damaged or truncated data is a
 * {@link ZipException} or an {@link EOFException}, as from {@code GZIPInputStream}.
 */
final class GzipMembers extends InputStream {

    private static final int FHCRC = 2;
    private static final int FEXTRA = 4;
    private static final int FNAME = 8;
    private static final int FCOMMENT = 16;

    private final InputStream in;
    private final byte[] buf;
    private final Inflater inflater = new Inflater(true);
    private final CRC32 crc = new CRC32();
    private final CRC32 headerCrc = new CRC32();
    private final byte[] one = new byte[1];
    /** Compressed bytes in {@link #buf} not yet used: {@code [pos, lim)}. */
    private int pos;
    private int lim;
    /** Compressed bytes read from {@link #in} so far. */
    private long taken;
    /** Between members: the next byte is a member's header, padding, trailing data or the end. */
    private boolean between;
    private boolean ended;
    private boolean closed;

    /**
     * Reads the first member's header.
     *
     * @param in     the compressed bytes, starting with the gzip magic number; closed with this stream
     * @param buffer bytes read from {@code in} at a time
     * @throws IOException if the header is damaged ({@link ZipException}), cut short ({@link EOFException}) or cannot
     *                     be read
     */
    GzipMembers(InputStream in, int buffer) throws IOException {
        this.in = in;
        this.buf = new byte[buffer];
        header(take(), take());
    }

    @Override
    public int read() throws IOException {
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        if (closed) {
            throw new IOException("stream closed");
        }
        Objects.checkFromIndexSize(off, len, b.length);
        if (len == 0) {
            return 0;
        }
        while (!ended) {
            if (between) {
                between = false;
                if (!nextMember()) {
                    ended = true;
                    break;
                }
            }
            int n;
            try {
                n = inflater.inflate(b, off, len);
            } catch (DataFormatException e) {
                throw new ZipException("invalid deflate data: " + e.getMessage());
            }
            if (n > 0) {
                crc.update(b, off, n);
                return n;
            }
            if (inflater.finished()) {
                pos = lim - inflater.getRemaining();
                trailer();
                between = true;
            } else if (inflater.needsDictionary()) {
                throw new ZipException("the deflate data asks for a preset dictionary, which gzip never uses");
            } else if (inflater.needsInput()) {
                if (pos == lim && !fill()) {
                    throw new EOFException("Unexpected end of ZLIB input stream");
                }
                inflater.setInput(buf, pos, lim - pos);
                pos = lim;
            }
        }
        return -1;
    }

    /** @return whether another member follows (its header is read); false at the end or after zero padding */
    private boolean nextMember() throws IOException {
        long at = taken - (lim - pos);
        int first = next();
        if (first < 0) {
            return false;
        }
        if (first == 0x1f) {
            int second = next();
            if (second == 0x8b) {
                header(first, second);
                return true;
            }
        } else if (first == 0) {
            int b;
            do {
                b = next();
            } while (b == 0);
            if (b < 0) {
                return false;
            }
        }
        throw new TrailingDataException("trailing data after the gzip stream: its first " + at + " bytes are gzip"
                + " data, and the bytes after them are neither another gzip member nor zero padding (text appended"
                + " to the file?); they are not ignored: if the trace is whole without them, keep those bytes alone"
                + " (head -c " + at + ")");
    }

    /** Reads a member's header after its first two bytes, and makes ready to inflate its data. */
    private void header(int id1, int id2) throws IOException {
        headerCrc.reset();
        headerCrc.update(id1);
        headerCrc.update(id2);
        if (id1 != 0x1f || id2 != 0x8b) {
            throw new ZipException("Not in GZIP format");
        }
        if (headerByte() != 8) {
            throw new ZipException("Unsupported compression method");
        }
        int flags = headerByte();
        for (int i = 0; i < 6; i++) {
            headerByte();
        }
        if ((flags & FEXTRA) != 0) {
            int length = headerByte() | headerByte() << 8;
            for (int i = 0; i < length; i++) {
                headerByte();
            }
        }
        if ((flags & FNAME) != 0) {
            while (headerByte() != 0) {
                continue;
            }
        }
        if ((flags & FCOMMENT) != 0) {
            while (headerByte() != 0) {
                continue;
            }
        }
        if ((flags & FHCRC) != 0) {
            int expected = (int) headerCrc.getValue() & 0xffff;
            if ((take() | take() << 8) != expected) {
                throw new ZipException("Corrupt GZIP header");
            }
        }
        inflater.reset();
        crc.reset();
    }

    /** Reads a member's trailer, its CRC-32 and length, and checks them against what it inflated. */
    private void trailer() throws IOException {
        long storedCrc = word();
        long storedLength = word();
        if (storedCrc != crc.getValue() || storedLength != (inflater.getBytesWritten() & 0xffff_ffffL)) {
            throw new ZipException("Corrupt GZIP trailer");
        }
    }

    private long word() throws IOException {
        return (take() | (long) take() << 8 | (long) take() << 16 | (long) take() << 24) & 0xffff_ffffL;
    }

    private int headerByte() throws IOException {
        int b = take();
        headerCrc.update(b);
        return b;
    }

    /** @return the next compressed byte, which must exist */
    private int take() throws IOException {
        int b = next();
        if (b < 0) {
            throw new EOFException("Unexpected end of the gzip header or trailer");
        }
        return b;
    }

    /** @return the next compressed byte, or -1 at the end of the file */
    private int next() throws IOException {
        if (pos == lim && !fill()) {
            return -1;
        }
        return buf[pos++] & 0xff;
    }

    /** Refills {@link #buf}, whose bytes must all be used. @return false at the end of the file */
    private boolean fill() throws IOException {
        int n;
        do {
            n = in.read(buf, 0, buf.length);
        } while (n == 0);
        if (n < 0) {
            return false;
        }
        taken += n;
        pos = 0;
        lim = n;
        return true;
    }

    @Override
    public void close() throws IOException {
        if (!closed) {
            closed = true;
            inflater.end();
            in.close();
        }
    }

    /** Bytes after the gzip data that are neither another member nor zero padding; the message says where. */
    static final class TrailingDataException extends IOException {

        private static final long serialVersionUID = 1L;

        TrailingDataException(String message) {
            super(message);
        }
    }
}
