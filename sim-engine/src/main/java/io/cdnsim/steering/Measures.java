package io.cdnsim.steering;

import java.util.Arrays;

/**
 * What the steering service learns about one second, by region and CDN: the viewers playing (and the bitrates they
 * play) and stalled at its end, and the bytes the CDN's edges delivered to the region's viewers during it; each only
 * where the policy reads it ({@link Steering#readsViewers}, {@link Steering#readsDeliveries}). Each partition of a
 * run fills its own as its players answer and as its audience is counted; the run adds them up as the second closes
 * and gives the sum to the {@link Steering}.
 */
public final class Measures {

    private final int cdns;
    private final long[] playing;
    private final long[] stalled;
    private final long[] bitrates;
    private final long[] bytes;

    /**
     * @param regions the topology's regions
     * @param cdns    its CDNs (1 for a network of one)
     */
    public Measures(int regions, int cdns) {
        this.cdns = cdns;
        this.playing = new long[regions * cdns];
        this.stalled = new long[regions * cdns];
        this.bitrates = new long[regions * cdns];
        this.bytes = new long[regions * cdns];
    }

    /** @return how many CDNs */
    public int cdns() {
        return cdns;
    }

    /** @return how many regions */
    public int regions() {
        return playing.length / cdns;
    }

    /**
     * Counts a viewer of the region on the CDN as the second ends.
     *
     * @param region    its region
     * @param cdn       its CDN
     * @param isStalled whether its playback is stalled (else playing)
     * @param bitrate   the bitrate it plays, bit/s (0 when stalled)
     */
    public void viewer(int region, int cdn, boolean isStalled, long bitrate) {
        if (isStalled) {
            stalled[region * cdns + cdn]++;
        } else {
            playing[region * cdns + cdn]++;
            bitrates[region * cdns + cdn] += bitrate;
        }
    }

    /** Counts a body of {@code n} bytes the CDN delivered to a viewer of the region. */
    public void delivered(int region, int cdn, long n) {
        bytes[region * cdns + cdn] += n;
    }

    /** @return viewers of the region playing on the CDN at the second's end */
    public long playing(int region, int cdn) {
        return playing[region * cdns + cdn];
    }

    /** @return viewers of the region stalled on the CDN at the second's end */
    public long stalled(int region, int cdn) {
        return stalled[region * cdns + cdn];
    }

    /** @return the bitrates the region's viewers playing on the CDN played at the second's end, added up, bit/s */
    public long bitrates(int region, int cdn) {
        return bitrates[region * cdns + cdn];
    }

    /** @return bytes the CDN delivered to the region's viewers during the second */
    public long bytes(int region, int cdn) {
        return bytes[region * cdns + cdn];
    }

    /** Adds another partition's measures of the same second to these. */
    public void add(Measures other) {
        for (int i = 0; i < playing.length; i++) {
            playing[i] += other.playing[i];
            stalled[i] += other.stalled[i];
            bitrates[i] += other.bitrates[i];
            bytes[i] += other.bytes[i];
        }
    }

    /** Starts the next second. */
    public void clear() {
        Arrays.fill(playing, 0);
        Arrays.fill(stalled, 0);
        Arrays.fill(bitrates, 0);
        Arrays.fill(bytes, 0);
    }
}
