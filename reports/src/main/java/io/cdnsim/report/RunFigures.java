package io.cdnsim.report;

import io.cdnsim.cost.Bill;
import io.cdnsim.cost.Component;
import io.cdnsim.model.Cdn;
import io.cdnsim.model.Scenario;
import io.cdnsim.model.SyntheticStream;
import io.cdnsim.model.Viewing;
import io.cdnsim.run.Billing;
import io.cdnsim.run.RunResult;
import io.cdnsim.run.Simulation;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/**
 * The key figures of one run by name, as summary.json's {@code estimates} and {@code compare} name them, and the
 * bill's (total, each component, each CDN's) where the scenario has a cost section: what a sweep records of each
 * run.
 */
public final class RunFigures {

    private RunFigures() {
    }

    /**
     * @param scenario the scenario that ran
     * @param run      one replication's result
     * @return each figure's value (NaN where the run has none), key figures first, then the bill, in report order
     */
    public static Map<String, Double> of(Scenario scenario, RunResult run) {
        Map<String, Double> m = new LinkedHashMap<>();
        for (Map.Entry<String, ToDoubleFunction<RunResult>> e : Metrics.keyFigures(run).entrySet()) {
            m.put(e.getKey(), e.getValue().applyAsDouble(run));
        }
        if (scenario.cost() != null) {
            Bill bill = Billing.bill(scenario, run);
            for (Map.Entry<String, BigDecimal[]> e : BillRows.of(List.of(bill)).entrySet()) {
                BigDecimal v = e.getValue()[0];
                m.put(e.getKey(), v == null ? Double.NaN : v.doubleValue());
            }
        }
        return m;
    }

    /**
     * @param scenario a scenario
     * @return the figures a run of it reports, from its shape alone (its tiers, viewers or synthetic clients, CDNs
     *         and cost section), before it runs: to check the names a sweep asks for
     */
    public static List<String> names(Scenario scenario) {
        List<String> names = new ArrayList<>();
        List<String> tiers = Simulation.tierNames(scenario);
        boolean viewing = scenario.demand() instanceof Viewing;
        for (String tier : tiers.subList(0, tiers.size() - 1)) {
            names.add(tier + ".requestHitRatio");
            names.add(tier + ".byteHitRatio");
        }
        names.add(tiers.get(0) + ".requestsPerSecond");
        if (viewing) {
            names.add(tiers.get(0) + ".playlistRequestsPerSecond");
        }
        names.addAll(List.of("endToEnd.offload", "origin.requestsPerSecond", "origin.peakRequestsPerSecond",
                "origin.egressBytes", "origin.peakGbitPerSecond"));
        if (scenario.demand() instanceof SyntheticStream) {
            names.add("viewers.timeToFirstByteP95Ms");
        }
        if (viewing) {
            names.addAll(List.of("qoe.startupP50Ms", "qoe.startupP95Ms", "qoe.rebufferRatio", "qoe.joinFailureRate",
                    "qoe.averageBitrateKbps"));
        }
        List<Cdn> cdns = scenario.topology().cdns();
        for (Cdn c : cdns.size() > 1 ? cdns : List.<Cdn>of()) {
            String at = Metrics.CDN + c.name() + ".";
            names.addAll(List.of(at + "requestShareRatio", at + "edgePeakGbitPerSecond", at + "edgeP95GbitPerSecond"));
            if (viewing) {
                names.addAll(List.of(at + "rebufferRatio", at + "joinFailureRate", at + "averageBitrateKbps"));
            }
        }
        if (scenario.cost() != null) {
            names.add(BillRows.TOTAL);
            for (Component component : Component.values()) {
                names.add(BillRows.key(component));
            }
            for (Cdn c : cdns.size() > 1 ? cdns : List.<Cdn>of()) {
                names.add(BillRows.CDN + c.name() + ".totalUsd");
                for (Component component : Component.values()) {
                    names.add(BillRows.CDN + c.name() + "." + BillRows.key(component).substring("bill.".length()));
                }
            }
        }
        return names;
    }
}
