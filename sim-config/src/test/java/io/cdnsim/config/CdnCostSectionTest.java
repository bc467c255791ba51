package io.cdnsim.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cdnsim.cost.Component;
import io.cdnsim.cost.CostSpec;
import io.cdnsim.cost.TrafficPrice;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A cost section's {@code cdns:} (a bill per CDN): how it is read, and each mistake refused naming its field. */
class CdnCostSectionTest {

    private static final String TWO_CDNS = """
            name: two-small-cdns
            regions: [eu]
            cdns:
              - name: cdn-a
                tiers:
                  - name: edge
                    cache: { capacity: 1GB }
                    nodes: [{ id: a-eu, region: eu, parent: shield, rtt: 10ms }]
              - name: cdn-b
                tiers:
                  - name: edge
                    cache: { capacity: 1GB }
                    nodes: [{ id: b-eu, region: eu, parent: shield, rtt: 12ms }]
            tiers:
              - name: shield
                cache: { capacity: 10GB }
                nodes: [{ id: shield, parent: origin, rtt: 5ms }]
            origins: [{ id: origin }]
            """;

    private static final String ONE_CDN = """
            name: one-cdn
            regions: [eu]
            tiers:
              - name: edge
                cache: { capacity: 1GB }
                nodes: [{ id: e, region: eu, parent: origin, rtt: 10ms }]
            origins: [{ id: origin }]
            """;

    @TempDir
    Path dir;

    /** A short live event on the topology, with this cost section; sheets named by path to the shipped ones. */
    private Path scenario(String topology, String cost) throws IOException {
        Files.writeString(dir.resolve("topology.yaml"), topology);
        String pricing = Path.of("..", "pricing").toAbsolutePath().normalize().toString().replace("\\", "/");
        String steering = topology.contains("cdns:") ? "steering: { weights: { cdn-a: 1, cdn-b: 1 } }\n" : "";
        return Files.writeString(dir.resolve("scenario.yaml"), """
                name: small
                topology: topology.yaml
                run: { duration: 20s }
                live: { segmentDuration: 2s }
                audience: { viewers: 10, arrival: { type: spike, at: 0s, ramp: 5s }, sessionLength: 1h }
                """ + steering + cost.replace("P/", pricing + "/"));
    }

    private String refused(String topology, String cost) throws IOException {
        Path file = scenario(topology, cost);
        ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioReader.read(file));
        assertEquals(1, e.problems().size(), e::getMessage);
        return e.getMessage();
    }

    // Pins how a CDN's bill is priced: its own sheets first (cdn-b's delivery by commit-plans), the shared ones for
    // what they leave out (cdn-b's requests by cloudfront-style), and a CDN not named by the shared ones alone.
    @Test
    void eachCdnsOwnSheetsThenTheSharedOnes() throws IOException, ScenarioException {
        CostSpec spec = ScenarioReader.read(scenario(TWO_CDNS, """
                cost:
                  sheets: [P/cloudfront-style.yaml, P/cloud-origin-egress.yaml]
                  cdns: { cdn-b: [P/commit-plans.yaml] }
                """)).cost();
        assertEquals("commit-plans", spec.sheetFor("cdn-b", Component.DELIVERY).name());
        assertEquals("cloudfront-style", spec.sheetFor("cdn-b", Component.REQUESTS).name());
        assertEquals("cloudfront-style", spec.sheetFor("cdn-a", Component.DELIVERY).name());
        assertTrue(spec.deliveryOf("cdn-b") instanceof TrafficPrice.Commit);
        assertEquals(3, spec.allSheets().size());
    }

    // Pins each refusal: file, field and problem, one problem each.
    @Test
    void mistakesAreRefusedNamingTheField() throws IOException {
        String unknown = refused(TWO_CDNS, "cost:\n  sheets: [P/cloud-origin-egress.yaml]\n"
                + "  cdns: { cdn-c: [P/commit-plans.yaml] }\n");
        assertTrue(unknown.contains("scenario.yaml") && unknown.contains("cost.cdns.cdn-c: the topology has no CDN "
                + "'cdn-c' (did you mean 'cdn-a'?); its CDNs: cdn-a, cdn-b"), unknown);
        String origin = refused(TWO_CDNS, "cost:\n  sheets: [P/commit-plans.yaml]\n"
                + "  cdns: { cdn-b: [P/cloud-origin-egress.yaml] }\n");
        assertTrue(origin.contains("cost.cdns.cdn-b[0]: the sheet 'cloud-origin-egress' prices origin egress, which "
                + "the CDNs share: list it in cost.sheets"), origin);
        String twice = refused(TWO_CDNS, "cost:\n  cdns: { cdn-a: [P/commit-plans.yaml, P/cheap-per-gb.yaml] }\n");
        assertTrue(twice.contains("cost.cdns.cdn-a: cdn delivery is priced twice"), twice);
        String baseline = refused(TWO_CDNS, "cost:\n  sheets: [P/cloud-origin-egress.yaml]\n"
                + "  cdns: { cdn-a: [P/commit-plans.yaml] }\n  projection: { baseline: 10TB }\n");
        assertTrue(baseline.contains("cost.projection.baseline: a baseline is not split among several CDNs"),
                baseline);
        String one = refused(ONE_CDN, "cost:\n  sheets: [P/cloud-origin-egress.yaml]\n"
                + "  cdns: { cdn-a: [P/commit-plans.yaml] }\n");
        assertTrue(one.contains("cost.cdns: the topology 'one-cdn' is one CDN: price it with cost.sheets"), one);
    }
}
