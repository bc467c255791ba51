package io.cdnsim.model;

import io.cdnsim.content.RequestSource;

/**
 * A recorded request log to replay through the topology instead of a synthetic workload (I6; one kind of
 * {@link Demand}); its run lasts until the log ends.
 *
 * @param trace   the log as the user named it
 * @param format  its format's name
 * @param opener  opens the log, once per replication
 * @param clients the clients' last mile
 */
public record Replay(String trace, String format, RequestSource.Opener opener, Clients clients) implements Demand {
}
