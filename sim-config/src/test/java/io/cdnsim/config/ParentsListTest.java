package io.cdnsim.config;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.cdnsim.model.CacheNodeSpec;
import io.cdnsim.model.Topology;
import io.cdnsim.model.Uplink;
import io.cdnsim.network.Partitioning;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A topology node's ordered parents list (N7): read into the first parent and its secondaries, each with its link. */
class ParentsListTest {

    private static final long MS = 1_000;

    @TempDir
    Path dir;

    private Topology read(String text) throws IOException, ScenarioException {
        Path file = Files.writeString(dir.resolve("t.yaml"), text);
        return TopologyReader.read(file, file.toString());
    }

    // Pins that a parents list gives the node its first parent and link, and the others in order as secondaries;
    // that a node written with one parent has none; and that a secondary link under 10 ms joins partitions as the
    // first does, and a longer one between partitions bounds the lookahead.
    @Test
    void aParentsListReadsInOrder() throws IOException, ScenarioException {
        Topology t = read("""
                name: two-mids
                regions: [eu, na]
                tiers:
                  - name: edge
                    cache: { capacity: 1GB }
                    nodes:
                      - id: edge-a
                        region: eu
                        parents:
                          - { id: mid-a, rtt: 12ms }
                          - { id: mid-b, rtt: 30ms, bandwidth: 10Gbps }
                      - { id: edge-b, region: na, parent: mid-b, rtt: 12ms }
                  - name: mid
                    cache: { capacity: 10GB }
                    nodes:
                      - { id: mid-a, region: eu, parent: origin, rtt: 50ms }
                      - id: mid-b
                        region: na
                        parents: [{ id: origin, rtt: 2ms }]
                origins:
                  - { id: origin }
                """);
        CacheNodeSpec a = t.edge().nodes().get(0);
        assertEquals("mid-a", a.parent());
        assertEquals(12 * MS, a.rtt());
        assertEquals(List.of(new Uplink("mid-b", 30 * MS, 10_000_000_000L)), a.secondaries());
        assertEquals(List.of(new Uplink("mid-a", 12 * MS, Long.MAX_VALUE), new Uplink("mid-b", 30 * MS,
                10_000_000_000L)), a.uplinks());
        assertEquals(List.of(), t.edge().nodes().get(1).secondaries());
        assertEquals("origin", t.tiers().get(1).nodes().get(1).parent());
        Partitioning p = Partitioning.of(t);
        assertEquals(2, p.count());
        assertEquals(15 * MS, p.lookahead(), "half of edge-a's 30 ms to mid-b, its secondary parent in the other "
                + "partition (without it, 25 ms: mid-a to the origin)");
    }
}
