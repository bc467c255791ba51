package io.cdnsim.cost;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A scenario's cost section: the prices, the projection to a month, and the facts of the deployment a bill needs.
 *
 * @param prices           the price sheets
 * @param projection       how the measured window becomes a month
 * @param httpsShare       share of viewer requests made over HTTPS, 0 to 1
 * @param originInCdnCloud true where the origin sits in the CDN's own cloud, so its egress to the CDN is free
 * @param shieldTier       the name of the topology's tier that is the origin shield
 * @param cdnPrices        through several CDNs, each CDN's own sheets by its name, in the topology's order (a CDN
 *                         not named has none of its own); they price its bill, and the shared {@code prices} what
 *                         they leave out.
 *                         Empty for one CDN
 */
public record CostSpec(PriceBook prices, Projection projection, BigDecimal httpsShare, boolean originInCdnCloud,
                       String shieldTier, Map<String, PriceBook> cdnPrices) {

    /** The shield tier's name unless a scenario says otherwise. */
    public static final String DEFAULT_SHIELD_TIER = "shield";

    /** Checks the share. */
    public CostSpec {
        if (httpsShare.signum() < 0 || httpsShare.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException("the HTTPS share is between 0 and 1");
        }
        cdnPrices = Collections.unmodifiableMap(new LinkedHashMap<>(cdnPrices));
    }

    /**
     * A cost section whose sheets price everything (one CDN, or every CDN alike).
     *
     * @param prices           the price sheets
     * @param projection       how the measured window becomes a month
     * @param httpsShare       share of viewer requests made over HTTPS
     * @param originInCdnCloud true where the origin's egress to the CDN is free
     * @param shieldTier       the name of the shield tier
     */
    public CostSpec(PriceBook prices, Projection projection, BigDecimal httpsShare, boolean originInCdnCloud,
                    String shieldTier) {
        this(prices, projection, httpsShare, originInCdnCloud, shieldTier, Map.of());
    }

    /**
     * @param cdn       a CDN's name
     * @param component a component of its bill
     * @return the sheet that prices it for that CDN: its own sheet that prices it, else the shared one, else null
     */
    public PriceSheet sheetFor(String cdn, Component component) {
        PriceBook own = cdnPrices.get(cdn);
        PriceSheet sheet = own == null ? null : own.sheetFor(component);
        return sheet != null ? sheet : prices.sheetFor(component);
    }

    /**
     * The delivery price of one CDN, for steering by cost: ask it with {@link NextGigabyte}.
     *
     * @param cdn a CDN's name
     * @return the price its delivery sheet puts on its edges' bytes, or null where no sheet prices its delivery
     */
    public TrafficPrice deliveryOf(String cdn) {
        PriceSheet sheet = sheetFor(cdn, Component.DELIVERY);
        return sheet == null ? null : sheet.delivery();
    }

    /** @return every sheet it bills with, each once: the shared ones, then each CDN's own, in order */
    public List<PriceSheet> allSheets() {
        Map<String, PriceSheet> all = new LinkedHashMap<>();
        for (PriceSheet s : prices.sheets()) {
            all.putIfAbsent(s.location(), s);
        }
        for (PriceBook b : cdnPrices.values()) {
            for (PriceSheet s : b.sheets()) {
                all.putIfAbsent(s.location(), s);
            }
        }
        return List.copyOf(all.values());
    }
}
