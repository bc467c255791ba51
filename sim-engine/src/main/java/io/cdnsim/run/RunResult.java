package io.cdnsim.run;

import io.cdnsim.kernel.Micros;
import io.cdnsim.workload.ClientStats;
import java.util.List;

/**
 * Everything one replication measured after its warm-up.
 *
 * @param scenario    scenario name
 * @param replication replication index, from 0
 * @param seed        the master seed
 * @param duration    simulated duration of arrivals, microseconds
 * @param warmup      warm-up, microseconds
 * @param endTime     time the last event ran (after in-flight requests drained), microseconds
 * @param events      events executed
 * @param tiers       cache tiers from the edge, then the origin tier
 * @param clients     what the synthetic workload's viewers measured (null for a live event)
 * @param qoe         the viewers' experience of a live event (null for a synthetic workload)
 * @param usage       bytes per region and per five-minute window, and viewing time, for the bill
 * @param failures    what each failure of the scenario's schedule did, in schedule order (empty for none)
 * @param nodes       each node's own figures, in node order (cache tiers from the edge, then the origins)
 * @param links       what the links between the edges and the viewers carried (viewers with players only, else
 *                    empty): the peering links, then each edge's egress
 * @param cdns        each CDN's figures, in the topology's order, when the network is several CDNs (else empty)
 * @param steering    what the players' content steering did ({@link SteeringResult#NONE} without)
 */
public record RunResult(String scenario, int replication, long seed, long duration, long warmup, long endTime,
                        long events, List<TierResult> tiers, ClientStats clients, QoeResult qoe, Usage usage,
                        List<FailureResult> failures, List<NodeResult> nodes, List<LinkResult> links,
                        List<CdnResult> cdns, SteeringResult steering) {

    /** Copies the lists. */
    public RunResult {
        tiers = List.copyOf(tiers);
        failures = List.copyOf(failures);
        nodes = List.copyOf(nodes);
        links = List.copyOf(links);
        cdns = List.copyOf(cdns);
    }

    /**
     * @param others the figures of the links
     * @return this result with those links
     */
    public RunResult withLinks(List<LinkResult> others) {
        return new RunResult(scenario, replication, seed, duration, warmup, endTime, events, tiers, clients, qoe,
                usage, failures, nodes, others, cdns, steering);
    }

    /**
     * @param others each CDN's figures
     * @return this result with those figures
     */
    public RunResult withCdns(List<CdnResult> others) {
        return new RunResult(scenario, replication, seed, duration, warmup, endTime, events, tiers, clients, qoe,
                usage, failures, nodes, links, others, steering);
    }

    /**
     * @param counts what the content steering did
     * @return this result with those counts
     */
    public RunResult withSteering(SteeringResult counts) {
        return new RunResult(scenario, replication, seed, duration, warmup, endTime, events, tiers, clients, qoe,
                usage, failures, nodes, links, cdns, counts);
    }

    /** @return the origin tier */
    public TierResult origin() {
        return tiers.get(tiers.size() - 1);
    }

    /** @return the edge tier */
    public TierResult edge() {
        return tiers.get(0);
    }

    /** @return seconds of measurement (duration less warm-up) */
    public double measuredSeconds() {
        return Micros.toSeconds(duration - warmup);
    }

    /**
     * End-to-end offload (Fastly's origin offload): the share of bytes served to viewers that did not come from the
     * origin, {@code 1 - origin bytes sent / edge bytes sent}.
     *
     * @return the offload, NaN if nothing was served
     */
    public double offload() {
        long served = edge().stats().bytesOut();
        return served == 0 ? Double.NaN : 1.0 - (double) origin().stats().bytesOut() / served;
    }
}
