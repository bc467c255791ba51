package io.cdnsim.steering;

import io.cdnsim.model.SteeringSpec;
import java.util.List;

/**
 * The steering service of a network of several CDNs (N8): it holds each region's shares of the CDNs ({@link Shares}),
 * which its policy may set again from what it measures each second ({@link Measures}); a viewer's CDN is the one its
 * own number falls on, when it joins (DNS steering) and, with content steering, each time its player loads the
 * steering manifest. The run calls {@link #observe} on one thread as each second closes, between the windows in which
 * the partitions run, so every partition reads the same shares during a window.
 */
public interface Steering {

    /** @return the shares in force */
    Shares shares();

    /** @return whether the policy reads the audience by region and CDN ({@link Measures#viewer}) */
    default boolean readsViewers() {
        return false;
    }

    /** @return whether the policy reads the bytes delivered by region and CDN ({@link Measures#delivered}) */
    default boolean readsDeliveries() {
        return false;
    }

    /**
     * A second closed: what the service measured during it.
     *
     * @param second the measures of the second, every partition's added up
     * @param end    the end of the second, microseconds
     */
    void observe(Measures second, long end);

    /**
     * @param region a viewer's region index
     * @param u      its own number ({@link Shares#numberOf})
     * @return the CDN the shares in force give it
     */
    default int choose(int region, double u) {
        return shares().choose(region, u);
    }

    /**
     * @param spec    the scenario's steering
     * @param regions the topology's regions, in order (the indices {@link #choose} is given)
     * @param prices  each CDN's delivery prices and the month's projection, for cost steering
     * @return the steering the spec describes
     */
    static Steering of(SteeringSpec spec, List<String> regions, DeliveryPrices prices) {
        Shares shares = new Shares(regions.stream().map(spec::of).toList());
        if (spec.policy() instanceof SteeringSpec.Performance p) {
            return new QoeSteering(p, shares);
        }
        if (spec.policy() instanceof SteeringSpec.Cost c) {
            return new CostSteering(c, shares, prices);
        }
        return new StaticWeights(shares);
    }
}
