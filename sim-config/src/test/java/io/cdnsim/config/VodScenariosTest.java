package io.cdnsim.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cdnsim.metrics.NodeStats;
import io.cdnsim.run.RunOptions;
import io.cdnsim.run.RunResult;
import io.cdnsim.run.Simulation;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The shipped on-demand scenarios (C3) do what their descriptions say. */
class VodScenariosTest {

    private static RunResult run(String name) throws ScenarioException {
        return Simulation.run(ScenarioReader.read(Path.of("..", "scenarios", name + ".yaml")), 0,
                RunOptions.defaults());
    }

    /** Pins the sizing: vod-catalog's LRU edges (with pre-positioning) land in the seeds' 90-99 % band. */
    @Test
    void catalogEdgeHitRatioIsInTheSeedsBand() throws ScenarioException {
        RunResult r = run("vod-catalog");
        double chr = r.edge().hitRatio();
        assertTrue(chr >= 0.90 && chr <= 0.99, "edge CHR " + chr);
        assertTrue(r.qoe().joined() == 100_000, "joined " + r.qoe().joined());
    }

    /**
     * Pins the release: 30,000 viewers come for the episode on top of the catalog's Poisson audience (10/s for 40
     * min, capped at 20,000), so more than 45,000 join; and the episode's cold segments reach the origin. Its own
     * traffic is counted apart and adds up through the tiers exactly: nothing expires and nothing fails, so each
     * tier's requests for it that were not hits are the next tier's requests for it (edge, shield, origin).
     */
    @Test
    void newEpisodeDrawsItsOwnViewers() throws ScenarioException {
        RunResult r = run("vod-new-episode");
        assertTrue(r.qoe().joined() > 45_000, "joined " + r.qoe().joined());
        NodeStats edge = r.tiers().get(0).stats();
        NodeStats shield = r.tiers().get(1).stats();
        NodeStats origin = r.origin().stats();
        assertEquals(1, origin.releases());
        assertTrue(origin.releaseRequests(0) > 0);
        assertTrue(edge.releaseRequests(0) < edge.requests());
        assertEquals(edge.releaseRequests(0) - edge.releaseHits(0), shield.releaseRequests(0));
        assertEquals(shield.releaseRequests(0) - shield.releaseHits(0), origin.releaseRequests(0));
    }
}
