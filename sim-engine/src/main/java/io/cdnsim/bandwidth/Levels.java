package io.cdnsim.bandwidth;

/**
 * The max-min levels of a full region, a tree of links: each egress link's own level over the downloads through it,
 * then the peering link's level over what those allow; a download through egress e then gets
 * {@code min(cap, λ_e, μ)}, which {@link #of} returns as {@code min(λ_e, μ)}.
 */
final class Levels {

    private final double[] level;
    private double[] caps = new double[64];

    /** @param links how many links */
    Levels(int links) {
        this.level = new double[links];
    }

    /**
     * Computes the levels of a region.
     *
     * @param sharers the downloads sharing each egress link
     * @param leaves  the region's egress links
     * @param plan    the links
     * @param loads   their capacities in force
     * @param group   the region's peering link, or its one egress link if it has none
     */
    void compute(Sharers sharers, int[] leaves, LinkPlan plan, LinkLoads loads, int group) {
        int total = 0;
        for (int leaf : leaves) {
            int n = sharers.count(leaf);
            total += n;
            if (!plan.limited(leaf)) {
                level[leaf] = Double.POSITIVE_INFINITY;
                continue;
            }
            room(n);
            for (int i = 0; i < n; i++) {
                caps[i] = sharers.cap(leaf, i);
            }
            level[leaf] = WaterLevel.of(caps, n, loads.capacity(leaf));
        }
        if (!plan.isPeering(group)) {
            return;
        }
        room(total);
        int k = 0;
        for (int leaf : leaves) {
            for (int i = 0; i < sharers.count(leaf); i++) {
                caps[k++] = Math.min(sharers.cap(leaf, i), level[leaf]);
            }
        }
        double mu = WaterLevel.of(caps, k, loads.capacity(group));
        for (int leaf : leaves) {
            level[leaf] = Math.min(level[leaf], mu);
        }
    }

    /** @return the level of an egress link of the region last computed: what no download through it exceeds */
    double of(int leaf) {
        return level[leaf];
    }

    private void room(int n) {
        if (caps.length < n) {
            caps = new double[Math.max(n, 2 * caps.length)];
        }
    }
}
