package io.cdnsim.bandwidth;

import java.util.Arrays;

/**
 * An exact max-min fair fluid simulation of downloads on a two-level tree, for comparison with {@link Downloads}: every
 * download crosses its leaf link (an edge's egress) and the root (a region's peering link); the rates of all downloads
 * in progress are recomputed at every arrival and every departure, by progressive filling (all unfrozen rates rise
 * together; a download freezes at its cap or when a link it crosses is full). Time in microseconds, as doubles; a
 * download's bits flow from its arrival. Written independently of {@link WaterLevel} and {@link Levels}.
 */
final class FluidReference {

    private static final double INF = Double.POSITIVE_INFINITY;
    private static final double EPS = 1e-12;

    private final double[] leafCapacity;
    private final double rootCapacity;

    /**
     * @param leafCapacity each leaf's capacity, bit/s (+∞ for none)
     * @param rootCapacity the root's capacity, bit/s (+∞ for none)
     */
    FluidReference(double[] leafCapacity, double rootCapacity) {
        this.leafCapacity = leafCapacity.clone();
        this.rootCapacity = rootCapacity;
    }

    /**
     * @param arrival each download's arrival, µs, in any order
     * @param leaf    its leaf link
     * @param bits    its bits
     * @param cap     its cap, bit/s
     * @return when each download's last bit leaves, µs
     */
    double[] endTimes(long[] arrival, int[] leaf, double[] bits, double[] cap) {
        int n = arrival.length;
        Integer[] order = new Integer[n];
        Arrays.setAll(order, i -> i);
        Arrays.sort(order, (a, b) -> Long.compare(arrival[a], arrival[b]));
        double[] end = new double[n];
        double[] remaining = bits.clone();
        int[] active = new int[n];
        int count = 0;
        int next = 0;
        double t = 0;
        while (next < n || count > 0) {
            if (count == 0) {
                t = Math.max(t, arrival[order[next]]);
            }
            while (next < n && arrival[order[next]] <= t) {
                active[count++] = order[next++];
            }
            double[] rate = rates(active, count, leaf, cap);
            double until = next < n ? arrival[order[next]] : INF;
            for (int k = 0; k < count; k++) {
                if (rate[k] > 0) {
                    until = Math.min(until, t + remaining[active[k]] * 1e6 / rate[k]);
                }
            }
            if (until == INF) {
                throw new IllegalStateException("no download moves");
            }
            int kept = 0;
            for (int k = 0; k < count; k++) {
                int i = active[k];
                double finish = rate[k] > 0 ? t + remaining[i] * 1e6 / rate[k] : INF;
                if (finish <= until + 1e-6) {
                    end[i] = finish;
                } else {
                    remaining[i] -= rate[k] * (until - t) / 1e6;
                    active[kept++] = i;
                }
            }
            count = kept;
            t = until;
        }
        return end;
    }

    /** Progressive filling: the max-min fair rates of the downloads in progress. */
    double[] rates(int[] active, int count, int[] leaf, double[] cap) {
        double[] rate = new double[count];
        boolean[] frozen = new boolean[count];
        int unfrozen = count;
        double level = 0;
        int leaves = leafCapacity.length;
        while (unfrozen > 0) {
            double[] used = new double[leaves];
            int[] rising = new int[leaves];
            double rootUsed = 0;
            int rootRising = 0;
            for (int k = 0; k < count; k++) {
                int l = leaf[active[k]];
                if (frozen[k]) {
                    used[l] += rate[k];
                    rootUsed += rate[k];
                } else {
                    rising[l]++;
                    rootRising++;
                }
            }
            // The next level at which something binds: a cap, a leaf, or the root.
            double step = INF;
            for (int k = 0; k < count; k++) {
                if (!frozen[k]) {
                    step = Math.min(step, cap[active[k]]);
                }
            }
            for (int l = 0; l < leaves; l++) {
                if (rising[l] > 0 && leafCapacity[l] != INF) {
                    step = Math.min(step, (leafCapacity[l] - used[l]) / rising[l]);
                }
            }
            if (rootCapacity != INF) {
                step = Math.min(step, (rootCapacity - rootUsed) / rootRising);
            }
            level = Math.max(level, step);
            boolean rootFull = rootCapacity != INF && rootUsed + rootRising * level >= rootCapacity * (1 - EPS);
            for (int k = 0; k < count; k++) {
                if (frozen[k]) {
                    continue;
                }
                int l = leaf[active[k]];
                boolean leafFull = leafCapacity[l] != INF && used[l] + rising[l] * level >= leafCapacity[l] * (1 - EPS);
                if (cap[active[k]] <= level * (1 + EPS) || leafFull || rootFull) {
                    rate[k] = Math.min(cap[active[k]], level);
                    frozen[k] = true;
                    unfrozen--;
                }
            }
        }
        return rate;
    }
}
