package io.cdnsim.cost;

import java.math.BigDecimal;
import java.util.List;

/**
 * What one more GB delivered costs on a delivery price, given the month's volume so far: the question steering by
 * cost asks of each CDN before it sends a session there (fill the commit first, then the cheapest per GB). Volumes
 * are bytes of the month so far on that CDN; a region with a table of its own counts its own volume, as a bill does.
 * {@link CostSpec#deliveryOf} gives a CDN's delivery price.
 */
public final class NextGigabyte {

    private NextGigabyte() {
    }

    /**
     * The price of the next GB: a flat price's; a tiered table's band that the next byte falls in (the region's own
     * table, else the {@code *} one; at a band's bound, the next band's); on commit plans, 0 while the plan that is
     * cheapest for the volume so far still covers the whole next GB, its overage price once the volume has passed
     * what it covers (the share of the GB over it, in between).
     *
     * @param price       a delivery price
     * @param region      the viewer region the GB goes to
     * @param bytesSoFar  the month's volume so far, bytes (for a tiered table with its own table for the region, that
     *                    region's volume; else the volume the {@code *} table pools)
     * @return dollars per GB, or null for 95th-percentile billing (priced by the peak, not per GB)
     * @throws IllegalArgumentException if a tiered price has no table for the region and no {@code *} table
     */
    public static BigDecimal price(TrafficPrice price, String region, BigDecimal bytesSoFar) {
        if (price instanceof TrafficPrice.Flat f) {
            return f.perGB();
        }
        if (price instanceof TrafficPrice.Tiered t) {
            String table = t.tableFor(region);
            if (table == null) {
                throw new IllegalArgumentException("no price table for region '" + region + "' and no '"
                        + Traffic.ANY_REGION + "' table");
            }
            List<TrafficPrice.Band> bands = t.regions().get(table);
            for (TrafficPrice.Band b : bands) {
                if (b.upToBytes() == Long.MAX_VALUE || bytesSoFar.compareTo(BigDecimal.valueOf(b.upToBytes())) < 0) {
                    return b.perGB();
                }
            }
            return bands.get(bands.size() - 1).perGB();
        }
        if (price instanceof TrafficPrice.Commit c) {
            TrafficPrice.Plan p = c.cheapest(bytesSoFar);
            return p.cost(bytesSoFar.add(Money.GB)).subtract(p.cost(bytesSoFar));
        }
        return null;
    }

    /**
     * @param price      a delivery price
     * @param monthBytes a month's volume so far, bytes
     * @return bytes the commit still covers at that volume, on the plan that is cheapest for it (0 once it is used
     *         up, and for prices without a commit)
     */
    public static BigDecimal unusedCommit(TrafficPrice price, BigDecimal monthBytes) {
        if (price instanceof TrafficPrice.Commit c) {
            TrafficPrice.Plan p = c.cheapest(monthBytes);
            return BigDecimal.valueOf(p.coversBytes()).subtract(monthBytes).max(BigDecimal.ZERO);
        }
        return BigDecimal.ZERO;
    }
}
