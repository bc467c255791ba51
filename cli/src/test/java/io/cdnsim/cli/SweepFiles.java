package io.cdnsim.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The tiny sweep the sweep tests run: 2 rates x 2 edge capacities x 3 replications of {@link SmallScenario}, seven
 * of its figures (fewer charts to draw).
 */
final class SweepFiles {

    static final String SWEEP = """
            name: tiny
            scenario: small.yaml
            replications: 3
            grid:
              workload.rate: [100/s, 200/s]
              topology.tiers[edge].cache.capacity: [100MB, 1GB]
            figures: [edge.requestHitRatio, shield.requestHitRatio, origin.requestsPerSecond, endToEnd.offload,
              viewers.timeToFirstByteP95Ms, bill.totalUsd, bill.cdnDeliveryUsd]
            """;

    private SweepFiles() {
    }

    /** @return the sweep file, beside its scenario, topology and price sheet in {@code dir} */
    static Path write(Path dir, String sweep) throws IOException {
        Files.writeString(dir.resolve("topo.yaml"), SmallScenario.TOPOLOGY);
        Files.writeString(dir.resolve("small.yaml"), SmallScenario.SCENARIO);
        Files.writeString(dir.resolve("sheet.yaml"), SmallScenario.SHEET);
        Path file = dir.resolve("sweep.yaml");
        Files.writeString(file, sweep);
        return file;
    }

    /** @return every file under a folder by its relative path, with its bytes */
    static Map<String, byte[]> files(Path dir) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path f : all.filter(Files::isRegularFile).toList()) {
                files.put(dir.relativize(f).toString(), Files.readAllBytes(f));
            }
        }
        return files;
    }
}
