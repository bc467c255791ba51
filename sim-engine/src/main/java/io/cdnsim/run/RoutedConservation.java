package io.cdnsim.run;

import io.cdnsim.metrics.ErrorCause;
import io.cdnsim.metrics.NodeStats;
import io.cdnsim.metrics.Outcome;
import io.cdnsim.network.FailureCounts;
import io.cdnsim.network.Network;
import java.util.List;

/**
 * The conservation invariants of a run with failures, where a node's requests go by any of its routes (a secondary
 * parent, or past a down parent to the next tier up) and a down node refuses what reaches it, so a parent is no longer
 * fed by its children alone. Counted requests only, as in {@link Conservation}, which checks the rest.
 *
 * <ul>
 *   <li>{@code upstream}, every cache node c: upstreamRequests(c) = &Sigma; requests c sent by each of its routes;
 *       every node p above the edge: requests(p) + refused(p) = &Sigma; requests sent to p by any route.</li>
 *   <li>{@code bytes}, every cache node c: upstreamBytes(c) = &Sigma; bytes c got back by each route; every node p
 *       above the edge: bytesOut(p) = &Sigma; bytes answered by p by any route (a refusal has none).</li>
 *   <li>{@code errors}, every node n: ERROR(n) = its error answers counted by the cause each carries (origin
 *       timeout, origin error, node down, refused upstream); its own refusals are not among its requests.</li>
 * </ul>
 */
final class RoutedConservation {

    private RoutedConservation() {
    }

    /**
     * @param network   the network after the run
     * @param nodeIds   node ids by node number
     * @param tierNames tier names by tier index, the origin tier last
     * @param counts    what the partitions counted of the failures, added up
     * @throws ConservationException if an invariant does not hold
     */
    static void check(Network network, List<String> nodeIds, List<String> tierNames, FailureCounts counts) {
        int n = network.nodeCount();
        long[] sentTo = new long[n];
        long[] bytesTo = new long[n];
        for (int c = 0; c < n; c++) {
            if (counts.routes(c) == 0) {
                continue;
            }
            long sent = 0;
            long bytes = 0;
            for (int k = 0; k < counts.routes(c); k++) {
                sentTo[counts.target(c, k)] += counts.sent(c, k);
                bytesTo[counts.target(c, k)] += counts.bytes(c, k);
                sent += counts.sent(c, k);
                bytes += counts.bytes(c, k);
            }
            NodeStats s = network.stats(c);
            if (s.upstreamRequests() != sent) {
                throw new ConservationException("upstream", "at " + where(network, nodeIds, tierNames, c)
                        + ", requests sent upstream " + s.upstreamRequests() + " != requests sent by its routes "
                        + sent);
            }
            if (s.upstreamBytes() != bytes) {
                throw new ConservationException("bytes", "at " + where(network, nodeIds, tierNames, c)
                        + ", bytes received from upstream " + s.upstreamBytes() + " != bytes answered by its routes "
                        + bytes);
            }
        }
        for (int p = 0; p < n; p++) {
            NodeStats s = network.stats(p);
            String at = "at " + where(network, nodeIds, tierNames, p);
            long refused = counts.refused(p);
            if (network.tierOf(p) > 0 && s.requests() + refused != sentTo[p]) {
                throw new ConservationException("upstream", at + ", requests in " + s.requests() + " + refused "
                        + refused + " != requests sent to it " + sentTo[p]);
            }
            if (network.tierOf(p) > 0 && s.bytesOut() != bytesTo[p]) {
                throw new ConservationException("bytes", at + ", bytes sent " + s.bytesOut()
                        + " != bytes its children received from it " + bytesTo[p]);
            }
            long byCause = 0;
            StringBuilder terms = new StringBuilder();
            for (ErrorCause cause : ErrorCause.values()) {
                byCause += counts.errors(p, cause);
                terms.append(terms.length() == 0 ? "" : " + ").append(cause.label()).append(' ')
                        .append(counts.errors(p, cause));
            }
            if (s.outcomes(Outcome.ERROR) != byCause) {
                throw new ConservationException("errors", at + ", ERROR " + s.outcomes(Outcome.ERROR) + " != "
                        + terms + " = " + byCause);
            }
        }
    }

    /**
     * @param counts  what the partitions counted of the failures, or null
     * @param network the network
     * @return requests the edge tier refused while down (0 without failures)
     */
    static long refusedAtTheEdge(FailureCounts counts, Network network) {
        long refused = 0;
        for (int node = 0; counts != null && node < network.nodeCount(); node++) {
            if (network.tierOf(node) == 0) {
                refused += counts.refused(node);
            }
        }
        return refused;
    }

    private static String where(Network network, List<String> nodeIds, List<String> tierNames, int node) {
        return tierNames.get(network.tierOf(node)) + " node '" + nodeIds.get(node) + "'";
    }
}
