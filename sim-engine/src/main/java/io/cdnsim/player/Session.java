package io.cdnsim.player;

/**
 * One viewer's session as it ended (a row of sessions.csv).
 *
 * @param viewer         viewer number, in joining order
 * @param region         region
 * @param device         device class
 * @param edge           edge node id
 * @param joinedAt       join time, microseconds
 * @param endedAt        end time, microseconds
 * @param startupTime    join to first frame, microseconds; -1 if playback never started
 * @param joinFailed     playback did not start within the viewer's patience (the viewer gave up)
 * @param stallTime      time spent rebuffering, microseconds
 * @param stalls         rebuffering events
 * @param playedTime     media time played, microseconds
 * @param averageBitrate mean bitrate of the segments downloaded, weighted by duration, bit/s
 * @param switches       rendition changes
 * @param segments       segments downloaded
 * @param errors         errors received (each retried)
 * @param movedAt        through several CDNs, when its requests first went to another CDN than the one it joined
 *                       (content steering, or a failure's DNS failover), microseconds; {@link #NOT_MOVED} if never
 * @param liveLatency    of a live channel's viewer, its glass-to-glass latency averaged over its played time
 *                       (capture to display), microseconds; -1 if it played nothing or the programme is not live
 */
public record Session(int viewer, String region, String device, String edge, long joinedAt, long endedAt,
                      long startupTime, boolean joinFailed, long stallTime, int stalls, long playedTime,
                      double averageBitrate, int switches, int segments, int errors, long movedAt, long liveLatency) {

    /** A session without a live latency. */
    public Session(int viewer, String region, String device, String edge, long joinedAt, long endedAt,
                   long startupTime, boolean joinFailed, long stallTime, int stalls, long playedTime,
                   double averageBitrate, int switches, int segments, int errors, long movedAt) {
        this(viewer, region, device, edge, joinedAt, endedAt, startupTime, joinFailed, stallTime, stalls, playedTime,
                averageBitrate, switches, segments, errors, movedAt, -1);
    }

    /** The {@link #movedAt} of a session that stayed on the CDN it joined. */
    public static final long NOT_MOVED = -1;

    /** A session that stayed on the CDN it joined. */
    public Session(int viewer, String region, String device, String edge, long joinedAt, long endedAt,
                   long startupTime, boolean joinFailed, long stallTime, int stalls, long playedTime,
                   double averageBitrate, int switches, int segments, int errors) {
        this(viewer, region, device, edge, joinedAt, endedAt, startupTime, joinFailed, stallTime, stalls, playedTime,
                averageBitrate, switches, segments, errors, NOT_MOVED);
    }

    /** Receives each session as it ends. */
    @FunctionalInterface
    public interface Sink {
        /** @param session a session that ended */
        void ended(Session session);

        /** A sink that keeps nothing. */
        Sink NONE = s -> { };
    }

    /** @return stall time over (played time + stall time), 0 if nothing was played */
    public double rebufferRatio() {
        long total = playedTime + stallTime;
        return total == 0 ? 0 : (double) stallTime / total;
    }
}
