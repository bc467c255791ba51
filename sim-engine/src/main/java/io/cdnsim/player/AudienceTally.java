package io.cdnsim.player;

import io.cdnsim.content.Ladder;

/**
 * Counts the audience at one instant ({@link AudienceCount}), one viewer after another: {@link #clear}, then
 * {@link #add} each viewer, then {@link #count}. Reads only the first line of each viewer's record.
 */
final class AudienceTally {

    private final ViewerTable table;
    private final Playback playback;
    private final Ladder ladder;
    private long playing;
    private long stalled;
    private long bitrates;

    /**
     * @param table    the viewers' records
     * @param playback their playback
     * @param ladder   the renditions (for the bitrate being played)
     */
    AudienceTally(ViewerTable table, Playback playback, Ladder ladder) {
        this.table = table;
        this.playback = playback;
        this.ladder = ladder;
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
    }

    /** @param watching viewers who have joined and not yet left @return the count */
    AudienceCount count(int watching) {
        return new AudienceCount(watching, playing, stalled, bitrates);
    }
}
