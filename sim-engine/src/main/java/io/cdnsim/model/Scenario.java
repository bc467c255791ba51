package io.cdnsim.model;

import io.cdnsim.content.CacheControl;
import io.cdnsim.content.ObjectKind;
import io.cdnsim.cost.CostSpec;
import java.util.Map;

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
 * @param workload     a synthetic request stream, or null for a live event
 * @param clients      the synthetic stream's last mile (null for a live event)
 * @param live         a live event with viewers and players, or null for a synthetic stream
 * @param cost         how to price a run (prices and the projection to a month), or null for no bill
 */
public record Scenario(String name, String description, Topology topology, long seed, RunSettings run,
                       Map<ObjectKind, CacheControl> cacheControl, long headerBytes, Workload workload,
                       Clients clients, LiveSpec live, CostSpec cost) {

    /** Copies the map; exactly one of workload and live is given. */
    public Scenario {
        cacheControl = Map.copyOf(cacheControl);
        if ((workload == null) == (live == null)) {
            throw new IllegalArgumentException("a scenario has either a synthetic workload or a live event");
        }
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
     * @param workload     a synthetic request stream, or null for a live event
     * @param clients      the synthetic stream's last mile (null for a live event)
     * @param live         a live event, or null for a synthetic stream
     */
    public Scenario(String name, String description, Topology topology, long seed, RunSettings run,
                    Map<ObjectKind, CacheControl> cacheControl, long headerBytes, Workload workload,
                    Clients clients, LiveSpec live) {
        this(name, description, topology, seed, run, cacheControl, headerBytes, workload, clients, live, null);
    }

    /**
     * A scenario driven by a synthetic request stream.
     *
     * @param name         its name
     * @param description  what it models
     * @param topology     the delivery network
     * @param seed         the master seed
     * @param run          duration, warm-up, replications
     * @param cacheControl the origin's Cache-Control per object kind
     * @param headerBytes  bytes of a header-only response
     * @param workload     the request stream
     * @param clients      the viewers' last mile
     */
    public Scenario(String name, String description, Topology topology, long seed, RunSettings run,
                    Map<ObjectKind, CacheControl> cacheControl, long headerBytes, Workload workload,
                    Clients clients) {
        this(name, description, topology, seed, run, cacheControl, headerBytes, workload, clients, null, null);
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
        return new Scenario(name, description, topology, newSeed, run, cacheControl, headerBytes, workload, clients,
                live, cost);
    }

    /**
     * @param newRun run settings
     * @return this scenario with other run settings
     */
    public Scenario withRun(RunSettings newRun) {
        return new Scenario(name, description, topology, seed, newRun, cacheControl, headerBytes, workload, clients,
                live, cost);
    }
}
