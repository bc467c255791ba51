package io.cdnsim.report;

import io.cdnsim.content.ObjectIds;
import io.cdnsim.content.ObjectKind;
import io.cdnsim.kernel.Micros;
import io.cdnsim.metrics.Outcome;
import io.cdnsim.network.Requests;
import io.cdnsim.player.EdgeRequests;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * The request log's lines: what the log keeps of an edge's answer ({@link #capture}, on the run's thread: nine longs,
 * every value a line shows, so that nothing of the run is read later) and how a kept record becomes one line of the
 * log ({@link #write}, on the log's own thread). Fields and their order: docs/cmcd.md.
 *
 * <pre>
 * record (longs): 0 time, 1 arrival, 2 object, 3 bytes, 4 next object (nor),
 *                 5 viewer | edge &lt;&lt; 32, 6 status | outcome &lt;&lt; 16 | flags &lt;&lt; 24 | bl &lt;&lt; 32,
 *                 7 mtp | tb &lt;&lt; 32, 8 br | d &lt;&lt; 32
 * flags (bits):   0-1 CMCD ot (m, i, v, k), 2 st=l, 3 bs, 4 su, 5 media keys, 6 mtp
 * </pre>
 */
final class RequestLogLines {

    /** Longs a record takes. */
    static final int WIDTH = 9;
    private static final String OBJECT_TYPES = "mivk";
    private static final int LIVE = 4;
    private static final int STARVED = 8;
    private static final int STARTUP = 16;
    private static final int MEDIA = 32;
    private static final int THROUGHPUT = 64;
    private static final long INTS = 0xFFFF_FFFFL;
    /** Days from 1970-01-01 to 2000-01-01, the date of simulated time 0. */
    private static final long EPOCH_DAYS = 10_957;
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
            String type = o == Outcome.MISS ? "Miss" : o == Outcome.REFRESH_HIT ? "RefreshHit"
                    : o == Outcome.ERROR ? "Error" : "Hit";
            RESULT_TYPE[o.ordinal()] = bytes("\t" + type + "\t");
        }
    }


    /** Each node's id with a tab on each side, and its CDN's name after a tab (or nothing). */
    private final byte[][] nodeIds;
    private final byte[][] cdnOfNode;
    private final OutputStream out;
    private final TextLine line;
    private long day = Long.MIN_VALUE;
    /** The date of the current day and a tab. */
    private final byte[] date = new byte[11];

    /**
     * @param nodeIds   each cache node's id, in node order
     * @param cdnOfNode each cache node's CDN's name, or null for none (one CDN)
     * @param out       where the lines go
     */
    RequestLogLines(List<String> nodeIds, List<String> cdnOfNode, OutputStream out) {
        int longest = 0;
        for (int k = 0; k < nodeIds.size(); k++) {
            longest = Math.max(longest, nodeIds.get(k).length()
                    + (cdnOfNode.get(k) == null ? 0 : cdnOfNode.get(k).length()));
        }
        this.line = new TextLine(1024 + 4 * longest);
        this.nodeIds = nodeIds.stream().map(id -> bytes("\t" + id + "\t")).toArray(byte[][]::new);
        this.cdnOfNode = cdnOfNode.stream().map(c -> bytes(c == null ? "" : "\t" + c)).toArray(byte[][]::new);
        this.out = out;
    }

    /**
     * Keeps what the log shows of a record of the edges' answers.
     *
     * @param r the records
     * @param i the record
     * @param v where to keep it
     * @param o its first long in {@code v}
     */
    static void capture(EdgeRequests r, int i, long[] v, int o) {
        int flags = OBJECT_TYPES.indexOf(r.objectType(i)) | (r.live(i) ? LIVE : 0)
                | (r.bufferStarved(i) ? STARVED : 0) | (r.startup(i) ? STARTUP : 0) | (r.media(i) ? MEDIA : 0)
                | (r.hasThroughput(i) ? THROUGHPUT : 0);
        v[o] = r.time(i);
        v[o + 1] = r.arrivedAt(i);
        v[o + 2] = r.object(i);
        v[o + 3] = r.bytes(i);
        v[o + 4] = r.nextObject(i);
        v[o + 5] = (r.viewer(i) & INTS) | (long) r.edge(i) << 32;
        v[o + 6] = r.status(i) | (long) r.outcome(i).ordinal() << 16 | (long) flags << 24
                | (long) r.bufferLength(i) << 32;
        v[o + 7] = (r.measuredThroughput(i) & INTS) | (long) r.topBitrate(i) << 32;
        v[o + 8] = r.media(i) ? (r.bitrate(i) & INTS) | (long) r.duration(i) << 32 : 0;
    }

    /**
     * Writes kept records as lines, in order.
     *
     * @param v       the records
     * @param records how many
     * @throws IOException if the stream fails
     */
    void write(long[] v, int records) throws IOException {
        for (int k = 0; k < records; k++) {
            line(v, k * WIDTH);
            out.write(line.bytes(), 0, line.length());
        }
    }

    /** Formats one record into {@link #line}. */
    private void line(long[] v, int o) {
        long t = v[o];
        long d = Math.floorDiv(t, Micros.DAY);
        if (d != day) {
            day = d;
            civil(EPOCH_DAYS + d);
        }
        line.clear();
        line.bytes(date);
        long inDay = t - d * Micros.DAY;
        line.two(inDay / Micros.HOUR);
        line.put(':');
        line.two(inDay / Micros.MINUTE % 60);
        line.put(':');
        line.two(inDay / Micros.SECOND % 60);
        line.put('.');
        line.fixed(inDay % Micros.SECOND, 6);
        int edge = (int) (v[o + 5] >>> 32);
        line.bytes(nodeIds[edge]);
        line.number(v[o + 3]);
        int viewer = (int) v[o + 5];
        line.put('\t');
        line.put('1');
        line.put('0');
        line.put('.');
        line.number((viewer >>> 16) & 255);
        line.put('.');
        line.number((viewer >>> 8) & 255);
        line.put('.');
        line.number(viewer & 255);
        line.bytes(GET);
        stem(v[o + 2]);
        line.put('\t');
        line.number(v[o + 6] & 0xFFFF);
        line.put('\t');
        query(v, o, viewer);
        int outcome = (int) (v[o + 6] >>> 16) & 0xFF;
        line.bytes(RESULT_TYPE[outcome]);
        long ttfb = t - v[o + 1];
        line.number(ttfb / Micros.SECOND);
        line.put('.');
        line.fixed(ttfb % Micros.SECOND, 6);
        line.bytes(OUTCOME[outcome]);
        line.number(viewer);
        line.put('\t');
        session(viewer);
        line.bytes(cdnOfNode[edge]);
        line.put('\n');
    }

    /** The CMCD keys, alphabetically, URL-encoded as the value of the query parameter CMCD. */
    private void query(long[] v, int o, int viewer) {
        int flags = (int) (v[o + 6] >>> 24) & 0xFF;
        boolean media = (flags & MEDIA) != 0;
        if (media) {
            line.bytes(BL);
            line.number(v[o + 6] >>> 32);
            line.bytes(BR);
            line.number(v[o + 8] & INTS);
            if ((flags & STARVED) != 0) {
                line.bytes(BS);
            }
            line.bytes(D);
            line.number(v[o + 8] >>> 32);
            if ((flags & THROUGHPUT) != 0) {
                line.bytes(MTP);
                line.number(v[o + 7] & INTS);
            }
            if (v[o + 4] != Requests.NO_NEXT) {
                line.bytes(NOR);
                line.number(ObjectIds.index(v[o + 4]));
                line.bytes(NOR_END);
            }
            line.bytes(OT_AFTER);
        } else {
            line.bytes(OT);
        }
        line.put(OBJECT_TYPES.charAt(flags & 3));
        line.bytes(SID);
        session(viewer);
        line.bytes(ST);
        line.put((flags & LIVE) != 0 ? 'l' : 'v');
        if ((flags & STARTUP) != 0) {
            line.bytes(SU);
        }
        if (media) {
            line.bytes(TB);
            line.number(v[o + 7] >>> 32);
        }
        line.bytes(V1);
    }

    /** The URI of an object: title, rendition and file as a packager would name them. */
    private void stem(long object) {
        ObjectKind kind = ObjectIds.kind(object);
        line.bytes(TITLE);
        line.number(ObjectIds.title(object));
        if (kind == ObjectKind.MASTER_MANIFEST) {
            line.bytes(MASTER);
            return;
        }
        if (kind == ObjectKind.KEY) {
            line.bytes(KEY);
            line.number(ObjectIds.index(object));
            line.bytes(KEY_END);
            return;
        }
        line.bytes(RENDITION);
        line.number(ObjectIds.rendition(object));
        if (kind == ObjectKind.MEDIA_PLAYLIST) {
            line.bytes(PLAYLIST);
        } else if (kind == ObjectKind.INIT_SEGMENT) {
            line.bytes(INIT);
        } else {
            line.bytes(SEGMENT);
            line.number(ObjectIds.index(object));
            line.bytes(SEGMENT_END);
        }
    }

    /** A session id in the form of a UUID, made of the viewer's number (one session per viewer). */
    private void session(int v) {
        line.bytes(SESSION_PREFIX);
        line.hex(v & 0xFFFF_FFFFL, 12);
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
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
}
