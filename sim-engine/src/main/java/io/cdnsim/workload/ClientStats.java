package io.cdnsim.workload;

import org.HdrHistogram.Histogram;

/**
 * What the viewers measured after the warm-up.
 *
 * @param issued          requests issued during the whole run, warm-up included
 * @param requests        requests answered (after the warm-up)
 * @param errors          of which answered with an error
 * @param bytes           bytes received
 * @param timeToFirstByte time to first byte, microseconds (last-mile RTT included)
 * @param downloadTime    time to the last byte, microseconds
 * @param located         of the issued requests, those a replay sent to the edge node claiming their logged location
 */
public record ClientStats(long issued, long requests, long errors, long bytes, Histogram timeToFirstByte,
                          Histogram downloadTime, long located) {

    /**
     * Measurements of requests none of which was routed by location.
     *
     * @param issued          requests issued during the whole run, warm-up included
     * @param requests        requests answered (after the warm-up)
     * @param errors          of which answered with an error
     * @param bytes           bytes received
     * @param timeToFirstByte time to first byte, microseconds (last-mile RTT included)
     * @param downloadTime    time to the last byte, microseconds
     */
    public ClientStats(long issued, long requests, long errors, long bytes, Histogram timeToFirstByte,
                       Histogram downloadTime) {
        this(issued, requests, errors, bytes, timeToFirstByte, downloadTime, 0);
    }
}
