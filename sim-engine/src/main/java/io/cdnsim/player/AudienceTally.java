package io.cdnsim.player;

import io.cdnsim.content.Ladder;
import io.cdnsim.steering.Measures;

/**
 * Counts the audience at one instant ({@link AudienceCount}), one viewer after another: {@link #clear}, then
 * {@link #add} each viewer, then {@link #count}; each viewer playing or stalled is also counted by region and CDN
 * for the steering service of several CDNs ({@link Measures}). Reads only the first line of each viewer's record
 * (and, through several CDNs, its region).
 */
final class AudienceTally {

    private final ViewerTable table;
    private final Playback playback;
    private final Ladder ladder;
    private final ViewerFactory factory;
    private final Measures measures;
    /** Whether the steering service reads the audience (performance steering). */
    private final boolean steered;
    private long playing;
    private long stalled;
    private long bitrates;

    /**
     * @param table    the viewers' records
     * @param playback their playback
     * @param ladder   the renditions (for the bitrate being played)
     * @param factory  the viewer factory (each edge's CDN)
     * @param measures where the steering service learns the audience by region and CDN
     */
    AudienceTally(ViewerTable table, Playback playback, Ladder ladder, ViewerFactory factory, Measures measures) {
        this.table = table;
        this.playback = playback;
        this.ladder = ladder;
        this.factory = factory;
        this.measures = measures;
        this.steered = factory.steering() != null && factory.steering().readsViewers();
    }

    /** Starts a new count. */
    void clear() {
        playing = 0;
        stalled = 0;
        bitrates = 0;
    }

    /** Counts a viewer as it is at {@code now}, not before its buffer was last brought up to date. */
    void add(int v, long now) {
        int state = playback.stateAt(v, now);
        if (state == Playback.STALLED) {
            stalled++;
        } else if (state == Playback.PLAYING) {
            playing++;
            bitrates += ladder.bitrate(table.rendition(v));
        }
        if (steered && (state == Playback.STALLED || state == Playback.PLAYING)) {
            measures.viewer(table.region(v), factory.cdnOf(table.edge(v)), state == Playback.STALLED,
                    state == Playback.PLAYING ? ladder.bitrate(table.rendition(v)) : 0);
        }
    }

    /** @param watching viewers who have joined and not yet left @return the count */
    AudienceCount count(int watching) {
        return new AudienceCount(watching, playing, stalled, bitrates);
    }
}
