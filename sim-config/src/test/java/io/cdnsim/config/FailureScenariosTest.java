package io.cdnsim.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cdnsim.metrics.ErrorCause;
import io.cdnsim.metrics.Outcome;
import io.cdnsim.model.Failure;
import io.cdnsim.model.Scenario;
import io.cdnsim.run.FailureResult;
import io.cdnsim.run.LinkResult;
import io.cdnsim.run.RunOptions;
import io.cdnsim.run.RunResult;
import io.cdnsim.run.Simulation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The three failure scenarios shipped in scenarios/ (N7), each run over its whole duration with its audience cut to
 * 2,000 viewers, on one thread and on two: every run passes the conservation check (requests, bytes and errors by
 * cause, by routes), the two give the same figures, and each failure does what the scenario says it shows.
 */
class FailureScenariosTest {

    private static final Path SCENARIOS = Path.of("..", "scenarios");

    @TempDir
    Path dir;

    /** The shipped scenario with 2,000 viewers, on five-tier-global named by its absolute path. */
    private Scenario small(String name) throws IOException, ScenarioException {
        return small(name, "five-tier-global");
    }

    /** The shipped scenario with 2,000 viewers, on a topology of topologies/ named by its absolute path. */
    private Scenario small(String name, String topologyName) throws IOException, ScenarioException {
        String text = Files.readString(SCENARIOS.resolve(name + ".yaml"));
        assertTrue(text.contains("viewers: 100000"), name);
        String topology = SCENARIOS.resolve("../topologies/" + topologyName + ".yaml").toAbsolutePath().normalize()
                .toString().replace("\\", "/");
        text = text.replace("viewers: 100000", "viewers: 2000").replaceFirst("topology: .*", "topology: " + topology);
        return ScenarioReader.read(Files.writeString(dir.resolve(name + ".yaml"), text));
    }

    /** Runs replication 0 on one thread and on two, checks they agree, and returns the first. */
    private static RunResult run(Scenario scenario) {
        RunResult one = Simulation.run(scenario, 0, RunOptions.defaults().withThreads(1));
        RunResult two = Simulation.run(scenario, 0, RunOptions.defaults().withThreads(2));
        assertEquals(one.failures(), two.failures());
        assertEquals(one.events(), two.events());
        for (int t = 0; t < one.tiers().size(); t++) {
            for (Outcome o : Outcome.values()) {
                assertEquals(one.tiers().get(t).stats().outcomes(o), two.tiers().get(t).stats().outcomes(o));
            }
        }
        return one;
    }

    // Pins the shield failure: for two minutes the shield receives nothing and the mids go to the origin, whose load
    // rises during the window and falls back after it; no viewer sees an error.
    @Test
    void theShieldDownSendsTheMidsToTheOrigin() throws IOException, ScenarioException {
        Scenario s = small("premiere-shield-failure");
        assertEquals(List.of(new Failure.NodeDown("shield-iad", 180_000_000L, 300_000_000L, false, 30_000_000L)),
                s.failures());
        FailureResult f = run(s).failures().get(0);
        FailureResult.TierLoad shield = f.tiers().get(2);
        FailureResult.TierLoad origin = f.tiers().get(3);
        assertEquals(0, shield.requestsPerSecond().during());
        assertTrue(f.rerouted() > 0);
        assertTrue(origin.requestsPerSecond().during() > 2 * origin.requestsPerSecond().before(), f.toString());
        assertTrue(origin.requestsPerSecond().after() < origin.requestsPerSecond().during(), f.toString());
    }

    // Pins the POP failure: the viewers of edge-lon are refused until their DNS moves them, 30 s in, every one of them
    // is moved, and the share of viewers stalled rises in the window.
    @Test
    void thePopDownMovesItsViewers() throws IOException, ScenarioException {
        RunResult r = run(small("premiere-pop-failure"));
        FailureResult f = r.failures().get(0);
        assertTrue(f.pop());
        assertTrue(f.moved() > 0, f.toString());
        assertTrue(f.errors(ErrorCause.REFUSED) > 0, f.toString());
        assertTrue(f.stalled().during() > 10 * Math.max(f.stalled().before(), 1e-4), f.toString());
    }

    // Pins the peering cut: the scenario cuts 90 % of Europe's peering from 3 to 5 min; with 2,000 viewers (about 700
    // in Europe) it binds only if 99.9 % is lost (1.2 Gbit/s left). Then the link is at capacity in some seconds of
    // the window, never carries more than the capacity in force (its busiest share of it is at most 1), the other
    // regions' links never fill, and the share of viewers stalled rises during the cut.
    @Test
    void thePeeringCutHoldsEuropeBack() throws IOException, ScenarioException {
        Scenario shipped = small("premiere-peering-cut", "five-tier-global-capacity");
        assertEquals(List.of(new Failure.CapacityLost("eu", true, 180_000_000L, 300_000_000L, 0.9)),
                shipped.failures());
        Scenario s = new Scenario(shipped.name(), shipped.description(), shipped.topology(), shipped.seed(),
                shipped.run(), shipped.cacheControl(), shipped.headerBytes(), shipped.demand(), shipped.cost(),
                List.of(new Failure.CapacityLost("eu", true, 180_000_000L, 300_000_000L, 0.999)));
        RunResult r = run(s);
        for (LinkResult l : r.links()) {
            boolean eu = l.peering() && l.name().equals("eu");
            assertEquals(eu, l.figures().secondsAtCapacity() > 0, l.name());
            assertTrue(l.figures().peakShare() <= 1 + 1e-9, l.name() + " " + l.figures());
        }
        FailureResult f = r.failures().get(0);
        assertTrue(f.stalled().during() > 10 * Math.max(f.stalled().before(), 1e-4), f.toString());
    }

    // Pins the origin outage: the origin fails every request for 90 s, the shield answers stale copies
    // (stale-if-error: fallback answers, their own fetch having failed), the players keep their playlists and get no error, and stall because no new segment comes.
    @Test
    void theOriginOutageIsCoveredByStaleCopiesButViewersStall() throws IOException, ScenarioException {
        RunResult r = run(small("premiere-origin-outage"));
        FailureResult f = r.failures().get(0);
        assertTrue(f.tiers().get(3).errorsDuring() > 0, f.toString());
        assertTrue(r.tiers().get(2).stats().outcomes(Outcome.FALLBACK) > 0, "the shield served stale copies");
        assertEquals(0, f.errorsTotal(), f.toString());
        assertTrue(f.stalled().during() > 0.5, f.toString());
    }
}
