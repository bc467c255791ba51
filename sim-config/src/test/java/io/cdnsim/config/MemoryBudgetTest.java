package io.cdnsim.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cdnsim.model.OnDemandService;
import io.cdnsim.model.RunSettings;
import io.cdnsim.model.Scenario;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The memory estimate, by hand on the corpus's small valid scenario and on the shipped on-demand catalog. */
class MemoryBudgetTest {

    private static final long MIB = 1 << 20;

    /**
     * Pins the estimate's formula on broken/valid-scenario.yaml: 1,000 objects of 1 MB at 100/s for 10 s (so at most
     * 1,000 distinct), through two 1 GB edges and a 10 GB shield (each holds all 1,000: 1e9 / 1e6 >= 1,000). Per
     * replication: 3 nodes x 1 MiB + 3 x 1,000 copies x 96 B + 1,000 objects x 16 B = 3,449,728 B; with 256 MiB
     * for Java, 271,885,184 B, which must be within 80 % of the heap: a heap of 339,856,480 B is the least that fits.
     */
    @Test
    void aSmallRunNeedsItsNodesCopiesAndObjectsOnTopOfJava() throws ScenarioException {
        Scenario s = ScenarioReader.read(Path.of("src", "test", "resources", "broken", "valid-scenario.yaml"));
        assertEquals(1000.0, MemoryBudget.distinctObjects(s, "edge"));
        assertEquals(1e6, MemoryBudget.meanObjectBytes(s.demand()));
        assertNull(MemoryBudget.problem(s, 339_856_480L + 10, 1));
        String problem = MemoryBudget.problem(s, 339_856_480L - 10, 1);
        assertNotNull(problem);
        assertTrue(problem.startsWith("the run needs about 259 MiB of memory (the 3 cache nodes: 3 MiB) but Java has"
                + " 324 MiB"), problem);
    }

    /** Pins that replications running at once each count: two at once need the per-replication part twice. */
    @Test
    void replicationsAtOnceMultiplyThePerReplicationPart() throws ScenarioException {
        Scenario s = ScenarioReader.read(Path.of("src", "test", "resources", "broken", "valid-scenario.yaml"));
        long twoAtOnce = (long) Math.ceil((256 * MIB + 2 * 3_449_728L) / 0.8);
        assertNull(MemoryBudget.problem(s, twoAtOnce + 10, 2));
        assertTrue(MemoryBudget.problem(s, twoAtOnce - 10, 2).contains("per replication, 2 replications at once"));
    }

    /**
     * Pins the pre-positioned copies of vod-catalog: 1,500 titles of lognormal(40 min, 0.6) length (mean 2,400 s x
     * e^0.18 = 2,873.3 s, so 719.3 segments of 4 s, plus a master and a playlist and init per rendition) in the two
     * 8 TB edges; the shield fills nothing before the run and its fetched copies are not counted. The run fits in a
     * 3 GB heap (the tests' own), as it does when it runs.
     */
    @Test
    void onDemandCountsThePrePositionedCopiesOnly() throws ScenarioException {
        Scenario s = ScenarioReader.read(Path.of("..", "scenarios", "vod-catalog.yaml"));
        double segments = 2400 * Math.exp(0.18) / 4 + 1;
        double expected = 1500 * (segments + 2) * ((OnDemandService) s.demand()).ladder().size();
        assertEquals(expected, MemoryBudget.distinctObjects(s, "edge"), 1e-6 * expected);
        assertEquals(0.0, MemoryBudget.distinctObjects(s, "shield"));
        assertNull(MemoryBudget.problem(s.withRun(new RunSettings(s.run().duration(), s.run().warmup(), 1)),
                3L << 30, 1));
    }
}
