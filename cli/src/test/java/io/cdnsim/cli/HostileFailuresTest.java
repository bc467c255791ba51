package io.cdnsim.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The hostile corpus of failure schedules and parents lists (N7): each starts from {@link SmallScenario}'s valid files
 * (a run of 10 s; edges edge-a and edge-b under the shield) with one thing made hostile, and must be refused by
 * validate and run with one line naming the file, the field and the problem, exit code 2, before anything runs.
 */
class HostileFailuresTest {

    @TempDir
    Path dir;

    /** The small scenario with a failures section added. */
    private void refused(String failures, String... says) throws IOException {
        SmallScenario.refused(dir, List.of("clients: { rtt: 30ms }\n", "clients: { rtt: 30ms }\nfailures:\n"
                + failures + "\n"), says);
    }

    /** The small scenario with a failures section added, edge-a given an egress capacity of 10 Gbit/s. */
    private void refusedWithEgress(String failures, String... says) throws IOException {
        SmallScenario.refused(dir, List.of("clients: { rtt: 30ms }\n", "clients: { rtt: 30ms }\nfailures:\n"
                + failures + "\n", "{ id: edge-a, region: eu, parent: shield, rtt: 10ms }",
                "{ id: edge-a, region: eu, parent: shield, rtt: 10ms, egress: 10Gbps }"), says);
    }

    private void topologyRefused(String text, String replacement, String... says) throws IOException {
        SmallScenario.refused(dir, text, replacement, says);
    }

    /** Pins that a failure naming a node the topology does not have is refused, with the closest id. */
    @Test
    void anUnknownNode() throws IOException {
        refused("  - { node: sheild, from: 2s, to: 4s }", "scn.yaml", "failures[0].node",
                "no node or origin of topology 'small' has the id 'sheild'", "did you mean 'shield'?");
        refused("  - { origin: orign, from: 2s, to: 4s, errorShare: 1 }", "failures[0].origin",
                "no origin of topology 'small' has the id 'orign'");
        refused("  - { link: [edge-a, origin], from: 2s, to: 4s, addedRtt: 50ms }", "failures[0].link",
                "'origin' is not a parent of 'edge-a'; its parents: [shield]");
    }

    /** Pins that a window that ends before it starts, or lies outside the run (10 s), is refused. */
    @Test
    void aWindowBackwardsOrOutsideTheRun() throws IOException {
        refused("  - { node: shield, from: 4s, to: 4s }", "scn.yaml", "failures[0].to", "must be after 'from'");
        refused("  - { node: shield, from: 10s, to: 12s }", "failures[0].from",
                "starts at or after the run's end (10s)");
        refused("  - { node: shield, from: 5s, to: 11s }", "failures[0].to", "ends after the run's end (10s)");
    }

    /** Pins that a share outside 0..1 is refused, for an origin's errors and a POP's lost egress capacity. */
    @Test
    void aShareOutsideZeroToOne() throws IOException {
        refused("  - { origin: origin, from: 2s, to: 4s, errorShare: 1.5 }", "failures[0].errorShare",
                "must be between 0 and 1, found 1.5");
        refusedWithEgress("  - { egress: edge-a, from: 2s, to: 4s, lostCapacity: -0.1 }", "failures[0].lostCapacity",
                "must be between 0 and 1, found -0.1");
    }

    /**
     * Pins that capacity is lost only where there is some: a link between caches (which has none in the model), a
     * POP or a region without a capacity, an unknown POP or region, and a loss without its share are refused.
     */
    @Test
    void capacityLostWhereThereIsNone() throws IOException {
        refused("  - { link: [edge-a, shield], from: 2s, to: 4s, lostCapacity: 0.5 }", "failures[0].lostCapacity",
                "links between caches have no capacity in the model", "egress: <edge id> or peering: <region>");
        refused("  - { egress: edge-a, from: 2s, to: 4s, lostCapacity: 0.5 }", "failures[0].egress",
                "'edge-a' has no egress capacity in topology 'small'");
        refused("  - { peering: eu, from: 2s, to: 4s, lostCapacity: 0.5 }", "failures[0].peering",
                "'eu' has no peering capacity in topology 'small'");
        refused("  - { egress: edge-c, from: 2s, to: 4s, lostCapacity: 0.5 }", "failures[0].egress",
                "no edge node of topology 'small' is called 'edge-c'", "did you mean");
        refused("  - { peering: us, from: 2s, to: 4s, lostCapacity: 0.5 }", "failures[0].peering",
                "no region of topology 'small' is called 'us'");
        refusedWithEgress("  - { egress: edge-a, from: 2s, to: 4s }", "failures[0].lostCapacity", "missing");
        refusedWithEgress("  - { egress: edge-a, from: 2s, to: 4s, lostCapacity: 0.5, addedRtt: 5ms }",
                "failures[0].addedRtt", "does not apply to a link to the viewers losing capacity");
    }

    /** Pins that an entry naming no target or two, a field of another kind, or overlapping windows is refused. */
    @Test
    void anEntryThatSaysTooLittleOrTooMuch() throws IOException {
        refused("  - { from: 2s, to: 4s }", "failures[0]", "missing: what fails");
        refused("  - { node: shield, origin: origin, from: 2s, to: 4s }", "failures[0]", "names 2 things");
        refused("  - { node: shield, from: 2s, to: 4s, errorShare: 0.5 }", "failures[0].errorShare",
                "does not apply to a node or a CDN down");
        refused("  - { node: shield, from: 2s, to: 4s, detection: 5s }", "failures[0].detection",
                "applies to an edge POP");
        refused("  - { node: shield, from: 2s, to: 4s, restart: frozen }", "failures[0].restart",
                "unknown restart 'frozen'");
        refused("  - { node: shield, from: 2s, to: 5s }\n  - { node: shield, from: 4s, to: 6s }",
                "failures[1].from", "overlaps the one of failures[0]");
    }

    /** Pins that a parents list naming a node of the same or an outer tier, the node itself, or a parent twice is
     *  refused (a parent of the same tier or below would let a request go round in a cycle). */
    @Test
    void aParentsListThatCouldGoRound() throws IOException {
        topologyRefused("{ id: edge-a, region: eu, parent: shield, rtt: 10ms }",
                "{ id: edge-a, region: eu, parents: [{ id: shield, rtt: 10ms }, { id: edge-b, rtt: 2ms }] }",
                "topo.yaml", "tiers[0].nodes[0].parents[1].id", "'edge-b' is in tier 'edge', which is not inward",
                "cycle");
        topologyRefused("{ id: shield, region: eu, parent: origin, rtt: 5ms }",
                "{ id: shield, region: eu, parents: [{ id: shield, rtt: 1ms }] }", "tiers[1].nodes[0].parents[0].id",
                "'shield' is the node itself");
        topologyRefused("{ id: edge-a, region: eu, parent: shield, rtt: 10ms }",
                "{ id: edge-a, region: eu, parents: [{ id: shield, rtt: 10ms }, { id: shield, rtt: 20ms }] }",
                "tiers[0].nodes[0].parents[1].id", "'shield' is listed twice");
        topologyRefused("{ id: edge-a, region: eu, parent: shield, rtt: 10ms }",
                "{ id: edge-a, region: eu, parent: shield, parents: [{ id: shield, rtt: 10ms }] }",
                "tiers[0].nodes[0].parent", "either 'parent' with its 'rtt'");
    }
}
