package io.cdnsim.config;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cdnsim.model.RunSettings;
import io.cdnsim.model.Scenario;
import io.cdnsim.run.Simulation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Pins the event-trace fingerprint (Q2) of every shipped scenario, each run for a shortened time, replication 0: a
 * change that alters which events run, when, or in what order, in any scenario, fails here.
 */
class FingerprintTest {

    private static final Path SCENARIOS = Path.of("..", "scenarios");
    private static final long S = 1_000_000L;

    /** A pinned scenario: run for {@code seconds} of arrivals (warm-up at most half of that); its fingerprint. */
    private record Pin(int seconds, long fingerprint) {
    }

    /**
     * The expected fingerprints, in one place. When the model's behaviour changes on purpose (or a scenario is added
     * or edited), run this test: its failure message lists every scenario's new value as lines to paste here. Say in
     * the commit why the fingerprints changed. Keep the whole test under about 60 s when choosing the seconds.
     */
    private static final Map<String, Pin> PINNED = Map.ofEntries(
            Map.entry("abr-trace", new Pin(20, 0x457966615cc938aeL)),
            Map.entry("cache-key-fixed", new Pin(40, 0xe63d2a0ef030db79L)),
            Map.entry("cache-key-pollution", new Pin(30, 0xae25035d327d41d5L)),
            Map.entry("congestion-episode", new Pin(20, 0x5d22fa131663a868L)),
            Map.entry("congestion-episode-abandon", new Pin(20, 0xdc148ac12b223dd4L)),
            Map.entry("hierarchy-arithmetic", new Pin(8, 0x8fd4c29192405990L)),
            Map.entry("multi-cdn-commit", new Pin(20, 0x2c14befde8901019L)),
            Map.entry("multi-cdn-commit-all-a", new Pin(20, 0x2b721c299497823cL)),
            Map.entry("multi-cdn-commit-all-b", new Pin(20, 0xda8af5cff535c1b4L)),
            // The failover pair is one run until its failure at 3 min (MultiCdnScenariosTest runs them whole); the QoE
            // pair parts as soon as the steering service first moves shares (10 s).
            Map.entry("multi-cdn-failover", new Pin(20, 0x1fc440575f85e205L)),
            Map.entry("multi-cdn-failover-dns", new Pin(20, 0x1fc440575f85e205L)),
            Map.entry("multi-cdn-qoe", new Pin(20, 0x591c23c6b50e39a7L)),
            Map.entry("multi-cdn-qoe-weights", new Pin(20, 0x1613f48760bd5ff5L)),
            Map.entry("multi-cdn-shared-shield", new Pin(20, 0x150584954c1e7689L)),
            Map.entry("multi-cdn-weights", new Pin(20, 0x1bd665ac7fd9a70bL)),
            Map.entry("premiere-4k", new Pin(36, 0x24223f426404c52eL)),
            Map.entry("premiere-4k-more-pops", new Pin(36, 0x42b28fe4b22e1e68L)),
            Map.entry("premiere-keys-cached", new Pin(45, 0xeb699e2d5834f004L)),
            Map.entry("premiere-keys-private", new Pin(45, 0x6be228488c292ab3L)),
            // The failure scenarios' windows open at 3 min: their first 45 s are premiere-spike's, event for event (a
            // schedule not started yet changes nothing); FailureScenariosTest runs them whole.
            Map.entry("premiere-origin-outage", new Pin(45, 0x3f96223a288443e2L)),
            Map.entry("premiere-peering-cut", new Pin(45, 0x8b5c3d7ffd6167acL)),
            Map.entry("premiere-pop-failure", new Pin(45, 0x3f96223a288443e2L)),
            Map.entry("premiere-shield-failure", new Pin(45, 0x3f96223a288443e2L)),
            Map.entry("premiere-ll-hls", new Pin(45, 0xd2e5c0003bab2d50L)),
            Map.entry("premiere-spike", new Pin(45, 0x3f96223a288443e2L)),
            Map.entry("premiere-spike-no-collapsing", new Pin(45, 0x1b86c8ef2e25d35dL)),
            Map.entry("premiere-spike-no-shield", new Pin(45, 0x458ba7fd004eaf79L)),
            Map.entry("segment-2s", new Pin(40, 0x32b6b5a019eeb23dL)),
            Map.entry("segment-6s", new Pin(40, 0xf8aaa10e70d7351cL)),
            Map.entry("sports-saturday", new Pin(30, 0x023886db81cea1eeL)),
            Map.entry("sports-saturday-shield", new Pin(30, 0xd1c7f2ed855c8f6aL)),
            Map.entry("ssai-manifests", new Pin(40, 0xcf71a52cf31900cdL)),
            // The tutorials' scenarios run whole (90 s; the sports ones 2 measured minutes after 1 of warm-up), so
            // that the POP failure, at 60 s, is in its fingerprint.
            Map.entry("tutorial-premiere", new Pin(90, 0x5b8a4ebcdb00469cL)),
            Map.entry("tutorial-premiere-6s", new Pin(90, 0xdf523abfea563a48L)),
            Map.entry("tutorial-premiere-no-collapsing", new Pin(90, 0xdd6b2fcbfd529d38L)),
            Map.entry("tutorial-premiere-no-shield", new Pin(90, 0xe1de676696b5f04fL)),
            Map.entry("tutorial-premiere-pop-failure", new Pin(90, 0x6da39eacf4bc280bL)),
            Map.entry("tutorial-premiere-two-cdns", new Pin(90, 0x24cafe5742323464L)),
            Map.entry("tutorial-sports", new Pin(180, 0x44e0702fae78958eL)),
            Map.entry("tutorial-sports-shield", new Pin(180, 0x13b9cff2cf7afcb5L)),
            Map.entry("vod-catalog", new Pin(20, 0x46faae3a2faa97dfL)),
            Map.entry("vod-new-episode", new Pin(20, 0x861cbeda3e76d608L)),
            Map.entry("vod-prefetch-nor", new Pin(20, 0x15520913ea34d580L)),
            Map.entry("vod-prefetch-off", new Pin(20, 0x5109503084696a61L)),
            Map.entry("zipf-edge-only", new Pin(40, 0xa0a2af98fb21f91cL)),
            Map.entry("zipf-edge-shield", new Pin(40, 0x4189a4f59a0fa6fdL)),
            Map.entry("zipf-five-tier-global", new Pin(15, 0xf9d62be07984227dL)));

    private static Scenario shortened(Scenario scenario, int seconds) {
        long duration = Math.min(scenario.run().duration(), seconds * S);
        return scenario.withRun(new RunSettings(duration, Math.min(scenario.run().warmup(), duration / 2), 1));
    }

    // Pins every shipped scenario's fingerprint, and that every shipped scenario is pinned.
    @Test
    void everyShippedScenarioRunsTheEventsItRanBefore() throws IOException, ScenarioException {
        List<Path> files;
        try (Stream<Path> s = Files.list(SCENARIOS)) {
            files = s.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        }
        Map<String, String> actual = new TreeMap<>();
        List<String> wrong = new ArrayList<>();
        for (Path file : files) {
            Scenario scenario = ScenarioReader.read(file);
            Pin pin = PINNED.getOrDefault(scenario.name(), new Pin(20, 0L));
            long started = System.nanoTime();
            long fingerprint = Simulation.fingerprint(shortened(scenario, pin.seconds()), 0);
            System.out.printf("Fingerprint %-30s %3d s  %016x  (%.1f s)%n", scenario.name(), pin.seconds(),
                    fingerprint, (System.nanoTime() - started) / 1e9);
            actual.put(scenario.name(), String.format("            Map.entry(\"%s\", new Pin(%d, 0x%016xL)),",
                    scenario.name(), pin.seconds(), fingerprint));
            if (!PINNED.containsKey(scenario.name()) || PINNED.get(scenario.name()).fingerprint() != fingerprint) {
                wrong.add(scenario.name());
            }
        }
        TreeSet<String> gone = new TreeSet<>(PINNED.keySet());
        gone.removeAll(actual.keySet());
        assertTrue(wrong.isEmpty() && gone.isEmpty(), () -> "fingerprints differ for " + wrong + (gone.isEmpty() ? ""
                : ", pinned but not shipped: " + gone) + ". If the change is intended, replace PINNED with:\n"
                + String.join("\n", actual.values()));
    }
}
