package io.cdnsim.report;

import com.github.luben.zstd.ZstdOutputStream;
import io.cdnsim.content.ObjectIds;
import io.cdnsim.content.ObjectKind;
import io.cdnsim.kernel.Micros;
import io.cdnsim.metrics.Outcome;
import io.cdnsim.model.CacheNodeSpec;
import io.cdnsim.model.Scenario;
import io.cdnsim.model.Tier;
import io.cdnsim.network.Requests;
import io.cdnsim.player.EdgeRequests;
import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;

/**
 * The request log of a run ({@code cdnsim run --request-log FILE}): every answer an edge gave a viewer, as a
 * CloudFront-style access log (W3C extended log format: {@code #Version} and {@code #Fields} lines, then one
 * tab-separated line a request), gzip-compressed for a name ending {@code .gz}, zstd for {@code .zst}, plain for
 * {@code .log}. It is written as the run goes, second by second ({@link EdgeRequests#flush}), into a hidden file beside
 * the target that becomes the target only when the run has succeeded ({@link #commit}); closed without a commit, or
 * left by a run interrupted (Ctrl-C), it is deleted. Each line is formatted into one reused byte buffer: writing
 * allocates nothing per request.
 *
 * <p>Simulated time 0 is written as 2000-01-01 00:00:00 UTC; {@code time} has microseconds. The CMCD keys of the
 * request are its query string ({@code CMCD=} and the URL-encoded keys, as a player sends them), so
 * {@code cdnsim replay} reads the log back with its {@code cloudfront} format. docs/cmcd.md lists the fields.
 */
public final class RequestLogFile implements EdgeRequests.Sink, Closeable {

    /** The file name endings it writes, and how. */
    public static final List<String> ENDINGS = List.of(".gz", ".zst", ".log");
    /** Days from 1970-01-01 to 2000-01-01, the date of simulated time 0. */
    private static final long EPOCH_DAYS = 10_957;
    private static final byte[] HEX = "0123456789abcdef".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] SESSION_PREFIX = bytes("00000000-0000-4000-8000-");
    private static final byte[] GET = bytes("\tGET\t");
    // The CMCD keys as they appear in the query, URL-encoded ("=" %3D, "," %2C, '"' %22).
    private static final byte[] BL = bytes("CMCD=bl%3D");
    private static final byte[] BR = bytes("%2Cbr%3D");
    private static final byte[] BS = bytes("%2Cbs");
    private static final byte[] D = bytes("%2Cd%3D");
    private static final byte[] MTP = bytes("%2Cmtp%3D");
    private static final byte[] NOR = bytes("%2Cnor%3D%22seg");
    private static final byte[] NOR_END = bytes(".m4s%22");
    private static final byte[] OT = bytes("CMCD=ot%3D");
    private static final byte[] OT_AFTER = bytes("%2Cot%3D");
    private static final byte[] SID = bytes("%2Csid%3D%22");
    private static final byte[] ST = bytes("%22%2Cst%3D");
    private static final byte[] SU = bytes("%2Csu");
    private static final byte[] TB = bytes("%2Ctb%3D");
    private static final byte[] V1 = bytes("%2Cv%3D1");
    // The parts of a path.
    private static final byte[] TITLE = bytes("/t");
    private static final byte[] MASTER = bytes("/master.m3u8");
    private static final byte[] KEY = bytes("/key");
    private static final byte[] KEY_END = bytes(".key");
    private static final byte[] RENDITION = bytes("/r");
    private static final byte[] PLAYLIST = bytes("/index.m3u8");
    private static final byte[] INIT = bytes("/init.mp4");
    private static final byte[] SEGMENT = bytes("/seg");
    private static final byte[] SEGMENT_END = bytes(".m4s");
    private static final byte[][] RESULT_TYPE = new byte[Outcome.count()][];
    private static final byte[][] OUTCOME = new byte[Outcome.count()][];

    static {
        for (Outcome o : Outcome.values()) {
            OUTCOME[o.ordinal()] = bytes("\t" + o.label() + "\t");
            RESULT_TYPE[o.ordinal()] = bytes("\t" + (o == Outcome.MISS ? "Miss" : o == Outcome.REFRESH_HIT ? "RefreshHit"
                    : o == Outcome.ERROR ? "Error" : "Hit") + "\t");
        }
    }

    private final Path target;
    private final Path partial;
    private final OutputStream out;
    /** Each node's id with a tab on each side, and its CDN's name after a tab (or nothing). */
    private final byte[][] nodeIds;
    private final byte[][] cdnOfNode;
    private final byte[] line;
    private int n;
    private long day = Long.MIN_VALUE;
    /** The date of the current day and a tab. */
    private final byte[] date = new byte[11];
    private boolean committed;

    private RequestLogFile(Path target, Scenario scenario) throws IOException {
        this.target = target;
        Path dir = target.toAbsolutePath().getParent();
        this.partial = dir.resolve("." + target.getFileName() + ".partial");
        OutputStream file = Files.newOutputStream(partial);
        partial.toFile().deleteOnExit();
        String name = target.getFileName().toString();
        OutputStream raw = name.endsWith(".gz") ? new FastGzip(file)
                : name.endsWith(".zst") ? new ZstdOutputStream(file, 1) : file;
        this.out = new BufferedOutputStream(raw, 1 << 16);
        List<String> ids = new ArrayList<>();
        List<String> cdns = new ArrayList<>();
        boolean several = scenario.topology().cdns().size() > 1;
        for (Tier t : scenario.topology().tiers()) {
            for (CacheNodeSpec node : t.nodes()) {
                ids.add(node.id());
                cdns.add(several ? scenario.topology().cdns().get(scenario.topology().cdnOf(node.id())).name() : null);
            }
        }
        int longest = 0;
        for (int k = 0; k < ids.size(); k++) {
            longest = Math.max(longest, ids.get(k).length() + (cdns.get(k) == null ? 0 : cdns.get(k).length()));
        }
        this.line = new byte[1024 + 4 * longest];
        this.nodeIds = ids.stream().map(id -> bytes("\t" + id + "\t")).toArray(byte[][]::new);
        this.cdnOfNode = cdns.stream().map(c -> bytes(c == null ? "" : "\t" + c)).toArray(byte[][]::new);
        String fields = "#Version: 1.0\n#Fields: date time x-edge-location sc-bytes c-ip cs-method cs-uri-stem sc-status"
                + " cs-uri-query x-edge-result-type time-to-first-byte x-outcome x-viewer x-session"
                + (several ? " x-cdn" : "") + "\n";
        out.write(fields.getBytes(StandardCharsets.US_ASCII));
    }

    /**
     * @param file the log's file name
     * @return what is wrong with it as a request log's name, or null if nothing: its ending must say how it is
     *         compressed, and its folder must exist and be writable
     */
    public static String problem(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString();
        if (ENDINGS.stream().noneMatch(e -> name.endsWith(e) && name.length() > e.length())) {
            return "'" + file + "': the name must end in .gz (gzip), .zst (zstd) or .log (uncompressed)";
        }
        if (Files.isDirectory(file)) {
            return "'" + file + "' is a folder";
        }
        Path dir = file.toAbsolutePath().getParent();
        if (!Files.isDirectory(dir)) {
            return "'" + file + "': no such folder: " + dir;
        }
        if (!Files.isWritable(dir) || Files.exists(file) && !Files.isWritable(file)) {
            return "'" + file + "': permission denied";
        }
        return null;
    }

    /**
     * Opens a request log; nothing appears at {@code file} until {@link #commit}.
     *
     * @param file     the log's file ({@link #problem} says nothing against it)
     * @param scenario the scenario run, for its nodes' names and CDNs
     * @return the log, header written
     * @throws IOException if it cannot be created
     */
    public static RequestLogFile open(Path file, Scenario scenario) throws IOException {
        return new RequestLogFile(file, scenario);
    }

    @Override
    public void write(EdgeRequests r, int i) {
        long t = r.time(i);
        long d = Math.floorDiv(t, Micros.DAY);
        if (d != day) {
            day = d;
            civil(EPOCH_DAYS + d);
        }
        System.arraycopy(date, 0, line, 0, 11);
        n = 11;
        long inDay = t - d * Micros.DAY;
        two(inDay / Micros.HOUR);
        put(':');
        two(inDay / Micros.MINUTE % 60);
        put(':');
        two(inDay / Micros.SECOND % 60);
        put('.');
        fixed(inDay % Micros.SECOND, 6);
        bytes(nodeIds[r.edge(i)]);
        number(r.bytes(i));
        int v = r.viewer(i);
        put('\t');
        put('1');
        put('0');
        put('.');
        number((v >>> 16) & 255);
        put('.');
        number((v >>> 8) & 255);
        put('.');
        number(v & 255);
        bytes(GET);
        stem(r.object(i));
        put('\t');
        number(r.status(i));
        put('\t');
        query(r, i, v);
        int outcome = r.outcome(i).ordinal();
        bytes(RESULT_TYPE[outcome]);
        long ttfb = r.time(i) - r.arrivedAt(i);
        number(ttfb / Micros.SECOND);
        put('.');
        fixed(ttfb % Micros.SECOND, 6);
        bytes(OUTCOME[outcome]);
        number(v);
        put('\t');
        session(v);
        bytes(cdnOfNode[r.edge(i)]);
        put('\n');
        try {
            out.write(line, 0, n);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** gzip at the deflater's fastest level: the log is written while the run goes, and text compresses well anyway. */
    private static final class FastGzip extends GZIPOutputStream {
        FastGzip(OutputStream out) throws IOException {
            super(out, 1 << 16);
            def.setLevel(Deflater.BEST_SPEED);
        }
    }

    /** The CMCD keys, alphabetically, URL-encoded as the value of the query parameter CMCD. */
    private void query(EdgeRequests r, int i, int v) {
        boolean media = r.media(i);
        if (media) {
            bytes(BL);
            number(r.bufferLength(i));
            bytes(BR);
            number(r.bitrate(i));
            if (r.bufferStarved(i)) {
                bytes(BS);
            }
            bytes(D);
            number(r.duration(i));
            if (r.hasThroughput(i)) {
                bytes(MTP);
                number(r.measuredThroughput(i));
            }
            if (r.nextObject(i) != Requests.NO_NEXT) {
                bytes(NOR);
                number(ObjectIds.index(r.nextObject(i)));
                bytes(NOR_END);
            }
            bytes(OT_AFTER);
        } else {
            bytes(OT);
        }
        put(r.objectType(i));
        bytes(SID);
        session(v);
        bytes(ST);
        put(r.live(i) ? 'l' : 'v');
        if (r.startup(i)) {
            bytes(SU);
        }
        if (media) {
            bytes(TB);
            number(r.topBitrate(i));
        }
        bytes(V1);
    }

    /** The URI of an object: title, rendition and file as a packager would name them. */
    private void stem(long object) {
        ObjectKind kind = ObjectIds.kind(object);
        bytes(TITLE);
        number(ObjectIds.title(object));
        if (kind == ObjectKind.MASTER_MANIFEST) {
            bytes(MASTER);
            return;
        }
        if (kind == ObjectKind.KEY) {
            bytes(KEY);
            number(ObjectIds.index(object));
            bytes(KEY_END);
            return;
        }
        bytes(RENDITION);
        number(ObjectIds.rendition(object));
        if (kind == ObjectKind.MEDIA_PLAYLIST) {
            bytes(PLAYLIST);
        } else if (kind == ObjectKind.INIT_SEGMENT) {
            bytes(INIT);
        } else {
            bytes(SEGMENT);
            number(ObjectIds.index(object));
            bytes(SEGMENT_END);
        }
    }

    /** A session id in the form of a UUID, made of the viewer's number (one session per viewer). */
    private void session(int v) {
        bytes(SESSION_PREFIX);
        long x = v & 0xFFFF_FFFFL;
        for (int k = 11; k >= 0; k--) {
            line[n + k] = HEX[(int) (x & 15)];
            x >>>= 4;
        }
        n += 12;
    }

    private void bytes(byte[] b) {
        System.arraycopy(b, 0, line, n, b.length);
        n += b.length;
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private void put(char c) {
        line[n++] = (byte) c;
    }

    private void two(long x) {
        put((char) ('0' + x / 10));
        put((char) ('0' + x % 10));
    }

    private void fixed(long x, int digits) {
        for (int k = digits - 1; k >= 0; k--) {
            line[n + k] = (byte) ('0' + x % 10);
            x /= 10;
        }
        n += digits;
    }

    private void number(long x) {
        if (x < 0) {
            put('-');
            x = -x;
        }
        int start = n;
        do {
            line[n++] = (byte) ('0' + x % 10);
            x /= 10;
        } while (x > 0);
        for (int a = start, b = n - 1; a < b; a++, b--) {
            byte t = line[a];
            line[a] = line[b];
            line[b] = t;
        }
    }

    /** Writes a day since 1970 as YYYY-MM-DD into {@link #date} (Howard Hinnant's civil_from_days). */
    private void civil(long days) {
        long z = days + 719_468;
        long era = Math.floorDiv(z, 146_097);
        long doe = z - era * 146_097;
        long yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        long mp = (5 * doy + 2) / 153;
        long dd = doy - (153 * mp + 2) / 5 + 1;
        long mm = mp < 10 ? mp + 3 : mp - 9;
        long yy = yoe + era * 400 + (mm <= 2 ? 1 : 0);
        byte[] text = String.format(Locale.ROOT, "%04d-%02d-%02d\t", yy, mm, dd).getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(text, 0, date, 0, 11);
    }

    /**
     * The run succeeded: the log is finished and moved to its name.
     *
     * @throws IOException if it cannot be finished or moved
     */
    public void commit() throws IOException {
        out.close();
        Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        committed = true;
    }

    /** Closes the log; without a {@link #commit} it is deleted. */
    @Override
    public void close() throws IOException {
        if (!committed) {
            try {
                out.close();
            } finally {
                Files.deleteIfExists(partial);
            }
        }
    }
}
