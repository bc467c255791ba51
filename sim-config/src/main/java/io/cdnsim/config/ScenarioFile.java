package io.cdnsim.config;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Map;

/**
 * A scenario file as written. {@link ScenarioReader} checks it and fills in defaults.
 *
 * @param schema       optional JSON Schema reference for editors
 * @param name         scenario name
 * @param description  what it models
 * @param topology     path of the topology file, relative to the scenario file
 * @param seed         master seed
 * @param run          duration, warm-up, replications
 * @param cacheControl Cache-Control header per object kind
 * @param headerSize   size of a header-only response
 * @param workload     the request stream
 * @param clients      the last mile
 */
record ScenarioFile(@JsonProperty("$schema") String schema, String name, String description, String topology,
                    Long seed, RunFile run, Map<String, String> cacheControl, String headerSize,
                    WorkloadFile workload, ClientsFile clients) {

    /**
     * @param duration     simulated time of arrivals
     * @param warmup       initial period not counted
     * @param replications independent replications
     */
    record RunFile(String duration, String warmup, Long replications) {
    }

    /**
     * @param type       workload type ({@code zipf})
     * @param objects    number of objects
     * @param alpha      Zipf exponent
     * @param rate       requests per second
     * @param objectSize a fixed size, or {@code lognormal(median, sigma)}
     * @param kind       object kind
     * @param regions    share of requests per region
     */
    record WorkloadFile(String type, Long objects, Double alpha, String rate, String objectSize, String kind,
                        Map<String, Double> regions) {
    }

    /**
     * @param rtt        viewer-to-edge RTT
     * @param throughput viewer download throughput
     */
    record ClientsFile(String rtt, String throughput) {
    }
}
