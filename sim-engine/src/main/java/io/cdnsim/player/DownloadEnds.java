package io.cdnsim.player;

import io.cdnsim.bandwidth.Downloads;
import io.cdnsim.kernel.Micros;
import java.util.Arrays;

/**
 * What a player keeps of its downloads' ends: the generation of each announced end, which its end event carries so
 * that an end a full link has since delayed is recognised as stale; and its last segment's throughput sample, which
 * joins the estimate when the segment is held (not when its end is first announced, which a full link may change).
 * A sample runs from the first byte's arrival to the last's, as dash.js measures it (the latency left out), and the
 * whole download, from request to last byte, is kept beside it (BOLA-E's estimate of the buffer at the request).
 */
final class DownloadEnds {

    private final Downloads downloads;
    private double[] sampleBits = new double[64];
    private double[] sampleSeconds = new double[64];
    private double[] requestSeconds = new double[64];
    private long[] firstBitAt = new long[64];

    /** @param downloads the downloads through the edges' links */
    DownloadEnds(Downloads downloads) {
        this.downloads = downloads;
    }

    /** Makes room for a viewer's sample. */
    void admit(int v) {
        if (v >= sampleBits.length) {
            sampleBits = Arrays.copyOf(sampleBits, Math.max(v + 1, 2 * sampleBits.length));
            sampleSeconds = Arrays.copyOf(sampleSeconds, sampleBits.length);
            requestSeconds = Arrays.copyOf(requestSeconds, sampleBits.length);
            firstBitAt = Arrays.copyOf(firstBitAt, sampleBits.length);
        }
    }

    /** @return the argument of a download's end event: the viewer, and the generation of the end it announces */
    long argument(int v, boolean main) {
        return ((long) downloads.generation(tag(v, main)) << 32) | v;
    }

    /** @return whether an end event's argument names the download's latest announced end */
    boolean current(long argument, boolean main) {
        int v = (int) argument;
        return (int) (argument >>> 32) == downloads.generation(tag(v, main));
    }

    /** Notes when the first byte of the main chain's download reaches the viewer (a reload's is not kept). */
    void firstBit(int v, boolean main, long at) {
        if (main) {
            firstBitAt[v] = at;
        }
    }

    /**
     * Keeps the throughput sample of the segment the viewer is downloading.
     *
     * @param v      the viewer
     * @param bits   the segment's bits
     * @param sentAt when it was requested, microseconds
     * @param done   when its last byte reached the viewer, microseconds
     */
    void sample(int v, double bits, long sentAt, long done) {
        sampleBits[v] = bits;
        sampleSeconds[v] = Micros.toSeconds(done - firstBitAt[v]);
        requestSeconds[v] = Micros.toSeconds(done - sentAt);
    }

    /** @return the bits of the viewer's last segment sample */
    double bits(int v) {
        return sampleBits[v];
    }

    /** @return the seconds of the viewer's last segment sample, first byte to last */
    double seconds(int v) {
        return sampleSeconds[v];
    }

    /** @return the seconds of the viewer's last segment download, request to last byte */
    double requestSeconds(int v) {
        return requestSeconds[v];
    }

    /** @return a download's tag: the viewer, and its chain (0 the main chain, 1 the playlist reloads) */
    static long tag(int v, boolean main) {
        return ((long) v << 1) | (main ? 0 : 1);
    }
}
