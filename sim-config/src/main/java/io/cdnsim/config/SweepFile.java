package io.cdnsim.config;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.List;

/**
 * A sweep file as written (docs/sweeps.md). {@link SweepReader} checks it against the scenario it names.
 *
 * @param schema       optional JSON Schema reference for editors
 * @param name         the sweep's name (names its output folder)
 * @param description  what it asks
 * @param scenario     path of the base scenario, relative to the sweep file
 * @param seed         the seed of every point (common random numbers), default the base scenario's
 * @param replications replications of every point
 * @param grid         parameters varied as a full grid: each scenario path (a dotted path in the scenario; one
 *                     starting {@code topology.} reaches into the topology file it names) to its values
 * @param zip          parameters varied together: lists of one length, the i-th values forming one setting
 * @param set          fields set the same at every point (a shorter run, a smaller audience): path to value
 * @param figures      the key figures to report, default every key figure of a run and the bill where there is one
 */
record SweepFile(@JsonProperty("$schema") String schema, String name, String description, String scenario, Long seed,
                 Long replications, LinkedHashMap<String, List<JsonNode>> grid,
                 LinkedHashMap<String, List<JsonNode>> zip, LinkedHashMap<String, JsonNode> set,
                 List<String> figures) {
}
