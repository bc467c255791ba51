package io.cdnsim.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.cdnsim.model.RunSettings;
import io.cdnsim.model.Scenario;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class DemandLimitsTest {

    private static final long S = 1_000_000L;

    // zipf-edge-shield asks for 5,000 req/s: 4,000,001 s of it are 2.0000005e10 requests, over the 2e10 limit.
    @Test
    void aSyntheticStreamIsLimitedByRateTimesDurationTimesReplications() throws ScenarioException {
        Scenario s = ScenarioReader.read(Path.of("..", "scenarios", "zipf-edge-shield.yaml"));
        assertNull(DemandLimits.problem(s));
        assertNull(DemandLimits.problem(s.withRun(new RunSettings(4_000_000 * S, 0, 1))));
        assertEquals("rate x duration x replications asks for 2.00e+10 requests; the limit is 2e+10",
                DemandLimits.problem(s.withRun(new RunSettings(4_000_001 * S, 0, 1))));
    }

    // premiere-spike: 100,000 viewers, 2 s segments, 6 min: 2 x 100,000 x 180 = 3.6e7 requests per replication;
    // 555 replications are 1.998e10 (within), 1,000 are 3.6e10 (over).
    @Test
    void aLiveEventIsLimitedByViewersTimesSegmentsTimesTwo() throws ScenarioException {
        Scenario s = ScenarioReader.read(Path.of("..", "scenarios", "premiere-spike.yaml"));
        RunSettings r = s.run();
        assertNull(DemandLimits.problem(s.withRun(new RunSettings(r.duration(), r.warmup(), 555))));
        assertEquals("viewers x (duration / segment duration) x 2 requests x replications is about 3.60e+10 "
                + "requests; the limit is 2e+10",
                DemandLimits.problem(s.withRun(new RunSettings(r.duration(), r.warmup(), 1000))));
    }

    // 31 days are 2,678,400 s: 11 replications write 29,462,400 rows of timeseries.csv (within 3e7), 12 write
    // 32,140,800 (over), whatever the demand.
    @Test
    void aTimeSeriesIsLimitedBySecondsTimesReplications() {
        long days31 = 31 * 86_400 * S;
        assertNull(DemandLimits.seriesRows(new RunSettings(days31, 0, 11)));
        assertEquals("duration x replications makes 3.21e+07 rows of timeseries.csv (one per simulated second and "
                + "replication); the limit is 3e+07", DemandLimits.seriesRows(new RunSettings(days31, 0, 12)));
    }
}
