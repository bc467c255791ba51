package io.cdnsim.model;

import io.cdnsim.content.RequestSource;
import io.cdnsim.kernel.Micros;

/**
 * A recorded request log to replay through the topology instead of a synthetic workload (I6; one kind of
 * {@link Demand}); its run lasts until the log ends, to the end of the second of its last request
 * ({@link #duration(long)}).
 *
 * @param trace   the log as the user named it
 * @param format  its format's name
 * @param opener  opens the log, once per replication
 * @param clients the clients' last mile
 */
public record Replay(String trace, String format, RequestSource.Opener opener, Clients clients) implements Demand {

    /**
     * @param lastTime the time of a log's last request, microseconds since its first
     * @return how long a replay of that log runs: from its first request to the end of the second of its last
     */
    public static long duration(long lastTime) {
        return (lastTime / Micros.SECOND + 1) * Micros.SECOND;
    }
}
