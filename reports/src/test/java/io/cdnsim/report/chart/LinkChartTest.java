package io.cdnsim.report.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.cdnsim.model.Failure;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The capacity a link chart divides by in a second where a failure took some of it: its average over the second. */
class LinkChartTest {

    private static final long S = 1_000_000;

    // Pins the average by hand: 10 units, half lost from 1.5 s to 3 s: 0.5 x 10 + 0.5 x 5 = 7.5 in the second from
    // 1 s, 5 in the second from 2 s, 10 from 3 s; with 90 % lost too from 2.25 s to 2.5 s (the largest loss counts):
    // 0.25 x 5 + 0.25 x 1 + 0.5 x 5 = 4 in the second from 2 s.
    @Test
    void theCapacityInForceIsAveragedOverTheSecond() {
        Failure.CapacityLost half = new Failure.CapacityLost("eu", true, 1_500_000, 3 * S, 0.5);
        Failure.CapacityLost most = new Failure.CapacityLost("eu", true, 2_250_000, 2_500_000, 0.9);
        assertEquals(7.5, LinkChart.inForce(10, List.of(half), S), 1e-12);
        assertEquals(5, LinkChart.inForce(10, List.of(half), 2 * S), 1e-12);
        assertEquals(10, LinkChart.inForce(10, List.of(half), 3 * S), 1e-12);
        assertEquals(4, LinkChart.inForce(10, List.of(half, most), 2 * S), 1e-12);
    }
}
