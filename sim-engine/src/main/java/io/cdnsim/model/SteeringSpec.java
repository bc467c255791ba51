package io.cdnsim.model;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * How a scenario spreads its viewers over the CDNs of its network (N8): a policy that sets each region's shares of
 * the CDNs, and, with content steering, players that ask a steering server again every TTL and leave a pathway that
 * fails them.
 *
 * @param policy  how the shares are set
 * @param weights each region's weights of the CDNs, in the order of {@link Topology#cdns()}, for every region of the
 *                topology (the shares static weights keep, and those performance steering starts from)
 * @param content the players' content steering, or empty: the CDN of a session is decided at its join (by DNS)
 */
public record SteeringSpec(Policy policy, Map<String, List<Double>> weights, Optional<ContentSteering> content) {

    /** How the steering service sets each region's shares of the CDNs. */
    public sealed interface Policy permits Weights, Performance, Cost {

        /** @return its name in a scenario ({@code weights}, {@code performance}, {@code cost}) */
        String mode();
    }

    /** The weights, for ever. */
    public record Weights() implements Policy {
        @Override
        public String mode() {
            return "weights";
        }
    }

    /**
     * Shares moved toward the CDN whose viewers have the best experience in the region: every {@code every}, each
     * CDN's score over the last {@code window}, the bitrate its viewers play less a penalty for each stalled one
     * (Yin et al.'s QoE, SIGCOMM 2015: bitrate minus a rebuffering weight, here per viewer-second):
     * {@code (sum of played bitrates - stallPenalty x stalled viewer-seconds) / watching viewer-seconds}; a CDN whose
     * score is below the best's by more than {@code margin} of it gives {@code step} of the region's sessions to the
     * best, keeping at least {@code floor} (so it is still measured).
     *
     * @param window       how far back the score is measured, microseconds
     * @param every        how often the shares are set again, microseconds
     * @param step         share moved at a time, 0 to 1
     * @param floor        least share a CDN keeps, 0 to 1
     * @param margin       how much lower than the best's a score must be for shares to move, relative, 0 to 1
     * @param stallPenalty what a stalled viewer-second costs, bit/s (the ladder's top bitrate unless said)
     */
    public record Performance(long window, long every, double step, double floor, double margin, long stallPenalty)
            implements Policy {
        @Override
        public String mode() {
            return "performance";
        }
    }

    /**
     * New sessions go where the month's bill grows least: every {@code every}, the CDN whose commit the month (so far,
     * projected) does not yet use up, else the one whose next GB in the region costs least.
     *
     * @param every how often the choice is made again, microseconds
     */
    public record Cost(long every) implements Policy {
        @Override
        public String mode() {
            return "cost";
        }
    }

    /**
     * HLS or DASH-IF Content Steering as the players do it (hls.js): the player loads the steering manifest when it
     * starts and again every {@code ttl}; it uses the first pathway (CDN) of the priority list that is not
     * penalised; a request that fails penalises its pathway for {@code penalty} and moves the player to the next.
     *
     * @param ttl     the manifest's TTL, microseconds
     * @param penalty how long a failed pathway is skipped, microseconds
     */
    public record ContentSteering(long ttl, long penalty) {
    }

    /** Copies the map (sorted by region) and its lists. */
    public SteeringSpec {
        Map<String, List<Double>> copy = new TreeMap<>();
        weights.forEach((region, w) -> copy.put(region, List.copyOf(w)));
        weights = Collections.unmodifiableMap(copy);
    }

    /**
     * Static weights, decided at join.
     *
     * @param weights each region's weights of the CDNs
     */
    public SteeringSpec(Map<String, List<Double>> weights) {
        this(new Weights(), weights, Optional.empty());
    }

    /**
     * @param region a region of the topology
     * @return its weights of the CDNs, in the topology's order
     */
    public List<Double> of(String region) {
        return weights.get(region);
    }
}
