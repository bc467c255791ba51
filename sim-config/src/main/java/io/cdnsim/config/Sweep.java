package io.cdnsim.config;

import java.nio.file.Path;
import java.util.List;

/**
 * A checked sweep: the points of its grid, each with the scenario text it runs, and how many replications.
 *
 * @param name         the sweep's name
 * @param description  what it asks
 * @param file         the sweep file, as the user named it
 * @param scenarioFile the base scenario's file (the points' relative paths resolve from there)
 * @param seed         the seed of every point: replication r of every point draws the same streams
 * @param replications replications of every point
 * @param parameters   the varied parameters, in the order of the grid (then the zipped ones)
 * @param points       every point, in order: the first parameter varies slowest
 * @param figures      the key figures asked for, or empty for all of them
 */
public record Sweep(String name, String description, Path file, Path scenarioFile, long seed, int replications,
                    List<Parameter> parameters, List<Point> points, List<String> figures) {

    /**
     * A varied parameter.
     *
     * @param path   its path in the scenario ({@code audience.viewers}, {@code topology.tiers[edge].cache.capacity})
     * @param values its values, as written in the sweep file (lists as JSON)
     * @param zipped whether it is one of the zipped parameters
     */
    public record Parameter(String path, List<String> values, boolean zipped) {
    }

    /**
     * One point of the grid.
     *
     * @param index        its place in the sweep, from 0
     * @param values       its value of each parameter, as written
     * @param scenarioText the scenario it runs (the base scenario with the point's values, its seed and replications)
     * @param topologyText the topology it runs, where the point changes topology fields, else null (the file)
     */
    public record Point(int index, List<String> values, String scenarioText, String topologyText) {
    }
}
