package io.cdnsim.config;

import io.cdnsim.model.CacheNodeSpec;
import io.cdnsim.model.Cdn;
import io.cdnsim.model.Demand;
import io.cdnsim.model.SteeringSpec;
import io.cdnsim.model.Topology;
import io.cdnsim.model.Viewing;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a scenario's {@code steering}: how its viewers are spread over the CDNs of its topology. A topology with
 * {@code cdns} needs it (for viewers); one without takes none. Every region gets its weights (its own, else
 * {@code weights}); a CDN named is one of the topology's, a weight is 0 or more, a region's weights add up to more
 * than 0, and a CDN given a share of a region has an edge node there.
 */
final class SteeringReader {

    /** The steering modes known so far. */
    static final List<String> MODES = List.of("weights");

    private SteeringReader() {
    }

    /**
     * @param p        where problems go
     * @param f        the section as written, or null
     * @param topology the scenario's topology, or null if it could not be read
     * @param demand   what the scenario asks for, or null if it could not be read
     * @return the steering, or null (one CDN, or problems)
     */
    static SteeringSpec read(Problems p, ScenarioFile.SteeringFile f, Topology topology, Demand demand) {
        if (topology == null) {
            return null;
        }
        List<String> names = topology.cdns().stream().map(Cdn::name).toList();
        if (names.isEmpty()) {
            if (f != null) {
                p.add("steering", "the topology '" + topology.name() + "' is one CDN (it has no cdns section): "
                        + "steering spreads viewers over several");
            }
            return null;
        }
        if (demand != null && !(demand instanceof Viewing)) {
            if (f != null) {
                p.add("steering", "steering decides at a viewer's join (live or vod); a request stream or a replay "
                        + "spreads over every edge node by weight or location");
            }
            return null;
        }
        if (f == null) {
            p.add("steering", "missing: the topology declares " + names.size() + " CDNs " + names + "; say how viewers "
                    + "are spread over them, for example steering: { weights: { " + names.get(0) + ": 50, "
                    + names.get(names.size() - 1) + ": 50 } }");
            return null;
        }
        if (f.mode() != null && !MODES.contains(f.mode())) {
            p.add("steering.mode", "unknown steering mode '" + f.mode() + "'" + Problems.didYouMean(f.mode(), MODES)
                    + "; known: " + MODES);
        }
        List<Double> everywhere = f.weights() == null ? null : weights(p, "steering.weights", f.weights(), names);
        Map<String, List<Double>> byRegion = new HashMap<>();
        if (f.regions() != null) {
            for (Map.Entry<String, Map<String, Double>> e : f.regions().entrySet()) {
                String at = "steering.regions." + e.getKey();
                if (!topology.regions().contains(e.getKey())) {
                    p.add(at, "region '" + e.getKey() + "' is not in the topology's regions " + topology.regions()
                            + Problems.didYouMean(e.getKey(), topology.regions()));
                } else if (e.getValue() == null) {
                    p.add(at, "missing: the region's weights of the CDNs, for example { " + names.get(0) + ": 70 }");
                } else {
                    byRegion.put(e.getKey(), weights(p, at, e.getValue(), names));
                }
            }
        }
        for (String region : topology.regions()) {
            List<Double> w = byRegion.getOrDefault(region, everywhere);
            String at = byRegion.containsKey(region) ? "steering.regions." + region : "steering.weights";
            if (w == null) {
                p.add(at, "missing: the CDNs' weights for region '" + region + "' (it is not in steering.regions)");
                byRegion.put(region, List.of());
                continue;
            }
            byRegion.put(region, w);
            double sum = 0;
            for (int c = 0; c < w.size(); c++) {
                sum += w.get(c);
                if (w.get(c) > 0 && !serves(topology, topology.cdns().get(c), region)) {
                    p.add(at + "." + names.get(c), "CDN '" + names.get(c) + "' has no edge node in region '" + region
                            + "' to take its share of the region's viewers");
                }
            }
            if (!(sum > 0) && topology.edge().nodes().stream().anyMatch(n -> n.region().equals(region))) {
                p.add(at, "the weights of region '" + region + "' add up to 0: give a CDN a share of its viewers");
            }
        }
        return new SteeringSpec(byRegion);
    }

    /** @return the weights by CDN index (0 for a CDN not named); problems for unknown CDNs and bad numbers */
    private static List<Double> weights(Problems p, String at, Map<String, Double> written, List<String> names) {
        List<Double> w = new ArrayList<>();
        for (int c = 0; c < names.size(); c++) {
            w.add(0.0);
        }
        for (Map.Entry<String, Double> e : written.entrySet()) {
            int c = names.indexOf(e.getKey());
            Double v = e.getValue();
            if (c < 0) {
                p.add(at + "." + e.getKey(), "CDN '" + e.getKey() + "' is not in the topology's CDNs " + names
                        + Problems.didYouMean(e.getKey(), names));
            } else if (v == null || !(v >= 0) || Double.isInfinite(v)) {
                p.add(at + "." + e.getKey(), "a weight is a number of 0 or more, found " + v);
            } else {
                w.set(c, v);
            }
        }
        return w;
    }

    private static boolean serves(Topology topology, Cdn cdn, String region) {
        for (CacheNodeSpec n : topology.edge().nodes()) {
            if (n.region().equals(region) && cdn.nodes().contains(n.id())) {
                return true;
            }
        }
        return false;
    }
}
