package io.cdnsim.player;

import io.cdnsim.content.Ladder;

/**
 * The viewers' playback: the buffer, and each player's machine of states, starting, playing, stalled, done.
 *
 * <p>Playback starts when {@code startupBuffer} of media is buffered; the buffer drains in real time while playing;
 * an empty buffer stalls playback until {@code startupBuffer} is buffered again ({@link #resume}). The buffer is
 * accounted lazily: {@link #advance} brings it up to a time, and a stall that began since is dated exactly (when the
 * buffer ran dry).
 */
final class Playback {

    /** Joined; playback has not started. */
    static final int STARTING = 0;
    /** Playing: the buffer drains. */
    static final int PLAYING = 1;
    /** Stalled: the buffer ran dry. */
    static final int STALLED = 2;
    /** Left. */
    static final int DONE = 3;

    private final ViewerTable table;
    private final Ladder ladder;
    private final long segment;
    private final long startupBuffer;
    private final LiveLatency latency;
    /** Whether media arrives in units of other durations than a segment (parts), counted in {@link #latency}. */
    private final boolean parts;

    /**
     * @param table         the viewers' records
     * @param ladder        the renditions (for the bitrate played)
     * @param segment       the segment duration, microseconds
     * @param startupBuffer media buffered before playback starts or resumes, microseconds
     * @param latency       the viewers' live latency (told of stalls, and of media time with parts)
     * @param parts         whether media also arrives as parts of a segment
     */
    Playback(ViewerTable table, Ladder ladder, long segment, long startupBuffer, LiveLatency latency, boolean parts) {
        this.latency = latency;
        this.parts = parts;
        this.table = table;
        this.ladder = ladder;
        this.segment = segment;
        this.startupBuffer = startupBuffer;
    }

    /** A viewer joins at {@code now}: nothing buffered, playback not started. */
    void start(int v, long now) {
        table.setBufferAt(v, now);
        table.setPlayStart(v, -1);
        table.setState(v, STARTING);
    }

    /** Brings a viewer's buffer up to a time not before the last one it was brought to. */
    void advance(int v, long now) {
        if (table.state(v) == PLAYING) {
            long elapsed = now - table.bufferAt(v);
            if (elapsed > table.buffer(v)) {
                table.setPlayedTime(v, table.playedTime(v) + (table.buffer(v)));
                table.setStallStart(v, table.bufferAt(v) + table.buffer(v));
                table.setBuffer(v, 0);
                table.setState(v, STALLED);
                table.setStalls(v, table.stalls(v) + 1);
            } else {
                table.setBuffer(v, table.buffer(v) - (elapsed));
                table.setPlayedTime(v, table.playedTime(v) + (elapsed));
            }
        }
        table.setBufferAt(v, now);
    }

    /** A segment of the viewer's rendition arrived at {@code now}: it joins the buffer; playback may start or resume. */
    void addSegment(int v, long now) {
        addMedia(v, now, segment);
    }

    /**
     * A segment or part of {@code duration} of the viewer's rendition arrived at {@code now}: it joins the buffer;
     * playback may start or resume.
     */
    void addMedia(int v, long now, long duration) {
        table.setBuffer(v, table.buffer(v) + (duration));
        table.setSegments(v, table.segments(v) + 1);
        table.setBitrateTime(v, table.bitrateTime(v) + (ladder.bitrate(table.rendition(v)) * (double) duration));
        if (parts) {
            latency.addMedia(v, duration);
        }
        table.setArrival(v, now, table.buffer(v));
        if (table.buffer(v) >= startupBuffer) {
            resume(v, now);
        }
    }

    /**
     * Playback starts, or resumes after a stall, at {@code now}: the startup time or the stall's length is counted.
     * Nothing happens to a viewer that is playing or has left.
     */
    void resume(int v, long now) {
        int state = table.state(v);
        if (state == STARTING) {
            table.setState(v, PLAYING);
            table.setPlayStart(v, now);
        } else if (state == STALLED) {
            table.setState(v, PLAYING);
            endStall(v, now);
        }
    }

    /** The viewer leaves at {@code now}, its buffer brought up to then: a stall it was in ends. */
    void stop(int v, long now) {
        if (table.state(v) == STALLED) {
            endStall(v, now);
        }
        table.setState(v, DONE);
    }

    private void endStall(int v, long now) {
        latency.stallEnded(v, now - table.stallStart(v), table.playedTime(v));
        table.setStallTime(v, table.stallTime(v) + (now - table.stallStart(v)));
    }

    /**
     * @param v   a viewer
     * @param now a time not before its buffer was last brought up to date
     * @return its state then: {@link #STALLED} also if it is playing but its buffer has run dry by then
     */
    int stateAt(int v, long now) {
        int state = table.state(v);
        return state == PLAYING && now - table.bufferAt(v) > table.buffer(v) ? STALLED : state;
    }

    /** @return whether the viewer has left */
    boolean done(int v) {
        return table.state(v) == DONE;
    }

    /** @return from joining to the first frame, microseconds, or -1 if playback never started */
    long startupTime(int v) {
        return table.playStart(v) < 0 ? -1 : table.playStart(v) - table.joinedAt(v);
    }

    /** @return the average bitrate of the segments (and parts) downloaded, weighted by duration, bit/s (0 without any) */
    double averageBitrate(int v) {
        if (parts) {
            long media = latency.mediaTime(v);
            return media == 0 ? 0 : table.bitrateTime(v) / media;
        }
        int segments = (int) table.segments(v);
        return segments == 0 ? 0 : table.bitrateTime(v) / (segments * (double) segment);
    }
}
