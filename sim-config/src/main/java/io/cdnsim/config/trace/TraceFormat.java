package io.cdnsim.config.trace;

import io.cdnsim.config.InputFile;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The request-trace formats cdnsim reads, by the names {@code --format} takes. Each yields (time, key, size) as
 * {@link TraceReader} describes; see each reader for the details and docs/replay.md for examples.
 *
 * <ul>
 * <li>{@code libcachesim-csv}: libCacheSim's csv reader ({@link CsvTraceReader}).</li>
 * <li>{@code oracle-general}: libCacheSim's oracleGeneral binary records ({@link OracleGeneralReader}).</li>
 * <li>{@code plain}: webcachesim / LRB {@code time id size} lines ({@link PlainTraceReader}).</li>
 * <li>{@code cloudfront}: CloudFront standard access logs ({@link CloudFrontReader}).</li>
 * </ul>
 *
 * Any of them may be gzip- or zstd-compressed ({@link Compression}); the compression is recognised by the content.
 */
public enum TraceFormat {
    /** libCacheSim's csv trace. */
    LIBCACHESIM_CSV("libcachesim-csv"),
    /** libCacheSim's oracleGeneral binary trace. */
    ORACLE_GENERAL("oracle-general"),
    /** webcachesim / LRB {@code time id size} lines. */
    PLAIN("plain"),
    /** CloudFront standard access logs. */
    CLOUDFRONT("cloudfront");

    /** Bytes of (decompressed) content that detection looks at. */
    static final int HEAD = 1 << 16;
    /** Text lines that detection looks at. */
    static final int HEAD_LINES = 20;

    private static final VarHandle INT = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.LITTLE_ENDIAN);

    private final String label;

    TraceFormat(String label) {
        this.label = label;
    }

    /** @return the name {@code --format} takes, e.g. {@code oracle-general} */
    public String label() {
        return label;
    }

    /** @return the keys of the trace options this format takes, in the order of {@code TraceOption}'s rows */
    public List<String> options() {
        return TraceOption.keysOf(this);
    }

    /** @return every format's name, comma-separated, for messages */
    public static String labels() {
        List<String> l = new ArrayList<>();
        for (TraceFormat f : values()) {
            l.add(f.label);
        }
        return String.join(", ", l);
    }

    /**
     * @param name a format's name (case-insensitive); libCacheSim's {@code csv} and {@code oracleGeneral} and the
     *             names {@code webcachesim} and {@code lrb} for {@code plain} are accepted too
     * @return the format
     * @throws IllegalArgumentException listing the names if there is no such format
     */
    public static TraceFormat byLabel(String name) {
        String n = name.trim().toLowerCase(Locale.ROOT);
        for (TraceFormat f : values()) {
            if (f.label.equals(n)) {
                return f;
            }
        }
        switch (n) {
            case "csv":
                return LIBCACHESIM_CSV;
            case "oraclegeneral":
            case "oraclegeneralbin":
                return ORACLE_GENERAL;
            case "webcachesim":
            case "lrb":
                return PLAIN;
            default:
                throw new IllegalArgumentException("unknown trace format '" + name + "' (known: " + labels() + ")");
        }
    }

    /**
     * Opens a trace file. Compression is recognised by the first bytes; compressed data may expand to
     * {@link TraceLimits#expandedBytes} of the file's size.
     *
     * @param path    the file
     * @param options the options (see {@link TraceOptions}); options this format does not take are an error
     * @return a reader positioned before the first request
     * @throws IOException    if the file cannot be opened
     * @throws TraceException if an option does not apply, the file is not a regular file of at most
     *                        {@link TraceLimits#MAX_REQUEST_TRACE_BYTES}, or it is zstd-compressed and no decoder is
     *                        present
     */
    public TraceReader open(Path path, TraceOptions options) throws IOException, TraceException {
        String source = path.toString();
        options.check(this, source);
        long size = checkFile(path);
        return reader(Compression.decompressed(Files.newInputStream(path), source, TraceLimits.expandedBytes(size)),
                source, options);
    }

    /**
     * @param path a trace file
     * @return its size in bytes
     * @throws TraceException naming the file if it is not a regular file of at most
     *                        {@link TraceLimits#MAX_REQUEST_TRACE_BYTES} (a FIFO or a device could hang or never end)
     */
    public static long checkFile(Path path) throws TraceException {
        try {
            return InputFile.check(path, TraceLimits.MAX_REQUEST_TRACE_BYTES, "trace");
        } catch (InputFile.RefusedException e) {
            throw new TraceException(path.toString(), e.getMessage());
        }
    }

    /**
     * Opens a trace held in a stream (for example standard input), possibly compressed.
     *
     * @param in      the stream; closed when the reader is
     * @param source  a name for messages
     * @param options the options
     * @return a reader positioned before the first request
     * @throws IOException    if the stream cannot be read
     * @throws TraceException if an option does not apply, or the stream is zstd-compressed and no decoder is present
     */
    public TraceReader open(InputStream in, String source, TraceOptions options) throws IOException, TraceException {
        options.check(this, source);
        return reader(Compression.decompressed(in, source), source, options);
    }

    private TraceReader reader(InputStream in, String source, TraceOptions options) {
        switch (this) {
            case LIBCACHESIM_CSV:
                return new CsvTraceReader(in, source, options);
            case ORACLE_GENERAL:
                return new OracleGeneralReader(in, source, options);
            case PLAIN:
                return new PlainTraceReader(in, source, options);
            case CLOUDFRONT:
                return new CloudFrontReader(in, source, options);
            default:
                throw new AssertionError(this);
        }
    }

    /**
     * Tells a trace file's format from its content (after decompression), where that is unambiguous:
     * <ul>
     * <li>a first line starting {@code #Version} or {@code #Fields}: {@code cloudfront};</li>
     * <li>NUL bytes (binary), a length that is a multiple of 24 (when known: the file is not compressed, or the whole
     * content fits in the first 64 KiB) and timestamps that do not decrease over the first records:
     * {@code oracle-general};</li>
     * <li>every one of the first 20 non-blank lines made of at least three whitespace-separated numbers
     * (time id size) and no commas: {@code plain};</li>
     * <li>a first line that is a header naming the time, obj_id and obj_size columns: {@code libcachesim-csv}.</li>
     * </ul>
     * Otherwise it throws, saying what it saw and that {@code --format} is needed; content that is empty or only
     * blank lines is refused as holding no requests, whatever the format.
     *
     * @param path the file
     * @return the format
     * @throws IOException    if the file cannot be read
     * @throws TraceException if the format cannot be told, saying why, or the file is refused as by
     *                        {@link #open(Path, TraceOptions)}
     */
    public static TraceFormat detect(Path path) throws IOException, TraceException {
        String source = path.toString();
        byte[] head;
        boolean compressed;
        boolean complete;
        long length = checkFile(path);
        try (BufferedInputStream raw = new BufferedInputStream(Files.newInputStream(path), Compression.BUFFER)) {
            byte[] magic = new byte[4];
            raw.mark(4);
            int m = raw.readNBytes(magic, 0, 4);
            raw.reset();
            compressed = Compression.of(magic, m) != Compression.NONE;
            InputStream in = Compression.decompressed(raw, source);
            try {
                head = in.readNBytes(HEAD);
                complete = head.length < HEAD || in.read() < 0;
            } catch (Compression.DamagedInputException e) {
                throw new TraceException(source, e.getMessage() + " (the file is truncated or corrupt)");
            } catch (GzipMembers.TrailingDataException e) {
                throw new TraceException(source, e.getMessage());
            } finally {
                in.close();
            }
        }
        return detect(head, head.length, complete, compressed ? -1 : length, source);
    }

    /**
     * Tells the format from the first bytes of the decompressed content.
     *
     * @param head     the first bytes
     * @param n        how many
     * @param complete whether they are the whole content
     * @param length   the content's length if known, else -1
     * @param source   the file, for messages
     */
    static TraceFormat detect(byte[] head, int n, boolean complete, long length, String source)
            throws TraceException {
        int from = n >= 3 && (head[0] & 0xff) == 0xef && (head[1] & 0xff) == 0xbb && (head[2] & 0xff) == 0xbf ? 3 : 0;
        if (n - from == 0) {
            throw new TraceException(source, "no requests in the trace: it is empty");
        }
        if (startsWith(head, from, n, "#Version") || startsWith(head, from, n, "#Fields")) {
            return CLOUDFRONT;
        }
        boolean binary = false;
        for (int i = from; i < n; i++) {
            if (head[i] == 0) {
                binary = true;
                break;
            }
        }
        if (binary) {
            return binary(head, n, complete, length, source);
        }
        List<int[]> lines = lines(head, from, n, complete);
        if (lines.isEmpty() && complete) {
            throw new TraceException(source, "no requests in the trace: it holds only blank lines");
        }
        if (lines.isEmpty()) {
            throw undecided(source, "its first " + n + " bytes hold no complete line");
        }
        int notPlain = -1;
        for (int i = 0; i < lines.size() && notPlain < 0; i++) {
            if (!plainLine(head, lines.get(i)[0], lines.get(i)[1])) {
                notPlain = i;
            }
        }
        if (notPlain < 0) {
            return PLAIN;
        }
        if (notPlain > 0) {
            int[] bad = lines.get(notPlain);
            throw undecided(source, "its first lines are 'time id size' (plain) but non-blank line " + (notPlain + 1)
                    + " '" + new String(head, bad[0], Math.min(bad[1] - bad[0], 80), StandardCharsets.UTF_8)
                    + "' is not; give --format plain to read it as plain and be told what is wrong there");
        }
        int[] first = lines.get(0);
        String firstLine = new String(head, first[0], Math.min(first[1] - first[0], 80), StandardCharsets.UTF_8);
        char d = CsvTraceReader.detectDelimiter(head, first[0], first[1]);
        List<String> names = new ArrayList<>();
        for (String s : (d == ' ' ? firstLine.trim().split("[ \t]+") : firstLine.split(d == '|' ? "\\|"
                : String.valueOf(d), -1))) {
            names.add(CsvTraceReader.normalise(s));
        }
        if (names.stream().anyMatch(CsvTraceReader.TIME_NAMES::contains)
                && names.stream().anyMatch(CsvTraceReader.ID_NAMES::contains)
                && names.stream().anyMatch(CsvTraceReader.SIZE_NAMES::contains)) {
            return LIBCACHESIM_CSV;
        }
        String sep = d == '\t' ? "tabs" : d == ' ' ? "spaces" : "'" + d + "'";
        if (names.size() >= 2) {
            throw undecided(source, "the first line '" + firstLine + "' has " + names.size() + " columns separated by "
                    + sep + " but is neither three numbers (time id size: plain) nor a header naming time, obj_id"
                    + " and obj_size; for a libCacheSim csv give --format libcachesim-csv with time-col=, obj-id-col="
                    + " and obj-size-col=");
        }
        throw undecided(source, "the first line '" + firstLine + "' is not a known trace line");
    }

    private static TraceFormat binary(byte[] head, int n, boolean complete, long length, String source)
            throws TraceException {
        int record = OracleGeneralReader.RECORD;
        long known = length >= 0 ? length : complete ? n : -1;
        if (known >= 0 && known % record != 0) {
            throw undecided(source, "it is binary (it has NUL bytes) but its " + (length >= 0 ? "" : "decompressed ")
                    + "length " + known + " is not a multiple of 24 bytes, so it is not oracle-general");
        }
        if (n < record) {
            throw undecided(source, "it is binary but shorter than one 24-byte oracle-general record");
        }
        long previous = -1;
        for (int i = 0; i + record <= n; i += record) {
            long t = (int) INT.get(head, i) & 0xFFFF_FFFFL;
            if (t < previous) {
                throw undecided(source, "it is binary, but read as oracle-general records its timestamps decrease at"
                        + " record " + (i / record + 1) + " (" + previous + " then " + t + ")");
            }
            previous = t;
        }
        return ORACLE_GENERAL;
    }

    private static boolean plainLine(byte[] b, int from, int to) {
        int fields = 0;
        int i = from;
        while (true) {
            while (i < to && (b[i] == ' ' || b[i] == '\t')) {
                i++;
            }
            if (i == to) {
                break;
            }
            int s = i;
            while (i < to && b[i] != ' ' && b[i] != '\t') {
                i++;
            }
            boolean ok = fields == 0 ? DecimalText.isNumber(b, s, i) : DecimalText.isInteger(b, s, i);
            if (!ok) {
                return false;
            }
            fields++;
        }
        return fields >= 3;
    }

    /** @return up to {@link #HEAD_LINES} non-blank complete lines as [start, end) */
    private static List<int[]> lines(byte[] b, int from, int n, boolean complete) {
        List<int[]> out = new ArrayList<>();
        int s = from;
        for (int i = from; i <= n && out.size() < HEAD_LINES; i++) {
            boolean end = i == n ? complete && i > s : b[i] == '\n';
            if (end) {
                int e = i > s && b[i - 1] == '\r' ? i - 1 : i;
                boolean blank = true;
                for (int k = s; k < e; k++) {
                    if (b[k] != ' ' && b[k] != '\t') {
                        blank = false;
                        break;
                    }
                }
                if (!blank) {
                    out.add(new int[] {s, e});
                }
                s = i + 1;
            }
        }
        return out;
    }

    private static boolean startsWith(byte[] b, int from, int n, String prefix) {
        if (n - from < prefix.length()) {
            return false;
        }
        for (int i = 0; i < prefix.length(); i++) {
            if (b[from + i] != prefix.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private static TraceException undecided(String source, String why) {
        return new TraceException(source, "cannot tell the trace format from the content: " + why
                + "; give --format (" + labels() + ")");
    }
}
