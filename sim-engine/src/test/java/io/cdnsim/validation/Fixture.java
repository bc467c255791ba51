package io.cdnsim.validation;

import io.cdnsim.cache.TtlRule;
import io.cdnsim.content.CacheControl;
import io.cdnsim.content.ObjectKind;
import io.cdnsim.model.CacheNodeSpec;
import io.cdnsim.model.CacheSettings;
import io.cdnsim.model.Clients;
import io.cdnsim.model.OriginSpec;
import io.cdnsim.model.RunSettings;
import io.cdnsim.model.Scenario;
import io.cdnsim.model.SyntheticStream;
import io.cdnsim.model.SizeSpec;
import io.cdnsim.model.Tier;
import io.cdnsim.model.Topology;
import io.cdnsim.model.Workload;
import io.cdnsim.run.RunOptions;
import io.cdnsim.run.RunResult;
import io.cdnsim.run.Simulation;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Builds the small scenarios the validation tests run: one edge node in front of an origin (or a chain of tiers),
 * an independent-reference Zipf stream of fixed-size media segments, no latency unless asked for.
 */
final class Fixture {

    /** One second in the engine's unit (microseconds). */
    static final long SECOND = 1_000_000L;

    /** Size of every object: the store's capacity is a whole number of objects. */
    static final long OBJECT_BYTES = 1_000L;

    /** A max-age far longer than any run here: nothing expires. */
    static final long NEVER_EXPIRES = 1_000_000L * SECOND;

    /** No limit on a link or the origin's egress. */
    static final long UNLIMITED_BPS = Long.MAX_VALUE;

    private Fixture() {
    }

    /**
     * @param capacityObjects capacity in objects of {@link #OBJECT_BYTES}
     * @param eviction        {@code lru} or {@code fifo}
     * @param ttl             the tier's TTL rule
     * @param collapsing      whether requests for an object in flight wait for that fetch
     * @return a real cache (no fixed hit ratio), counting freshness from the response's Date, no service time
     */
    static CacheSettings cache(long capacityObjects, String eviction, TtlRule ttl, boolean collapsing) {
        return new CacheSettings(capacityObjects * OBJECT_BYTES, eviction, -1, ttl, true, collapsing, Long.MAX_VALUE,
                0);
    }

    /**
     * @param hitRatio the probability of a HIT
     * @return an arithmetic tier: no store, a HIT with this probability, no collapsing
     */
    static CacheSettings fixedRatio(double hitRatio) {
        return new CacheSettings(OBJECT_BYTES, "lru", hitRatio, TtlRule.ORIGIN, true, false, Long.MAX_VALUE, 0);
    }

    /**
     * @param maxAge max-age in microseconds
     * @return Cache-Control with only max-age
     */
    static CacheControl maxAge(long maxAge) {
        return new CacheControl(maxAge, CacheControl.ABSENT, CacheControl.ABSENT, CacheControl.ABSENT, false);
    }

    /** @return Cache-Control: no-store */
    static CacheControl noStore() {
        return new CacheControl(CacheControl.ABSENT, CacheControl.ABSENT, CacheControl.ABSENT, CacheControl.ABSENT,
                true);
    }

    /**
     * @param objects number of objects
     * @param alpha   Zipf exponent
     * @param rate    requests per second
     * @return a Zipf stream of fixed-size media segments, one region
     */
    static Workload zipf(int objects, double alpha, double rate) {
        return new Workload(objects, alpha, rate, new SizeSpec.Fixed(OBJECT_BYTES), ObjectKind.MEDIA_SEGMENT,
                Map.of());
    }

    /**
     * @param originService origin service time, microseconds
     * @return an origin without capacity limits
     */
    static OriginSpec origin(long originService) {
        return new OriginSpec("origin", originService, Double.POSITIVE_INFINITY, UNLIMITED_BPS, 3_600 * SECOND);
    }

    /**
     * One edge node in front of one origin.
     *
     * @param cache         the edge's settings
     * @param rtt           edge-origin round trip, microseconds
     * @param originService origin service time, microseconds
     * @param cc            the origin's Cache-Control for media segments
     * @param workload      the request stream
     * @param duration      simulated arrivals, microseconds, warm-up included
     * @param warmup        warm-up, microseconds
     * @param seed          master seed
     * @return the scenario
     */
    static Scenario singleEdge(CacheSettings cache, long rtt, long originService, CacheControl cc, Workload workload,
                               long duration, long warmup, long seed) {
        CacheNodeSpec edge = new CacheNodeSpec("edge-1", "r", 1.0, "origin", rtt, UNLIMITED_BPS, cache);
        Topology topology = new Topology("single-edge", "one edge node and one origin", List.of("r"),
                List.of(new Tier("edge", List.of(edge))), List.of(origin(originService)));
        return scenario("validation-single-edge", topology, cc, workload, duration, warmup, seed);
    }

    /**
     * A chain of tiers with one node each, the first fetching from the second and so on, the last from the origin.
     *
     * @param names    tier names, edge first
     * @param settings each tier's settings
     * @param workload the request stream
     * @param duration simulated arrivals, microseconds
     * @param seed     master seed
     * @return the scenario (no warm-up, zero latency)
     */
    static Scenario chain(List<String> names, List<CacheSettings> settings, Workload workload, long duration,
                          long seed) {
        List<Tier> tiers = new ArrayList<>();
        for (int t = 0; t < names.size(); t++) {
            String parent = t + 1 < names.size() ? names.get(t + 1) + "-1" : "origin";
            tiers.add(new Tier(names.get(t), List.of(new CacheNodeSpec(names.get(t) + "-1", "r", 1.0, parent, 0,
                    UNLIMITED_BPS, settings.get(t)))));
        }
        Topology topology = new Topology("chain", "a chain of single-node tiers", List.of("r"), tiers,
                List.of(origin(0)));
        return scenario("validation-chain", topology, maxAge(NEVER_EXPIRES), workload, duration, 0, seed);
    }

    private static Scenario scenario(String name, Topology topology, CacheControl cc, Workload workload,
                                     long duration, long warmup, long seed) {
        return new Scenario(name, "theory validation", topology, seed, new RunSettings(duration, warmup, 1),
                Map.of(ObjectKind.MEDIA_SEGMENT, cc), 300, new SyntheticStream(workload, new Clients(0, UNLIMITED_BPS)));
    }

    /**
     * @param scenario    a scenario
     * @param replication replication index
     * @return its result, with no time series kept
     */
    static RunResult run(Scenario scenario, int replication) {
        return Simulation.run(scenario, replication, RunOptions.defaults());
    }

    /**
     * @param values one value per replication
     * @return {mean, standard error of the mean}
     */
    static double[] meanAndStandardError(double[] values) {
        int n = values.length;
        double mean = 0;
        for (double v : values) {
            mean += v;
        }
        mean /= n;
        double ss = 0;
        for (double v : values) {
            ss += (v - mean) * (v - mean);
        }
        return new double[] {mean, Math.sqrt(ss / (n - 1) / n)};
    }
}
