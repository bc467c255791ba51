package io.cdnsim.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.cdnsim.kernel.EventLoop;
import io.cdnsim.metrics.TimeSeries;
import io.cdnsim.player.Session;
import org.junit.jupiter.api.Test;

class RunOptionsTest {

    // Each wither changes its own option and keeps the others.
    @Test
    void withersChangeOneOptionEach() {
        TimeSeries.Sink series = (second, row) -> { };
        Session.Sink sessions = s -> { };
        Progress progress = (now, end, events) -> { };
        EventLoop loop = new EventLoop();
        RunOptions o = RunOptions.defaults().withSeries(series).withSessions(sessions).withProgress(progress)
                .withThreads(3).withLoop(loop);
        assertSame(series, o.series());
        assertSame(sessions, o.sessions());
        assertSame(progress, o.progress());
        assertEquals(3, o.threads());
        assertSame(loop, o.loop());
        assertEquals(1, RunOptions.defaults().threads());
        assertSame(TimeSeries.Sink.NONE, RunOptions.defaults().series());
    }

    @Test
    void fewerThanOneThreadIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> RunOptions.defaults().withThreads(0));
    }

    // A loop that has run already cannot run a replication.
    @Test
    void aUsedLoopIsRefused() {
        EventLoop used = new EventLoop();
        used.schedule(1, used.register((kind, arg) -> { }), 0, 0);
        assertThrows(IllegalArgumentException.class,
                () -> Simulation.run(null, 0, RunOptions.defaults().withLoop(used)));
    }
}
