package io.cdnsim.steering;

import io.cdnsim.model.SteeringSpec;
import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.AliasMethodDiscreteSampler;
import org.apache.commons.rng.sampling.distribution.DiscreteSampler;

/**
 * Static weights per region: a joining viewer's CDN is drawn from its region's weights, one draw from the
 * {@code steering} stream per session; a region whose weight is all on one CDN draws nothing. The shares converge to
 * the weights' proportions; nothing is measured, so nothing changes during the run.
 */
public final class StaticWeights implements Steering {

    private final DiscreteSampler[] sampler;
    private final int[] only;

    /**
     * @param spec    the scenario's steering
     * @param regions the topology's regions, in order
     * @param rng     the {@code steering} stream
     */
    public StaticWeights(SteeringSpec spec, List<String> regions, UniformRandomProvider rng) {
        sampler = new DiscreteSampler[regions.size()];
        only = new int[regions.size()];
        for (int r = 0; r < regions.size(); r++) {
            List<Double> w = spec.of(regions.get(r));
            int positive = 0;
            for (int c = 0; c < w.size(); c++) {
                if (w.get(c) > 0) {
                    positive++;
                    only[r] = c;
                }
            }
            if (positive > 1) {
                sampler[r] = AliasMethodDiscreteSampler.of(rng, w.stream().mapToDouble(Double::doubleValue).toArray());
            }
        }
    }

    @Override
    public int choose(int region, long now) {
        DiscreteSampler s = sampler[region];
        return s == null ? only[region] : s.sample();
    }
}
