package io.cdnsim.run;

import io.cdnsim.model.CacheNodeSpec;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Viewer-to-POP routing (N2): a region by its weight, then one of the region's edge nodes by node weight. */
final class Routing {

    private Routing() {
    }

    /**
     * @param edges         the edge nodes
     * @param regionWeights share of viewers per region; empty to use the node weights alone
     * @return the probability of each edge node, in the order given
     */
    static double[] edgeWeights(List<CacheNodeSpec> edges, Map<String, Double> regionWeights) {
        double[] weights = new double[edges.size()];
        if (regionWeights.isEmpty()) {
            for (int i = 0; i < weights.length; i++) {
                weights[i] = edges.get(i).weight();
            }
            return weights;
        }
        Map<String, Double> regionTotal = new HashMap<>();
        for (CacheNodeSpec e : edges) {
            regionTotal.merge(e.region(), e.weight(), Double::sum);
        }
        for (int i = 0; i < weights.length; i++) {
            CacheNodeSpec e = edges.get(i);
            double region = regionWeights.getOrDefault(e.region(), 0.0);
            weights[i] = region * e.weight() / regionTotal.get(e.region());
        }
        return weights;
    }
}
