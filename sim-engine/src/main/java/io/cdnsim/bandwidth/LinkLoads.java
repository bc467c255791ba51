package io.cdnsim.bandwidth;

/**
 * What each link carries: its meter, the sum of the caps of the downloads through it (while those fit, each runs at
 * its cap), and its capacity in force (its own, less what a failure has taken for a while). A download's changes
 * apply to its egress link and its region's peering link alike.
 */
final class LinkLoads {

    private final LinkPlan plan;
    private final LinkMeter[] meters;
    private final double[] sumCaps;
    private final double[] capacity;

    /**
     * @param plan          the links
     * @param warmupSeconds seconds of warm-up, not counted in the links' figures
     */
    LinkLoads(LinkPlan plan, long warmupSeconds) {
        this.plan = plan;
        int n = plan.count();
        this.meters = new LinkMeter[n];
        this.sumCaps = new double[n];
        this.capacity = new double[n];
        for (int l = 0; l < n; l++) {
            meters[l] = new LinkMeter(plan.capacity(l), warmupSeconds);
            capacity[l] = plan.capacity(l);
        }
    }

    /** @param link a link @return its capacity in force, bit/s */
    double capacity(int link) {
        return capacity[link];
    }

    /** @param link a link @return whether the caps of the downloads through it fit in its capacity in force */
    boolean fits(int link) {
        return sumCaps[link] <= capacity[link];
    }

    /** @param link a link @return whether those caps fit with room to spare ({@link Downloads#FREE_BELOW}) */
    boolean fitsWell(int link) {
        return sumCaps[link] <= Downloads.FREE_BELOW * capacity[link];
    }

    /** @param link a link @return what its capacity in force leaves beside the rates it carries now */
    double spare(int link) {
        return capacity[link] - meters[link].rate();
    }

    /** The caps of the downloads through an egress link change by {@code delta}, and its peering link's alike. */
    void addCaps(int leaf, double delta) {
        sumCaps[leaf] += delta;
        int root = plan.parent(leaf);
        if (root != LinkPlan.NONE) {
            sumCaps[root] += delta;
        }
    }

    /** The rate through an egress link changes at a time, and its peering link's alike. */
    void change(int leaf, long at, double delta) {
        meters[leaf].change(at, delta);
        int root = plan.parent(leaf);
        if (root != LinkPlan.NONE) {
            meters[root].change(at, delta);
        }
    }

    /** A download whose rate cannot change adds its bits to the seconds it spans, on both its links. */
    void spread(int leaf, long from, long to, double bps) {
        meters[leaf].spread(from, to, bps);
        int root = plan.parent(leaf);
        if (root != LinkPlan.NONE) {
            meters[root].spread(from, to, bps);
        }
    }

    /** The rate through one link is set at a time. */
    void set(int link, long at, double bps) {
        meters[link].set(at, bps);
    }

    /** A link's capacity in force becomes what its losses leave of it at a time ({@link LinkPlan#capacityAt}). */
    void updateCapacity(int link, long at) {
        capacity[link] = plan.capacityAt(link, at);
        meters[link].setCapacity(at, capacity[link]);
    }

    /** Brings every meter to a time, closing the seconds it passes. */
    void advance(long at) {
        for (LinkMeter m : meters) {
            m.advance(at);
        }
    }

    /** @param link a link @return the bits it carried in the last second closed */
    double lastSecondBits(int link) {
        return meters[link].lastSecondBits();
    }

    /** @param link a link @return its figures so far */
    LinkFigures figures(int link) {
        return meters[link].figures();
    }
}
