package io.cdnsim.config;

import static org.junit.jupiter.api.Assertions.assertTrue;

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
     * min, capped at 20,000), so more than 45,000 join; and the episode's cold segments reach the origin.
     */
    @Test
    void newEpisodeDrawsItsOwnViewers() throws ScenarioException {
        RunResult r = run("vod-new-episode");
        assertTrue(r.qoe().joined() > 45_000, "joined " + r.qoe().joined());
        assertTrue(r.origin().requests() > 0);
    }
}
