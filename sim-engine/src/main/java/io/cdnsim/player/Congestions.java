package io.cdnsim.player;

import io.cdnsim.model.Congestion;
import java.util.List;

/** The congestion episodes (V3): the share of throughput a region's viewers keep at a time. */
final class Congestions {

    private final int[] region;
    private final long[] from;
    private final long[] to;
    private final double[] factor;

    /**
     * @param episodes    the episodes
     * @param regionNames region names by index ("*" in an episode means every region)
     */
    Congestions(List<Congestion> episodes, List<String> regionNames) {
        int n = episodes.size();
        region = new int[n];
        from = new long[n];
        to = new long[n];
        factor = new double[n];
        for (int i = 0; i < n; i++) {
            Congestion c = episodes.get(i);
            region[i] = "*".equals(c.region()) ? -1 : regionNames.indexOf(c.region());
            from[i] = c.from();
            to[i] = c.to();
            factor[i] = c.factor();
        }
    }

    /**
     * @param regionIndex a region
     * @param time        a time
     * @return the product of the factors of the episodes covering that region at that time (1 if none)
     */
    double factor(int regionIndex, long time) {
        double f = 1;
        for (int i = 0; i < factor.length; i++) {
            if ((region[i] < 0 || region[i] == regionIndex) && time >= from[i] && time < to[i]) {
                f *= factor[i];
            }
        }
        return f;
    }
}
