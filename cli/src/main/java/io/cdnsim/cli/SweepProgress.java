package io.cdnsim.cli;

import java.io.PrintStream;
import java.util.Locale;

/**
 * A sweep's one-line progress bar on a terminal's stderr: points done of the total, runs in flight and the time left
 * (from the wall-clock time the runs done so far took). Wall-clock time is shown only and never reaches the results.
 * Silent when stderr is not a terminal.
 */
final class SweepProgress {

    private static final int WIDTH = 30;
    private static final long REDRAW_NANOS = 250_000_000L;

    private final PrintStream err;
    private final int points;
    private final int runs;
    private final long started = System.nanoTime();
    private long lastDraw;
    private boolean drawn;

    private SweepProgress(PrintStream err, int points, int runs) {
        this.err = err;
        this.points = points;
        this.runs = runs;
    }

    /**
     * @param shown  whether to show it at all ({@code --quiet} does not)
     * @param points the points of the sweep
     * @param runs   the runs to make in this invocation
     * @return a bar on stderr if it is shown and a terminal, else one that draws nothing
     */
    static SweepProgress forTerminal(boolean shown, int points, int runs) {
        return new SweepProgress(shown && System.console() != null ? System.err : null, points, runs);
    }

    /**
     * @param pointsDone points finished (with those an earlier run finished)
     * @param runsDone   runs finished in this invocation
     * @param inFlight   runs started and not finished
     */
    void update(int pointsDone, int runsDone, int inFlight) {
        long wall = System.nanoTime();
        if (err == null || (wall - lastDraw < REDRAW_NANOS && runsDone < runs)) {
            return;
        }
        lastDraw = wall;
        drawn = true;
        double elapsed = (wall - started) / 1e9;
        double fraction = points == 0 ? 1 : (double) pointsDone / points;
        int filled = (int) Math.round(fraction * WIDTH);
        String eta = runsDone == 0 ? "?" : clock(elapsed / runsDone * (runs - runsDone));
        err.printf(Locale.ROOT, "\r[%s%s] %d/%d points  %d runs in flight  ETA %s   ", "#".repeat(filled),
                " ".repeat(WIDTH - filled), pointsDone, points, inFlight, eta);
        err.flush();
    }

    /** Clears the bar's line. */
    void clear() {
        if (drawn) {
            err.print("\r" + " ".repeat(90) + "\r");
            err.flush();
        }
    }

    private static String clock(double s) {
        long t = Math.round(s);
        return t >= 3600 ? String.format(Locale.ROOT, "%d:%02d:%02d", t / 3600, t / 60 % 60, t % 60)
                : String.format(Locale.ROOT, "%d:%02d", t / 60, t % 60);
    }
}
