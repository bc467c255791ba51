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
 */
public record ClientStats(long issued, long requests, long errors, long bytes, Histogram timeToFirstByte, Histogram downloadTime) {
}
