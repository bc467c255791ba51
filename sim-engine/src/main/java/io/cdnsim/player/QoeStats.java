package io.cdnsim.player;

import io.cdnsim.kernel.Micros;
import org.HdrHistogram.Histogram;

/**
 * The viewers' experience (V6) over a group of sessions: startup times, join failures, rebuffering, bitrate,
 * switches and, live, the latency. Sessions are added as they end; memory is fixed.
 */
public final class QoeStats {

    /**
     * The longest startup time the histogram tells apart: a viewer gives up after its patience, which the scenario
     * reader keeps within an hour, so none is cut.
     */
    private static final long MAX_MICROS = Micros.HOUR;

    private long sessions;
    private long joinFailures;
    private long stallTime;
    private long stalls;
    private long playedTime;
    private double bitrateTime;
    private long switches;
    private long errors;
    private long sessionsWithStalls;
    private final Histogram startup = new Histogram(MAX_MICROS, 3);
    /** Live latency of the sessions that played something of a live channel (the longest told apart: an hour). */
    private final Histogram liveLatency = new Histogram(MAX_MICROS, 3);

    /** @param s a session that ended */
    public void add(Session s) {
        sessions++;
        if (s.joinFailed()) {
            joinFailures++;
        } else if (s.startupTime() >= 0) {
            startup.recordValue(Math.min(s.startupTime(), MAX_MICROS));
        }
        stallTime += s.stallTime();
        stalls += s.stalls();
        if (s.stalls() > 0) {
            sessionsWithStalls++;
        }
        playedTime += s.playedTime();
        bitrateTime += s.averageBitrate() * s.playedTime();
        switches += s.switches();
        errors += s.errors();
        if (s.liveLatency() >= 0) {
            liveLatency.recordValue(Math.min(s.liveLatency(), MAX_MICROS));
        }
    }

    /** @param other another group, added to this one */
    public void add(QoeStats other) {
        sessions += other.sessions;
        joinFailures += other.joinFailures;
        stallTime += other.stallTime;
        stalls += other.stalls;
        sessionsWithStalls += other.sessionsWithStalls;
        playedTime += other.playedTime;
        bitrateTime += other.bitrateTime;
        switches += other.switches;
        errors += other.errors;
        startup.add(other.startup);
        liveLatency.add(other.liveLatency);
    }

    /** @return sessions */
    public long sessions() {
        return sessions;
    }

    /** @return sessions whose playback never started within the viewer's patience */
    public long joinFailures() {
        return joinFailures;
    }

    /** @return join failures over sessions, NaN with none */
    public double joinFailureRate() {
        return sessions == 0 ? Double.NaN : (double) joinFailures / sessions;
    }

    /** @return startup times of the sessions that started, microseconds */
    public Histogram startup() {
        return startup;
    }

    /**
     * @return each live session's glass-to-glass latency averaged over its played time, microseconds (empty for an
     *         on-demand run)
     */
    public Histogram liveLatency() {
        return liveLatency;
    }

    /** @return total stall time over total (played + stall) time, NaN with neither */
    public double rebufferRatio() {
        long total = playedTime + stallTime;
        return total == 0 ? Double.NaN : (double) stallTime / total;
    }

    /** @return rebuffering events */
    public long stalls() {
        return stalls;
    }

    /** @return sessions that rebuffered at least once */
    public long sessionsWithStalls() {
        return sessionsWithStalls;
    }

    /** @return mean bitrate weighted by played time, bit/s, NaN if nothing was played */
    public double averageBitrate() {
        return playedTime == 0 ? Double.NaN : bitrateTime / playedTime;
    }

    /** @return rendition switches */
    public long switches() {
        return switches;
    }

    /** @return played media time, microseconds */
    public long playedTime() {
        return playedTime;
    }

    /** @return stall time, microseconds */
    public long stallTime() {
        return stallTime;
    }

    /** @return errors the players received */
    public long errors() {
        return errors;
    }
}
