package io.cdnsim.player;

import io.cdnsim.content.Ladder;
import io.cdnsim.kernel.Micros;

/** What the ABR rule sees of one player ({@link AbrView}): read from the record of the viewer it is positioned on. */
final class PlayerView implements AbrView {

    private final ViewerTable table;
    private final ThroughputEstimate estimate;
    private final Ladder ladder;
    private final long segment;
    private int v;

    /**
     * @param table    the viewers' records
     * @param estimate their throughput estimates
     * @param ladder   the renditions
     * @param segment  the segment duration, microseconds
     */
    PlayerView(ViewerTable table, ThroughputEstimate estimate, Ladder ladder, long segment) {
        this.table = table;
        this.estimate = estimate;
        this.ladder = ladder;
        this.segment = segment;
    }

    /** @param viewer the viewer whose player the view shows from now on @return this view */
    PlayerView of(int viewer) {
        this.v = viewer;
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
    public int memory() {
        return table.abrMemory(v);
    }

    @Override
    public void setMemory(int value) {
        table.setAbrMemory(v, value);
    }
}
