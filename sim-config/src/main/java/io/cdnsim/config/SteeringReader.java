package io.cdnsim.config;

import io.cdnsim.cost.CostSpec;
import io.cdnsim.cost.TrafficPrice;
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
import java.util.Optional;

/**
 * Reads a scenario's {@code steering}: how its viewers are spread over the CDNs of its topology. A topology with
 * {@code cdns} needs it (for viewers); one without takes none. Every region gets its weights (its own, else
 * {@code weights}); a CDN named is one of the topology's, a weight is 0 or more, a region's weights add up to more
 * than 0, and a CDN given a share of a region has an edge node there.
 */
final class SteeringReader {

    /** The steering modes. */
    static final List<String> MODES = List.of("weights", "performance", "cost");

    private SteeringReader() {
    }

    /**
     * @param p        where problems go
     * @param f        the section as written, or null
     * @param topology the scenario's topology, or null if it could not be read
     * @param demand   what the scenario asks for, or null if it could not be read
     * @param cost     the scenario's cost section, or null (none, or it could not be read)
     * @return the steering, or null (one CDN, or problems)
     */
    static SteeringSpec read(Problems p, ScenarioFile.SteeringFile f, Topology topology, Demand demand,
                             CostSpec cost) {
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
        String mode = f.mode() == null ? Defaults.STEERING_MODE : f.mode();
        if (!MODES.contains(mode)) {
            p.add("steering.mode", "unknown steering mode '" + mode + "'" + Problems.didYouMean(mode, MODES)
                    + "; known: " + MODES);
        }
        SteeringSpec.Policy policy = policy(p, f, mode, topBitrate(demand), names.size());
        if (policy instanceof SteeringSpec.Cost) {
            prices(p, names, cost);
        }
        Optional<SteeringSpec.ContentSteering> content = content(p, f.content());
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
            if (w == null && !mode.equals("weights")) {
                w = serving(topology, region);
            }
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
        return new SteeringSpec(policy, byRegion, content);
    }

    /** @return the top bitrate of the viewers' ladder, bit/s (what a stalled viewer-second costs by default) */
    private static long topBitrate(Demand demand) {
        if (!(demand instanceof Viewing v)) {
            return 0;
        }
        return v.ladder().bitrate(v.ladder().size() - 1);
    }

    /** Cost steering needs a per-GB delivery price of every CDN: a flat, tiered or commit price in the cost section. */
    private static void prices(Problems p, List<String> names, CostSpec cost) {
        if (cost == null) {
            p.add("steering.mode", "cost steering prices the CDNs' delivery: add a cost section with each CDN's sheets "
                    + "(cost: { cdns: { " + names.get(0) + ": [...], ... } })");
            return;
        }
        for (String name : names) {
            TrafficPrice price = cost.deliveryOf(name);
            if (price == null) {
                p.add("steering.mode", "cost steering prices the CDNs' delivery, and no sheet prices the delivery of "
                        + "CDN '" + name + "' (cost.cdns." + name + ")");
            } else if (price instanceof TrafficPrice.Percentile95) {
                p.add("steering.mode", "cost steering compares the price of the next GB, and CDN '" + name + "' bills "
                        + "its delivery by the 95th percentile (no price per GB): give it a flat, tiered or commit price");
            }
        }
    }

    /** @return the same weight for each CDN that serves the region: where performance and cost steering start */
    private static List<Double> serving(Topology topology, String region) {
        return topology.cdns().stream().map(c -> serves(topology, c, region) ? 1.0 : 0.0).toList();
    }

    /** @return the policy of the mode, its fields checked; fields of another mode are refused */
    private static SteeringSpec.Policy policy(Problems p, ScenarioFile.SteeringFile f, String mode,
                                              long topBitrate, int cdns) {
        boolean performance = mode.equals("performance");
        if (!performance) {
            for (Object[] field : new Object[][] {{f.window(), "window"}, {f.step(), "step"}, {f.floor(), "floor"},
                    {f.margin(), "margin"}, {f.stallPenalty(), "stallPenalty"}}) {
                if (field[0] != null) {
                    p.add("steering." + field[1], "applies to performance steering (mode: performance), not to "
                            + mode);
                }
            }
        }
        if (mode.equals("weights") && f.every() != null) {
            p.add("steering.every", "static weights are never set again; every applies to performance and cost");
        }
        long every = p.micros("steering.every", f.every(), Defaults.STEERING_EVERY);
        positive(p, "steering.every", every, f.every());
        if (mode.equals("cost")) {
            return new SteeringSpec.Cost(every);
        }
        if (!performance) {
            return new SteeringSpec.Weights();
        }
        long window = p.micros("steering.window", f.window(), Defaults.STEERING_WINDOW);
        positive(p, "steering.window", window, f.window());
        double step = f.step() == null ? Defaults.STEERING_STEP : f.step();
        double floor = f.floor() == null ? Defaults.STEERING_FLOOR : f.floor();
        double margin = f.margin() == null ? Defaults.STEERING_MARGIN : f.margin();
        FailuresReader.share(p, "steering.step", step, "share moved at a time");
        FailuresReader.share(p, "steering.floor", floor, "least share of a CDN");
        FailuresReader.share(p, "steering.margin", margin, "margin of the score (relative)");
        long penalty = f.stallPenalty() == null ? topBitrate
                : p.bitsPerSecond("steering.stallPenalty", f.stallPenalty(), topBitrate);
        if (floor * cdns >= 1 && floor <= 1) {
            p.add("steering.floor", "a floor of " + floor + " for each of " + cdns + " CDNs leaves no share to move; "
                    + "below 1/" + cdns);
        }
        return new SteeringSpec.Performance(window, every, step, floor, margin, penalty);
    }

    /** @return the players' content steering, or empty */
    private static Optional<SteeringSpec.ContentSteering> content(Problems p, ScenarioFile.ContentSteeringFile f) {
        if (f == null) {
            return Optional.empty();
        }
        long ttl = p.micros("steering.content.ttl", f.ttl(), Defaults.STEERING_TTL);
        long penalty = p.micros("steering.content.penalty", f.penalty(), Defaults.STEERING_PENALTY);
        positive(p, "steering.content.ttl", ttl, f.ttl());
        Limits.atMost(p, "steering.content.ttl", ttl, Limits.MAX_WAIT, f.ttl());
        Limits.atMost(p, "steering.content.penalty", penalty, Limits.MAX_WAIT, f.penalty());
        return Optional.of(new SteeringSpec.ContentSteering(ttl, penalty));
    }

    private static void positive(Problems p, String at, long micros, String written) {
        if (written != null && micros <= 0) {
            p.add(at, "must be more than 0 s, found '" + written + "'");
        }
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
