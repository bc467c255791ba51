package io.cdnsim.model;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

/**
 * One entry of a scenario's failure schedule (N7): during {@code [from, to)} a node is down, a link between caches
 * is slow, a link to the viewers (a POP's egress, a region's peering) has lost a share of its capacity, or an origin
 * fails a share of its requests or answers slowly. Times are microseconds from the run's start; a window
 * lies within the run.
 */
public sealed interface Failure permits Failure.Outage, Failure.LinkDegraded, Failure.CapacityLost,
        Failure.OriginTrouble {

    /** @return when it starts, microseconds */
    long from();

    /** @return when it ends, microseconds (after {@link #from()}) */
    long to();

    /** @return the node, link or origin it affects, as the scenario names it */
    String target();

    /** @return what fails, in a few words ({@code node shield-iad down}) */
    String what();

    /**
     * Nodes down together: each receives nothing and fails what it was fetching; the viewers of a down edge POP are
     * moved after {@code detection} (to another POP of their CDN in their region, else to another CDN's).
     */
    sealed interface Outage extends Failure permits NodeDown, CdnDown {

        /** @return the ids of the nodes it takes down */
        List<String> nodes();

        /** @return whether they come back with empty caches (else with the copies they held) */
        boolean cold();

        /** @return how long the viewers of a down edge POP keep asking it before they are moved, microseconds */
        long detection();
    }

    /**
     * One CDN of several (N8) loses a region, or all of it: every cache node of that CDN in the region (every one, for
     * the whole CDN) is down, as for {@link NodeDown}.
     *
     * @param cdn       the CDN's name
     * @param region    the region, or {@code *} for the whole CDN
     * @param nodes     the ids of the nodes it takes down, in topology order
     * @param from      start, microseconds
     * @param to        end, microseconds
     * @param cold      whether they come back with empty caches
     * @param detection how long the viewers of its edge POPs keep asking them before their DNS (or anycast) sends
     *                  them elsewhere, microseconds
     */
    record CdnDown(String cdn, String region, List<String> nodes, long from, long to, boolean cold, long detection)
            implements Outage {

        /** Copies the list. */
        public CdnDown {
            nodes = List.copyOf(nodes);
        }

        @Override
        public String target() {
            return region.equals(ALL_REGIONS) ? cdn : cdn + " in " + region;
        }

        @Override
        public String what() {
            return "cdn " + target() + " down (" + nodes.size() + " nodes)";
        }
    }

    /** The region of a {@link CdnDown} that takes a whole CDN down. */
    String ALL_REGIONS = "*";

    /**
     * A node (a cache node or an origin) down: it receives nothing; what it was fetching fails; a viewer of a down edge
     * POP is moved to another POP of its region after {@code detection}.
     *
     * @param node      the node's id
     * @param from      start, microseconds
     * @param to        end, microseconds
     * @param cold      whether it comes back with an empty cache (else with the copies it held)
     * @param detection for an edge POP, how long its viewers' DNS (or anycast) takes to send them elsewhere,
     *                  microseconds
     */
    record NodeDown(String node, long from, long to, boolean cold, long detection) implements Outage {

        @Override
        public List<String> nodes() {
            return List.of(node);
        }

        @Override
        public String target() {
            return node;
        }

        @Override
        public String what() {
            return "node " + node + " down";
        }
    }

    /**
     * A link between a node and one of its parents degraded: every crossing takes {@code addedRtt / 2} longer.
     *
     * @param child    the node below
     * @param parent   the parent above (one of the child's parents)
     * @param from     start, microseconds
     * @param to       end, microseconds
     * @param addedRtt RTT added to the link, microseconds
     */
    record LinkDegraded(String child, String parent, long from, long to, long addedRtt) implements Failure {

        @Override
        public String target() {
            return child + " -> " + parent;
        }

        @Override
        public String what() {
            return "link " + child + " -> " + parent + " degraded";
        }
    }

    /**
     * A link to the viewers that has lost a share of its capacity (a cut transit link, a POP's ports down): the
     * downloads through it share what is left ({@code 1 - lost} of its capacity).
     *
     * @param link    the edge POP's id for its egress, or the region for its peering link
     * @param peering whether it is a region's peering link (else a POP's egress)
     * @param from    start, microseconds
     * @param to      end, microseconds
     * @param lost    share of the link's capacity lost, 0 to 1
     */
    record CapacityLost(String link, boolean peering, long from, long to, double lost) implements Failure {

        @Override
        public String target() {
            return (peering ? "peering " : "egress ") + link;
        }

        @Override
        public String what() {
            return target() + " lost " + String.format(Locale.ROOT, "%.0f %%", lost * 100) + " of its capacity";
        }
    }

    /**
     * An origin in trouble: it fails {@code errorShare} of the requests that arrive (an error after its service
     * time, drawn from the stream {@code failures/<origin id>}) and answers the others {@code addedLatency} later.
     *
     * @param origin       the origin's id
     * @param from         start, microseconds
     * @param to           end, microseconds
     * @param errorShare   share of requests failed, 0 to 1
     * @param addedLatency time added to its service time, microseconds
     */
    record OriginTrouble(String origin, long from, long to, double errorShare, long addedLatency)
            implements Failure {

        @Override
        public String target() {
            return origin;
        }

        @Override
        public String what() {
            String share = String.format(Locale.ROOT, "%.0f %%", errorShare * 100);
            return "origin " + origin + (errorShare > 0 ? " failing " + share : "")
                    + (errorShare > 0 && addedLatency > 0 ? " and" : "")
                    + (addedLatency > 0 ? " slow by " + BigDecimal.valueOf(addedLatency).movePointLeft(6)
                    .stripTrailingZeros().toPlainString() + " s" : "");
        }
    }
}
