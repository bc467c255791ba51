package io.cdnsim.run;

import io.cdnsim.kernel.Micros;
import io.cdnsim.metrics.NodeStats;
import io.cdnsim.metrics.Outcome;
import io.cdnsim.metrics.UpstreamReason;
import io.cdnsim.network.FailureCounts;
import io.cdnsim.network.Network;
import io.cdnsim.workload.ClientStats;
import java.util.List;

/**
 * The conservation invariants (Q3), checked at the end of every run; the first one broken throws a
 * {@link ConservationException} naming it and its numbers. Every figure counts only requests flagged as counted, and
 * the flag is fixed when a request enters the network (a viewer's request arriving at or after the warm-up's end)
 * and inherited by every fetch it causes (a background revalidation: started at or after the warm-up's end). So a
 * request counted at one tier is counted at the next, and its answer wherever it was counted. A run drains: it ends
 * when no event is left, so no request is still in flight.
 *
 * <ul>
 *   <li>{@code outcomes}, every node n: requests(n) = HIT + COLLAPSED + REFRESH_HIT + STALE + FALLBACK + MISS +
 *       ERROR.</li>
 *   <li>{@code upstream}, every node p fed by others: requests(p) = &Sigma; upstreamRequests(c) over the cache
 *       nodes c whose parent is p, each the sum over the reasons (miss, refresh, background, refetch, lock
 *       timeout).</li>
 *   <li>{@code failed}, every node p fed by others: ERROR(p) = &Sigma; upstreamFailed(c) over the same c.</li>
 *   <li>{@code fetches}, every node c with a parent: MISS + REFRESH_HIT + COLLAPSED + FALLBACK + ERROR = its
 *       upstream requests for a miss, a refresh or a lock timeout + the requests released from a wait on a fetch.
 *       Each such request ends as one answer (a refetch goes on for the same requests, and a background revalidation
 *       answers none); HIT and STALE send nothing upstream.</li>
 *   <li>{@code bytes}, every node p fed by others: bytesOut(p) = &Sigma; upstreamBytes(c) over the same c; at an
 *       origin, its egress is the sum of the bodies its children received.</li>
 *   <li>{@code drained}: requests in flight at the end = 0.</li>
 *   <li>{@code clients}, a request stream: answers the viewers got = requests(edge tier) + refused(edge tier);
 *       errors they got = ERROR(edge tier) + refused(edge tier); bytes they got = bytesOut(edge tier) &minus;
 *       bytesOut(edge tier, ERROR).</li>
 *   <li>{@code sessions}, a live event: sessions ended = viewers who joined.</li>
 * </ul>
 *
 * <p>A run with failures checks {@code upstream} and {@code bytes} by routes instead, and errors by cause
 * ({@link RoutedConservation}); refused(edge tier) is the viewers' requests refused by a down POP (0 without
 * failures).
 */
final class Conservation {

    private Conservation() {
    }

    /**
     * @param network   the network after the run
     * @param nodeIds   node ids by node number
     * @param tierNames tier names by tier index, the origin tier last
     * @param clients   what a request stream's viewers measured, or null
     * @param qoe       a live event's sessions, or null
     * @param inFlight  requests still in flight (in every partition of a partitioned run)
     * @param failures  what the partitions counted of the failures, or null for a run without
     * @throws ConservationException if an invariant does not hold
     */
    static void check(Network network, List<String> nodeIds, List<String> tierNames, ClientStats clients,
                      QoeResult qoe, int inFlight, FailureCounts failures) {
        int n = network.nodeCount();
        long[] upstreamRequests = new long[n];
        long[] upstreamFailed = new long[n];
        long[] upstreamBytes = new long[n];
        boolean[] fed = new boolean[n];
        for (int c = 0; c < n; c++) {
            int p = network.parentOf(c);
            if (p >= 0) {
                fed[p] = true;
                upstreamRequests[p] += network.stats(c).upstreamRequests();
                upstreamFailed[p] += network.stats(c).upstreamFailed();
                upstreamBytes[p] += network.stats(c).upstreamBytes();
            }
        }
        for (int node = 0; node < n; node++) {
            NodeStats s = network.stats(node);
            String where = tierNames.get(network.tierOf(node)) + " node '" + nodeIds.get(node) + "'";
            long answered = 0;
            StringBuilder terms = new StringBuilder();
            for (Outcome o : Outcome.values()) {
                answered += s.outcomes(o);
                terms.append(terms.length() == 0 ? "" : " + ").append(o.name()).append(' ').append(s.outcomes(o));
            }
            if (s.requests() != answered) {
                throw new ConservationException("outcomes", "at " + where + ", requests in " + s.requests()
                        + " != " + terms + " = " + answered);
            }
            if (failures == null && fed[node] && s.requests() != upstreamRequests[node]) {
                throw new ConservationException("upstream", "at " + where + ", requests in " + s.requests()
                        + " != requests its children sent upstream " + upstreamRequests[node]);
            }
            if (failures == null && fed[node] && s.outcomes(Outcome.ERROR) != upstreamFailed[node]) {
                throw new ConservationException("failed", "at " + where + ", ERROR answers "
                        + s.outcomes(Outcome.ERROR) + " != failed requests its children received "
                        + upstreamFailed[node]);
            }
            if (failures == null && network.parentOf(node) >= 0) {
                checkFetches(s, where);
            }
            if (failures == null && fed[node] && s.bytesOut() != upstreamBytes[node]) {
                throw new ConservationException("bytes", "at " + where + ", bytes sent " + s.bytesOut()
                        + " != bytes its children received " + upstreamBytes[node]);
            }
        }
        if (failures != null) {
            RoutedConservation.check(network, nodeIds, tierNames, failures);
        }
        if (inFlight != 0) {
            throw new ConservationException("drained", inFlight + " requests still in flight at the end of the run"
                    + " (expected 0)");
        }
        if (clients != null) {
            checkClients(network, clients, RoutedConservation.refusedAtTheEdge(failures, network));
        }
        if (qoe != null && qoe.total().sessions() != qoe.joined()) {
            throw new ConservationException("sessions", "sessions ended " + qoe.total().sessions()
                    + " != viewers who joined " + qoe.joined());
        }
    }

    /**
     * Checked as each second closes: a run still draining {@link Simulation#MAX_DRAIN} after its end fails now,
     * rather than ticking on through simulated years.
     *
     * @param now      the second being closed
     * @param end      the end of the run's arrivals
     * @param inFlight requests in flight
     * @throws ConservationException with the {@code drained} invariant if the drain has lasted too long
     */
    static void checkDraining(long now, long end, long inFlight) {
        if (inFlight > 0 && now - end >= Simulation.MAX_DRAIN) {
            throw new ConservationException("drained", inFlight + " requests still in flight "
                    + Simulation.MAX_DRAIN / Micros.HOUR + " h after the end of the run; an origin, a link or a viewer"
                    + " is slower than the limits in docs/trust.md allow");
        }
    }

    private static void checkFetches(NodeStats s, String where) {
        long answered = s.outcomes(Outcome.MISS) + s.outcomes(Outcome.REFRESH_HIT) + s.outcomes(Outcome.COLLAPSED)
                + s.outcomes(Outcome.FALLBACK) + s.outcomes(Outcome.ERROR);
        long released = s.collapseWait().getTotalCount();
        long fetches = s.upstreamRequests(UpstreamReason.MISS) + s.upstreamRequests(UpstreamReason.REFRESH)
                + s.upstreamRequests(UpstreamReason.LOCK_TIMEOUT);
        if (answered != fetches + released) {
            throw new ConservationException("fetches", "at " + where + ", MISS + REFRESH_HIT + COLLAPSED + FALLBACK"
                    + " + ERROR " + answered + " != upstream requests for a miss, a refresh or a lock timeout "
                    + fetches + " + requests released from a wait " + released);
        }
    }

    private static void checkClients(Network network, ClientStats clients, long refused) {
        NodeStats edge = new NodeStats();
        for (int node = 0; node < network.nodeCount(); node++) {
            if (network.tierOf(node) == 0) {
                edge.add(network.stats(node));
            }
        }
        String andRefused = refused == 0 ? "" : " + requests it refused while down " + refused;
        if (clients.requests() != edge.requests() + refused) {
            throw new ConservationException("clients", "answers the viewers got " + clients.requests()
                    + " != requests the edge tier received " + edge.requests() + andRefused);
        }
        if (clients.errors() != edge.outcomes(Outcome.ERROR) + refused) {
            throw new ConservationException("clients", "errors the viewers got " + clients.errors()
                    + " != ERROR answers of the edge tier " + edge.outcomes(Outcome.ERROR) + andRefused);
        }
        long bodies = edge.bytesOut() - edge.bytesOut(Outcome.ERROR);
        if (clients.bytes() != bodies) {
            throw new ConservationException("clients", "bytes the viewers got " + clients.bytes()
                    + " != bytes the edge tier sent less error responses " + bodies);
        }
    }
}
