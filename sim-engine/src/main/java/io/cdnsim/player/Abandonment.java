package io.cdnsim.player;

import io.cdnsim.bandwidth.Downloads;
import io.cdnsim.kernel.EventLoop;
import io.cdnsim.kernel.Micros;
import java.util.Arrays;

/**
 * dash.js's AbandonRequestsRule (commit ccf3b95, {@code src/streaming/rules/abr/AbandonRequestsRule.js}, its defaults
 * in {@code Settings.js}): a segment download that will take too long is given up, and the segment asked again at the
 * rendition the throughput measured during the download supports. See docs/abr.md.
 *
 * <pre>
 *   from 500 ms after the segment's first bit, every 100 ms while it downloads:
 *     received   = its bits that have reached the viewer;  throughput = received / time since the first bit
 *     optimal    = the highest rendition (up to the device's cap) whose bitrate is at most the throughput
 *     abandon if  buffer ≤ the device's maximum buffer                    (dash.js: its stable buffer time)
 *            and  all bits / throughput ≥ 1.8 segment durations          (abandonDurationMultiplier)
 *            and  the rendition is not the lowest, nor this segment abandoned before
 *            and  bits left > all bits × bitrate(optimal) / bitrate(current)
 * </pre>
 *
 * A download through free links runs at a constant rate, so once the throughput, the time estimate or the bits left
 * rule it out, it stays ruled out: checks stop, until a full link holds the download back ({@link #held}). Through a
 * full link the rate changes with the shares: checks go on.
 * dash.js's six-progress-events threshold is taken as met by 500 ms. The viewer receives what the edge sent an RTT
 * earlier ({@link LastMiles#firstByte}). Per viewer: the check's serial (a check of an earlier download is stale),
 * whether checks are under way, the download's bits and first bit, and the segment last abandoned.
 */
final class Abandonment {

    /** dash.js's {@code minSegmentDownloadTimeThresholdInMs}. */
    static final long FIRST_CHECK = 500 * Micros.MILLISECOND;
    /** How often a download is looked at again (dash.js: at each progress event). */
    static final long CHECK_INTERVAL = 100 * Micros.MILLISECOND;
    /** dash.js's {@code abandonDurationMultiplier}. */
    static final double DURATION_MULTIPLIER = 1.8;
    /** {@link #decide}'s answer when the download goes on. */
    static final int KEEP = -1;
    private static final long NONE = Long.MIN_VALUE;

    private final boolean on;
    private final EventLoop loop;
    private final int target;
    private final Downloads downloads;
    private final ViewerTable table;
    private int[] serial = new int[64];
    private boolean[] watching = new boolean[64];
    private double[] bits = new double[64];
    private long[] firstBitAt = new long[64];
    private long[] abandoned = new long[64];

    /**
     * @param on        whether players abandon downloads
     * @param loop      the event loop
     * @param target    the viewers' handler, which runs the checks ({@link Viewers#ABANDON_CHECK})
     * @param downloads the downloads through the edges' links
     * @param table     the viewers' records
     */
    Abandonment(boolean on, EventLoop loop, int target, Downloads downloads, ViewerTable table) {
        this.on = on;
        this.loop = loop;
        this.target = target;
        this.downloads = downloads;
        this.table = table;
    }

    /** Makes room for a viewer, which has abandoned nothing yet. */
    void admit(int v) {
        if (v >= serial.length) {
            int n = Math.max(v + 1, 2 * serial.length);
            serial = Arrays.copyOf(serial, n);
            watching = Arrays.copyOf(watching, n);
            bits = Arrays.copyOf(bits, n);
            firstBitAt = Arrays.copyOf(firstBitAt, n);
            abandoned = Arrays.copyOf(abandoned, n);
        }
        abandoned[v] = NONE;
    }

    /**
     * A segment download of the viewer starts: its first check is scheduled (if players abandon downloads).
     *
     * @param v         the viewer
     * @param bitCount  the segment's bits
     * @param firstBit  when its first bit reaches the viewer
     */
    void watch(int v, double bitCount, long firstBit) {
        if (!on) {
            return;
        }
        bits[v] = bitCount;
        firstBitAt[v] = firstBit;
        serial[v]++;
        watching[v] = true;
        loop.schedule(firstBit + FIRST_CHECK, target, Viewers.ABANDON_CHECK, argument(v));
    }

    /**
     * A full link holds the viewer's segment download back, so its rate may fall: checks resume if they had stopped.
     *
     * @param v the viewer, downloading a segment
     */
    void held(int v) {
        if (on && !watching[v]) {
            watching[v] = true;
            loop.schedule(Math.max(loop.now(), firstBitAt[v] + FIRST_CHECK), target, Viewers.ABANDON_CHECK,
                    argument(v));
        }
    }

    /** @return whether a check's argument names the viewer's latest download */
    boolean current(long argument) {
        return (int) (argument >>> 32) == serial[(int) argument];
    }

    /**
     * A check is due: decides whether the viewer gives up its segment download, and if not, whether to look again.
     *
     * @param v     the viewer, downloading segment {@code index} at rendition {@code view.current()}
     * @param view  the player, positioned on the viewer
     * @param index the segment's index
     * @return the rendition to ask the segment again at (the download is abandoned), or {@link #KEEP}
     */
    int decide(int v, AbrView view, long index) {
        watching[v] = false;
        int current = view.current();
        if (current <= 0 || abandoned[v] == index) {
            return KEEP;
        }
        long now = loop.now();
        long tag = DownloadEnds.tag(v, true);
        double sent = downloads.sentBits(tag, now - table.rtt(v));
        if (Double.isNaN(sent) || now <= firstBitAt[v]) {
            return KEEP;
        }
        boolean varies = downloads.sharing(tag);
        double throughput = sent / Micros.toSeconds(now - firstBitAt[v]);
        int optimal = ThroughputRule.highestWithin(view, throughput);
        if (!(throughput > 0) || bits[v] / throughput < DURATION_MULTIPLIER * view.segmentSeconds()
                || bits[v] - sent <= bits[v] * view.bitrate(optimal) / view.bitrate(current)) {
            return varies ? again(v) : KEEP;
        }
        if (view.bufferSeconds() > view.maxBufferSeconds()) {
            return again(v);
        }
        abandoned[v] = index;
        downloads.abandon(tag);
        return optimal;
    }

    /** Looks at the viewer's download again in {@link #CHECK_INTERVAL}. */
    private int again(int v) {
        watching[v] = true;
        loop.schedule(loop.now() + CHECK_INTERVAL, target, Viewers.ABANDON_CHECK, argument(v));
        return KEEP;
    }

    private long argument(int v) {
        return ((long) serial[v] << 32) | v;
    }
}
