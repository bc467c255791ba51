package io.cdnsim.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cdnsim.kernel.EventLoop;
import io.cdnsim.model.RunSettings;
import io.cdnsim.model.Scenario;
import io.cdnsim.run.RunOptions;
import io.cdnsim.run.RunResult;
import io.cdnsim.run.Simulation;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.stat.descriptive.SummaryStatistics;
import org.junit.jupiter.api.Test;

/**
 * Pins that the key figures do not hang on the order of simultaneous events (Q2): shipped scenarios, shortened, run
 * with the kernel's first-in-first-out order and with events of equal time shuffled ({@link EventLoop#shufflingTies}),
 * give statistically the same edge cache-hit ratio, origin requests and, for a live event, startup p50.
 *
 * <p>The tolerance comes from the replications, not from the figures. Replication r (r = 0..K-1) runs once in FIFO
 * order and once shuffled with tie seed 1000 + r, so K tie seeds in all. If the order of ties does not matter, the K
 * shuffled values and the K FIFO values are draws from one distribution, whose spread across replications is
 * estimated by the pooled sample standard deviation s. The difference of the two means then has standard error
 * s * sqrt(2 / K), and |mean(shuffled) - mean(FIFO)| / (s * sqrt(2 / K)) follows Student's t with 2K - 2 degrees of
 * freedom. The test allows t at two-sided 0.1 % (5.04 for K = 5), so about 3.2 s: a false alarm once in a thousand
 * figures if the order does not matter, and a failure for a systematic shift of more than about three replication
 * spreads, the size at which the tie order would change what a user concludes from a run. Run r shares its random
 * streams with its FIFO twin, which makes the difference of means smaller than for independent runs: the bound is
 * conservative in that direction, never loose.
 * A figure that takes the same value in every FIFO replication and every shuffled one (the origin's requests of a
 * live event with collapsing: once per segment and rendition, whatever the viewers do) has no spread; it must then be
 * equal shuffled and in FIFO order, which is the strongest form of the claim.
 * The test also checks that the shuffle changed the event order (the fingerprints differ), so it is not vacuous.
 */
class TieOrderTest {

    private static final Path SCENARIOS = Path.of("..", "scenarios");
    private static final long S = 1_000_000L;
    private static final int K = 5;
    private static final double ALPHA = 0.001;

    private static Scenario shortened(String file, int seconds) throws ScenarioException {
        Scenario scenario = ScenarioReader.read(SCENARIOS.resolve(file));
        long duration = Math.min(scenario.run().duration(), seconds * S);
        return scenario.withRun(new RunSettings(duration, Math.min(scenario.run().warmup(), duration / 2), 1));
    }

    private static void assertTieOrderDoesNotMatter(Scenario scenario, Map<String, ToDoubleFunction<RunResult>> figures) {
        List<RunResult> fifo = new ArrayList<>();
        List<RunResult> shuffled = new ArrayList<>();
        int reordered = 0;
        for (int r = 0; r < K; r++) {
            EventLoop inOrder = new EventLoop(true);
            fifo.add(Simulation.run(scenario, r, RunOptions.defaults().withLoop(inOrder)));
            EventLoop shuffling = EventLoop.shufflingTies(1000 + r);
            shuffled.add(Simulation.run(scenario, r, RunOptions.defaults().withLoop(shuffling)));
            if (inOrder.fingerprint() != shuffling.fingerprint()) {
                reordered++;
            }
        }
        assertTrue(reordered == K, scenario.name() + ": the shuffle left the event order unchanged in "
                + (K - reordered) + " of " + K + " replications");
        double t = new TDistribution(null, 2 * K - 2).inverseCumulativeProbability(1 - ALPHA / 2);
        for (Map.Entry<String, ToDoubleFunction<RunResult>> figure : figures.entrySet()) {
            SummaryStatistics f = stats(fifo, figure.getValue());
            SummaryStatistics s = stats(shuffled, figure.getValue());
            double pooled = Math.sqrt((f.getVariance() + s.getVariance()) / 2);
            double tolerance = t * pooled * Math.sqrt(2.0 / K);
            double difference = s.getMean() - f.getMean();
            String what = String.format("%s %s: FIFO mean %.6g, shuffled mean %.6g, difference %.3g, replication "
                    + "spread %.3g, tolerance %.3g", scenario.name(), figure.getKey(), f.getMean(), s.getMean(),
                    difference, pooled, tolerance);
            System.out.println(what);
            if (pooled == 0) {
                assertEquals(f.getMean(), s.getMean(), what + ": a figure that is the same in every replication must"
                        + " be the same shuffled");
            } else {
                assertTrue(Math.abs(difference) <= tolerance, what);
            }
        }
    }

    private static SummaryStatistics stats(List<RunResult> runs, ToDoubleFunction<RunResult> figure) {
        SummaryStatistics s = new SummaryStatistics();
        runs.forEach(r -> s.addValue(figure.applyAsDouble(r)));
        return s;
    }

    // Pins a synthetic request stream through edges and a shield: edge CHR and origin requests do not depend on the
    // order of simultaneous events.
    @Test
    void zipfThroughEdgesAndShieldIsUnchangedByTheOrderOfTies() throws ScenarioException {
        Map<String, ToDoubleFunction<RunResult>> figures = new LinkedHashMap<>();
        figures.put("edge CHR", r -> r.edge().hitRatio());
        figures.put("origin requests", r -> r.origin().requests());
        assertTieOrderDoesNotMatter(shortened("zipf-edge-shield.yaml", 20), figures);
    }

    // Pins a live event (segment publication, collapsing, players) where many events share an instant: edge CHR,
    // origin requests and the viewers' startup p50 do not depend on the order of simultaneous events.
    @Test
    void liveEventIsUnchangedByTheOrderOfTies() throws ScenarioException {
        Map<String, ToDoubleFunction<RunResult>> figures = new LinkedHashMap<>();
        figures.put("edge CHR", r -> r.edge().hitRatio());
        figures.put("origin requests", r -> r.origin().requests());
        figures.put("startup p50 (us)", r -> r.qoe().total().startup().getValueAtPercentile(50));
        assertTieOrderDoesNotMatter(shortened("segment-2s.yaml", 30), figures);
    }
}
