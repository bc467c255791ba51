package io.cdnsim.cost;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * How a CDN (or a cloud, for origin egress) prices a month of traffic: a flat price per GB, tiered prices per GB by
 * monthly volume and region, commit plans, or 95th-percentile billing.
 */
public sealed interface TrafficPrice permits TrafficPrice.Flat, TrafficPrice.Tiered, TrafficPrice.Commit,
        TrafficPrice.Percentile95 {

    /**
     * @param month a month of traffic
     * @return what it costs, with how it was reckoned
     */
    Charge charge(Traffic month);

    /** @return the price in a few words, for example {@code $0.09/GB} */
    String describe();

    /**
     * @param month a month of traffic
     * @return the price in a few words as it applied to that month: {@link #describe()}, and for the 95th percentile
     *         the Mbit/s it billed
     */
    default String describe(Traffic month) {
        return describe();
    }

    /**
     * One price for every GB.
     *
     * @param perGB dollars per GB
     */
    record Flat(BigDecimal perGB) implements TrafficPrice {

        /** Checks the price. */
        public Flat {
            requireNonNegative(perGB, "a price per GB");
        }

        @Override
        public Charge charge(Traffic month) {
            BigDecimal gb = Money.gigabytes(month.totalBytes());
            return new Charge(gb.multiply(perGB), Figures.number(gb, 3) + " GB at " + describe());
        }

        @Override
        public String describe() {
            return Figures.price(perGB) + "/GB";
        }
    }

    /**
     * One band of a tiered price: the GB of the month's volume up to {@code upToBytes} (from the previous band's
     * bound) cost {@code perGB} each.
     *
     * @param upToBytes the band's upper bound in bytes of monthly volume; {@link Long#MAX_VALUE} for the rest
     * @param perGB     dollars per GB in this band
     */
    record Band(long upToBytes, BigDecimal perGB) {

        /** Checks the band. */
        public Band {
            requireNonNegative(perGB, "a price per GB");
            if (upToBytes <= 0) {
                throw new IllegalArgumentException("a band's bound must be more than 0 bytes");
            }
        }
    }

    /**
     * Tiered prices per GB, CloudFront-style: the price of each GB depends on the band of monthly volume it falls in.
     * Each region with a table of its own walks it with its own volume; every other region, and bytes of no region,
     * pool their volume in the {@value Traffic#ANY_REGION} table.
     *
     * @param regions bands per region (key {@value Traffic#ANY_REGION} for every region without its own), each list
     *                with rising bounds and ending with an unbounded band
     */
    record Tiered(Map<String, List<Band>> regions) implements TrafficPrice {

        /** Copies and checks the tables. */
        public Tiered {
            if (regions.isEmpty()) {
                throw new IllegalArgumentException("a tiered price needs at least one table of bands");
            }
            Map<String, List<Band>> copy = new TreeMap<>();
            for (Map.Entry<String, List<Band>> e : regions.entrySet()) {
                List<Band> bands = List.copyOf(e.getValue());
                String problem = bandsProblem(bands);
                if (problem != null) {
                    throw new IllegalArgumentException(e.getKey() + ": " + problem);
                }
                copy.put(e.getKey(), bands);
            }
            regions = Collections.unmodifiableMap(copy);
        }

        /**
         * @param bands a table of bands
         * @return what is wrong with it, or null
         */
        public static String bandsProblem(List<Band> bands) {
            if (bands.isEmpty()) {
                return "a table needs at least one band";
            }
            long previous = 0;
            for (int i = 0; i < bands.size(); i++) {
                Band b = bands.get(i);
                if (b.upToBytes() <= previous) {
                    return "band " + (i + 1) + "'s bound must be above the previous band's";
                }
                previous = b.upToBytes();
            }
            if (previous != Long.MAX_VALUE) {
                return "the last band must have no bound (it prices the rest of the volume)";
            }
            return null;
        }

        /**
         * @param region a region
         * @return the table that prices it: its own, or the {@value Traffic#ANY_REGION} one; null if neither exists
         */
        public String tableFor(String region) {
            if (regions.containsKey(region)) {
                return region;
            }
            return regions.containsKey(Traffic.ANY_REGION) ? Traffic.ANY_REGION : null;
        }

        @Override
        public Charge charge(Traffic month) {
            Map<String, BigDecimal> pooled = new TreeMap<>();
            for (Map.Entry<String, BigDecimal> e : month.bytesByRegion().entrySet()) {
                String table = tableFor(e.getKey());
                if (table == null) {
                    throw new IllegalArgumentException("no price table for region '" + e.getKey() + "' and no '"
                            + Traffic.ANY_REGION + "' table");
                }
                pooled.merge(table, e.getValue(), BigDecimal::add);
            }
            BigDecimal amount = BigDecimal.ZERO;
            List<String> parts = new ArrayList<>();
            for (Map.Entry<String, BigDecimal> e : pooled.entrySet()) {
                BigDecimal from = BigDecimal.ZERO;
                BigDecimal volume = e.getValue();
                List<String> steps = new ArrayList<>();
                for (Band b : regions.get(e.getKey())) {
                    if (volume.compareTo(from) <= 0) {
                        break;
                    }
                    BigDecimal to = b.upToBytes() == Long.MAX_VALUE ? volume
                            : volume.min(BigDecimal.valueOf(b.upToBytes()));
                    BigDecimal gb = Money.gigabytes(to.subtract(from));
                    amount = amount.add(gb.multiply(b.perGB()));
                    steps.add(Figures.number(gb, 3) + " GB at " + Figures.price(b.perGB()));
                    from = to;
                }
                String prefix = pooled.size() > 1 || !e.getKey().equals(Traffic.ANY_REGION) ? e.getKey() + ": " : "";
                parts.add(prefix + (steps.isEmpty() ? "0 GB" : String.join(" + ", steps)));
            }
            return new Charge(amount, String.join("; ", parts));
        }

        @Override
        public String describe() {
            List<String> tables = new ArrayList<>();
            for (Map.Entry<String, List<Band>> e : regions.entrySet()) {
                tables.add((regions.size() > 1 ? e.getKey() + " " : "") + table(e.getValue()));
            }
            return "tiered: " + String.join("; ", tables);
        }

        /**
         * @param bands a table of bands
         * @return it in words: {@code $0.11/GB} for one price, {@code first 1 TB free, then $0.085 falling to
         *         $0.02/GB} for a table whose first bands are free and whose prices fall
         */
        static String table(List<Band> bands) {
            int first = 0;
            while (first < bands.size() - 1 && bands.get(first).perGB().signum() == 0) {
                first++;
            }
            String free = first == 0 ? "" : "first " + Figures.bytes(BigDecimal.valueOf(bands.get(first - 1)
                    .upToBytes())) + " free, then ";
            BigDecimal from = bands.get(first).perGB();
            BigDecimal to = bands.get(bands.size() - 1).perGB();
            int c = to.compareTo(from);
            String range = c == 0 ? Figures.price(from) : Figures.price(from) + (c < 0 ? " falling to " : " rising to ")
                    + Figures.price(to);
            return free + range + "/GB";
        }
    }

    /**
     * A commit plan: a monthly fee covers a volume; each GB over it costs the overage price.
     *
     * @param name         its name, for example {@code 100TB}
     * @param monthlyFee   dollars a month
     * @param coversBytes  bytes the fee covers
     * @param overagePerGB dollars per GB over the covered volume
     */
    record Plan(String name, BigDecimal monthlyFee, long coversBytes, BigDecimal overagePerGB) {

        /** Checks the plan. */
        public Plan {
            requireNonNegative(monthlyFee, "a monthly fee");
            requireNonNegative(overagePerGB, "an overage price");
            if (coversBytes < 0) {
                throw new IllegalArgumentException("a plan covers 0 bytes or more");
            }
        }

        /**
         * @param bytes a month's volume
         * @return the fee plus the overage
         */
        public BigDecimal cost(BigDecimal bytes) {
            BigDecimal over = bytes.subtract(BigDecimal.valueOf(coversBytes)).max(BigDecimal.ZERO);
            return monthlyFee.add(Money.gigabytes(over).multiply(overagePerGB));
        }
    }

    /**
     * Commit plans: the month is billed on the cheapest of the plans for its volume (with one plan, on that plan).
     *
     * @param plans the plans offered
     */
    record Commit(List<Plan> plans) implements TrafficPrice {

        /** Copies the list. */
        public Commit {
            plans = List.copyOf(plans);
            if (plans.isEmpty()) {
                throw new IllegalArgumentException("commit pricing needs at least one plan");
            }
        }

        /**
         * @param bytes a month's volume
         * @return the cheapest plan for it (the first listed among equals)
         */
        public Plan cheapest(BigDecimal bytes) {
            Plan best = plans.get(0);
            for (Plan p : plans) {
                if (p.cost(bytes).compareTo(best.cost(bytes)) < 0) {
                    best = p;
                }
            }
            return best;
        }

        @Override
        public Charge charge(Traffic month) {
            BigDecimal bytes = month.totalBytes();
            Plan p = cheapest(bytes);
            BigDecimal over = bytes.subtract(BigDecimal.valueOf(p.coversBytes())).max(BigDecimal.ZERO);
            String detail = "plan " + p.name() + ": " + Figures.dollars(p.monthlyFee()) + " covers "
                    + Figures.bytes(BigDecimal.valueOf(p.coversBytes()));
            if (over.signum() > 0) {
                detail += " + " + Figures.number(Money.gigabytes(over), 3) + " GB over at "
                        + Figures.price(p.overagePerGB()) + "/GB";
            }
            if (plans.size() > 1) {
                detail += " (the cheapest of " + plans.size() + " plans for this volume)";
            }
            return new Charge(p.cost(bytes), detail);
        }

        @Override
        public String describe() {
            return plans.size() == 1 ? "commit " + plans.get(0).name() : "commit, " + plans.size() + " plans";
        }
    }

    /**
     * 95th-percentile billing: the month's five-minute samples of Mbit/s, sorted, the top 5 % dropped; the highest
     * remaining sample times the price per Mbit/s.
     *
     * @param perMbps dollars per Mbit/s of the 95th percentile, per month
     */
    record Percentile95(BigDecimal perMbps) implements TrafficPrice {

        /** Seconds in a sample window. */
        public static final int WINDOW_SECONDS = 300;

        /** Checks the price. */
        public Percentile95 {
            requireNonNegative(perMbps, "a price per Mbit/s");
        }

        /**
         * The 95th percentile of samples: with n samples, the floor(n / 20) highest are dropped and the highest
         * remaining one is billed.
         *
         * @param samples any values
         * @return the billed value (0 with no samples)
         */
        public static BigDecimal percentile(List<BigDecimal> samples) {
            if (samples.isEmpty()) {
                return BigDecimal.ZERO;
            }
            List<BigDecimal> sorted = new ArrayList<>(samples);
            sorted.sort(null);
            return sorted.get(sorted.size() - 1 - sorted.size() / 20);
        }

        /**
         * @param windowBytes bytes in a five-minute window
         * @return its mean rate in Mbit/s, bytes × 8 / 300 s / 10⁶, exact
         */
        public static BigDecimal mbps(BigDecimal windowBytes) {
            return windowBytes.multiply(BigDecimal.valueOf(8)).divide(BigDecimal.valueOf(WINDOW_SECONDS * 1_000_000L),
                    Money.EXACT);
        }

        @Override
        public Charge charge(Traffic month) {
            List<BigDecimal> mbps = new ArrayList<>();
            for (BigDecimal b : month.windowBytes()) {
                mbps.add(mbps(b));
            }
            BigDecimal p95 = percentile(mbps);
            return new Charge(p95.multiply(perMbps), "95th percentile " + Figures.number(p95, 3) + " Mbit/s of "
                    + Figures.number(BigDecimal.valueOf(mbps.size())) + " five-minute samples (top "
                    + mbps.size() / 20 + " dropped) at " + Figures.price(perMbps) + "/Mbps");
        }

        @Override
        public String describe() {
            return "95th percentile " + Figures.price(perMbps) + "/Mbps";
        }

        @Override
        public String describe(Traffic month) {
            List<BigDecimal> mbps = new ArrayList<>();
            for (BigDecimal b : month.windowBytes()) {
                mbps.add(mbps(b));
            }
            return "95th percentile " + Figures.number(percentile(mbps), 3) + " Mbit/s at " + Figures.price(perMbps)
                    + "/Mbps";
        }
    }

    /** @throws IllegalArgumentException if the price is null or negative */
    private static void requireNonNegative(BigDecimal price, String what) {
        if (price == null || price.signum() < 0) {
            throw new IllegalArgumentException(what + " must be 0 or more, found " + price);
        }
    }
}
