package io.cdnsim.steering;

import io.cdnsim.random.SplitMix;
import java.util.List;

/**
 * Each region's shares of the CDNs, as the steering service holds them, and the choice they make for a viewer: the
 * viewer's own number {@code u}, uniform in [0, 1) and fixed for its session, falls in one CDN's interval of the
 * region's shares (laid end to end in the topology's order). Because {@code u} is the viewer's own, a viewer asking
 * again gets the same CDN while the shares stay, and when shares move only the viewers in the moved slice change CDN.
 */
public final class Shares {

    /** 2^-53: a long's top 53 bits times this is uniform in [0, 1). */
    private static final double UNIT = 0x1.0p-53;

    private final int cdns;
    private final double[] share;

    /**
     * @param weights each region's weights of the CDNs, in the topology's order, regions in the topology's order
     */
    public Shares(List<List<Double>> weights) {
        this.cdns = weights.get(0).size();
        this.share = new double[weights.size() * cdns];
        for (int r = 0; r < weights.size(); r++) {
            double total = weights.get(r).stream().mapToDouble(Double::doubleValue).sum();
            for (int c = 0; c < cdns; c++) {
                share[r * cdns + c] = total > 0 ? weights.get(r).get(c) / total : 0;
            }
        }
    }

    /**
     * @param key    the run's steering key (the first number of the stream {@code steering})
     * @param viewer the viewer's number in the whole audience
     * @return the viewer's own number, uniform in [0, 1)
     */
    public static double numberOf(long key, long viewer) {
        return (SplitMix.streamOf(key, viewer) >>> 11) * UNIT;
    }

    /** @return how many CDNs */
    public int cdns() {
        return cdns;
    }

    /** @return how many regions */
    public int regions() {
        return share.length / cdns;
    }

    /** @return the region's share of the CDN, 0 to 1 */
    public double of(int region, int cdn) {
        return share[region * cdns + cdn];
    }

    /** Sets the region's share of the CDN (the caller keeps the region's shares adding up to 1). */
    void set(int region, int cdn, double value) {
        share[region * cdns + cdn] = value;
    }

    /**
     * @param region a region
     * @param u      a viewer's own number
     * @return the CDN whose interval holds {@code u} (the last CDN with a share, against rounding)
     */
    public int choose(int region, double u) {
        double left = u;
        int last = 0;
        for (int c = 0; c < cdns; c++) {
            double s = share[region * cdns + c];
            if (s > 0) {
                last = c;
                left -= s;
                if (left < 0) {
                    return c;
                }
            }
        }
        return last;
    }

    /**
     * A steering manifest's pathway priority, for the pathway a player falls to: the CDN {@code u} chooses first,
     * then the others by share, largest first (the topology's order among equals).
     *
     * @param region  a region
     * @param u       a viewer's own number
     * @param skipped whether each CDN is to be passed over (penalised); read only
     * @return the first CDN of the priority not skipped, or -1 if all are
     */
    public int firstNotSkipped(int region, double u, boolean[] skipped) {
        int first = choose(region, u);
        if (!skipped[first]) {
            return first;
        }
        int best = -1;
        for (int c = 0; c < cdns; c++) {
            if (!skipped[c] && (best < 0 || share[region * cdns + c] > share[region * cdns + best])) {
                best = c;
            }
        }
        return best;
    }
}
