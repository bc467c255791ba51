package io.cdnsim.bandwidth;

/**
 * The max-min fair share of one link: the level {@code λ} at which the downloads through it, each taking
 * {@code min(cap, λ)}, fill its capacity exactly,
 *
 * <pre>
 *   Σ min(cap_i, λ) = C        (λ = +∞ when Σ cap_i ≤ C: nobody is held back)
 * </pre>
 *
 * <p>Found in expected linear time by partitioning around pivots (a selection search, as quickselect finds a median):
 * a pivot {@code p} below the level puts every cap under it below the level too, so they are spent in full; a pivot
 * above it puts every cap over it above the level, so they all get {@code λ}. What remains when no cap is left to
 * decide is {@code λ = (C − spent) / above}. Caps whose sum equals the capacity to within rounding may be found to
 * fit in the search's order though not in the first sum's: then nobody is held back either. The pivot is the middle element of the range, so the result and the order
 * it leaves the array in depend only on the input.
 */
final class WaterLevel {

    private WaterLevel() {
    }

    /**
     * @param caps     each download's own limit, bit/s; reordered by the search
     * @param n        how many of {@code caps} count
     * @param capacity the link's capacity, bit/s
     * @return the level, or {@code Double.POSITIVE_INFINITY} if the caps fit
     */
    static double of(double[] caps, int n, double capacity) {
        double total = 0;
        for (int i = 0; i < n; i++) {
            total += caps[i];
        }
        if (total <= capacity) {
            return Double.POSITIVE_INFINITY;
        }
        int lo = 0;
        int hi = n;
        double spent = 0;
        long above = 0;
        while (lo < hi) {
            double pivot = caps[(lo + hi) >>> 1];
            int lt = lo;
            int gt = hi;
            int i = lo;
            double sumBelow = 0;
            while (i < gt) {
                double c = caps[i];
                if (c < pivot) {
                    sumBelow += c;
                    swap(caps, i++, lt++);
                } else if (c > pivot) {
                    swap(caps, i, --gt);
                } else {
                    i++;
                }
            }
            long atOrAbove = above + (hi - lt);
            if (spent + sumBelow + atOrAbove * pivot <= capacity) {
                spent += sumBelow + (gt - lt) * pivot;
                lo = gt;
            } else {
                above += hi - lt;
                hi = lt;
            }
        }
        if (above == 0) {
            return Double.POSITIVE_INFINITY;
        }
        return Math.max(0, (capacity - spent) / above);
    }

    private static void swap(double[] a, int i, int j) {
        double t = a[i];
        a[i] = a[j];
        a[j] = t;
    }
}
