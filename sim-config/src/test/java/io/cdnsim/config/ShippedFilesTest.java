package io.cdnsim.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cdnsim.content.CacheControl;
import io.cdnsim.content.ObjectKind;
import io.cdnsim.model.CacheNodeSpec;
import io.cdnsim.model.LiveEvent;
import io.cdnsim.model.OnDemandService;
import io.cdnsim.model.Scenario;
import io.cdnsim.model.SyntheticStream;
import io.cdnsim.model.SizeSpec;
import io.cdnsim.model.Tier;
import io.cdnsim.model.Topology;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The topologies and scenarios shipped in topologies/ and scenarios/ load, with the facts their comments state. */
class ShippedFilesTest {

    private static final Path TOPOLOGIES = Path.of("..", "topologies");
    private static final Path SCENARIOS = Path.of("..", "scenarios");
    private static final long MS = 1_000L;
    private static final long S = 1_000_000L;

    static Stream<Path> topologyFiles() throws IOException {
        return yamlFiles(TOPOLOGIES);
    }

    static Stream<Path> scenarioFiles() throws IOException {
        return yamlFiles(SCENARIOS);
    }

    private static Stream<Path> yamlFiles(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            List<Path> files = s.filter(p -> p.toString().endsWith(".yaml")).sorted().collect(Collectors.toList());
            assertFalse(files.isEmpty(), "no files in " + dir.toAbsolutePath());
            return files.stream();
        }
    }

    // Pins that every shipped topology loads and is well formed: unique ids, every parent resolves inwards.
    @ParameterizedTest(name = "{0}")
    @MethodSource("topologyFiles")
    void everyTopologyLoads(Path file) throws ScenarioException {
        Topology t = TopologyReader.read(file, file.toString());
        assertFalse(t.regions().isEmpty());
        assertFalse(t.tiers().isEmpty());
        assertFalse(t.origins().isEmpty());
        assertParentsResolveInwards(t);
        for (CacheNodeSpec n : t.edge().nodes()) {
            assertTrue(t.regions().contains(n.region()), n.id() + " serves an unknown region " + n.region());
        }
    }

    static Stream<Path> pricingFiles() throws IOException {
        return yamlFiles(Path.of("..", "pricing"));
    }

    // Pins that every shipped price sheet loads, names its source and date, and is marked as example prices (the
    // shipped sheets carry the seeds' figures, not a contract).
    @ParameterizedTest(name = "{0}")
    @MethodSource("pricingFiles")
    void everyPriceSheetLoadsAndIsMarkedAsAnExample(Path file) throws ScenarioException, IOException {
        io.cdnsim.cost.PriceSheet sheet = PriceSheetReader.read(file, file.toString());
        assertEquals(file.getFileName().toString(), sheet.name() + ".yaml", "name matches the file name");
        assertTrue(sheet.example(), "shipped sheets are examples");
        assertTrue(sheet.source().contains("Seed 00"), "the source names the seed: " + sheet.source());
        assertTrue(sheet.date().matches("\\d{4}-\\d{2}-\\d{2}"), sheet.date());
        assertTrue(Files.readString(file).startsWith("# EXAMPLE"), "the first line says these are examples");
    }

    // Pins the sports scenarios' cost sections: three sheets found in pricing/ by name, the measured 6 minutes
    // repeated 7,200 times (30 days), HTTPS only, no baseline.
    @Test
    void sportsScenariosAreBilled() throws ScenarioException {
        for (String name : List.of("sports-saturday.yaml", "sports-saturday-shield.yaml")) {
            Scenario s = scenario(name);
            assertEquals(List.of("cloudfront-style", "cloud-origin-egress", "origin-compute-example"),
                    s.cost().prices().sheets().stream().map(io.cdnsim.cost.PriceSheet::name).toList());
            assertEquals(7200, s.cost().projection().repeatsPerMonth());
            assertEquals(0, s.cost().projection().baselineBytes());
            assertEquals(0, java.math.BigDecimal.ONE.compareTo(s.cost().httpsShare()));
        }
    }

    // Pins that every shipped scenario loads together with the topology it names.
    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarioFiles")
    void everyScenarioLoads(Path file) throws ScenarioException {
        Scenario s = ScenarioReader.read(file);
        assertEquals(file.getFileName().toString(), s.name() + ".yaml", "name matches the file name");
        assertTrue(s.run().duration() > s.run().warmup());
        if (s.demand() instanceof OnDemandService vod) {
            assertTrue(vod.totalViewers() > 0);
            assertTrue(vod.titles() > 0);
        } else if (s.demand() instanceof SyntheticStream stream) {
            assertTrue(stream.workload().rate() > 0);
        } else {
            LiveEvent live = assertInstanceOf(LiveEvent.class, s.demand());
            assertTrue(live.audience().viewers() > 0);
            assertTrue(live.segmentDuration() > 0);
        }
        assertParentsResolveInwards(s.topology());
    }

    // Pins five-tier-global: 24 edge POPs (6 per region), 4 mids (one per region), 1 shield, 1 origin.
    @Test
    void fiveTierGlobal() throws ScenarioException {
        Topology t = topology("five-tier-global.yaml");
        assertEquals("five-tier-global", t.name());
        assertEquals(List.of("eu", "na", "apac", "latam"), t.regions());
        assertEquals(List.of("edge", "mid", "shield"), tierNames(t));
        assertEquals(List.of(24, 4, 1), nodeCounts(t));
        assertEquals(1, t.origins().size());
        assertEquals("origin", t.origins().get(0).id());
        Map<String, Long> perRegion = t.edge().nodes().stream()
                .collect(Collectors.groupingBy(CacheNodeSpec::region, Collectors.counting()));
        assertEquals(Map.of("eu", 6L, "na", 6L, "apac", 6L, "latam", 6L), perRegion);
        // each edge POP's parent is the mid-tier cache of its own region; every mid fetches from the one shield
        Map<String, CacheNodeSpec> byId = byId(t);
        for (CacheNodeSpec edge : t.edge().nodes()) {
            CacheNodeSpec mid = byId.get(edge.parent());
            assertEquals("mid", tierOf(t, mid.id()).name(), edge.id());
            assertEquals(edge.region(), mid.region(), edge.id());
        }
        String shield = t.tiers().get(2).nodes().get(0).id();
        assertTrue(t.tiers().get(1).nodes().stream().allMatch(m -> m.parent().equals(shield)));
        assertEquals("origin", byId.get(shield).parent());
        // units: 12ms, 400Gbps, 20GB / 200GB / 1TB as written; no bandwidth means unlimited
        assertEquals(12 * MS, byId.get("edge-lon").rtt());
        assertEquals(3.0, byId.get("edge-lon").weight());
        assertEquals(400_000_000_000L, byId.get("mid-sin").bandwidth());
        assertEquals(Long.MAX_VALUE, byId.get("edge-lon").bandwidth());
        long edgeCapacity = byId.get("edge-lon").cache().capacityBytes();
        long midCapacity = byId.get("mid-fra").cache().capacityBytes();
        long shieldCapacity = byId.get(shield).cache().capacityBytes();
        assertTrue(0 < edgeCapacity && edgeCapacity < midCapacity && midCapacity < shieldCapacity,
                edgeCapacity + " < " + midCapacity + " < " + shieldCapacity);
        assertEquals("lru", byId.get(shield).cache().eviction());
        assertTrue(byId.get("edge-lon").cache().collapsing());
    }

    // Pins edge-shield: 6 edge POPs in 2 regions all fetching from one shield (with a larger cache) before the origin.
    @Test
    void edgeShield() throws ScenarioException {
        Topology t = topology("edge-shield.yaml");
        assertEquals(List.of("eu", "na"), t.regions());
        assertEquals(List.of("edge", "shield"), tierNames(t));
        assertEquals(List.of(6, 1), nodeCounts(t));
        CacheNodeSpec shield = t.tiers().get(1).nodes().get(0);
        assertTrue(t.edge().nodes().stream().allMatch(n -> n.parent().equals(shield.id())));
        assertEquals("origin", shield.parent());
        assertEquals(3, t.edge().nodes().stream().filter(n -> n.region().equals("eu")).count());
        assertTrue(shield.cache().capacityBytes() > t.edge().nodes().get(0).cache().capacityBytes());
        assertFalse(shield.cache().hasFixedHitRatio());
    }

    // Pins edge-only: the same 6 edge POPs as edge-shield, fetching directly from the origin.
    @Test
    void edgeOnly() throws ScenarioException {
        Topology t = topology("edge-only.yaml");
        Topology withShield = topology("edge-shield.yaml");
        assertEquals(List.of("eu", "na"), t.regions());
        assertEquals(List.of(6), nodeCounts(t));
        assertTrue(t.edge().nodes().stream().allMatch(n -> n.parent().equals("origin")));
        assertEquals(withShield.edge().nodes().stream().map(CacheNodeSpec::id).collect(Collectors.toList()),
                t.edge().nodes().stream().map(CacheNodeSpec::id).collect(Collectors.toList()));
        assertEquals(withShield.edge().nodes().get(0).cache(), t.edge().nodes().get(0).cache());
    }

    // Pins fixed-ratio-chain: three single-node tiers with fixed hit ratios 0.95/0.92/0.95 and collapsing off.
    @Test
    void fixedRatioChain() throws ScenarioException {
        Topology t = topology("fixed-ratio-chain.yaml");
        assertEquals(List.of("global"), t.regions());
        assertEquals(List.of("edge", "mid", "shield"), tierNames(t));
        assertEquals(List.of(1, 1, 1), nodeCounts(t));
        double[] ratios = {0.95, 0.92, 0.95};
        for (int i = 0; i < 3; i++) {
            CacheNodeSpec n = t.tiers().get(i).nodes().get(0);
            assertTrue(n.cache().hasFixedHitRatio());
            assertEquals(ratios[i], n.cache().fixedHitRatio());
            assertFalse(n.cache().collapsing());
        }
        assertEquals(List.of("mid", "shield", "origin"),
                t.tiers().stream().map(x -> x.nodes().get(0).parent()).collect(Collectors.toList()));
    }

    // Pins hierarchy-arithmetic: 50,000 req/s, uniform popularity, through fixed-ratio-chain; defaults filled in.
    @Test
    void hierarchyArithmetic() throws ScenarioException {
        Scenario s = scenario("hierarchy-arithmetic.yaml");
        assertEquals("fixed-ratio-chain", s.topology().name());
        assertEquals(1L, s.seed());
        assertEquals(50_000.0, stream(s).workload().rate());
        assertEquals(0.0, stream(s).workload().alpha());
        assertInstanceOf(SizeSpec.Fixed.class, stream(s).workload().size());
        assertEquals(ObjectKind.MEDIA_SEGMENT, stream(s).workload().kind());
        assertTrue(stream(s).workload().regionWeights().isEmpty());
        assertEquals(1, s.run().replications());
        // defaults of fields the file leaves out
        assertEquals(500L, s.headerBytes());
        assertEquals(30 * MS, stream(s).clients().rtt());
        assertEquals(20_000_000L, stream(s).clients().throughput());
        assertEquals(86400 * S, s.cacheControlOf(ObjectKind.MEDIA_SEGMENT).maxAge());
        assertEquals(1 * S, s.cacheControlOf(ObjectKind.MEDIA_PLAYLIST).maxAge());
        assertEquals(300 * S, s.cacheControlOf(ObjectKind.MASTER_MANIFEST).maxAge());
        assertTrue(s.cacheControlOf(ObjectKind.KEY).noStore());
    }

    // Pins zipf-edge-only as "the same stream as zipf-edge-shield" on the edge-only topology.
    @Test
    void zipfEdgeOnlyIsTheEdgeShieldStreamWithoutTheShield() throws ScenarioException {
        Scenario shield = scenario("zipf-edge-shield.yaml");
        Scenario only = scenario("zipf-edge-only.yaml");
        assertEquals("edge-shield", shield.topology().name());
        assertEquals("edge-only", only.topology().name());
        assertEquals(shield.seed(), only.seed());
        assertEquals(shield.run(), only.run());
        assertEquals(stream(shield).workload(), stream(only).workload());
        assertEquals(shield.cacheControl(), only.cacheControl());
        assertEquals(stream(shield).clients(), stream(only).clients());
        assertEquals(42L, shield.seed());
        assertEquals(100_000, stream(shield).workload().objects());
        assertEquals(Map.of("eu", 0.5, "na", 0.5), stream(shield).workload().regionWeights());
        assertEquals(new SizeSpec.Fixed(2_000_000), stream(shield).workload().size());
        assertEquals(new CacheControl(86400 * S, CacheControl.ABSENT, CacheControl.ABSENT, 3600 * S, false),
                shield.cacheControlOf(ObjectKind.MEDIA_SEGMENT));
        assertEquals(25_000_000L, stream(shield).clients().throughput());
    }

    // Pins zipf-five-tier-global: lognormal sizes, four weighted regions adding to 1, max-age with stale directives.
    @Test
    void zipfFiveTierGlobal() throws ScenarioException {
        Scenario s = scenario("zipf-five-tier-global.yaml");
        assertEquals("five-tier-global", s.topology().name());
        assertEquals(List.of(24, 4, 1), nodeCounts(s.topology()));
        assertEquals(7L, s.seed());
        assertEquals(200_000, stream(s).workload().objects());
        SizeSpec.LogNormal size = assertInstanceOf(SizeSpec.LogNormal.class, stream(s).workload().size());
        assertEquals(1_500_000L, size.medianBytes());
        assertEquals(0.5, size.sigma());
        assertEquals(Set.of("eu", "na", "apac", "latam"), stream(s).workload().regionWeights().keySet());
        assertEquals(1.0, stream(s).workload().regionWeights().values().stream().mapToDouble(Double::doubleValue).sum(),
                1e-9);
        CacheControl segments = s.cacheControlOf(ObjectKind.MEDIA_SEGMENT);
        assertEquals(180 * S, segments.maxAge());
        assertEquals(60 * S, segments.staleWhileRevalidate());
        assertEquals(3600 * S, segments.staleIfError());
    }

    private static Topology topology(String name) throws ScenarioException {
        Path file = TOPOLOGIES.resolve(name);
        return TopologyReader.read(file, file.toString());
    }

    private static Scenario scenario(String name) throws ScenarioException {
        return ScenarioReader.read(SCENARIOS.resolve(name));
    }

    private static List<String> tierNames(Topology t) {
        return t.tiers().stream().map(Tier::name).collect(Collectors.toList());
    }

    private static List<Integer> nodeCounts(Topology t) {
        return t.tiers().stream().map(x -> x.nodes().size()).collect(Collectors.toList());
    }

    private static Map<String, CacheNodeSpec> byId(Topology t) {
        Map<String, CacheNodeSpec> m = new HashMap<>();
        for (Tier tier : t.tiers()) {
            for (CacheNodeSpec n : tier.nodes()) {
                assertTrue(m.put(n.id(), n) == null, "duplicate id " + n.id());
            }
        }
        return m;
    }

    private static Tier tierOf(Topology t, String id) {
        for (Tier tier : t.tiers()) {
            for (CacheNodeSpec n : tier.nodes()) {
                if (n.id().equals(id)) {
                    return tier;
                }
            }
        }
        return null;
    }

    /** Every node's parent is a node of a later tier or an origin. */
    private static void assertParentsResolveInwards(Topology t) {
        Map<String, Integer> tierOfId = new HashMap<>();
        for (int i = 0; i < t.tiers().size(); i++) {
            for (CacheNodeSpec n : t.tiers().get(i).nodes()) {
                tierOfId.put(n.id(), i);
            }
        }
        t.origins().forEach(o -> tierOfId.put(o.id(), t.tiers().size()));
        for (int i = 0; i < t.tiers().size(); i++) {
            for (CacheNodeSpec n : t.tiers().get(i).nodes()) {
                Integer parentTier = tierOfId.get(n.parent());
                assertTrue(parentTier != null, n.id() + ": parent " + n.parent() + " does not resolve");
                assertTrue(parentTier > i, n.id() + ": parent " + n.parent() + " is not inward");
            }
        }
    }

    private static SyntheticStream stream(Scenario s) {
        return assertInstanceOf(SyntheticStream.class, s.demand());
    }
}
