package io.cdnsim.player;

import static io.cdnsim.player.LiveFixture.S;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.cdnsim.content.Ladder;
import org.junit.jupiter.api.Test;

/** The buffer and the start, play, stall machine, on one viewer with 2 s segments and a 4 s startup buffer. */
class PlaybackTest {

    private final ViewerTable table = new ViewerTable(1);
    private final Playback playback = new Playback(table, Ladder.HD, 2 * S, 4 * S, new LiveLatency(8), false);

    private void join(long at) {
        table.admit(0, 0, new ViewerFactory.Viewer(0, 0, 0, 30 * S, 0, 3600 * S, 10 * S, 1e7, 0, 0), 0, 0, at);
        table.setRendition(0, 0);
        playback.start(0, at);
    }

    /** A segment arrives: as a player does, the buffer is first brought up to then. */
    private void arrives(long at) {
        playback.advance(0, at);
        playback.addSegment(0, at);
    }

    @Test
    void startsWithTheStartupBufferStallsWhenDryAndResumes() {
        join(S);
        arrives(2 * S);
        assertEquals(Playback.STARTING, table.state(0), "2 s buffered, 4 s needed");
        arrives(3 * S);
        assertEquals(Playback.PLAYING, table.state(0));
        assertEquals(2 * S, playback.startupTime(0), "joined at 1 s, playing at 3 s");

        assertEquals(Playback.PLAYING, playback.stateAt(0, 7 * S), "4 s buffered at 3 s last until 7 s");
        assertEquals(Playback.STALLED, playback.stateAt(0, 7 * S + 1));
        playback.advance(0, 10 * S);
        assertEquals(Playback.STALLED, table.state(0));
        assertEquals(4 * S, table.playedTime(0));
        assertEquals(1, table.stalls(0));

        arrives(11 * S);
        assertEquals(Playback.STALLED, table.state(0), "2 s buffered, 4 s needed to resume");
        arrives(12 * S);
        assertEquals(Playback.PLAYING, table.state(0));
        assertEquals(5 * S, table.stallTime(0), "dry at 7 s, playing again at 12 s");
        assertEquals(Ladder.HD.bitrate(0), playback.averageBitrate(0), 1e-9);
    }

    @Test
    void aStallEndsWhenTheViewerLeavesAndResumingAfterwardsDoesNothing() {
        join(0);
        playback.addSegment(0, 0);
        playback.addSegment(0, 0);
        playback.advance(0, 6 * S);
        playback.stop(0, 9 * S);
        assertEquals(Playback.DONE, table.state(0));
        assertEquals(5 * S, table.stallTime(0), "dry at 4 s, left at 9 s");
        playback.resume(0, 10 * S);
        assertEquals(Playback.DONE, table.state(0));
        assertEquals(5 * S, table.stallTime(0));
    }

    @Test
    void resumingWithLessThanTheStartupBufferStartsPlaybackAnyway() {
        join(0);
        playback.addSegment(0, S);
        playback.resume(0, 2 * S);
        assertEquals(Playback.PLAYING, table.state(0), "an on-demand title's last segment: nothing more to wait for");
        assertEquals(2 * S, playback.startupTime(0));
    }
}
