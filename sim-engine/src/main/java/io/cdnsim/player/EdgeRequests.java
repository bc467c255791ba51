package io.cdnsim.player;

import io.cdnsim.content.ObjectIds;
import io.cdnsim.metrics.Outcome;
import io.cdnsim.network.EdgeLog;
import java.util.Arrays;
import java.util.List;

/**
 * The request log of one partition's edges: each answer an edge gave a viewer, with the viewer's CMCD keys of that
 * request ({@link Cmcd}), in primitive columns that are reused from one second to the next (appending allocates
 * nothing once they have grown to a second's requests). A record's time is when the answer's first byte left the edge.
 *
 * <p>{@link #flush} hands the records of every partition before a time to a {@link Sink} in one order that does not
 * depend on the threads: by time, then partition, then the order the edges decided them in. An edge decides its
 * answers in time order and adds its own constant service time, so within one edge the log's order is the order in
 * which the edge's store saw the requests (a hit when it arrived, a miss when its response came back).
 */
public final class EdgeRequests implements EdgeLog {

    /** Receives the records, one at a time, in the log's order. */
    public interface Sink {
        /**
         * @param r the records
         * @param i the index of the record to write
         */
        void write(EdgeRequests r, int i);

        /** Writes nothing. */
        Sink NONE = (r, i) -> { };
    }

    private final ViewerTable table;
    private final Cmcd cmcd;
    private int count;
    private long[] time = new long[0];
    private long[] arrived = new long[0];
    private long[] object = new long[0];
    private long[] bytes = new long[0];
    private long[] nor = new long[0];
    private int[] viewer = new int[0];
    private int[] edge = new int[0];
    private int[] status = new int[0];
    private int[] flags = new int[0];
    private int[] bl = new int[0];
    private int[] mtp = new int[0];
    private int[] tb = new int[0];
    private byte[] outcome = new byte[0];
    /** The records before the flush's time, sorted ({@link #prepare}), and a scratch array for the sort. */
    private int[] order = new int[0];
    private int[] scratch = new int[0];
    private int ready;
    /** The time the records being written are before. */
    private long flushTime;

    EdgeRequests(ViewerTable table, Cmcd cmcd) {
        this.table = table;
        this.cmcd = cmcd;
    }

    @Override
    public void answered(long tag, int edgeNode, long obj, Outcome how, int code, long arrivedAt, long firstByteAt,
                         long body) {
        if (count == time.length) {
            grow(Math.max(1024, 2 * count));
        }
        int v = (int) (tag >>> 1);
        int s = Cmcd.slot(v, (tag & 1) == 0);
        int i = count++;
        time[i] = firstByteAt;
        arrived[i] = arrivedAt;
        object[i] = obj;
        bytes[i] = body;
        viewer[i] = table.globalId(v);
        edge[i] = edgeNode;
        status[i] = code;
        outcome[i] = (byte) how.ordinal();
        int f = cmcd.flags(s);
        flags[i] = f;
        nor[i] = cmcd.nextObject(s);
        if ((f & Cmcd.MEDIA) != 0) {
            bl[i] = cmcd.bufferLength(s);
            mtp[i] = cmcd.measuredThroughput(s);
            tb[i] = cmcd.topBitrate(v);
        }
    }

    private void grow(int n) {
        time = Arrays.copyOf(time, n);
        arrived = Arrays.copyOf(arrived, n);
        object = Arrays.copyOf(object, n);
        bytes = Arrays.copyOf(bytes, n);
        nor = Arrays.copyOf(nor, n);
        viewer = Arrays.copyOf(viewer, n);
        edge = Arrays.copyOf(edge, n);
        status = Arrays.copyOf(status, n);
        flags = Arrays.copyOf(flags, n);
        bl = Arrays.copyOf(bl, n);
        mtp = Arrays.copyOf(mtp, n);
        tb = Arrays.copyOf(tb, n);
        outcome = Arrays.copyOf(outcome, n);
        order = new int[n];
        scratch = new int[n];
    }

    /**
     * Writes every partition's records whose time is before {@code upTo}, in the log's order, and forgets them.
     *
     * @param parts each partition's records, in partition order
     * @param upTo  the time before which every record has been appended (the end of a closed second)
     * @param sink  what writes them
     */
    public static void flush(List<EdgeRequests> parts, long upTo, Sink sink) {
        int n = parts.size();
        int[] at = new int[n];
        for (EdgeRequests p : parts) {
            p.prepare(upTo);
        }
        while (true) {
            int best = -1;
            long bestTime = Long.MAX_VALUE;
            for (int p = 0; p < n; p++) {
                EdgeRequests r = parts.get(p);
                if (at[p] < r.ready && r.time[r.order[at[p]]] < bestTime) {
                    best = p;
                    bestTime = r.time[r.order[at[p]]];
                }
            }
            if (best < 0) {
                break;
            }
            EdgeRequests r = parts.get(best);
            sink.write(r, r.order[at[best]++]);
        }
        for (EdgeRequests p : parts) {
            p.dropReady();
        }
    }

    /**
     * Sorts the indices of the records before {@code upTo} by time, stably (a merge sort, allocation-free), unless
     * they are in order already (edges of one service time decide in time order).
     */
    private void prepare(long upTo) {
        flushTime = upTo;
        ready = 0;
        for (int i = 0; i < count; i++) {
            if (time[i] < upTo) {
                order[ready++] = i;
            }
        }
        boolean sorted = true;
        for (int k = 1; k < ready && sorted; k++) {
            sorted = time[order[k - 1]] <= time[order[k]];
        }
        for (int width = 1; width < ready && !sorted; width *= 2) {
            for (int lo = 0; lo < ready; lo += 2 * width) {
                int mid = Math.min(lo + width, ready);
                int hi = Math.min(lo + 2 * width, ready);
                int a = lo;
                int b = mid;
                for (int k = lo; k < hi; k++) {
                    scratch[k] = b >= hi || a < mid && time[order[a]] <= time[order[b]] ? order[a++] : order[b++];
                }
            }
            int[] t = order;
            order = scratch;
            scratch = t;
        }
    }

    /** Forgets the records just written; the others keep their order. */
    private void dropReady() {
        if (ready == 0) {
            return;
        }
        int kept = 0;
        for (int i = 0; i < count; i++) {
            if (time[i] >= flushTime) {
                move(i, kept++);
            }
        }
        count = kept;
        ready = 0;
    }

    private void move(int from, int to) {
        if (from == to) {
            return;
        }
        time[to] = time[from];
        arrived[to] = arrived[from];
        object[to] = object[from];
        bytes[to] = bytes[from];
        nor[to] = nor[from];
        viewer[to] = viewer[from];
        edge[to] = edge[from];
        status[to] = status[from];
        flags[to] = flags[from];
        bl[to] = bl[from];
        mtp[to] = mtp[from];
        tb[to] = tb[from];
        outcome[to] = outcome[from];
    }

    /** @param i a record @return when the answer's first byte left the edge, microseconds */
    public long time(int i) {
        return time[i];
    }

    /** @param i a record @return when the request reached the edge, microseconds */
    public long arrivedAt(int i) {
        return arrived[i];
    }

    /** @param i a record @return the object asked for */
    public long object(int i) {
        return object[i];
    }

    /** @param i a record @return bytes of the answer on the wire */
    public long bytes(int i) {
        return bytes[i];
    }

    /** @param i a record @return the viewer's number in the whole audience (its session: one per viewer) */
    public int viewer(int i) {
        return viewer[i];
    }

    /** @param i a record @return the edge node that answered */
    public int edge(int i) {
        return edge[i];
    }

    /** @param i a record @return the answer's status: 200, 304 or 504 */
    public int status(int i) {
        return status[i];
    }

    /** @param i a record @return how the edge answered */
    public Outcome outcome(int i) {
        return Outcome.of(outcome[i]);
    }

    /** @param i a record @return CMCD {@code ot}: m, i, v or k */
    public char objectType(int i) {
        return "mivk".charAt(flags[i] & Cmcd.OT_MASK);
    }

    /** @param i a record @return whether the stream is live (CMCD {@code st=l}; else {@code st=v}) */
    public boolean live(int i) {
        return (flags[i] & Cmcd.LIVE) != 0;
    }

    /** @param i a record @return CMCD {@code bs}: the buffer ran dry since the previous segment request */
    public boolean bufferStarved(int i) {
        return (flags[i] & Cmcd.BS) != 0;
    }

    /** @param i a record @return CMCD {@code su}: needed urgently (start-up, or recovery from an empty buffer) */
    public boolean startup(int i) {
        return (flags[i] & Cmcd.SU) != 0;
    }

    /** @param i a record @return whether it has the media keys {@code br}, {@code bl}, {@code d}, {@code tb} */
    public boolean media(int i) {
        return (flags[i] & Cmcd.MEDIA) != 0;
    }

    /** @param i a record @return CMCD {@code br}, kbps (a media record) */
    public int bitrate(int i) {
        return cmcd.bitrate(ObjectIds.rendition(object[i]));
    }

    /** @param i a record @return CMCD {@code bl}, ms rounded to the nearest 100 (a media record) */
    public int bufferLength(int i) {
        return bl[i];
    }

    /** @param i a record @return CMCD {@code d}, ms (a media record) */
    public int duration(int i) {
        return cmcd.duration();
    }

    /** @param i a record @return whether it has CMCD {@code mtp} */
    public boolean hasThroughput(int i) {
        return (flags[i] & Cmcd.MTP) != 0;
    }

    /** @param i a record @return CMCD {@code mtp}, kbps rounded to the nearest 100 */
    public int measuredThroughput(int i) {
        return mtp[i];
    }

    /** @param i a record @return CMCD {@code tb}, kbps (a media record) */
    public int topBitrate(int i) {
        return tb[i];
    }

    /** @param i a record @return CMCD {@code nor}: the next object, or {@code Requests.NO_NEXT} */
    public long nextObject(int i) {
        return nor[i];
    }
}
