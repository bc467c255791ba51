package io.cdnsim.player;

/** A mutable AbrView for rule tests: one player whose every field the test sets directly. */
final class TestView implements AbrView {

    /** The HD ladder of io.cdnsim.content.Ladder.HD, bit/s: 0.4 / 0.8 / 1.5 / 3 / 6 Mbit/s. */
    static final long[] HD = {400_000, 800_000, 1_500_000, 3_000_000, 6_000_000};

    long[] bitrates;
    int maxRendition;
    int current = -1;
    double bufferSeconds;
    double maxBufferSeconds = 30;
    double segmentSeconds = 4;
    double throughputBps = Double.NaN;
    int memory;
    long segmentsDownloaded;
    double idleSeconds;
    double arrivalBufferSeconds;
    double lastDownloadSeconds;
    double placeholderSeconds;
    /** The last pause the rule asked for, seconds; 0 if none. */
    double pauseSeconds;

    TestView(long... bitrates) {
        this.bitrates = bitrates;
        this.maxRendition = bitrates.length - 1;
    }

    static TestView hd() {
        return new TestView(HD);
    }

    TestView buffer(double seconds) {
        bufferSeconds = seconds;
        return this;
    }

    TestView throughput(double bps) {
        throughputBps = bps;
        return this;
    }

    @Override
    public int renditions() {
        return bitrates.length;
    }

    @Override
    public long bitrate(int rendition) {
        return bitrates[rendition];
    }

    @Override
    public int maxRendition() {
        return maxRendition;
    }

    @Override
    public int current() {
        return current;
    }

    @Override
    public double bufferSeconds() {
        return bufferSeconds;
    }

    @Override
    public double maxBufferSeconds() {
        return maxBufferSeconds;
    }

    @Override
    public double segmentSeconds() {
        return segmentSeconds;
    }

    @Override
    public double throughputBps() {
        return throughputBps;
    }

    @Override
    public long segmentsDownloaded() {
        return segmentsDownloaded;
    }

    @Override
    public double idleSeconds() {
        return idleSeconds;
    }

    @Override
    public double arrivalBufferSeconds() {
        return arrivalBufferSeconds;
    }

    @Override
    public double lastDownloadSeconds() {
        return lastDownloadSeconds;
    }

    @Override
    public double placeholderSeconds() {
        return placeholderSeconds;
    }

    @Override
    public void setPlaceholderSeconds(double seconds) {
        placeholderSeconds = seconds;
    }

    @Override
    public void pause(double seconds) {
        pauseSeconds = seconds;
    }

    @Override
    public int memory() {
        return memory;
    }

    @Override
    public void setMemory(int value) {
        memory = value;
    }
}
