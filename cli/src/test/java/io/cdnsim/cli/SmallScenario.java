package io.cdnsim.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The small valid files the hostile scenario corpus starts from (a two-tier topology, a synthetic stream with a
 * price sheet, a live event), and the check that one thing made hostile is refused by {@code cdnsim validate} and
 * {@code cdnsim run} as {@link Hostile} promises.
 */
final class SmallScenario {

    static final String TOPOLOGY = """
            name: small
            regions: [eu, na]
            tiers:
              - name: edge
                cache: { capacity: 1GB, lockTimeout: 5s }
                nodes:
                  - { id: edge-a, region: eu, parent: shield, rtt: 10ms }
                  - { id: edge-b, region: na, parent: shield, rtt: 20ms }
              - name: shield
                cache: { capacity: 10GB }
                nodes:
                  - { id: shield, region: eu, parent: origin, rtt: 5ms }
            origins:
              - { id: origin, serviceTime: 10ms, timeout: 10s }
            """;

    static final String SCENARIO = """
            name: small-run
            topology: topo.yaml
            seed: 1
            headerSize: 500B
            run: { duration: 10s, warmup: 2s }
            workload:
              objects: 1000
              rate: 100/s
              objectSize: 1MB
            clients: { rtt: 30ms }
            cost:
              sheets: [sheet.yaml]
              projection: { repeatsPerMonth: 30 }
            """;

    static final String SHEET = """
            name: sheet
            provider: Test CDN
            source: made up for the tests
            date: 2026-01-01
            delivery:
              perGB: 0.01/GB
            requests:
              https: 0.01/10k
            originCompute: { requestsPerInstance: 1000/s, price: 0.10/h }
            """;

    /** A live event on the small topology. */
    static final String LIVE = """
            name: small-live
            topology: topo.yaml
            run: { duration: 30s }
            live: { segmentDuration: 2s, ladder: hd }
            audience:
              viewers: 100
              arrival: { type: spike, at: 1s, ramp: 5s }
              patience: 10s
              devices:
                - { name: tv, weight: 1, maxBuffer: 30s, throughputFactor: 1.0 }
              congestion:
                - { region: eu, from: 10s, to: 20s, factor: 0.3 }
            """;

    private SmallScenario() {
    }

    /**
     * Writes the three files, each with one replacement applied where its text occurs, and checks that validate and
     * run refuse the scenario with a message holding {@code says}.
     *
     * @param replace pairs of (text, replacement), applied to whichever file holds the text
     */
    static void refused(Path dir, List<String> replace, String... says) throws IOException {
        String[] texts = {SCENARIO, TOPOLOGY, SHEET};
        for (int i = 0; i < replace.size(); i += 2) {
            boolean found = false;
            for (int t = 0; t < texts.length; t++) {
                if (texts[t].contains(replace.get(i))) {
                    texts[t] = texts[t].replace(replace.get(i), replace.get(i + 1));
                    found = true;
                }
            }
            assertTrue(found, "no file holds '" + replace.get(i) + "'");
        }
        Files.writeString(dir.resolve("scn.yaml"), texts[0]);
        Files.writeString(dir.resolve("topo.yaml"), texts[1]);
        Files.writeString(dir.resolve("sheet.yaml"), texts[2]);
        String scenario = dir.resolve("scn.yaml").toString();
        Hostile.refused(dir, List.of("validate", scenario), says);
        Hostile.refused(dir, List.of("run", scenario, "--out", dir.resolve("out").toString()), says);
    }

    static void refused(Path dir, String text, String replacement, String... says) throws IOException {
        refused(dir, List.of(text, replacement), says);
    }

    /** A live event on the same topology, with one replacement. */
    static void liveRefused(Path dir, String text, String replacement, String... says) throws IOException {
        assertTrue(LIVE.contains(text), text);
        Files.writeString(dir.resolve("topo.yaml"), TOPOLOGY);
        Path file = Files.writeString(dir.resolve("live.yaml"), LIVE.replace(text, replacement));
        Hostile.refused(dir, List.of("validate", file.toString()), says);
        Hostile.refused(dir, List.of("run", file.toString(), "--out", dir.resolve("out").toString()), says);
    }
}
