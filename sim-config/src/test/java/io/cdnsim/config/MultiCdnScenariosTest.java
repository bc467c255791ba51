package io.cdnsim.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cdnsim.cost.Bill;
import io.cdnsim.kernel.Micros;
import io.cdnsim.metrics.Outcome;
import io.cdnsim.model.Scenario;
import io.cdnsim.player.QoeStats;
import io.cdnsim.player.Session;
import io.cdnsim.run.Billing;
import io.cdnsim.run.FailureResult;
import io.cdnsim.run.RunOptions;
import io.cdnsim.run.RunResult;
import io.cdnsim.run.Simulation;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The multi-CDN scenarios shipped in scenarios/ (N8), each run whole with a tenth of its audience (6,000 viewers
 * joining 10 a second; for the QoE pair, cdn-b's European egress cut to a tenth too): each does what its description
 * says it shows, against its pair.
 */
class MultiCdnScenariosTest {

    private static final Path SCENARIOS = Path.of("..", "scenarios");
    private static final Path TOPOLOGIES = Path.of("..", "topologies");

    @TempDir
    Path dir;

    /** The shipped scenario with a tenth of its viewers and their rate, its topology (scaled too) beside it. */
    private Scenario tenth(String name) throws IOException, ScenarioException {
        String text = Files.readString(SCENARIOS.resolve(name + ".yaml"));
        assertTrue(text.contains("viewers: 60000") && text.contains("rate: 100/s"), name);
        String topologyName = text.replaceFirst("(?s).*\ntopology: \\.\\./topologies/([^\n]*)\n.*", "$1");
        String topology = Files.readString(TOPOLOGIES.resolve(topologyName)).replace("egress: 8Gbps",
                "egress: 0.8Gbps");
        Files.writeString(dir.resolve(topologyName), topology);
        text = text.replace("viewers: 60000", "viewers: 6000").replace("rate: 100/s", "rate: 10/s")
                .replaceFirst("topology: .*", "topology: " + topologyName);
        return ScenarioReader.read(Files.writeString(dir.resolve(name + ".yaml"), text));
    }

    private record Run(RunResult result, List<Session> sessions) {
        QoeStats region(String name) {
            return result.qoe().region(result.qoe().regions().indexOf(name));
        }
    }

    private static Run run(Scenario scenario, int threads) {
        List<Session> sessions = new ArrayList<>();
        RunResult r = Simulation.run(scenario, 0, RunOptions.defaults().withThreads(threads)
                .withSessions(sessions::add));
        return new Run(r, sessions);
    }

    // Pins the failover pair. With content steering, a viewer refused by cdn-a's European POPs moves to cdn-b at
    // once: no European join fails, and Europe's rebuffering stays under 0.01 %; with DNS alone its viewers retry for
    // the 60 s detection: joins fail and Europe rebuffers over 1 %, with over five times the errors (ten at full scale). The players load the
    // steering manifest as each starts and every 60 s after, while they watch: exactly the sum over sessions of
    // 1 + #{k >= 1 : joined + k x 60 s < ended} (sessions last 2 h, so ended is the run's end, or a failed join's).
    // The failure report's rows per CDN show cdn-b's edges taking the surge. Every viewer of cdn-a's European POPs
    // at 3 min moves to cdn-b within 2 s of it with content steering; with DNS
    // within 8 s of the detection (4 min): a player retrying since 3 min waits up to 8 s (its backoff's cap) between
    // retries. One thread and two agree.
    @Test
    void contentSteeringFailsOverAtOnceAndDnsAfterItsDetection() throws IOException, ScenarioException {
        Run content = run(tenth("multi-cdn-failover"), 1);
        Run dns = run(tenth("multi-cdn-failover-dns"), 1);
        assertEquals(0, content.region("eu").joinFailures());
        assertTrue(dns.region("eu").joinFailures() > 0, dns.region("eu").joinFailures() + " join failures");
        assertTrue(content.region("eu").rebufferRatio() < 1e-4, content.region("eu").rebufferRatio() + "");
        assertTrue(dns.region("eu").rebufferRatio() > 0.01, dns.region("eu").rebufferRatio() + "");
        assertTrue(dns.region("eu").errors() > 5 * content.region("eu").errors(),
                dns.region("eu").errors() + " against " + content.region("eu").errors());
        long ttl = 60 * Micros.SECOND;
        long manifests = 0;
        for (Session s : content.sessions()) {
            manifests++;
            for (long t = s.joinedAt() + ttl; t < s.endedAt(); t += ttl) {
                manifests++;
            }
        }
        assertEquals(manifests, content.result().steering().manifests());
        assertTrue(content.result().steering().movedOnError() > 0);
        assertTrue(content.result().steering().movedOnError() <= content.region("eu").errors());
        assertEquals(0, dns.result().steering().manifests());
        assertMovedWithin(content, 180, 182);
        assertSurgeAtCdnB(content.result().failures().get(0));
        assertMovedWithin(dns, 240, 248);
        Run two = run(tenth("multi-cdn-failover"), 2);
        assertEquals(content.result().steering(), two.result().steering());
        assertEquals(content.result().events(), two.result().events());
        for (Outcome o : Outcome.values()) {
            assertEquals(content.result().edge().stats().outcomes(o), two.result().edge().stats().outcomes(o));
        }
    }

    /**
     * The failure report's rows of each CDN's edge add up to the network's edge in each window, and cdn-b's share of
     * the edges' requests is higher during the outage than before it (the surge its edges take).
     */
    private static void assertSurgeAtCdnB(FailureResult f) {
        Map<String, FailureResult.Phases> rows = new HashMap<>();
        f.tiers().forEach(t -> rows.put(t.tier(), t.requestsPerSecond()));
        FailureResult.Phases edge = rows.get("edge");
        FailureResult.Phases a = rows.get("cdn-a edge");
        FailureResult.Phases b = rows.get("cdn-b edge");
        assertEquals(edge.before(), a.before() + b.before(), 1e-9 * edge.before());
        assertEquals(edge.during(), a.during() + b.during(), 1e-9 * edge.during());
        assertTrue(b.during() / edge.during() > b.before() / edge.before() + 0.1, b + " of " + edge);
        assertTrue(rows.containsKey("cdn-b shield") && rows.containsKey("cdn-a mid"), rows.keySet().toString());
    }

    /**
     * The viewers who joined before the outage and moved to another CDN moved within [from, to) seconds.
     */
    private static void assertMovedWithin(Run run, long from, long to) {
        long moved = 0;
        for (Session s : run.sessions()) {
            if (s.joinedAt() < 180 * Micros.SECOND && s.movedAt() != Session.NOT_MOVED) {
                moved++;
                assertTrue(s.movedAt() >= from * Micros.SECOND && s.movedAt() < to * Micros.SECOND, s.toString());
            }
        }
        assertTrue(moved > 300, moved + " moved");
    }

    /**
     * A commit scenario with a tenth of its viewers and ten times its repeats (the same month), its topology and
     * sheets named by absolute path.
     */
    private Scenario tenthOfTheCommit(String name) throws IOException, ScenarioException {
        String text = Files.readString(SCENARIOS.resolve(name + ".yaml"));
        assertTrue(text.contains("viewers: 50000") && text.contains("repeatsPerMonth: 80"), name);
        String pricing = Path.of("..", "pricing").toAbsolutePath().normalize().toString().replace("\\", "/");
        text = text.replace("viewers: 50000", "viewers: 5000").replace("repeatsPerMonth: 80", "repeatsPerMonth: 800")
                .replaceFirst("topology: \\.\\.", "topology: " + Path.of("..").toAbsolutePath().normalize()
                        .toString().replace("\\", "/"));
        for (String sheet : List.of("origin-shield-example", "cloud-origin-egress", "origin-compute-example",
                "commit-300tb-example", "cheap-per-gb")) {
            text = text.replaceAll("([\\[ ])" + sheet + "([,\\]])", "$1" + pricing + "/" + sheet + ".yaml$2");
        }
        return ScenarioReader.read(Files.writeString(dir.resolve(name + ".yaml"), text));
    }

    // Pins the commit trio. Cost steering keeps cdn-a while its month projects within the 300 TB commit and then sends
    // the joining viewers to cdn-b, whose next GB ($0.004) is cheaper than cdn-a's overage ($0.03): cdn-a's month is
    // at least the commit and overshoots it by less than a tenth (the viewers who joined before the projection
    // crossed it stay), cdn-b takes the rest; and the month's bill is below both everything on the commit (overage on
    // 240 TB) and everything pay as you go (the commit's $6,000 owed anyway).
    @Test
    void costSteeringFillsTheCommitThenPaysAsItGoes() throws IOException, ScenarioException {
        Scenario steered = tenthOfTheCommit("multi-cdn-commit");
        Bill cost = Billing.bill(steered, run(steered, 1).result());
        Scenario allA = tenthOfTheCommit("multi-cdn-commit-all-a");
        Bill a = Billing.bill(allA, run(allA, 1).result());
        Scenario allB = tenthOfTheCommit("multi-cdn-commit-all-b");
        Bill b = Billing.bill(allB, run(allB, 1).result());
        BigDecimal commit = new BigDecimal("300e12");
        BigDecimal monthA = cost.cdns().get(0).deliveredBytes();
        assertTrue(monthA.compareTo(commit) >= 0 && monthA.compareTo(commit.multiply(new BigDecimal("1.1"))) < 0,
                monthA.toPlainString());
        assertTrue(cost.cdns().get(1).deliveredBytes().signum() > 0);
        assertTrue(cost.total().compareTo(b.total()) < 0, cost.total() + " against " + b.total());
        assertTrue(b.total().compareTo(a.total()) < 0, b.total() + " against " + a.total());
    }

    // Pins the QoE pair. The same viewers (the steering draws nothing from the viewers' stream: each region has as
    // many sessions in both); static 50/50 keeps half of Europe on cdn-b's congested POPs, while performance steering
    // moves Europe's sessions to cdn-a: Europe plays a higher bitrate (by more than 10 %), switches less, and cdn-b
    // serves fewer of its viewers.
    @Test
    void performanceSteeringLeavesTheCongestedCdn() throws IOException, ScenarioException {
        Run performance = run(tenth("multi-cdn-qoe"), 2);
        Run weights = run(tenth("multi-cdn-qoe-weights"), 2);
        assertEquals(weights.region("eu").sessions(), performance.region("eu").sessions());
        QoeStats p = performance.region("eu");
        QoeStats w = weights.region("eu");
        assertTrue(p.averageBitrate() > 1.1 * w.averageBitrate(), p.averageBitrate() + " against " + w.averageBitrate());
        assertTrue(p.switches() < w.switches(), p.switches() + " against " + w.switches());
        assertTrue(p.rebufferRatio() <= w.rebufferRatio());
        assertTrue(performance.result().cdns().get(1).viewers() < weights.result().cdns().get(1).viewers());
    }
}
