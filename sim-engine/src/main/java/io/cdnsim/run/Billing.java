package io.cdnsim.run;

import io.cdnsim.cost.Bill;
import io.cdnsim.cost.CdnUsage;
import io.cdnsim.cost.CostSpec;
import io.cdnsim.cost.Measured;
import io.cdnsim.model.Scenario;
import java.util.ArrayList;
import java.util.List;

/**
 * Prices what a replication simulated (F2): reads off the quantities a bill needs, projects them to a month by the
 * scenario's rule, and applies its price sheets; through several CDNs, each CDN's part apart (its edges, its requests,
 * its own shield: the CDN's tier at the shield tier's position).
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
        int position = -1;
        for (int i = 0; i < run.tiers().size(); i++) {
            TierResult t = run.tiers().get(i);
            if (!t.isOrigin() && t.name().equals(shieldName)) {
                shield = t;
                position = i;
            }
        }
        List<CdnUsage> cdns = new ArrayList<>();
        for (CdnResult c : run.cdns()) {
            TierResult own = position >= 0 && position < c.tiers().size() ? c.tiers().get(position) : null;
            cdns.add(new CdnUsage(c.name(), c.edgeBytesByRegion(), c.edgeWindowBytes(), c.edge().requests(),
                    own == null ? 0 : own.requests(), own == null ? 0 : own.stats().bytesOut(), own != null));
        }
        TierResult origin = run.origin();
        Usage u = run.usage();
        return new Measured(run.duration() - run.warmup(), u.edgeBytesByRegion(), u.edgeWindowBytes(),
                run.edge().requests(), shield == null ? 0 : shield.requests(),
                shield == null ? 0 : shield.stats().bytesOut(), origin.stats().bytesOut(), u.originWindowBytes(),
                origin.peakRequestsPerSecond(), u.viewerSeconds(), shield != null, cdns);
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
        return Bill.of(scenario.cost(), measured(scenario, run));
    }
}
