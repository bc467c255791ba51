package io.cdnsim.player;

import io.cdnsim.content.Ladder;
import io.cdnsim.content.Lineup;
import io.cdnsim.network.Requests;
import java.util.Arrays;

/**
 * The Common Media Client Data keys (CTA-5004, version 1) of each viewer's request in flight, computed from the
 * player's state at the moment it sends the request, as dash.js's {@code CmcdModel} computes them: one request per
 * chain (main and reload) is in flight at a time, so each viewer has two slots, written at the send and read when the
 * edge answers, once a request log has asked for them ({@link #enable}). Only primitives are stored; {@code report.RequestLogFile} formats them when it writes the log.
 *
 * <ul>
 * <li>{@code ot} object type: {@code m} manifest or playlist, {@code i} init segment, {@code v} media segment,
 * {@code k} key. {@code sid} (the session), {@code st} ({@code v} on demand, {@code l} live) and {@code v} (1) on
 * every request.</li>
 * <li>On a media segment only: {@code br} the rendition's bitrate and {@code tb} the top bitrate the device may play,
 * kbps; {@code d} the segment's duration, ms; {@code bl} the buffer at the send, ms rounded to the nearest 100;
 * {@code mtp} the throughput estimate the ABR rule reads, kbps rounded to the nearest 100 (absent before the first
 * segment has been measured); {@code bs} if the buffer ran dry since the viewer's previous segment request (or is dry
 * now after playback began); {@code nor} the next segment of the same rendition if the player's playlist lists it.</li>
 * <li>{@code su} on an init segment, and on a media segment while playback has not started or is stalled (the object
 * is needed urgently: start-up or recovery from an empty buffer).</li>
 * </ul>
 */
final class Cmcd {

    /** Object types ({@code ot}). */
    static final int OT_MANIFEST = 0;
    static final int OT_INIT = 1;
    static final int OT_VIDEO = 2;
    static final int OT_KEY = 3;
    /** Flag bits: the object type in the low two bits, then the boolean keys and the stream type. */
    static final int OT_MASK = 3;
    static final int BS = 4;
    static final int SU = 8;
    static final int LIVE = 16;
    /** The media keys (br, bl, d, tb) are present. */
    static final int MEDIA = 32;
    /** {@code mtp} is present. */
    static final int MTP = 64;

    private static final long MICROS_PER_MS = 1_000;
    /** 100 ms in microseconds. */
    private static final long HUNDRED_MS = 100_000;

    private final ViewerTable table;
    private final ThroughputEstimate estimate;
    private final Ladder ladder;
    private final long segment;
    private final Lineup lineup;
    private int[] flags = new int[0];
    private int[] bl = new int[0];
    private int[] mtp = new int[0];
    private long[] nor = new long[0];
    /** Per viewer, its stall count at its previous segment request. */
    private long[] stallsSeen = new long[0];
    /** Whether the keys are computed: only for a request log. */
    private boolean on;

    /**
     * @param table    the viewers' records
     * @param estimate their throughput estimates
     * @param lineup   what they watch
     */
    Cmcd(ViewerTable table, ThroughputEstimate estimate, Lineup lineup) {
        this.table = table;
        this.estimate = estimate;
        this.lineup = lineup;
        this.ladder = lineup.ladder();
        this.segment = lineup.segmentDuration();
    }

    /** From now on the players compute the keys of each request they send (a request log asks for them). */
    void enable() {
        on = true;
    }

    /** @return whether the players compute the keys */
    boolean on() {
        return on;
    }

    /**
     * The viewer sends a request of one of its chains now: its keys are taken from its state.
     *
     * @param v    the viewer
     * @param main whether it is the main chain's request (else the reload chain's playlist)
     * @param step the main chain's step ({@code Players.STEP_*}); ignored for the reload chain
     * @param next the next object it will ask for ({@code nor}), or {@link Requests#NO_NEXT}
     * @param now  the time
     */
    void capture(int v, boolean main, int step, long next, long now) {
        int s = slot(v, main);
        if (s >= flags.length) {
            grow(s + 1);
        }
        int f = lineup.programme(table.title(v)).live() ? LIVE : 0;
        nor[s] = Requests.NO_NEXT;
        if (!main || step == Players.STEP_MASTER || step == Players.STEP_PLAYLIST) {
            flags[s] = f | OT_MANIFEST;
            return;
        }
        if (step == Players.STEP_INIT) {
            flags[s] = f | OT_INIT | SU;
            return;
        }
        if (step == Players.STEP_KEY) {
            flags[s] = f | OT_KEY;
            return;
        }
        f |= OT_VIDEO | MEDIA;
        int state = table.state(v);
        long buffer = table.buffer(v);
        if (state == Playback.PLAYING) {
            buffer = Math.max(0, buffer - (now - table.bufferAt(v)));
        }
        boolean dry = state == Playback.STALLED || state == Playback.PLAYING && buffer == 0;
        if (state == Playback.STARTING || dry) {
            f |= SU;
        }
        if (dry || table.stalls(v) > stallsSeen[v]) {
            f |= BS;
        }
        stallsSeen[v] = table.stalls(v);
        bl[s] = (int) Math.min(Integer.MAX_VALUE, (buffer + HUNDRED_MS / 2) / HUNDRED_MS * 100);
        double bps = estimate.estimate(v);
        if (!Double.isNaN(bps)) {
            f |= MTP;
            mtp[s] = (int) Math.min(Integer.MAX_VALUE, Math.round(bps / 100_000.0) * 100);
        }
        nor[s] = next;
        flags[s] = f;
    }

    private void grow(int slots) {
        int n = Math.max(slots, 2 * flags.length);
        flags = Arrays.copyOf(flags, n);
        bl = Arrays.copyOf(bl, n);
        mtp = Arrays.copyOf(mtp, n);
        nor = Arrays.copyOf(nor, n);
        stallsSeen = Arrays.copyOf(stallsSeen, n / 2 + 1);
    }

    /** @return the slot of a viewer's chain */
    static int slot(int v, boolean main) {
        return 2 * v + (main ? 0 : 1);
    }

    /** @param s a slot @return its flags: object type, bs, su, live, and which keys are present */
    int flags(int s) {
        return flags[s];
    }

    /** @param s a slot @return {@code bl}, ms */
    int bufferLength(int s) {
        return bl[s];
    }

    /** @param s a slot @return {@code mtp}, kbps */
    int measuredThroughput(int s) {
        return mtp[s];
    }

    /** @param s a slot @return {@code nor}: the next object, or {@link Requests#NO_NEXT} */
    long nextObject(int s) {
        return nor[s];
    }

    /** @param v a viewer @return {@code tb}: the top bitrate its device may play, kbps */
    int topBitrate(int v) {
        return kbps(ladder.bitrate(Math.min(table.maxRendition(v), ladder.size() - 1)));
    }

    /** @param rendition a rendition @return {@code br}: its bitrate, kbps */
    int bitrate(int rendition) {
        return kbps(ladder.bitrate(rendition));
    }

    /** @return {@code d}: a segment's duration, ms */
    int duration() {
        return (int) Math.round(segment / (double) MICROS_PER_MS);
    }

    private static int kbps(long bps) {
        return (int) Math.round(bps / 1000.0);
    }
}
