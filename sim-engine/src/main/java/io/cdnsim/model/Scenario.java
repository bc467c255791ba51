package io.cdnsim.model;

import io.cdnsim.content.CacheControl;
import io.cdnsim.content.ObjectKind;
import io.cdnsim.cost.CostSpec;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Everything one run needs, validated and with every default filled in.
 *
 * @param name         its name (used for the output folder)
 * @param description  what it models
 * @param topology     the delivery network
 * @param seed         the master seed
 * @param run          duration, warm-up, replications
 * @param cacheControl the origin's Cache-Control per object kind (kinds not listed send none)
 * @param headerBytes  bytes of a header-only response (304, error)
 * @param demand       what asks for content: a synthetic stream, a live event, an on-demand service or a replay
 * @param cost         how to price a run (prices and the projection to a month), or null for no bill
 * @param failures     the failure schedule (N7), in the order written; empty for none
 * @param steering     how viewers are spread over the topology's CDNs (N8), or null for a network of one CDN
 */
public record Scenario(String name, String description, Topology topology, long seed, RunSettings run,
                       Map<ObjectKind, CacheControl> cacheControl, long headerBytes, Demand demand, CostSpec cost,
                       List<Failure> failures, SteeringSpec steering) {

    /** Copies the map and the list; the demand is required. */
    public Scenario {
        cacheControl = Map.copyOf(cacheControl);
        Objects.requireNonNull(demand, "demand");
        failures = List.copyOf(failures);
    }

    /**
     * A scenario through one CDN.
     *
     * @param name         its name
     * @param description  what it models
     * @param topology     the delivery network
     * @param seed         the master seed
     * @param run          duration, warm-up, replications
     * @param cacheControl the origin's Cache-Control per object kind
     * @param headerBytes  bytes of a header-only response
     * @param demand       what asks for content
     * @param cost         how to price a run, or null for no bill
     * @param failures     the failure schedule, in the order written; empty for none
     */
    public Scenario(String name, String description, Topology topology, long seed, RunSettings run,
                    Map<ObjectKind, CacheControl> cacheControl, long headerBytes, Demand demand, CostSpec cost,
                    List<Failure> failures) {
        this(name, description, topology, seed, run, cacheControl, headerBytes, demand, cost, failures, null);
    }

    /**
     * A scenario without failures.
     *
     * @param name         its name
     * @param description  what it models
     * @param topology     the delivery network
     * @param seed         the master seed
     * @param run          duration, warm-up, replications
     * @param cacheControl the origin's Cache-Control per object kind
     * @param headerBytes  bytes of a header-only response
     * @param demand       what asks for content
     * @param cost         how to price a run, or null for no bill
     */
    public Scenario(String name, String description, Topology topology, long seed, RunSettings run,
                    Map<ObjectKind, CacheControl> cacheControl, long headerBytes, Demand demand, CostSpec cost) {
        this(name, description, topology, seed, run, cacheControl, headerBytes, demand, cost, List.of());
    }

    /**
     * A scenario without a bill.
     *
     * @param name         its name
     * @param description  what it models
     * @param topology     the delivery network
     * @param seed         the master seed
     * @param run          duration, warm-up, replications
     * @param cacheControl the origin's Cache-Control per object kind
     * @param headerBytes  bytes of a header-only response
     * @param demand       what asks for content
     */
    public Scenario(String name, String description, Topology topology, long seed, RunSettings run,
                    Map<ObjectKind, CacheControl> cacheControl, long headerBytes, Demand demand) {
        this(name, description, topology, seed, run, cacheControl, headerBytes, demand, null);
    }

    /**
     * @param kind an object kind
     * @return the origin's directives for it
     */
    public CacheControl cacheControlOf(ObjectKind kind) {
        return cacheControl.getOrDefault(kind, CacheControl.NONE);
    }

    /**
     * @param newSeed a seed
     * @return this scenario with another master seed
     */
    public Scenario withSeed(long newSeed) {
        return new Scenario(name, description, topology, newSeed, run, cacheControl, headerBytes, demand, cost,
                failures, steering);
    }

    /**
     * @param newRun run settings
     * @return this scenario with other run settings
     */
    public Scenario withRun(RunSettings newRun) {
        return new Scenario(name, description, topology, seed, newRun, cacheControl, headerBytes, demand, cost,
                failures, steering);
    }

    /**
     * @param newCost how to price it, or null for no bill
     * @return this scenario with another bill
     */
    public Scenario withCost(CostSpec newCost) {
        return new Scenario(name, description, topology, seed, run, cacheControl, headerBytes, demand, newCost,
                failures, steering);
    }

    /**
     * @param newFailures a failure schedule
     * @return this scenario with another failure schedule
     */
    public Scenario withFailures(List<Failure> newFailures) {
        return new Scenario(name, description, topology, seed, run, cacheControl, headerBytes, demand, cost,
                newFailures, steering);
    }
}
