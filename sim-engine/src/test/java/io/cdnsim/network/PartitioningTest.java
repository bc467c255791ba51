package io.cdnsim.network;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.cdnsim.cache.TtlRule;
import io.cdnsim.model.CacheNodeSpec;
import io.cdnsim.model.CacheSettings;
import io.cdnsim.model.OriginSpec;
import io.cdnsim.model.Tier;
import io.cdnsim.model.Topology;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The partitioning rule on small hand-made topologies (node numbers: the edges, then the mids, shield, origin). */
class PartitioningTest {

    private static final long MS = 1_000;

    private static final CacheSettings CACHE = new CacheSettings(1_000_000_000L, "lru", -1, TtlRule.ORIGIN, true,
            true, Long.MAX_VALUE, 0);

    private static CacheNodeSpec node(String id, String region, String parent, long rtt) {
        return new CacheNodeSpec(id, region, 1, parent, rtt, Long.MAX_VALUE, CACHE);
    }

    private static Topology topology(List<String> regions, List<Tier> tiers) {
        return new Topology("t", "", regions, tiers,
                List.of(new OriginSpec("origin", 10 * MS, Double.POSITIVE_INFINITY, Long.MAX_VALUE, 10_000 * MS)));
    }

    /**
     * Pins the rule on two regions: e1, e2 (region a, 10 and 12 ms from m1), e3, e4 (region b, 14 and 16 ms from m2),
     * m1 and m2 30 and 40 ms from the shield, the shield 2 ms from the origin. Every edge link is long, so each mid is
     * a group without edges and joins its first child's (its region's); the shield is 2 ms from the origin, and the
     * two join the group of m1, the shield's first child: partitions {a, m1, shield, origin} and {b, m2}, lookahead
     * half of m2's 40 ms.
     */
    @Test
    void regionsFarFromTheShieldArePartitionsWithTheirMids() {
        Topology t = topology(List.of("a", "b"), List.of(
                new Tier("edge", List.of(node("e1", "a", "m1", 10 * MS), node("e2", "a", "m1", 12 * MS),
                        node("e3", "b", "m2", 14 * MS), node("e4", "b", "m2", 16 * MS))),
                new Tier("mid", List.of(node("m1", "a", "shield", 30 * MS), node("m2", "b", "shield", 40 * MS))),
                new Tier("shield", List.of(node("shield", "a", "origin", 2 * MS)))));
        Partitioning p = Partitioning.of(t);
        assertEquals(2, p.count());
        int[] expected = {0, 0, 1, 1, 0, 1, 0, 0};
        for (int n = 0; n < expected.length; n++) {
            assertEquals(expected[n], p.of(n), "node " + n);
        }
        assertEquals(20 * MS, p.lookahead());
    }

    /**
     * Pins that a network with one region is one partition however long its links (its edges share the viewers, and
     * the origin, having none, joins them), and that short links join regions: two regions 5 ms from one origin.
     */
    @Test
    void oneRegionOrShortLinksMakeOnePartition() {
        Topology far = topology(List.of("a"), List.of(new Tier("edge", List.of(node("e1", "a", "origin", 80 * MS),
                node("e2", "a", "origin", 90 * MS)))));
        assertEquals(1, Partitioning.of(far).count());
        assertEquals(Long.MAX_VALUE, Partitioning.of(far).lookahead());
        Topology near = topology(List.of("a", "b"), List.of(new Tier("edge", List.of(
                node("e1", "a", "origin", 5 * MS), node("e2", "b", "origin", 5 * MS)))));
        assertEquals(1, Partitioning.of(near).count());
    }

    /**
     * Pins the lookahead and the numbering: two regions each 12 and 14 ms from the origin form {a with the origin}
     * (the origin joins its first child) and {b}; the lookahead is half of b's 14 ms link, the only one between them.
     */
    @Test
    void lookaheadIsHalfTheShortestLinkBetweenPartitions() {
        Topology t = topology(List.of("a", "b"), List.of(new Tier("edge", List.of(
                node("e1", "a", "origin", 12 * MS), node("e2", "b", "origin", 14 * MS)))));
        Partitioning p = Partitioning.of(t);
        assertEquals(2, p.count());
        assertEquals(0, p.of(0));
        assertEquals(1, p.of(1));
        assertEquals(0, p.of(2));
        assertEquals(7 * MS, p.lookahead());
    }
}
