package io.cdnsim.bandwidth;

import io.cdnsim.kernel.Micros;

/**
 * What one link carried, second by second: the integral of the rates of the downloads through it. The rate is
 * piecewise constant (it changes only when a download starts, ends or is given a new share), so the bits of each
 * second are exact. Seconds from the end of the warm-up make the link's figures: the busiest second, the share of the
 * capacity at the 95th percentile of seconds (to 0.1 %), and the seconds at capacity (at least
 * {@value #AT_CAPACITY} of it). A second's share is of the capacity in force in it: where a failure takes some of the
 * capacity for a while, of its average over the second.
 */
final class LinkMeter {

    /** The share of its capacity at which a link counts as full in a second. */
    static final double AT_CAPACITY = 0.95;
    /** Bins of the histogram of shares: per mille, 0 to 1,000. */
    private static final int BINS = 1001;
    private static final double SECOND = Micros.SECOND;

    private final double capacity;
    private final long warmupSeconds;
    private final long[] shares = new long[BINS];
    private double rate;
    /** Bits already known to fall in the seconds ahead, by second modulo its length (downloads that cannot change). */
    private double[] ahead = new double[64];
    private long time;
    private double bits;
    private long second;
    private double lastSecondBits;
    private double peakBits;
    private double measuredBits;
    private long measuredSeconds;
    private long secondsAtCapacity;
    private double peakShare;
    /** The capacity in force, and, in a second where it changed, its integral up to its last change (bits). */
    private double capacityNow;
    private boolean capacityChanged;
    private double capacityBits;
    private long capacityMark;

    /**
     * @param capacity      the link's capacity, bit/s ({@link LinkPlan#UNLIMITED} for none)
     * @param warmupSeconds seconds of warm-up, not counted in the figures
     */
    LinkMeter(double capacity, long warmupSeconds) {
        this.capacity = capacity;
        this.warmupSeconds = warmupSeconds;
        this.capacityNow = capacity;
    }

    /**
     * The capacity in force changes (a failure takes a share of it, or gives it back), at a time no earlier than the
     * last change.
     *
     * @param at  when
     * @param bps the capacity in force from then on, bit/s
     */
    void setCapacity(long at, double bps) {
        advance(at);
        if (!capacityChanged) {
            capacityChanged = true;
            capacityBits = 0;
            capacityMark = second * Micros.SECOND;
        }
        capacityBits += capacityNow * (at - capacityMark) / SECOND;
        capacityMark = at;
        capacityNow = bps;
    }

    /** @return the rate the link carries now, bit/s */
    double rate() {
        return rate;
    }

    /**
     * The rate changes at a time no earlier than the last change.
     *
     * @param at    when
     * @param delta how much it changes, bit/s
     */
    void change(long at, double delta) {
        advance(at);
        rate += delta;
        if (rate < 0) {
            rate = 0;
        }
    }

    /**
     * The rate is set at a time no earlier than the last change.
     *
     * @param at   when
     * @param bps  the new rate, bit/s
     */
    void set(long at, double bps) {
        advance(at);
        rate = bps;
    }

    /** Integrates the current rate up to a time, closing every second it passes. */
    void advance(long at) {
        while (at >= (second + 1) * Micros.SECOND) {
            long boundary = (second + 1) * Micros.SECOND;
            bits += rate * (boundary - time) / SECOND;
            time = boundary;
            close();
        }
        bits += rate * (at - time) / SECOND;
        time = at;
    }

    /**
     * Adds a download whose rate cannot change (its links have no capacity): {@code bps} from {@code from} to
     * {@code to}, spread over the seconds it spans, none before the second being measured.
     *
     * @param from when it starts holding its rate
     * @param to   when its last byte leaves
     * @param bps  its rate
     */
    void spread(long from, long to, double bps) {
        long last = (to - 1) / Micros.SECOND;
        if (last - second >= ahead.length) {
            grow(last - second + 1);
        }
        for (long s = from / Micros.SECOND; s <= last; s++) {
            long overlap = Math.min(to, (s + 1) * Micros.SECOND) - Math.max(from, s * Micros.SECOND);
            ahead[(int) (s % ahead.length)] += bps * overlap / SECOND;
        }
    }

    private void grow(long seconds) {
        int n = ahead.length;
        while (n < seconds) {
            n *= 2;
        }
        double[] larger = new double[n];
        for (long s = second; s < second + ahead.length; s++) {
            larger[(int) (s % n)] = ahead[(int) (s % ahead.length)];
        }
        ahead = larger;
    }

    private void close() {
        int slot = (int) (second % ahead.length);
        bits += ahead[slot];
        ahead[slot] = 0;
        lastSecondBits = bits;
        if (second >= warmupSeconds) {
            measuredSeconds++;
            measuredBits += bits;
            peakBits = Math.max(peakBits, bits);
            if (capacity != LinkPlan.UNLIMITED) {
                double inForce = capacityChanged
                        ? capacityBits + capacityNow * ((second + 1) * Micros.SECOND - capacityMark) / SECOND
                        : capacityNow;
                double share = inForce > 0 ? bits / inForce : 1;
                peakShare = Math.max(peakShare, share);
                shares[(int) Math.min(BINS - 1, Math.round(share * (BINS - 1)))]++;
                if (share >= AT_CAPACITY) {
                    secondsAtCapacity++;
                }
            }
        }
        bits = 0;
        capacityChanged = false;
        second++;
    }

    /** @return the bits carried in the last second closed */
    double lastSecondBits() {
        return lastSecondBits;
    }

    /** @return the figures of the seconds closed so far, after the warm-up */
    LinkFigures figures() {
        return new LinkFigures(capacity, measuredSeconds, measuredBits, peakBits, shareAt(0.95),
                capacity == LinkPlan.UNLIMITED ? Double.NaN : peakShare, secondsAtCapacity);
    }

    /** @return the share of capacity at or below which a fraction q of the measured seconds lie, NaN if unlimited */
    private double shareAt(double q) {
        if (capacity == LinkPlan.UNLIMITED || measuredSeconds == 0) {
            return Double.NaN;
        }
        long rank = (long) Math.ceil(q * measuredSeconds);
        long seen = 0;
        for (int b = 0; b < BINS; b++) {
            seen += shares[b];
            if (seen >= rank) {
                return b / (double) (BINS - 1);
            }
        }
        return 1.0;
    }
}
