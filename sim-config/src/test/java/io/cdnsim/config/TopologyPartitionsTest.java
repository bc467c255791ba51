package io.cdnsim.config;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.cdnsim.model.CacheNodeSpec;
import io.cdnsim.model.OriginSpec;
import io.cdnsim.model.Tier;
import io.cdnsim.model.Topology;
import io.cdnsim.network.Partitioning;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** The partitions of the shipped topologies that viewer scenarios run on (docs/model.md, Partitions). */
class TopologyPartitionsTest {

    private static Topology read(String name) throws ScenarioException {
        Path file = Path.of("..", "topologies", name + ".yaml");
        return TopologyReader.read(file, file.toString());
    }

    /** @return node ids grouped by partition, in node order */
    private static Map<Integer, List<String>> groups(Topology t) {
        Partitioning p = Partitioning.of(t);
        List<String> ids = new ArrayList<>();
        for (Tier tier : t.tiers()) {
            tier.nodes().stream().map(CacheNodeSpec::id).forEach(ids::add);
        }
        t.origins().stream().map(OriginSpec::id).forEach(ids::add);
        Map<Integer, List<String>> groups = new TreeMap<>();
        for (int n = 0; n < ids.size(); n++) {
            groups.computeIfAbsent(p.of(n), k -> new ArrayList<>()).add(ids.get(n));
        }
        return groups;
    }

    /**
     * Pins the five-tier global network's four partitions: each region's six edges with its mid-tier; the shield
     * (3 ms from mid-iad, 2 ms from the origin) and the origin with na; lookahead 42.5 ms, half of mid-fra's 85 ms
     * to the shield, the shortest link between partitions.
     */
    @Test
    void fiveTierGlobalSplitsByRegionWithTheShieldInNorthAmerica() throws ScenarioException {
        Topology t = read("five-tier-global");
        Map<Integer, List<String>> g = groups(t);
        assertEquals(4, g.size());
        assertEquals(List.of("edge-lon", "edge-fra", "edge-ams", "edge-par", "edge-mad", "edge-sto", "mid-fra"),
                g.get(0));
        assertEquals(List.of("edge-nyc", "edge-iad", "edge-ord", "edge-dfw", "edge-lax", "edge-sea", "mid-iad",
                "shield-iad", "origin"), g.get(1));
        assertEquals(List.of("edge-sin", "edge-tyo", "edge-hkg", "edge-syd", "edge-bom", "edge-icn", "mid-sin"),
                g.get(2));
        assertEquals(List.of("edge-gru", "edge-eze", "edge-scl", "edge-bog", "edge-mex", "edge-lim", "mid-gru"),
                g.get(3));
        assertEquals(42_500, Partitioning.of(t).lookahead());
    }

    /** Pins the edge+shield network: eu's edges (75 ms and more from the shield) apart from na's, which hold it. */
    @Test
    void edgeShieldSplitsEuropeFromNorthAmerica() throws ScenarioException {
        Map<Integer, List<String>> g = groups(read("edge-shield"));
        assertEquals(2, g.size());
        assertEquals(List.of("edge-lon", "edge-fra", "edge-mad"), g.get(0));
        assertEquals(List.of("edge-nyc", "edge-ord", "edge-lax", "shield-iad", "origin"), g.get(1));
    }
}
