package io.cdnsim.steering;

/**
 * Static weights per region: the shares are the weights' proportions for the whole run; nothing measured changes
 * them. A session's CDN is the one its viewer's own number falls on, so the shares of sessions converge to the
 * weights (binomially: n sessions of a region with share s give s·n ± √(n·s·(1−s)) to the CDN).
 */
public final class StaticWeights implements Steering {

    private final Shares shares;

    /** @param shares the weights' shares */
    public StaticWeights(Shares shares) {
        this.shares = shares;
    }

    @Override
    public Shares shares() {
        return shares;
    }

    @Override
    public void observe(Measures second, long end) {
        // Static: nothing measured moves the shares.
    }
}
