package io.cdnsim.report;

import java.util.List;
import java.util.Map;

/**
 * What a sweep's reports show of it: its parameters and points, and the runs done so far.
 *
 * @param name         the sweep's name
 * @param description  what it asks
 * @param scenario     the base scenario's file, as named
 * @param seed         the seed of every point
 * @param replications replications of every point
 * @param parameters   the varied parameters' paths, in order
 * @param values       each parameter's values as written, in order
 * @param zipped       whether each parameter is one of the zipped ones (they vary together, as one)
 * @param points       each point's value of each parameter, in point order
 * @param figures      the figures asked for, or empty for every figure the runs report
 */
public record SweepLayout(String name, String description, String scenario, long seed, int replications,
                          List<String> parameters, List<List<String>> values, List<Boolean> zipped,
                          List<List<String>> points,
                          List<String> figures) {

    /**
     * A point's finished runs.
     *
     * @param point        the point's index
     * @param replications each replication's figures by name, in replication order
     */
    public record Runs(int point, List<Map<String, Double>> replications) {
    }
}
