package io.cdnsim.report.chart;

import io.cdnsim.player.Session;
import java.util.List;

/**
 * The distribution of the per-session rebuffer ratio (stall time over played + stall time, the {@code rebuffer_ratio}
 * of sessions.csv) over the sessions whose playback started, filled as sessions end. Memory is fixed whatever the
 * number of sessions: one count per class of {@link #CLASSES}. A session's class is found with integer arithmetic on
 * its microseconds, so the counts are exact and the same on every machine.
 */
public final class RebufferDistribution implements Session.Sink {

    /**
     * The classes: the first holds the sessions that never stalled; class {@code c > 0} holds the ratios above the
     * previous class's upper edge and at most its own, {@link #UPPER_PER_MILLE}{@code [c]} / 1000.
     */
    public static final List<String> CLASSES = List.of("0 (none)", "up to 0.2 %", "0.2 - 1 %", "1 - 2 %", "2 - 5 %",
            "5 - 10 %", "10 - 20 %", "above 20 %");

    /** Each class's upper edge in thousandths of the ratio; 0 for the first (exactly 0). */
    static final int[] UPPER_PER_MILLE = {0, 2, 10, 20, 50, 100, 200, 1000};

    private final long[] counts = new long[CLASSES.size()];

    @Override
    public void ended(Session s) {
        if (s.joinFailed() || s.startupTime() < 0) {
            return;
        }
        counts[classOf(s.stallTime(), s.playedTime() + s.stallTime())]++;
    }

    /**
     * @param stall stall time, microseconds
     * @param total played + stall time, microseconds, at least {@code stall}
     * @return the class of the ratio {@code stall / total} (0 when either is 0, as sessions.csv writes it)
     */
    static int classOf(long stall, long total) {
        if (stall == 0 || total == 0) {
            return 0;
        }
        int c = 1;
        while (stall * 1000 > UPPER_PER_MILLE[c] * total) {
            c++;
        }
        return c;
    }

    /** @param c a class, an index of {@link #CLASSES} @return the sessions in it */
    public long count(int c) {
        return counts[c];
    }

    /** @return the sessions counted: those whose playback started */
    public long sessions() {
        long n = 0;
        for (long c : counts) {
            n += c;
        }
        return n;
    }
}
