package io.cdnsim.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cdnsim.model.Cdn;
import io.cdnsim.model.Scenario;
import io.cdnsim.player.Session;
import io.cdnsim.run.CdnResult;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Static weights per region through a whole run (N8): the shipped two-cdns network with weights that differ by region,
 * each session's CDN read from the edge it ended at (no failures, so the one it joined).
 */
class SteeringSharesTest {

    private static final int VIEWERS = 8000;
    private static final List<String> REGIONS = List.of("eu", "na", "apac", "latam");
    /** cdn-a's share of each region's sessions, as the steering below writes it. */
    private static final double[] SHARE_A = {0.7, 0.5, 0.2, 1.0};

    @TempDir
    Path dir;

    /**
     * multi-cdn-weights with 8,000 viewers joining in the first 10 s of a 15 s run (a few seconds to run) and the
     * weights 70/30 in eu, 50/50 in na (the weights for every region), 1:4 in apac (weights need not add up to 100)
     * and all of latam on cdn-a.
     */
    private Scenario scenario() {
        String text = MultiCdnFiles.read(MultiCdnFiles.SCENARIOS.resolve("multi-cdn-weights.yaml"));
        text = MultiCdnFiles.withTopology(text, MultiCdnFiles.TOPOLOGIES.resolve("two-cdns.yaml"));
        text = MultiCdnFiles.replace(text, "viewers: 100000", "viewers: " + VIEWERS);
        text = MultiCdnFiles.replace(text, "duration: 6min", "duration: 15s");
        text = MultiCdnFiles.replace(text, "arrival: \\{[^}]*}", "arrival: { type: spike, at: 0s, ramp: 10s }");
        text = MultiCdnFiles.replace(text, "weights: \\{ cdn-a: 60, cdn-b: 40 }", "weights: { cdn-a: 50, cdn-b: 50 }\n"
                + "  regions: { eu: { cdn-a: 70, cdn-b: 30 }, apac: { cdn-a: 1, cdn-b: 4 }, latam: { cdn-a: 1 } }");
        return MultiCdnFiles.scenario(dir, "shares.yaml", text);
    }

    // Pins the share of sessions each CDN gets in each region. Given the n sessions of a region (the region is drawn
    // from the viewers stream, the CDN from the steering stream, so the two are independent), the number steered to
    // cdn-a is binomial(n, p) with p its share of the region: mean n p, standard deviation sqrt(n p (1 - p)). The
    // bound is 4 standard deviations either side. The region shares 0.35/0.35/0.2/0.1 of 8,000 viewers give about
    // 2,800 sessions in eu and na and 1,600 in apac: n p (1 - p) about 590, 700 and 256 (the test requires over 200,
    // where the normal approximation of the binomial's tails holds to a few per cent), so a correct draw falls outside
    // the bound with a probability of 6.3e-5: about once in 15,800 seeds per region, once in 5,300 for the three
    // regions checked together. eu's bound is about 4 * sqrt(2,800 * 0.21) = 97 sessions (3.5 % of the region), so a
    // share off by 5 points (140 sessions) fails. latam, all on cdn-a, is exact, and so are the totals: every session
    // is on one CDN, at an edge of its own region and CDN.
    @Test
    void sharesPerRegionAreWithinBinomialBounds() {
        Scenario s = scenario();
        MultiCdnFiles.Run run = MultiCdnFiles.run(s);
        List<Cdn> cdns = s.topology().cdns();
        long[][] count = new long[REGIONS.size()][cdns.size()];
        for (Session session : run.sessions()) {
            int r = REGIONS.indexOf(session.region());
            int c = s.topology().cdnOf(session.edge());
            assertTrue(c >= 0, session.edge());
            assertEquals(session.region(), s.topology().edge().nodes().stream()
                    .filter(n -> n.id().equals(session.edge())).findFirst().orElseThrow().region(), session.edge());
            count[r][c]++;
        }
        assertEquals(VIEWERS, run.sessions().size(), "every viewer joined within the run and its session ended");
        for (int r = 0; r < REGIONS.size(); r++) {
            long n = count[r][0] + count[r][1];
            double p = SHARE_A[r];
            double sd = Math.sqrt(n * p * (1 - p));
            assertTrue(p == 1.0 || n * p * (1 - p) > 200, REGIONS.get(r) + ": too few sessions for the bound");
            assertTrue(Math.abs(count[r][0] - n * p) <= 4 * sd, REGIONS.get(r) + ": " + count[r][0] + " of " + n
                    + " sessions on cdn-a for a share of " + p + " (bound +- " + 4 * sd + ")");
        }
        assertEquals(0, count[3][1], "latam is all on cdn-a");
        List<CdnResult> results = run.result().cdns();
        for (int c = 0; c < cdns.size(); c++) {
            long sessions = 0;
            for (long[] region : count) {
                sessions += region[c];
            }
            assertEquals(sessions, results.get(c).viewers(), cdns.get(c).name() + "'s viewers");
            assertEquals(sessions, results.get(c).qoe().sessions(), cdns.get(c).name() + "'s QoE");
        }
    }
}
