package io.cdnsim.config;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.cdnsim.content.ObjectKind;
import io.cdnsim.player.QoeStats;
import io.cdnsim.run.RunOptions;
import io.cdnsim.run.RunResult;
import io.cdnsim.run.Simulation;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The congestion-episode pair shipped in scenarios/, run whole: the figures README.md and docs/abr.md quote for
 * players with and without dash.js's abandon-requests rule.
 */
class AbandonScenariosTest {

    private static final Path SCENARIOS = Path.of("..", "scenarios");

    private static RunResult run(String name) throws IOException, ScenarioException {
        return Simulation.run(ScenarioReader.read(SCENARIOS.resolve(name + ".yaml")), 0, RunOptions.defaults());
    }

    private static QoeStats region(RunResult r, String name) {
        return r.qoe().region(r.qoe().regions().indexOf(name));
    }

    // Pins the quoted figures: Europe rebuffers 3.42 % (1.32 stalls a session) without the rule and 0.84 % (0.82)
    // with it, at 3,163 against 3,089 kbit/s and 6.0 against 7.5 switches a session; the edge answers 4,667 more
    // segment requests (the segments asked again). North America, never congested, abandons nothing: its figures are
    // the same in both runs.
    @Test
    void abandoningSlowDownloadsCutsEuropesRebufferingInTheCongestion() throws IOException, ScenarioException {
        RunResult off = run("congestion-episode");
        RunResult on = run("congestion-episode-abandon");
        QoeStats euOff = region(off, "eu");
        QoeStats euOn = region(on, "eu");
        assertEquals("3.42 % 1.32 3,163 6.0", figures(euOff));
        assertEquals("0.84 % 0.82 3,089 7.5", figures(euOn));
        assertEquals(figures(region(off, "na")), figures(region(on, "na")));
        assertEquals(region(off, "na").stallTime(), region(on, "na").stallTime());
        assertEquals(4_667, on.edge().stats().requests(ObjectKind.MEDIA_SEGMENT)
                - off.edge().stats().requests(ObjectKind.MEDIA_SEGMENT));
    }

    /** @return rebuffering, stalls and switches per session, and kbit/s, as the console prints them */
    private static String figures(QoeStats q) {
        return String.format("%.2f %% %.2f %,.0f %.1f", 100 * q.rebufferRatio(), (double) q.stalls() / q.sessions(),
                q.averageBitrate() / 1000, (double) q.switches() / q.sessions());
    }
}
