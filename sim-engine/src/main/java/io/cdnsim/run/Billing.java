package io.cdnsim.run;

import io.cdnsim.cost.Bill;
import io.cdnsim.cost.CostSpec;
import io.cdnsim.cost.Measured;
import io.cdnsim.model.Scenario;

/**
 * Prices what a replication simulated (F2): reads off the quantities a bill needs, projects them to a month by the
 * scenario's rule, and applies its price sheets.
 */
public final class Billing {

    private Billing() {
    }

    /**
     * @param scenario a scenario with a cost section
     * @param run      one of its replications
     * @return what the replication measured that a bill prices
     */
    public static Measured measured(Scenario scenario, RunResult run) {
        CostSpec spec = scenario.cost();
        String shieldName = spec == null ? CostSpec.DEFAULT_SHIELD_TIER : spec.shieldTier();
        TierResult shield = null;
        for (TierResult t : run.tiers()) {
            if (!t.isOrigin() && t.name().equals(shieldName)) {
                shield = t;
            }
        }
        TierResult origin = run.origin();
        Usage u = run.usage();
        return new Measured(run.duration() - run.warmup(), u.edgeBytesByRegion(), u.edgeWindowBytes(),
                run.edge().requests(), shield == null ? 0 : shield.requests(),
                shield == null ? 0 : shield.stats().bytesOut(), origin.stats().bytesOut(), u.originWindowBytes(),
                origin.peakRequestsPerSecond(), u.viewerSeconds(), shield != null);
    }

    /**
     * @param scenario a scenario
     * @param run      one of its replications
     * @return the month's bill, or null if the scenario has no cost section
     */
    public static Bill bill(Scenario scenario, RunResult run) {
        if (scenario.cost() == null) {
            return null;
        }
        return Bill.of(scenario.cost(), scenario.cost().projection().apply(measured(scenario, run)));
    }
}
