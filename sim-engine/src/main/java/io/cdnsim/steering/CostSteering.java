package io.cdnsim.steering;

import io.cdnsim.model.SteeringSpec;

/**
 * Cost steering: new sessions go where the month's bill grows least.
 *
 * <pre>
 * every {@code every}:
 *   month(c) = the month's volume CDN c's delivery projects to: its rate over the last {@code every} (the viewers
 *              it serves now, who stay) over the whole measured window, times the repeats
 *              ({@link DeliveryPrices#monthBytes})
 *   if a CDN's commit is not used up at month(c): every region's new sessions go to it (the first such, in the
 *       topology's order, among the CDNs that serve the region)
 *   else each region's new sessions go to the CDN whose next GB there costs least at month(c) (the first among equals)
 * </pre>
 * Until the first decision the shares are the weights (equal without weights). A CDN serves a region where its weight
 * there is more than 0.
 */
final class CostSteering implements Steering {

    private final SteeringSpec.Cost policy;
    private final Shares shares;
    private final DeliveryPrices prices;
    private final boolean[] serves;
    private final double[] delivered;
    private long decidedAt;

    /**
     * @param policy the cost policy
     * @param shares the shares it starts from
     * @param prices the CDNs' delivery prices
     */
    CostSteering(SteeringSpec.Cost policy, Shares shares, DeliveryPrices prices) {
        this.policy = policy;
        this.shares = shares;
        this.prices = prices;
        int regions = shares.regions();
        this.serves = new boolean[regions * shares.cdns()];
        for (int r = 0; r < regions; r++) {
            for (int c = 0; c < shares.cdns(); c++) {
                serves[r * shares.cdns() + c] = shares.of(r, c) > 0;
            }
        }
        this.delivered = new double[shares.cdns()];
    }

    @Override
    public Shares shares() {
        return shares;
    }

    @Override
    public boolean readsDeliveries() {
        return true;
    }

    @Override
    public void observe(Measures second, long end) {
        int cdns = shares.cdns();
        for (int r = 0; r < second.regions(); r++) {
            for (int c = 0; c < cdns; c++) {
                delivered[c] += second.bytes(r, c);
            }
        }
        if (end - decidedAt < policy.every()) {
            return;
        }
        double[] month = new double[cdns];
        for (int c = 0; c < cdns; c++) {
            month[c] = prices.monthBytes(c, delivered[c], end - decidedAt);
            delivered[c] = 0;
        }
        decidedAt = end;
        for (int r = 0; r < shares.regions(); r++) {
            int to = -1;
            for (int c = 0; c < cdns && to < 0; c++) {
                if (serves[r * cdns + c] && prices.unusedCommit(c, month[c]) > 0) {
                    to = c;
                }
            }
            if (to < 0) {
                to = cheapest(r, month);
            }
            if (to >= 0) {
                for (int c = 0; c < cdns; c++) {
                    shares.set(r, c, c == to ? 1 : 0);
                }
            }
        }
    }

    /** @return the CDN serving the region whose next GB there costs least at its month's volume, or -1 */
    private int cheapest(int region, double[] month) {
        int cdns = shares.cdns();
        int to = -1;
        double least = Double.POSITIVE_INFINITY;
        for (int c = 0; c < cdns; c++) {
            double price = serves[region * cdns + c] ? prices.nextGigabyte(c, region, month[c]) : Double.NaN;
            if (price < least) {
                least = price;
                to = c;
            }
        }
        return to;
    }
}
