package io.cdnsim.steering;

import io.cdnsim.model.SteeringSpec;
import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;

/**
 * Chooses the CDN of each session as the viewer joins (N8). One implementation so far, {@link StaticWeights}; the
 * other modes (by cost, by measured QoE, content steering) are to come behind the same call.
 */
public interface Steering {

    /**
     * @param region the joining viewer's region index
     * @param now    the time of its join, microseconds
     * @return the index of the CDN it is steered to, in the topology's order
     */
    int choose(int region, long now);

    /**
     * @param spec    the scenario's steering
     * @param regions the topology's regions, in order (the indices {@link #choose} is given)
     * @param rng     the {@code steering} stream
     * @return the steering the spec describes
     */
    static Steering of(SteeringSpec spec, List<String> regions, UniformRandomProvider rng) {
        return new StaticWeights(spec, regions, rng);
    }
}
