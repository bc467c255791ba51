package io.cdnsim.bandwidth;

/**
 * The links grouped into regions, each a group whose downloads share or run free together: a region's peering link
 * and the egress links behind it, or an egress link with no peering link above it, alone. A region is numbered by
 * its group link (the peering link, or the lone egress link). Per region: whether its links are full (its downloads
 * share them), when its shares are next recomputed, and its free downloads by the end of their last byte.
 */
final class Regions {

    private final LinkPlan plan;
    private final boolean[] shared;
    private final long[] nextTick;
    private final EndCalendar[] ends;
    /** Per region: its egress links. */
    private final int[][] leaves;

    /** @param plan the links */
    Regions(LinkPlan plan) {
        this.plan = plan;
        int n = plan.count();
        this.shared = new boolean[n];
        this.nextTick = new long[n];
        this.ends = new EndCalendar[n];
        int[] leafCount = new int[n];
        for (int l = 0; l < n; l++) {
            if (!plan.isPeering(l)) {
                leafCount[of(l)]++;
            }
        }
        this.leaves = new int[n][];
        for (int g = 0; g < n; g++) {
            leaves[g] = new int[leafCount[g]];
            leafCount[g] = 0;
            ends[g] = new EndCalendar();
        }
        for (int l = 0; l < n; l++) {
            if (!plan.isPeering(l)) {
                leaves[of(l)][leafCount[of(l)]++] = l;
            }
        }
    }

    /** @param link a link @return its region */
    int of(int link) {
        int root = plan.parent(link);
        return root == LinkPlan.NONE ? link : root;
    }

    /** @return how many region numbers there are (one per link; a peering link's egress links have none of their own) */
    int count() {
        return shared.length;
    }

    /** @return whether the region's links are full, its downloads sharing them */
    boolean shared(int g) {
        return shared[g];
    }

    void setShared(int g, boolean value) {
        shared[g] = value;
    }

    /** @return when a shared region's shares are next recomputed */
    long nextTick(int g) {
        return nextTick[g];
    }

    void setNextTick(int g, long at) {
        nextTick[g] = at;
    }

    /** @return the region's free downloads by the end of their last byte */
    EndCalendar ends(int g) {
        return ends[g];
    }

    /** @return the region's egress links */
    int[] leaves(int g) {
        return leaves[g];
    }

    /**
     * @param g     a region
     * @param loads the links' loads
     * @param well  whether the caps must fit with room to spare ({@link LinkLoads#fitsWell}), else just fit
     * @return whether the caps of its downloads fit in every one of its links
     */
    boolean fit(int g, LinkLoads loads, boolean well) {
        boolean fits = !plan.isPeering(g) || (well ? loads.fitsWell(g) : loads.fits(g));
        for (int leaf : leaves[g]) {
            fits &= well ? loads.fitsWell(leaf) : loads.fits(leaf);
        }
        return fits;
    }
}
