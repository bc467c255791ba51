package io.cdnsim.player;

import io.cdnsim.content.Ladder;
import io.cdnsim.kernel.EventLoop;
import io.cdnsim.kernel.Micros;

/** What the ABR rule sees of one player ({@link AbrView}): read from the record of the viewer it is positioned on. */
final class PlayerView implements AbrView {

    private final EventLoop loop;
    private final ViewerTable table;
    private final ThroughputEstimate estimate;
    private final DownloadEnds ends;
    private final Ladder ladder;
    private final long segment;
    private int v;
    /** The pause the rule asked for in the current call, microseconds; 0 if none. */
    private long pause;

    /**
     * @param loop     the event loop (the time now)
     * @param table    the viewers' records
     * @param estimate their throughput estimates
     * @param ends     their downloads' ends (the last segment's download time)
     * @param ladder   the renditions
     * @param segment  the segment duration, microseconds
     */
    PlayerView(EventLoop loop, ViewerTable table, ThroughputEstimate estimate, DownloadEnds ends, Ladder ladder,
               long segment) {
        this.loop = loop;
        this.table = table;
        this.estimate = estimate;
        this.ends = ends;
        this.ladder = ladder;
        this.segment = segment;
    }

    /** @param viewer the viewer whose player the view shows from now on @return this view */
    PlayerView of(int viewer) {
        this.v = viewer;
        this.pause = 0;
        return this;
    }

    @Override
    public int renditions() {
        return ladder.size();
    }

    @Override
    public long bitrate(int r) {
        return ladder.bitrate(r);
    }

    @Override
    public int maxRendition() {
        return table.maxRendition(v);
    }

    @Override
    public int current() {
        return table.rendition(v);
    }

    @Override
    public double bufferSeconds() {
        return Micros.toSeconds(table.buffer(v));
    }

    @Override
    public double maxBufferSeconds() {
        return Micros.toSeconds(table.maxBuffer(v));
    }

    @Override
    public double segmentSeconds() {
        return Micros.toSeconds(segment);
    }

    @Override
    public double throughputBps() {
        return estimate.estimate(v);
    }

    @Override
    public long segmentsDownloaded() {
        return table.segments(v);
    }

    @Override
    public double idleSeconds() {
        return table.segments(v) == 0 ? 0 : Micros.toSeconds(loop.now() - table.arrivedAt(v));
    }

    @Override
    public double arrivalBufferSeconds() {
        return Micros.toSeconds(table.arrivalBuffer(v));
    }

    @Override
    public double lastDownloadSeconds() {
        return table.segments(v) == 0 ? 0 : ends.requestSeconds(v);
    }

    @Override
    public double placeholderSeconds() {
        return table.placeholder(v);
    }

    @Override
    public void setPlaceholderSeconds(double seconds) {
        table.setPlaceholder(v, seconds);
    }

    @Override
    public void pause(double seconds) {
        pause = Math.round(seconds * Micros.PER_SECOND);
    }

    /**
     * @param abr    the players' ABR rule
     * @param viewer a viewer
     * @return the rendition the rule picks for the viewer's next segment, within the ladder and the device's cap (the
     *         view is left positioned on the viewer, with any pause the rule asked for)
     */
    int choose(AbrRule abr, int viewer) {
        int r = abr.choose(of(viewer));
        return Math.max(0, Math.min(r, table.maxRendition(viewer)));
    }

    /** @return the pause the rule asked for since the view was positioned, microseconds; 0 if none */
    long pauseMicros() {
        return pause;
    }

    @Override
    public int memory() {
        return table.abrMemory(v);
    }

    @Override
    public void setMemory(int value) {
        table.setAbrMemory(v, value);
    }
}
