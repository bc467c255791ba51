package io.cdnsim.model;

import io.cdnsim.content.CacheControl;
import io.cdnsim.content.ObjectKind;
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
 * @param workload     the request stream
 * @param clients      the viewers' last mile
 */
public record Scenario(String name, String description, Topology topology, long seed, RunSettings run,
                       Map<ObjectKind, CacheControl> cacheControl, long headerBytes, Workload workload,
                       Clients clients) {

    /** Copies the map. */
    public Scenario {
        cacheControl = Map.copyOf(cacheControl);
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
        return new Scenario(name, description, topology, newSeed, run, cacheControl, headerBytes, workload, clients);
    }

    /**
     * @param newRun run settings
     * @return this scenario with other run settings
     */
    public Scenario withRun(RunSettings newRun) {
        return new Scenario(name, description, topology, seed, newRun, cacheControl, headerBytes, workload, clients);
    }
}
