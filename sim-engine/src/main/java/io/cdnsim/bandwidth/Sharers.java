package io.cdnsim.bandwidth;

import java.util.Arrays;

/**
 * The downloads that share each egress link while its region is full, with what changes at every recomputation
 * (cap, bits left, rate, first byte, last update) held in the link's own dense arrays in member order, so that a
 * recomputation reads them one after another. A download knows its place ({@link Flows#position}); leaving swaps the
 * last one into it.
 */
final class Sharers {

    private static final double SECOND = 1e6;

    private final Flows flows;
    private final int[][] slot;
    private final double[][] cap;
    private final double[][] remaining;
    private final double[][] rate;
    private final long[][] start;
    private final long[][] updated;
    /** Whether the download at a place has an end event scheduled (which a new rate makes stale). */
    private final boolean[][] armed;
    private final int[] count;

    /**
     * @param flows the downloads
     * @param links how many links
     */
    Sharers(Flows flows, int links) {
        this.flows = flows;
        this.slot = new int[links][8];
        this.cap = new double[links][8];
        this.remaining = new double[links][8];
        this.rate = new double[links][8];
        this.start = new long[links][8];
        this.updated = new long[links][8];
        this.armed = new boolean[links][8];
        this.count = new int[links];
    }

    /** @return how many downloads share the link */
    int count(int link) {
        return count[link];
    }

    /** @return the download at a place of the link */
    int slot(int link, int i) {
        return slot[link][i];
    }

    /** @return the cap of the download at a place */
    double cap(int link, int i) {
        return cap[link][i];
    }

    /** @return the rate of the download at a place, bit/s */
    double rate(int link, int i) {
        return rate[link][i];
    }

    /** @return the bits the download at a place has left (as of its last update) */
    double remaining(int link, int i) {
        return remaining[link][i];
    }

    /** @return when the first byte of the download at a place leaves */
    long start(int link, int i) {
        return start[link][i];
    }

    /**
     * A download starts sharing its link with some bits left as of now.
     *
     * @return its place
     */
    int join(int link, int s, double bitsLeft, long now) {
        int i = count[link];
        if (i == slot[link].length) {
            int n = 2 * i;
            slot[link] = Arrays.copyOf(slot[link], n);
            cap[link] = Arrays.copyOf(cap[link], n);
            remaining[link] = Arrays.copyOf(remaining[link], n);
            rate[link] = Arrays.copyOf(rate[link], n);
            start[link] = Arrays.copyOf(start[link], n);
            updated[link] = Arrays.copyOf(updated[link], n);
            armed[link] = Arrays.copyOf(armed[link], n);
        }
        slot[link][i] = s;
        cap[link][i] = flows.cap(s);
        remaining[link][i] = Math.max(0, bitsLeft);
        rate[link][i] = 0;
        start[link][i] = flows.start(s);
        updated[link][i] = Math.max(now, flows.start(s));
        armed[link][i] = false;
        flows.setPosition(s, i);
        count[link] = i + 1;
        return i;
    }

    /** A download stops sharing its link. */
    void leave(int link, int s) {
        int at = flows.position(s);
        int last = --count[link];
        slot[link][at] = slot[link][last];
        cap[link][at] = cap[link][last];
        remaining[link][at] = remaining[link][last];
        rate[link][at] = rate[link][last];
        start[link][at] = start[link][last];
        updated[link][at] = updated[link][last];
        armed[link][at] = armed[link][last];
        flows.setPosition(slot[link][at], at);
    }

    /** Counts the bits the download at a place sent since its last update, at its rate. */
    void progress(int link, int i, long now) {
        long from = Math.max(updated[link][i], start[link][i]);
        if (now > from) {
            remaining[link][i] = Math.max(0, remaining[link][i] - rate[link][i] * (now - from) / SECOND);
            updated[link][i] = now;
        }
    }

    /** @return the bits the download at a place has left at a time, at its rate since its last update */
    double remainingAt(int link, int i, long at) {
        long from = Math.max(updated[link][i], start[link][i]);
        return at > from ? Math.max(0, remaining[link][i] - rate[link][i] * (at - from) / SECOND) : remaining[link][i];
    }

    /**
     * Gives the download at a place a rate from now, its progress counted before; an end event scheduled for it is
     * made stale.
     */
    void setRate(int link, int i, double bps) {
        rate[link][i] = bps;
        if (armed[link][i]) {
            armed[link][i] = false;
            flows.stale(slot[link][i]);
        }
    }

    /** The download at a place has an end event scheduled. */
    void arm(int link, int i) {
        armed[link][i] = true;
    }

    /** Nobody shares the link any more. */
    void clear(int link) {
        count[link] = 0;
    }
}
