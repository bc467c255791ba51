package io.cdnsim.cli;

import io.cdnsim.kernel.Micros;
import io.cdnsim.run.Progress;
import java.io.PrintStream;
import java.util.Locale;

/**
 * A one-line progress bar on a terminal's stderr (I3): simulated time, percent, events per second and the time left
 * (for a replay, whose end is not known until the log ends, simulated time and events per second).
 * It redraws at most four times a second of wall-clock time; wall-clock time is used for display only and never
 * reaches the results. Silent when stderr is not a terminal.
 */
final class ProgressBar implements Progress {

    /** Nanoseconds of wall-clock time in a second. */
    private static final double NANOS_PER_SECOND = 1e9;
    private static final long REDRAW_NANOS = 250_000_000L;
    private static final int WIDTH = 30;

    private final PrintStream err;
    private final long started = System.nanoTime();
    private long lastDraw;
    private boolean drawn;

    private ProgressBar(PrintStream err) {
        this.err = err;
    }

    /** @return a bar on stderr if it is a terminal, else a progress that shows nothing */
    static Progress forTerminal() {
        return System.console() != null ? new ProgressBar(System.err) : Progress.NONE;
    }

    @Override
    public void update(long now, long end, long events) {
        long wall = System.nanoTime();
        if (wall - lastDraw < REDRAW_NANOS) {
            return;
        }
        lastDraw = wall;
        drawn = true;
        double elapsed = (wall - started) / NANOS_PER_SECOND;
        if (end == Long.MAX_VALUE) {
            err.printf(Locale.ROOT, "\rreplaying: simulated %s of the trace  %,.0f events/s   ", seconds(Micros.toSeconds(now)),
                    events / Math.max(elapsed, 1e-3));
            err.flush();
            return;
        }
        double fraction = Math.min(1, (double) now / end);
        int filled = (int) Math.round(fraction * WIDTH);
        String eta = fraction > 0.01 ? seconds(elapsed / fraction - elapsed) : "?";
        err.printf(Locale.ROOT, "\r[%s%s] %5.1f %%  simulated %s of %s  %,.0f events/s  ETA %s   ",
                "#".repeat(filled), " ".repeat(WIDTH - filled), fraction * 100, seconds(Micros.toSeconds(now)),
                seconds(Micros.toSeconds(end)), events / Math.max(elapsed, 1e-3), eta);
        err.flush();
    }

    /** Clears the bar's line. */
    void clear() {
        if (drawn) {
            err.print("\r" + " ".repeat(110) + "\r");
            err.flush();
        }
    }

    static void clear(Progress p) {
        if (p instanceof ProgressBar bar) {
            bar.clear();
        }
    }

    private static String seconds(double s) {
        long t = Math.round(s);
        return t >= 3600 ? String.format(Locale.ROOT, "%d:%02d:%02d", t / 3600, t / 60 % 60, t % 60)
                : String.format(Locale.ROOT, "%d:%02d", t / 60, t % 60);
    }
}
