package io.cdnsim.run;

import io.cdnsim.kernel.EventLoop;
import io.cdnsim.metrics.TimeSeries;
import io.cdnsim.metrics.WarmUp;
import io.cdnsim.player.AudienceCount;
import io.cdnsim.player.Viewers;

/**
 * The viewers' own time-series columns ({@link Simulation#LIVE_COLUMNS}): watching, playing, stalled, average
 * bitrate being played in kbit/s; and the viewer-seconds played after the warm-up, for the bill's $/viewer-hour.
 * Filled as each second closes, on one loop or from the totals of a partitioned run.
 */
final class ViewerColumns {

    /** Bits per second in a kbit/s. */
    private static final long BPS_PER_KBPS = 1000;

    private ViewerColumns() {
    }

    /**
     * @param viewers       the run's viewers
     * @param timeSeries    the run's time series
     * @param loop          the run's loop (its time is the end of the second being closed)
     * @param warmUp        the warm-up rule
     * @param viewerSeconds {@code viewerSeconds[0]} adds the viewers playing at each second after the warm-up
     */
    static void ofOneLoop(Viewers viewers, TimeSeries timeSeries, EventLoop loop, WarmUp warmUp,
                          long[] viewerSeconds) {
        timeSeries.setExtra((row, offset) -> {
            AudienceCount count = viewers.count();
            if (warmUp.countsSecondEndingAt(loop.now())) {
                viewerSeconds[0] += count.playing();
            }
            row[offset] = count.watching();
            row[offset + 1] = count.playing();
            row[offset + 2] = count.stalled();
            row[offset + 3] = count.playing() == 0 ? 0 : count.bitrates() / count.playing() / BPS_PER_KBPS;
        });
    }

    /**
     * @param run           the partitioned run (its totals are those of the second being closed)
     * @param timeSeries    the run's time series
     * @param warmUp        the warm-up rule
     * @param viewerSeconds {@code viewerSeconds[0]} adds the viewers playing at each second after the warm-up
     */
    static void ofPartitions(PartitionedRun run, TimeSeries timeSeries, WarmUp warmUp, long[] viewerSeconds) {
        timeSeries.setExtra((row, offset) -> {
            long[] t = run.viewerTotals();
            if (warmUp.countsSecondEndingAt(run.lastTick())) {
                viewerSeconds[0] += t[1];
            }
            row[offset] = t[0];
            row[offset + 1] = t[1];
            row[offset + 2] = t[2];
            row[offset + 3] = t[1] == 0 ? 0 : t[3] / t[1] / BPS_PER_KBPS;
        });
    }
}
