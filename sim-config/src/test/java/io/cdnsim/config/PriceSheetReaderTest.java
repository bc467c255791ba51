package io.cdnsim.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.cdnsim.cost.PriceSheet;
import io.cdnsim.cost.Traffic;
import io.cdnsim.cost.TrafficPrice;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each way of pricing, read from a sheet into the engine's price model with its exact figures. */
class PriceSheetReaderTest {

    private static PriceSheet read(Path dir, String body) throws IOException, ScenarioException {
        Path file = dir.resolve("sheet.yaml");
        Files.writeString(file, "name: sheet\nsource: test\ndate: 2026-01-01\n" + body);
        return PriceSheetReader.read(file, "sheet.yaml");
    }

    // Pins regions: eu's bands (10 TB at $0.085, the rest at $0.02) and a '*' table; the provider defaults to the
    // name; not an example unless it says so.
    @Test
    void regions(@TempDir Path dir) throws IOException, ScenarioException {
        PriceSheet s = read(dir, "delivery:\n  regions:\n    eu:\n      - { upTo: 10TB, price: 0.085/GB }\n"
                + "      - { price: 0.02/GB }\n    \"*\":\n      - { price: $110/TB }\n");
        TrafficPrice.Tiered t = assertInstanceOf(TrafficPrice.Tiered.class, s.delivery());
        assertEquals(List.of(new TrafficPrice.Band(10_000_000_000_000L, new BigDecimal("0.085")),
                new TrafficPrice.Band(Long.MAX_VALUE, new BigDecimal("0.02"))), t.regions().get("eu"));
        assertEquals(0, new BigDecimal("0.11").compareTo(t.regions().get(Traffic.ANY_REGION).get(0).perGB()));
        assertEquals("sheet", s.provider());
        assertEquals(false, s.example());
        assertNull(s.requests());
    }

    // Pins commit plans (fee, volume, overage; the name defaults to the volume) and the 95th percentile per Mbit/s.
    @Test
    void commitAndPercentile(@TempDir Path dir) throws IOException, ScenarioException {
        PriceSheet s = read(dir, "delivery:\n  commit:\n    - { fee: $350/month, covers: 100TB, overage: 0.0035/GB }\n"
                + "originEgress:\n  percentile95: 400/Gbps\n");
        TrafficPrice.Commit c = assertInstanceOf(TrafficPrice.Commit.class, s.delivery());
        assertEquals(new TrafficPrice.Plan("100TB", new BigDecimal("350"), 100_000_000_000_000L,
                new BigDecimal("0.0035")), c.plans().get(0));
        TrafficPrice.Percentile95 p = assertInstanceOf(TrafficPrice.Percentile95.class, s.originEgress());
        assertEquals(0, new BigDecimal("0.4").compareTo(p.perMbps()));
    }

    // Pins requests, shield and compute: per 10k / per million, per GB, per hour, requests per instance, minimum.
    @Test
    void requestsShieldAndCompute(@TempDir Path dir) throws IOException, ScenarioException {
        PriceSheet s = read(dir, "requests: { https: 1/M, http: 0.0075/10k }\nshield: { perGB: 0.005/GB }\n"
                + "originCompute: { requestsPerInstance: 2k/s, price: 0.17/h, minimumInstances: 3 }\n");
        assertEquals(0, new BigDecimal("0.01").compareTo(s.requests().httpsPer10k()));
        assertEquals(0, new BigDecimal("0.0075").compareTo(s.requests().httpPer10k()));
        assertEquals(0, new BigDecimal("0.005").compareTo(s.shield().perGB()));
        assertEquals(0, BigDecimal.ZERO.compareTo(s.shield().per10k()));
        assertEquals(0, new BigDecimal("2000").compareTo(s.originCompute().requestsPerInstance()));
        assertEquals(0, new BigDecimal("0.17").compareTo(s.originCompute().perHour()));
        assertEquals(3, s.originCompute().minimumInstances());
    }
}
