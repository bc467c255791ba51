package io.cdnsim.config;

import io.cdnsim.cost.ComputePrice;
import io.cdnsim.cost.PriceSheet;
import io.cdnsim.cost.RequestPrice;
import io.cdnsim.cost.ShieldPrice;
import io.cdnsim.cost.Traffic;
import io.cdnsim.cost.TrafficPrice;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Reads a price sheet file (YAML or JSON) into a checked {@link PriceSheet}; every problem names the file, the line,
 * the field and what is wrong.
 */
public final class PriceSheetReader {

    private static final List<String> TRAFFIC_KINDS = List.of("perGB", "tiers", "regions", "commit",
            "percentile95");

    private PriceSheetReader() {
    }

    /**
     * @param file      the sheet
     * @param shownName the file's name as the user should read it
     * @return the sheet
     * @throws ScenarioException listing every problem found
     */
    public static PriceSheet read(Path file, String shownName) throws ScenarioException {
        Documents.Parsed<PriceSheetFile> parsed = Documents.read(file, shownName, PriceSheetFile.class,
                "price sheet");
        PriceSheetFile f = parsed.value();
        Problems p = parsed.problems();
        p.require("name", f.name(), "the sheet's name");
        p.require("source", f.source(), "where the prices come from (a contract, a price page and its address)");
        if (p.require("date", f.date(), "when the prices were read, for example 2026-06-16")) {
            try {
                LocalDate.parse(f.date().strip());
            } catch (DateTimeParseException e) {
                p.add("date", "expected a date that exists, written like 2026-06-16, found '" + f.date() + "'");
            }
        }
        TrafficPrice delivery = traffic(p, "delivery", f.delivery());
        RequestPrice requests = null;
        if (f.requests() != null) {
            requests = new RequestPrice(price(p, "requests.http", f.requests().http(), Quantity::pricePer10k),
                    price(p, "requests.https", f.requests().https(), Quantity::pricePer10k));
        }
        ShieldPrice shield = null;
        if (f.shield() != null) {
            if (f.shield().perGB() == null && f.shield().per10k() == null) {
                p.add("shield", "give 'perGB', 'per10k' or both");
            }
            shield = new ShieldPrice(price(p, "shield.perGB", f.shield().perGB(), Quantity::pricePerGB),
                    price(p, "shield.per10k", f.shield().per10k(), Quantity::pricePer10k));
        }
        TrafficPrice egress = traffic(p, "originEgress", f.originEgress());
        ComputePrice compute = compute(p, f.originCompute());
        if (f.delivery() == null && f.requests() == null && f.shield() == null && f.originEgress() == null
                && f.originCompute() == null) {
            p.add("", "the sheet prices nothing: give at least one of delivery, requests, shield, originEgress, "
                    + "originCompute");
        }
        p.throwIfAny();
        return new PriceSheet(f.name(), f.provider() == null ? f.name() : f.provider(), f.source().strip(),
                f.date(), Boolean.TRUE.equals(f.example()), shownName, delivery, requests, shield, egress, compute);
    }

    private static BigDecimal price(Problems p, String path, String text, Function<String, BigDecimal> parser) {
        if (text == null) {
            return BigDecimal.ZERO;
        }
        try {
            return parser.apply(text);
        } catch (IllegalArgumentException e) {
            p.add(path, e.getMessage());
            return BigDecimal.ZERO;
        }
    }

    private static long bytes(Problems p, String path, String text) {
        long b = p.bytes(path, text, 1);
        if (b <= 0) {
            p.add(path, "must be more than 0 bytes");
            return 1;
        }
        return b;
    }

    private static TrafficPrice traffic(Problems p, String path, PriceSheetFile.TrafficFile t) {
        if (t == null) {
            return null;
        }
        Map<String, Object> given = new LinkedHashMap<>();
        given.put("perGB", t.perGB());
        given.put("tiers", t.tiers());
        given.put("regions", t.regions());
        given.put("commit", t.commit());
        given.put("percentile95", t.percentile95());
        given.values().removeIf(v -> v == null);
        if (given.size() != 1) {
            p.add(path, given.isEmpty() ? "say how traffic is priced: one of " + String.join(", ", TRAFFIC_KINDS)
                    : "give one way of pricing, not " + String.join(" and ", given.keySet()));
            return null;
        }
        if (t.perGB() != null) {
            return new TrafficPrice.Flat(price(p, path + ".perGB", t.perGB(), Quantity::pricePerGB));
        }
        if (t.percentile95() != null) {
            return new TrafficPrice.Percentile95(price(p, path + ".percentile95", t.percentile95(),
                    Quantity::pricePerMbps));
        }
        if (t.commit() != null) {
            return commit(p, path + ".commit", t.commit());
        }
        Map<String, List<PriceSheetFile.BandFile>> tables = new TreeMap<>();
        String prefix = path + ".regions.";
        if (t.tiers() != null) {
            tables.put(Traffic.ANY_REGION, t.tiers());
            prefix = null;
        } else {
            tables.putAll(t.regions());
        }
        Map<String, List<TrafficPrice.Band>> regions = new TreeMap<>();
        for (Map.Entry<String, List<PriceSheetFile.BandFile>> e : tables.entrySet()) {
            String at = prefix == null ? path + ".tiers" : prefix + e.getKey();
            List<TrafficPrice.Band> bands = bands(p, at, e.getValue());
            if (bands != null) {
                regions.put(e.getKey(), bands);
            }
        }
        if (regions.size() != tables.size() || regions.isEmpty()) {
            if (regions.isEmpty() && tables.isEmpty()) {
                p.add(path + ".regions", "give at least one region's table of bands");
            }
            return null;
        }
        return new TrafficPrice.Tiered(regions);
    }

    private static List<TrafficPrice.Band> bands(Problems p, String path, List<PriceSheetFile.BandFile> written) {
        if (written == null || written.isEmpty()) {
            p.add(path, "give at least one band: - { upTo: 10TB, price: 0.085/GB } ... - { price: 0.02/GB }");
            return null;
        }
        List<TrafficPrice.Band> bands = new ArrayList<>();
        boolean ok = true;
        for (int i = 0; i < written.size(); i++) {
            PriceSheetFile.BandFile b = written.get(i);
            String at = path + "[" + i + "]";
            if (b == null) {
                p.add(at, "expected a band { upTo: 10TB, price: 0.085/GB }");
                ok = false;
                continue;
            }
            if (!p.require(at + ".price", b.price(), "the price per GB of this band, for example 0.085/GB")) {
                ok = false;
                continue;
            }
            if (b.upTo() == null && i < written.size() - 1) {
                p.add(at + ".upTo", "missing: only the last band may have no bound");
                ok = false;
                continue;
            }
            long upTo = b.upTo() == null ? Long.MAX_VALUE : bytes(p, at + ".upTo", b.upTo());
            bands.add(new TrafficPrice.Band(upTo, price(p, at + ".price", b.price(), Quantity::pricePerGB)));
        }
        if (!ok) {
            return null;
        }
        String problem = TrafficPrice.Tiered.bandsProblem(bands);
        if (problem != null) {
            p.add(path, problem);
            return null;
        }
        return bands;
    }

    private static TrafficPrice commit(Problems p, String path, List<PriceSheetFile.PlanFile> written) {
        if (written.isEmpty()) {
            p.add(path, "give at least one plan: - { name: 100TB, fee: 350, covers: 100TB, overage: 0.0035/GB }");
            return null;
        }
        List<TrafficPrice.Plan> plans = new ArrayList<>();
        for (int i = 0; i < written.size(); i++) {
            PriceSheetFile.PlanFile plan = written.get(i);
            String at = path + "[" + i + "]";
            if (plan == null) {
                p.add(at, "expected a plan { name: 100TB, fee: 350, covers: 100TB, overage: 0.0035/GB }");
                continue;
            }
            boolean ok = p.require(at + ".fee", plan.fee(), "the monthly fee, for example 350")
                    & p.require(at + ".covers", plan.covers(), "the volume the fee covers, for example 100TB")
                    & p.require(at + ".overage", plan.overage(), "the price per GB over it, for example 0.0035/GB");
            if (ok) {
                plans.add(new TrafficPrice.Plan(plan.name() == null ? plan.covers() : plan.name(),
                        price(p, at + ".fee", plan.fee(), Quantity::monthlyFee), bytes(p, at + ".covers",
                        plan.covers()), price(p, at + ".overage", plan.overage(), Quantity::pricePerGB)));
            }
        }
        return plans.size() == written.size() ? new TrafficPrice.Commit(plans) : null;
    }

    private static ComputePrice compute(Problems p, PriceSheetFile.ComputeFile c) {
        if (c == null) {
            return null;
        }
        boolean ok = p.require("originCompute.requestsPerInstance", c.requestsPerInstance(),
                "requests per second one instance serves, for example 2000/s")
                & p.require("originCompute.price", c.price(), "the price per instance-hour, for example 0.17/h");
        if (!ok) {
            return null;
        }
        double perInstance = p.perSecond("originCompute.requestsPerInstance", c.requestsPerInstance(), 1);
        if (!(perInstance >= Limits.MIN_RATE && perInstance <= Limits.MAX_RATE)) {
            p.add("originCompute.requestsPerInstance", "must be between " + Limits.MIN_RATE + " and "
                    + Limits.MAX_RATE + " requests per second, found '" + c.requestsPerInstance() + "'");
            perInstance = 1;
        }
        int minimum = c.minimumInstances() == null ? 1 : c.minimumInstances();
        if (minimum < 0) {
            p.add("originCompute.minimumInstances", "must be 0 or more, found " + minimum);
            minimum = 0;
        }
        return new ComputePrice(new BigDecimal(Double.toString(perInstance)), price(p, "originCompute.price",
                c.price(), Quantity::pricePerHour), minimum);
    }
}
