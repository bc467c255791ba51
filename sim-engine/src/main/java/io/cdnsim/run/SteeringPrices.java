package io.cdnsim.run;

import io.cdnsim.cost.CostSpec;
import io.cdnsim.cost.NextGigabyte;
import io.cdnsim.cost.TrafficPrice;
import io.cdnsim.model.Cdn;
import io.cdnsim.model.Scenario;
import io.cdnsim.model.SteeringSpec;
import io.cdnsim.steering.DeliveryPrices;
import java.math.BigDecimal;
import java.util.List;

/**
 * The CDNs' delivery prices as cost steering asks for them (N8), from the scenario's cost section: each CDN's delivery
 * price ({@link CostSpec#deliveryOf}), the price of its next GB and its unused commit ({@link NextGigabyte}), and the
 * month a rate projects to by the section's projection (the measured window, times its repeats).
 */
final class SteeringPrices implements DeliveryPrices {

    private final TrafficPrice[] delivery;
    private final List<String> regions;
    private final double window;
    private final double repeats;

    SteeringPrices(TrafficPrice[] delivery, List<String> regions, long window, long repeats) {
        this.delivery = delivery;
        this.regions = regions;
        this.window = window;
        this.repeats = repeats;
    }

    /**
     * @param scenario a scenario through several CDNs
     * @param duration its run's duration, microseconds
     * @return its CDNs' delivery prices, or null when its steering is not by cost (the reader has checked that a
     *         scenario steered by cost prices every CDN's delivery per GB)
     */
    static DeliveryPrices of(Scenario scenario, long duration) {
        if (!(scenario.steering().policy() instanceof SteeringSpec.Cost)) {
            return null;
        }
        CostSpec cost = scenario.cost();
        List<Cdn> cdns = scenario.topology().cdns();
        TrafficPrice[] delivery = new TrafficPrice[cdns.size()];
        for (int c = 0; c < delivery.length; c++) {
            delivery[c] = cost.deliveryOf(cdns.get(c).name());
        }
        return new SteeringPrices(delivery, scenario.topology().regions(), duration - scenario.run().warmup(),
                cost.projection().repeatsPerMonth());
    }

    @Override
    public double monthBytes(int cdn, double delivered, long interval) {
        return delivered / interval * window * repeats;
    }

    @Override
    public double unusedCommit(int cdn, double monthBytes) {
        return NextGigabyte.unusedCommit(delivery[cdn], BigDecimal.valueOf(monthBytes)).doubleValue();
    }

    @Override
    public double nextGigabyte(int cdn, int region, double monthBytes) {
        BigDecimal price = NextGigabyte.price(delivery[cdn], regions.get(region), BigDecimal.valueOf(monthBytes));
        return price == null ? Double.NaN : price.doubleValue();
    }
}
