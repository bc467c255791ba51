package io.cdnsim.steering;

import io.cdnsim.kernel.Micros;
import io.cdnsim.model.SteeringSpec;

/**
 * Performance steering: new sessions (and, with content steering, the players that ask again) move toward the CDN
 * whose viewers have the best experience in their region, as a QoE-driven control plane does (Liu et al., SIGCOMM
 * 2012).
 *
 * <pre>
 * every {@code every} (whole seconds), for each region, over the last {@code window} of CDN c's viewers:
 *   score(c) = (played bitrates - stallPenalty x stalled viewer-seconds) / (playing + stalled) viewer-seconds
 *   best     = the CDN with the highest score (the first among equals; CDNs with no viewer in the window are unknown)
 *   for each known CDN c with score(c) &lt; score(best) - margin x |score(best)|:
 *       move min(step, share(c) - floor) of the region's share from c to best
 * </pre>
 * A stalled viewer-second costs {@code stallPenalty} (by default the ladder's top bitrate, as Yin et al. weigh a
 * second of rebuffering), so a CDN whose viewers stall loses to one whose viewers play a lower rendition. Shares move
 * a step at a time, so a CDN that fails is left over a few intervals and one that recovers wins its sessions back as
 * soon as it is the best; the floor keeps every CDN measured.
 */
final class QoeSteering implements Steering {

    private final SteeringSpec.Performance policy;
    private final Shares shares;
    private final int seconds;
    private final long[][] stalled;
    private final long[][] watching;
    private final long[][] bitrates;
    private final double[] score;
    private long closed;

    /**
     * @param policy the performance policy
     * @param shares the shares it starts from (the weights, or equal)
     */
    QoeSteering(SteeringSpec.Performance policy, Shares shares) {
        this.policy = policy;
        this.shares = shares;
        this.seconds = (int) Math.max(1, policy.window() / Micros.SECOND);
        this.stalled = new long[seconds][];
        this.watching = new long[seconds][];
        this.bitrates = new long[seconds][];
        this.score = new double[shares.cdns()];
    }

    @Override
    public Shares shares() {
        return shares;
    }

    @Override
    public boolean readsViewers() {
        return true;
    }

    @Override
    public void observe(Measures second, long end) {
        int regions = second.regions();
        int cdns = second.cdns();
        int slot = (int) (closed++ % seconds);
        if (stalled[slot] == null) {
            stalled[slot] = new long[regions * cdns];
            watching[slot] = new long[regions * cdns];
            bitrates[slot] = new long[regions * cdns];
        }
        for (int r = 0; r < regions; r++) {
            for (int c = 0; c < cdns; c++) {
                stalled[slot][r * cdns + c] = second.stalled(r, c);
                watching[slot][r * cdns + c] = second.stalled(r, c) + second.playing(r, c);
                bitrates[slot][r * cdns + c] = second.bitrates(r, c);
            }
        }
        if (closed % Math.max(1, policy.every() / Micros.SECOND) == 0) {
            for (int r = 0; r < regions; r++) {
                rebalance(r, cdns);
            }
        }
    }

    /** Moves the region's shares a step toward its best CDN. */
    private void rebalance(int region, int cdns) {
        int best = -1;
        for (int c = 0; c < cdns; c++) {
            double s = 0;
            long w = 0;
            double b = 0;
            for (int k = 0; k < seconds; k++) {
                if (watching[k] != null) {
                    s += stalled[k][region * cdns + c];
                    w += watching[k][region * cdns + c];
                    b += bitrates[k][region * cdns + c];
                }
            }
            score[c] = w == 0 ? Double.NaN : (b - policy.stallPenalty() * s) / w;
            if (w > 0 && (best < 0 || score[c] > score[best])) {
                best = c;
            }
        }
        if (best < 0) {
            return;
        }
        for (int c = 0; c < cdns; c++) {
            if (c != best && score[c] < score[best] - policy.margin() * Math.abs(score[best])) {
                double move = Math.min(policy.step(), shares.of(region, c) - policy.floor());
                if (move > 0) {
                    shares.set(region, c, shares.of(region, c) - move);
                    shares.set(region, best, shares.of(region, best) + move);
                }
            }
        }
    }
}
