package io.cdnsim.config.trace;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.zip.ZipException;

/**
 * How a trace file is compressed, recognised by its first bytes (never by its name): gzip ({@code 1f 8b}) or
 * Zstandard ({@code 28 b5 2f fd}). Both are decompressed as a stream, so a compressed trace replays in constant
 * memory; concatenated gzip members and concatenated zstd frames read as one stream ({@code cat a.gz b.gz}). Bytes
 * after the compressed data that are not more of it are refused, never dropped: a zstd decoder refuses them as a
 * damaged frame, gzip as a {@link GzipMembers.TrailingDataException} (zero padding aside, as {@code gzip -d} does).
 *
 * <p>gzip uses {@link GzipMembers} (the JDK's inflater; unlike {@code GZIPInputStream}, it does not stop silently at
 * trailing data). Zstandard needs a decoder on the class path, found at run time so that this
 * module compiles and runs without one: {@code com.github.luben:zstd-jni} (native code, bundled for the common
 * platforms; preferred: 1.5 times faster at ordinary levels, 20 to 30 times faster on large-window files such as
 * {@code zstd --ultra -22} or {@code --long}) or else {@code io.airlift:aircompressor} (pure Java).
 * Without either, a zstd trace gives a {@link TraceException} that says what to add or to decompress the file
 * first.
 */
public enum Compression {
    /** Not compressed. */
    NONE,
    /** gzip (RFC 1952). */
    GZIP,
    /** Zstandard (RFC 8878). */
    ZSTD;

    /** Bytes read through a decoder at a time; also the buffer of the compressed input. */
    static final int BUFFER = 1 << 16;

    private static final String[] ZSTD_DECODERS = {"com.github.luben.zstd.ZstdInputStream",
        "io.airlift.compress.zstd.ZstdInputStream"};

    /**
     * @param head the first bytes of a file
     * @param n    how many of them there are
     * @return the compression they announce
     */
    public static Compression of(byte[] head, int n) {
        if (n >= 2 && (head[0] & 0xff) == 0x1f && (head[1] & 0xff) == 0x8b) {
            return GZIP;
        }
        if (n >= 4 && (head[0] & 0xff) == 0x28 && (head[1] & 0xff) == 0xb5 && (head[2] & 0xff) == 0x2f
                && (head[3] & 0xff) == 0xfd) {
            return ZSTD;
        }
        return NONE;
    }

    /** @return the class of the zstd decoder that will be used, or null if there is none on the class path */
    public static String zstdDecoder() {
        Constructor<?> c = ZstdHolder.CONSTRUCTOR;
        return c == null ? null : c.getDeclaringClass().getName();
    }

    /**
     * Opens a (possibly compressed) stream for reading, with no limit on how far it expands: as
     * {@link #decompressed(InputStream, String, long)}.
     *
     * @param raw    the file's bytes; closed when the returned stream is closed
     * @param source the file as the user named it, for messages
     * @return the decompressed bytes, buffered
     * @throws IOException    if the stream cannot be read
     * @throws TraceException if the stream is zstd-compressed and no zstd decoder is available, or its header is
     *                        damaged
     */
    public static InputStream decompressed(InputStream raw, String source) throws IOException, TraceException {
        return decompressed(raw, source, Long.MAX_VALUE);
    }

    /**
     * Opens a (possibly compressed) stream for reading: recognises the compression by the first bytes and returns the
     * decompressed bytes. Damaged compressed data later surfaces from the returned stream's reads as an
     * {@link IOException} that the readers turn into a {@link TraceException} with the line or record reached; so
     * does compressed data that expands past {@code maxExpanded} bytes (a compression bomb).
     *
     * @param raw         the file's bytes; closed when the returned stream is closed
     * @param source      the file as the user named it, for messages
     * @param maxExpanded the most bytes compressed data may expand to (uncompressed data is not limited here)
     * @return the decompressed bytes, buffered
     * @throws IOException    if the stream cannot be read
     * @throws TraceException if the stream is zstd-compressed and no zstd decoder is available, or its header is
     *                        damaged
     */
    public static InputStream decompressed(InputStream raw, String source, long maxExpanded)
            throws IOException, TraceException {
        BufferedInputStream in = raw instanceof BufferedInputStream ? (BufferedInputStream) raw
                : new BufferedInputStream(raw, BUFFER);
        byte[] head = new byte[4];
        in.mark(4);
        int n = in.readNBytes(head, 0, 4);
        in.reset();
        Compression c = of(head, n);
        try {
            switch (c) {
                case GZIP:
                    return new Guarded(new GzipMembers(new Source(in), BUFFER), "gzip", maxExpanded);
                case ZSTD:
                    return new Guarded(zstd(new Source(in), source), "zstd", maxExpanded);
                default:
                    return in;
            }
        } catch (SourceFailure e) {
            in.close();
            throw (IOException) e.getCause();
        } catch (ZipException | EOFException e) {
            in.close();
            throw new TraceException(source, "damaged " + c.name().toLowerCase(java.util.Locale.ROOT) + " data: "
                    + e.getMessage());
        } catch (TraceException | IOException | RuntimeException e) {
            in.close();
            throw e;
        }
    }

    private static InputStream zstd(InputStream in, String source) throws IOException, TraceException {
        Constructor<?> c = ZstdHolder.CONSTRUCTOR;
        if (c == null) {
            throw new TraceException(source, "is zstd-compressed, but no zstd decoder is on the class path (add"
                    + " com.github.luben:zstd-jni or io.airlift:aircompressor to the build), or decompress it first:"
                    + " zstd -d " + source);
        }
        try {
            InputStream z = (InputStream) c.newInstance(in);
            Method longMax = ZstdHolder.LONG_MAX;
            if (longMax != null) {
                try {
                    longMax.invoke(z, 31);
                } catch (ReflectiveOperationException | RuntimeException e) {
                    // keep the decoder's default window limit
                }
            }
            return z;
        } catch (InvocationTargetException e) {
            Throwable t = e.getCause();
            if (t instanceof IOException) {
                throw new TraceException(source, "damaged zstd data: " + t.getMessage());
            }
            throw new IOException("zstd decoder " + c.getDeclaringClass().getName() + " failed: " + t, t);
        } catch (ReflectiveOperationException e) {
            throw new IOException("zstd decoder " + c.getDeclaringClass().getName() + " cannot be used: " + e, e);
        }
    }

    /** Finds a zstd decoder once, on first use. */
    private static final class ZstdHolder {

        static final Constructor<?> CONSTRUCTOR;
        static final Method LONG_MAX;

        static {
            Constructor<?> found = null;
            Method longMax = null;
            for (String name : ZSTD_DECODERS) {
                try {
                    Class<?> k = Class.forName(name);
                    Constructor<?> c = k.getConstructor(InputStream.class);
                    // a decoder whose native library cannot load fails here, not on the first trace
                    ((InputStream) c.newInstance(new java.io.ByteArrayInputStream(new byte[0]))).close();
                    found = c;
                    try {
                        longMax = k.getMethod("setLongMax", int.class);
                    } catch (NoSuchMethodException e) {
                        longMax = null;
                    }
                    break;
                } catch (ReflectiveOperationException | IOException | LinkageError | RuntimeException e) {
                    // not on the class path, or unusable on this platform: try the next one
                }
            }
            CONSTRUCTOR = found;
            LONG_MAX = longMax;
        }

        private ZstdHolder() {
        }
    }

    /** The compressed bytes as a decoder reads them: marks failures of the file itself, so they stay I/O errors. */
    private static final class Source extends FilterInputStream {

        Source(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            try {
                return super.read();
            } catch (IOException e) {
                throw new SourceFailure(e);
            }
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            try {
                return super.read(b, off, len);
            } catch (IOException e) {
                throw new SourceFailure(e);
            }
        }
    }

    /** An I/O error of the compressed file, passing through a decoder. */
    private static final class SourceFailure extends IOException {

        private static final long serialVersionUID = 1L;

        SourceFailure(IOException cause) {
            super(cause.getMessage(), cause);
        }
    }

    /**
     * The decompressed bytes: any exception a decoder raises of its own (ZipException, EOFException, zstd-jni's
     * ZstdIOException, aircompressor's IOException or unchecked MalformedInputException) means damaged input and
     * becomes a {@link DamagedInputException}; an I/O error of the file itself and trailing data after the gzip
     * stream pass through unchanged. More bytes than the limit is an {@link ExpansionLimitException}.
     */
    private static final class Guarded extends FilterInputStream {

        private final String what;
        private final long limit;
        private long expanded;

        Guarded(InputStream in, String what, long limit) {
            super(in);
            this.what = what;
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int b;
            try {
                b = super.read();
            } catch (IOException | RuntimeException e) {
                throw translate(e);
            }
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n;
            try {
                n = super.read(b, off, len);
            } catch (IOException | RuntimeException e) {
                throw translate(e);
            }
            return n < 0 ? n : count(n);
        }

        /** @return {@code n}, after adding it to the bytes expanded so far and checking them against the limit */
        private int count(int n) throws ExpansionLimitException {
            expanded += n;
            if (expanded > limit) {
                throw new ExpansionLimitException("the " + what + " data expands to more than " + limit + " bytes ("
                        + TraceLimits.MAX_EXPANSION + " times the file's size, at least "
                        + (TraceLimits.MIN_EXPANDED_BYTES >> 20) + " MiB): a compression bomb? Decompress it first"
                        + " if it is a real trace");
            }
            return n;
        }

        private IOException translate(Exception e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof SourceFailure) {
                    return (IOException) t.getCause();
                }
            }
            if (e instanceof GzipMembers.TrailingDataException t) {
                return t;
            }
            return new DamagedInputException("damaged " + what + " data: " + e.getMessage(), e);
        }
    }

    /** Compressed data that expands past its limit; the message says how far and why. */
    static final class ExpansionLimitException extends IOException {

        private static final long serialVersionUID = 1L;

        ExpansionLimitException(String message) {
            super(message);
        }
    }

    /** Compressed data that cannot be decoded: a truncated or corrupt file rather than a failing disk. */
    static final class DamagedInputException extends IOException {

        private static final long serialVersionUID = 1L;

        DamagedInputException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
