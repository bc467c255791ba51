package io.cdnsim.run;

import io.cdnsim.model.Scenario;
import io.cdnsim.steering.DeliveryPrices;

/** The CDNs' delivery prices as cost steering asks for them, from the scenario's cost section. */
final class SteeringPrices {

    private SteeringPrices() {
    }

    /**
     * @param scenario a scenario through several CDNs
     * @param duration its measured window, microseconds
     * @return its CDNs' delivery prices, or null when its steering does not ask for them
     */
    static DeliveryPrices of(Scenario scenario, long duration) {
        return null;
    }
}
