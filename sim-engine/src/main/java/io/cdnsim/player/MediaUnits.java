package io.cdnsim.player;

import io.cdnsim.content.Lineup;
import io.cdnsim.content.LiveChannel;

/**
 * What a player's main chain fetches as media, and how far each download moves it: whole segments, its next index
 * counting segments; or on a low-latency channel ({@link LiveChannel#parts}) parts at the live edge and whole
 * segments behind it, its next index counting parts (a segment moves it P parts). A player is behind the live edge,
 * as hls.js' {@code shouldLoadParts} has it, when the next index starts a segment whose parts the playlist it holds
 * no longer lists (older than the three target durations it lists parts for).
 */
final class MediaUnits {

    private final ViewerTable table;
    /** The low-latency channel watched, or null. */
    private final LiveChannel ll;
    /** Parts in a segment of the low-latency channel, else 1. */
    private final int perSegment;
    private final long segment;
    /** Segments per content key, 0 for content in the clear. */
    private final int segmentsPerKey;

    /**
     * @param table   the viewers' records
     * @param lineup  what they watch
     * @param segment the segment duration, microseconds
     */
    MediaUnits(ViewerTable table, Lineup lineup, long segment) {
        this.table = table;
        this.ll = lowLatency(lineup);
        this.perSegment = ll == null ? 1 : ll.parts().perSegment();
        this.segment = segment;
        this.segmentsPerKey = lineup.segmentsPerKey();
    }

    /** @return the lineup if it is a low-latency live channel, else null */
    static LiveChannel lowLatency(Lineup lineup) {
        return lineup instanceof LiveChannel c && c.parts() != null ? c : null;
    }

    /** @return the low-latency channel watched, or null */
    LiveChannel lowLatency() {
        return ll;
    }

    /** @return the step that fetches the viewer's next media: a segment, or a part at a low-latency live edge */
    int step(int v) {
        if (ll == null) {
            return Players.STEP_SEGMENT;
        }
        long next = table.nextIndex(v);
        boolean behind = next % perSegment == 0 && next + perSegment - 1 <= table.knownLatest(v) - 3L * perSegment;
        return behind ? Players.STEP_SEGMENT : Players.STEP_PART;
    }

    /** @return the duration of the media a step fetches at the viewer's next index, microseconds */
    long duration(int v, int step) {
        return step == Players.STEP_PART ? ll.parts().duration(table.nextIndex(v)) : segment;
    }

    /** @return how far the download of the viewer's current step moves its next index */
    int advance(int v) {
        return table.step(v) == Players.STEP_PART ? 1 : perSegment;
    }

    /** @return the segment the viewer's next index is in */
    long segmentIndex(int v) {
        return table.nextIndex(v) / perSegment;
    }

    /** @return whether the segment of the viewer's next index is encrypted with a key the viewer does not hold */
    boolean needsKey(int v) {
        return segmentsPerKey > 0 && table.keyHeld(v) != keyPeriod(v);
    }

    /** @return the key period of the segment of the viewer's next index (content keys rotate every few segments) */
    long keyPeriod(int v) {
        return Math.floorDiv(segmentIndex(v), segmentsPerKey);
    }

    /**
     * Whether the viewer, once the segment (or part) it is downloading has arrived, will have nothing to do but wait
     * for a playlist that lists more: it is live, the buffer will have room for another segment (it only drains until
     * then), and the playlist it holds lists nothing after this one. If so, the download's end need not be an event
     * of its own ({@code Players.catchUp}), unless a playlist that lists more arrives first.
     *
     * @param v    the viewer
     * @param live whether what it watches is live
     */
    boolean willWaitForPlaylist(int v, boolean live) {
        return live && table.buffer(v) + 2 * segment <= table.maxBuffer(v)
                && table.nextIndex(v) + advance(v) > table.knownLatest(v);
    }
}
