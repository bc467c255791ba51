package io.cdnsim.report;

import com.github.luben.zstd.ZstdOutputStream;
import io.cdnsim.content.ObjectIds;
import io.cdnsim.content.ObjectKind;
import io.cdnsim.kernel.Micros;
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
import java.util.zip.GZIPOutputStream;

/**
 * The request log of a run ({@code cdnsim run --request-log FILE}): every answer an edge gave a viewer, as a
 * CloudFront-style access log (W3C extended log format: {@code #Version} and {@code #Fields} lines, then one
 * tab-separated line a request), gzip-compressed for a name ending {@code .gz}, zstd for {@code .zst}, plain for
 * {@code .log}. It is written as the run goes, second by second ({@link EdgeRequests#flush}), into a hidden file beside
 * the target that becomes the target only when the run has succeeded ({@link #commit}); closed without a commit, it
 * is deleted. Each line is formatted into one reused byte buffer: writing allocates nothing per request.
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

    private final Path target;
    private final Path partial;
    private final OutputStream out;
    private final String[] nodeIds;
    private final String[] cdnOfNode;
    private final byte[] line;
    private int n;
    private long day = Long.MIN_VALUE;
    private final byte[] date = new byte[10];
    private boolean committed;

    private RequestLogFile(Path target, Scenario scenario) throws IOException {
        this.target = target;
        Path dir = target.toAbsolutePath().getParent();
        this.partial = dir.resolve("." + target.getFileName() + ".partial");
        OutputStream file = Files.newOutputStream(partial);
        String name = target.getFileName().toString();
        OutputStream raw = name.endsWith(".gz") ? new GZIPOutputStream(file, 1 << 16)
                : name.endsWith(".zst") ? new ZstdOutputStream(file, 3) : file;
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
        this.nodeIds = ids.toArray(String[]::new);
        this.cdnOfNode = cdns.toArray(String[]::new);
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
        n = 0;
        long t = r.time(i);
        long d = Math.floorDiv(t, Micros.DAY);
        if (d != day) {
            day = d;
            civil(EPOCH_DAYS + d);
        }
        System.arraycopy(date, 0, line, 0, 10);
        n = 10;
        tab();
        long inDay = t - d * Micros.DAY;
        two(inDay / Micros.HOUR);
        put(':');
        two(inDay / Micros.MINUTE % 60);
        put(':');
        two(inDay / Micros.SECOND % 60);
        put('.');
        fixed(inDay % Micros.SECOND, 6);
        tab();
        text(nodeIds[r.edge(i)]);
        tab();
        number(r.bytes(i));
        tab();
        int v = r.viewer(i);
        text("10.");
        number((v >>> 16) & 255);
        put('.');
        number((v >>> 8) & 255);
        put('.');
        number(v & 255);
        tab();
        text("GET\t");
        long object = r.object(i);
        stem(object);
        tab();
        number(r.status(i));
        tab();
        query(r, i, v);
        tab();
        text(resultType(r, i));
        tab();
        long ttfb = r.time(i) - r.arrivedAt(i);
        number(ttfb / Micros.SECOND);
        put('.');
        fixed(ttfb % Micros.SECOND, 6);
        tab();
        text(r.outcome(i).label());
        tab();
        number(v);
        tab();
        session(v);
        if (cdnOfNode[r.edge(i)] != null) {
            tab();
            text(cdnOfNode[r.edge(i)]);
        }
        put('\n');
        try {
            out.write(line, 0, n);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** CloudFront's x-edge-result-type: Hit for every answer from a copy or another request's fetch. */
    private static String resultType(EdgeRequests r, int i) {
        switch (r.outcome(i)) {
            case MISS:
                return "Miss";
            case REFRESH_HIT:
                return "RefreshHit";
            case ERROR:
                return "Error";
            default:
                return "Hit";
        }
    }

    /** The CMCD keys, alphabetically, URL-encoded as the value of the query parameter CMCD. */
    private void query(EdgeRequests r, int i, int v) {
        text("CMCD=");
        boolean media = r.media(i);
        if (media) {
            key("bl");
            number(r.bufferLength(i));
            comma();
            key("br");
            number(r.bitrate(i));
            comma();
            if (r.bufferStarved(i)) {
                text("bs%2C");
            }
            key("d");
            number(r.duration(i));
            comma();
            if (r.hasThroughput(i)) {
                key("mtp");
                number(r.measuredThroughput(i));
                comma();
            }
            if (r.nextObject(i) != Requests.NO_NEXT) {
                key("nor");
                text("%22seg");
                number(ObjectIds.index(r.nextObject(i)));
                text(".m4s%22%2C");
            }
        }
        key("ot");
        put(r.objectType(i));
        comma();
        key("sid");
        text("%22");
        session(v);
        text("%22%2C");
        key("st");
        put(r.live(i) ? 'l' : 'v');
        if (r.startup(i)) {
            text("%2Csu");
        }
        if (media) {
            comma();
            key("tb");
            number(r.topBitrate(i));
        }
        text("%2Cv%3D1");
    }

    /** The URI of an object: title, rendition and file as a packager would name them. */
    private void stem(long object) {
        ObjectKind kind = ObjectIds.kind(object);
        text("/t");
        number(ObjectIds.title(object));
        switch (kind) {
            case MASTER_MANIFEST:
                text("/master.m3u8");
                return;
            case KEY:
                text("/key");
                number(ObjectIds.index(object));
                text(".key");
                return;
            default:
                break;
        }
        text("/r");
        number(ObjectIds.rendition(object));
        switch (kind) {
            case MEDIA_PLAYLIST:
                text("/index.m3u8");
                break;
            case INIT_SEGMENT:
                text("/init.mp4");
                break;
            default:
                text("/seg");
                number(ObjectIds.index(object));
                text(".m4s");
                break;
        }
    }

    /** A session id in the form of a UUID, made of the viewer's number (one session per viewer). */
    private void session(int v) {
        text("00000000-0000-4000-8000-");
        for (int shift = 44; shift >= 0; shift -= 4) {
            put((char) HEX[(int) ((v & 0xFFFF_FFFFL) >>> shift) & 15]);
        }
    }

    private void key(String k) {
        text(k);
        text("%3D");
    }

    private void comma() {
        text("%2C");
    }

    private void tab() {
        put('\t');
    }

    private void put(char c) {
        line[n++] = (byte) c;
    }

    private void text(String s) {
        for (int k = 0; k < s.length(); k++) {
            line[n++] = (byte) s.charAt(k);
        }
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
        byte[] text = String.format(Locale.ROOT, "%04d-%02d-%02d", yy, mm, dd).getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(text, 0, date, 0, 10);
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
