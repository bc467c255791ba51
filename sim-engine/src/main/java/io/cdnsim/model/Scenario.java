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
 * @param workload     a synthetic request stream, or null
 * @param clients      the last mile of a synthetic stream or a replay (null for viewers with players)
 * @param live         a live event with viewers and players, or null
 * @param vod          an on-demand catalog with viewers and players, or null
 * @param replay       a request log to replay, or null; its run lasts until the log ends
 * @param cost         how to price a run (prices and the projection to a month), or null for no bill
 */
public record Scenario(String name, String description, Topology topology, long seed, RunSettings run,
                       Map<ObjectKind, CacheControl> cacheControl, long headerBytes, Workload workload,
                       Clients clients, LiveSpec live, VodSpec vod, ReplaySpec replay, CostSpec cost) {

    /** Copies the map; exactly one of workload, live, vod and replay is given. */
    public Scenario {
        cacheControl = Map.copyOf(cacheControl);
        int demands = (workload == null ? 0 : 1) + (live == null ? 0 : 1) + (vod == null ? 0 : 1)
                + (replay == null ? 0 : 1);
        if (demands != 1) {
            throw new IllegalArgumentException("a scenario has exactly one of a synthetic workload, a live event, "
                    + "an on-demand catalog and a replay");
        }
    }

    /**
     * A live event without a bill.
     *
     * @param name         its name
     * @param description  what it models
     * @param topology     the delivery network
     * @param seed         the master seed
     * @param run          duration, warm-up, replications
     * @param cacheControl the origin's Cache-Control per object kind
     * @param headerBytes  bytes of a header-only response
     * @param live         the event
     */
    public Scenario(String name, String description, Topology topology, long seed, RunSettings run,
                    Map<ObjectKind, CacheControl> cacheControl, long headerBytes, LiveSpec live) {
        this(name, description, topology, seed, run, cacheControl, headerBytes, null, null, live, null, null, null);
    }

    /**
     * A scenario driven by a synthetic request stream, without a bill.
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
        this(name, description, topology, seed, run, cacheControl, headerBytes, workload, clients, null, null, null,
                null);
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
                live, vod, replay, cost);
    }

    /**
     * @param newRun run settings
     * @return this scenario with other run settings
     */
    public Scenario withRun(RunSettings newRun) {
        return new Scenario(name, description, topology, seed, newRun, cacheControl, headerBytes, workload, clients,
                live, vod, replay, cost);
    }

    /**
     * @param newCost how to price it, or null for no bill
     * @return this scenario with another bill
     */
    public Scenario withCost(CostSpec newCost) {
        return new Scenario(name, description, topology, seed, run, cacheControl, headerBytes, workload, clients,
                live, vod, replay, newCost);
    }
}
