package io.cdnsim.run;

import io.cdnsim.bandwidth.LinkPlan;
import io.cdnsim.kernel.EventLoop;
import io.cdnsim.metrics.TimeSeries;
import io.cdnsim.metrics.WarmUp;
import io.cdnsim.player.AudienceCount;
import io.cdnsim.player.Viewers;
import io.cdnsim.steering.Measures;
import io.cdnsim.steering.Steering;
import java.util.List;

/**
 * The viewers' own time-series columns ({@link Simulation#LIVE_COLUMNS}): watching, playing, stalled, average
 * bitrate being played in kbit/s; the bits each link with a capacity carried; and the viewer-seconds played after the
 * warm-up, for the bill's $/viewer-hour. Filled as each second closes, on one loop or from the totals of a partitioned
 * run; through several CDNs, the steering service then learns the second's measures ({@link Steering#observe}).
 */
final class ViewerColumns {

    /** Bits per second in a kbit/s. */
    private static final long BPS_PER_KBPS = 1000;

    /** Columns of the viewers before the links' columns. */
    private static final int LIVE = Simulation.LIVE_COLUMNS.size();

    private ViewerColumns() {
    }

    /**
     * Fills the columns of the links that have a capacity: the bits each carried in the second that closed, from the
     * partition that holds it (the others carried none over it).
     */
    private static void links(List<Viewers> parts, long[] row, int offset) {
        LinkPlan plan = parts.get(0).downloads().plan();
        int column = offset;
        for (int l = 0; l < plan.count(); l++) {
            if (plan.limited(l)) {
                double bits = 0;
                for (Viewers v : parts) {
                    bits += v.downloads().lastSecondBits(l);
                }
                row[column++] = Math.round(bits);
            }
        }
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
        Steering steering = viewers.factory().steering();
        timeSeries.setExtra((row, offset) -> {
            AudienceCount count = viewers.count();
            links(List.of(viewers), row, offset + LIVE);
            if (steering != null) {
                steering.observe(viewers.measures(), loop.now());
                viewers.measures().clear();
            }
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
    static void ofPartitions(PartitionedRun run, List<Viewers> viewers, TimeSeries timeSeries, WarmUp warmUp,
                             long[] viewerSeconds) {
        Steering steering = viewers.get(0).factory().steering();
        Measures second = new Measures(viewers.get(0).factory().regionNames().size(),
                viewers.get(0).factory().cdnCount());
        timeSeries.setExtra((row, offset) -> {
            long[] t = run.viewerTotals();
            links(viewers, row, offset + LIVE);
            if (steering != null) {
                second.clear();
                for (Viewers v : viewers) {
                    second.add(v.measures());
                    v.measures().clear();
                }
                steering.observe(second, run.lastTick());
            }
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
