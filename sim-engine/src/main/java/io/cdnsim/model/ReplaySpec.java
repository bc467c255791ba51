package io.cdnsim.model;

import io.cdnsim.workload.RequestSource;

/**
 * A recorded request log to replay through the topology instead of a synthetic workload (I6).
 *
 * @param trace  the log as the user named it
 * @param format its format's name
 * @param opener opens the log, once per replication
 */
public record ReplaySpec(String trace, String format, RequestSource.Opener opener) {
}
