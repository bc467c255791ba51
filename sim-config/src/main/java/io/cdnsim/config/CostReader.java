package io.cdnsim.config;

import io.cdnsim.cost.Component;
import io.cdnsim.cost.CostSpec;
import io.cdnsim.cost.PriceBook;
import io.cdnsim.cost.PriceSheet;
import io.cdnsim.cost.Projection;
import io.cdnsim.cost.Traffic;
import io.cdnsim.cost.TrafficPrice;
import io.cdnsim.model.RunSettings;
import io.cdnsim.model.Tier;
import io.cdnsim.model.Topology;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a scenario's {@code cost:} section: finds and reads its price sheets, checks them against the topology, and
 * reads the projection to a month.
 */
final class CostReader {

    /** The folder of shipped price sheets, beside scenarios/ and topologies/. */
    static final String PRICING = "pricing";

    private CostReader() {
    }

    /**
     * @param p        the scenario's problems
     * @param c        the section as written (not null)
     * @param scenario the scenario file
     * @param topology its topology, or null if it did not load
     * @param run      its run settings, or null if they did not parse
     * @return the cost section, or null if it has problems
     */
    static CostSpec read(Problems p, ScenarioFile.CostFile c, Path scenario, Topology topology, RunSettings run) {
        List<PriceSheet> sheets = new ArrayList<>();
        boolean ok = true;
        if ((c.sheets() == null || c.sheets().isEmpty()) && (c.cdns() == null || c.cdns().isEmpty())) {
            p.add("cost.sheets", "missing: the price sheets to bill with, for example [cloudfront-style, "
                    + "cloud-origin-egress] (files in pricing/) or paths relative to this file");
            ok = false;
        } else if (c.sheets() != null) {
            for (int i = 0; i < c.sheets().size(); i++) {
                PriceSheet s = sheet(p, "cost.sheets[" + i + "]", c.sheets().get(i), scenario);
                if (s == null) {
                    ok = false;
                } else {
                    sheets.add(s);
                }
            }
        }
        long repeats = Defaults.REPEATS_PER_MONTH;
        long baseline = 0;
        if (c.projection() != null) {
            repeats = c.projection().repeatsPerMonth() == null ? Defaults.REPEATS_PER_MONTH
                    : c.projection().repeatsPerMonth();
            if (repeats < 1 || repeats > Limits.MAX_REPEATS_PER_MONTH) {
                p.add("cost.projection.repeatsPerMonth", "must be between 1 and " + Limits.MAX_REPEATS_PER_MONTH
                        + " (a one-second window every second of a 30-day month), found " + repeats);
                ok = false;
            }
            baseline = p.bytes("cost.projection.baseline", c.projection().baseline(), Defaults.BASELINE);
        }
        double https = c.httpsShare() == null ? Defaults.HTTPS_SHARE : c.httpsShare();
        if (!(https >= 0 && https <= 1)) {
            p.add("cost.httpsShare", "a share between 0 and 1, found " + c.httpsShare());
            ok = false;
        }
        String shieldTier = c.shieldTier() == null ? Defaults.SHIELD_TIER : c.shieldTier();
        if (c.shieldTier() != null && topology != null
                && topology.tiers().stream().map(Tier::name).noneMatch(shieldTier::equals)) {
            List<String> names = topology.tiers().stream().map(Tier::name).toList();
            p.add("cost.shieldTier", "the topology has no tier '" + shieldTier + "'" + Problems.didYouMean(
                    shieldTier, names) + "; its tiers: " + String.join(", ", names));
            ok = false;
        }
        Map<String, PriceBook> cdnPrices = c.cdns() == null ? Map.of()
                : CdnPrices.read(p, c.cdns(), sheets, scenario, topology);
        if (cdnPrices == null) {
            ok = false;
        }
        if (c.cdns() != null && baseline > 0) {
            p.add("cost.projection.baseline", "a baseline is not split among several CDNs: leave it out where each "
                    + "CDN has its own sheets (cost.cdns)");
            ok = false;
        }
        if (!ok) {
            return null;
        }
        String conflict = PriceBook.conflict(sheets);
        if (conflict != null) {
            p.add("cost.sheets", conflict);
            return null;
        }
        Projection projection = new Projection(repeats, Math.max(0, baseline));
        if (run != null) {
            String fit = projection.fitProblem(run.duration() - run.warmup());
            if (fit != null) {
                p.add("cost.projection.repeatsPerMonth", fit);
                return null;
            }
        }
        if (topology != null && !regionsPriced(p, sheets, topology, baseline > 0)) {
            return null;
        }
        return new CostSpec(new PriceBook(sheets), projection, new BigDecimal(Double.toString(https)),
                c.originInCdnCloud() == null ? Defaults.ORIGIN_IN_CDN_CLOUD : c.originInCdnCloud(), shieldTier,
                cdnPrices);
    }

    /** Finds a sheet: relative to the scenario file, else by name in a pricing/ folder; reads it. */
    static PriceSheet sheet(Problems p, String path, String written, Path scenario) {
        if (written == null || written.isBlank()) {
            p.add(path, "missing: a price sheet file or name");
            return null;
        }
        if (!ScenarioReader.validPath(written)) {
            p.add(path, "not a valid file path: '" + written + "'");
            return null;
        }
        Path dir = scenario.toAbsolutePath().getParent();
        Path shownDir = scenario.getParent() == null ? Path.of("") : scenario.getParent();
        Set<Path> looked = new LinkedHashSet<>();
        List<String> names = written.endsWith(".yaml") || written.endsWith(".yml") || written.endsWith(".json")
                ? List.of(written) : List.of(written, written + ".yaml");
        List<Path[]> candidates = new ArrayList<>();
        for (String name : names) {
            candidates.add(new Path[] {dir.resolve(name), shownDir.resolve(name)});
        }
        if (!written.contains("/") && !written.contains("\\")) {
            for (String name : names) {
                candidates.add(new Path[] {dir.resolveSibling(PRICING).resolve(name),
                        shownDir.resolveSibling(PRICING).resolve(name)});
                candidates.add(new Path[] {Path.of(PRICING, name).toAbsolutePath(), Path.of(PRICING, name)});
            }
        }
        for (Path[] c : candidates) {
            Path shown = c[1].normalize();
            looked.add(shown);
            if (Files.exists(c[0])) {
                try {
                    return PriceSheetReader.read(c[0].normalize(), shown.toString());
                } catch (ScenarioException e) {
                    p.addAll(e.problems());
                    return null;
                }
            }
        }
        p.add(path, "the price sheet '" + written + "' does not exist" + Problems.didYouMean(written,
                shippedNames(dir)) + " (looked for " + String.join(", ", looked.stream().map(Path::toString)
                .toList()) + ")");
        return null;
    }

    /** @return the names of the sheets in the pricing/ folders a bare name is looked for in */
    private static List<String> shippedNames(Path scenarioDir) {
        List<String> names = new ArrayList<>();
        for (Path dir : List.of(scenarioDir.resolveSibling(PRICING), Path.of(PRICING).toAbsolutePath())) {
            try (java.util.stream.Stream<Path> files = Files.list(dir)) {
                files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".yaml")).sorted()
                        .forEach(n -> names.add(n.substring(0, n.length() - ".yaml".length())));
            } catch (java.io.IOException e) {
                // no such folder: nothing to suggest from it
            }
        }
        return names;
    }

    /** Checks that every region the traffic comes from has a table in the tiered prices. */
    static boolean regionsPriced(Problems p, List<PriceSheet> sheets, Topology topology, boolean baseline) {
        return regionsPriced(p, "cost.sheets", sheets, topology, baseline);
    }

    /**
     * Checks that every region the traffic comes from has a table in the tiered prices.
     *
     * @param p        the scenario's problems
     * @param field    the field that lists the sheets, {@code cost.sheets} or {@code cost.cdns.cdn-a}
     * @param sheets   the sheets
     * @param topology the topology
     * @param baseline whether the month has a baseline (region {@code *})
     * @return whether every region is priced
     */
    static boolean regionsPriced(Problems p, String field, List<PriceSheet> sheets, Topology topology,
                                 boolean baseline) {
        boolean ok = true;
        for (int i = 0; i < sheets.size(); i++) {
            PriceSheet s = sheets.get(i);
            if (s.prices(Component.DELIVERY) && s.delivery() instanceof TrafficPrice.Tiered t) {
                List<String> regions = new ArrayList<>(topology.regions());
                if (baseline) {
                    regions.add(Traffic.ANY_REGION);
                }
                for (String r : regions) {
                    if (t.tableFor(r) == null) {
                        p.add(field + "[" + i + "]", "the sheet '" + s.name() + "' has no delivery price table for "
                                + (r.equals(Traffic.ANY_REGION) ? "the baseline" : "region '" + r + "'")
                                + " and no '*' table for every other region");
                        ok = false;
                    }
                }
            }
            if (s.prices(Component.ORIGIN_EGRESS) && s.originEgress() instanceof TrafficPrice.Tiered t
                    && t.tableFor(Traffic.ANY_REGION) == null) {
                p.add(field + "[" + i + "]", "the sheet '" + s.name() + "' prices origin egress by region; the "
                        + "origin's egress has no region: give it a '*' table or 'tiers'");
                ok = false;
            }
        }
        return ok;
    }
}
