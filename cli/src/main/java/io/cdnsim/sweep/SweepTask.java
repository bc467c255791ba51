package io.cdnsim.sweep;

import java.io.Serializable;

/**
 * One run of a sweep: replication {@code replication} of point {@code point}, carrying the point's scenario as text,
 * so that it runs wherever it is sent (another thread, a Spark executor) from nothing but itself and the files the
 * scenario names.
 *
 * @param point        the point's index
 * @param replication  the replication: it draws the streams of that replication, as every point's does
 * @param scenarioFile where the base scenario is (its relative paths, to topologies and price sheets, resolve there)
 * @param scenarioText the point's scenario
 * @param topologyText the point's topology where it changes topology fields, else null (the file the scenario names)
 */
public record SweepTask(int point, int replication, String scenarioFile, String scenarioText, String topologyText)
        implements Serializable {

    private static final long serialVersionUID = 1L;
}
