package io.cdnsim.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** How a comparison names its key figures and writes their values for people (R5). */
@ExtendWith(GermanDefaultLocale.class)
class KeyFigureTest {

    // Pins the labels: every key figure summary.json's estimates can hold, a tier's by its name (whatever the tier is
    // called, dots included), and a key it does not know as itself.
    @Test
    void labels() {
        List<String> keys = List.of("edge.requestHitRatio", "mid-eu.byteHitRatio", "endToEnd.offload",
                "origin.requestsPerSecond", "origin.peakRequestsPerSecond", "origin.egressBytes",
                "origin.peakGbitPerSecond", "viewers.timeToFirstByteP95Ms", "qoe.startupP50Ms", "qoe.startupP95Ms",
                "qoe.rebufferRatio", "qoe.joinFailureRate", "qoe.averageBitrateKbps", "pop.v2.requestHitRatio",
                "requestHitRatio", "origin.somethingNew");
        assertEquals(List.of("edge request hit ratio", "mid-eu byte hit ratio", "end-to-end offload",
                "origin requests/s", "origin peak requests/s", "origin egress", "origin peak Gbit/s",
                "time to first byte p95", "startup p50", "startup p95", "rebuffer ratio", "join failure rate",
                "average bitrate", "pop.v2 request hit ratio", "requestHitRatio", "origin.somethingNew"),
                keys.stream().map(k -> KeyFigure.of(k).label()).toList());
    }

    // Pins each CDN's figures through several CDNs: its name (dots and dashes included), then what the figure is; in
    // the unit its key ends in.
    @Test
    void aCdnsFiguresAreLabelledByItsName() {
        List<String> keys = List.of("cdn.cdn-a.requestShareRatio", "cdn.cdn-a.edgePeakGbitPerSecond",
                "cdn.cdn-a.edgeP95GbitPerSecond", "cdn.cdn.b.rebufferRatio", "cdn.cdn-b.joinFailureRate",
                "cdn.cdn-b.averageBitrateKbps");
        assertEquals(List.of("cdn-a share of edge requests", "cdn-a edge peak Gbit/s", "cdn-a edge p95 Gbit/s",
                "cdn.b rebuffer ratio", "cdn-b join failure rate", "cdn-b average bitrate"),
                keys.stream().map(k -> KeyFigure.of(k).label()).toList());
        assertEquals("59.72 %", KeyFigure.of("cdn.cdn-a.requestShareRatio").value(0.59718));
        assertEquals("247.712 Gbit/s", KeyFigure.of("cdn.cdn-a.edgePeakGbitPerSecond").value(247.7121));
        assertEquals("4,477.1 kbit/s", KeyFigure.of("cdn.cdn-b.averageBitrateKbps").value(4477.12));
    }

    // Pins the values as the console summary writes them, the ones the old table showed raw (0.998569, 4.88069e+08,
    // -3.18843e-06): a ratio in % (three decimals above 99.99 %, two significant digits below 0.1 %), bytes in decimal
    // units, requests/s, Gbit/s, ms and kbit/s grouped by thousands; a figure of no known unit in six significant
    // digits without an exponent; '-' for none.
    @Test
    void valuesInTheirUnits() {
        assertEquals("99.86 %", KeyFigure.of("edge.requestHitRatio").value(0.998569));
        assertEquals("99.997 %", KeyFigure.of("endToEnd.offload").value(0.99997));
        assertEquals("0.00032 %", KeyFigure.of("qoe.rebufferRatio").value(3.18843e-06));
        assertEquals("488.07 MB", KeyFigure.of("origin.egressBytes").value(4.88069e+08));
        assertEquals("2.34 TB", KeyFigure.of("origin.egressBytes").value(2_341_000_000_000.0));
        assertEquals("2,998.8/s", KeyFigure.of("origin.requestsPerSecond").value(2998.7833333333333));
        assertEquals("19.083 Gbit/s", KeyFigure.of("origin.peakGbitPerSecond").value(19.08284));
        assertEquals("1,224.7 ms", KeyFigure.of("qoe.startupP95Ms").value(1224.703));
        assertEquals("3,000.0 kbit/s", KeyFigure.of("qoe.averageBitrateKbps").value(3000));
        assertEquals("488069000", KeyFigure.of("origin.somethingNew").value(4.88069e+08));
        assertEquals("-0.00000318843", KeyFigure.of("origin.somethingNew").value(-3.18843e-06));
        assertEquals("-", KeyFigure.of("shield.requestHitRatio").value(Double.NaN));
    }

    // Pins differences: signed, a ratio's in percentage points with two significant digits when small (-3.18843e-06
    // is -0.00032 pp), no sign where the value shows as zero (9e-12 kbit/s is 0.0 kbit/s, not +0.0), '-' for none; the
    // relative difference in % likewise; an interval as its two signed ends.
    @Test
    void differences() {
        assertEquals("-0.00032 pp", KeyFigure.of("qoe.rebufferRatio").difference(-3.18843e-06));
        assertEquals("+11.03 pp", KeyFigure.of("endToEnd.offload").difference(0.11026317704107935));
        assertEquals("-744.89 GB", KeyFigure.of("origin.egressBytes").difference(-744_894_568_750.0));
        assertEquals("0.0 kbit/s", KeyFigure.of("qoe.averageBitrateKbps").difference(9.094947017729282E-12));
        assertEquals("-", KeyFigure.of("shield.byteHitRatio").difference(Double.NaN));
        assertEquals("-92.02 %", KeyFigure.relative(-0.920222));
        assertEquals("+0.000018 %", KeyFigure.relative(1.766352356212514E-7));
        assertEquals("0.00 %", KeyFigure.relative(0));
        assertEquals("-", KeyFigure.relative(Double.NaN));
        // B ten times a positive A or more reads as a factor, to three significant digits: 2,998.8/s against 6.72/s
        // is +44,509.96 %, 446.0996 times; exactly 10 times is 10x; 9.99 times stays a percentage; a negative A never.
        assertEquals("446x", KeyFigure.relative(6.72, 445.0996));
        assertEquals("10x", KeyFigure.relative(1, 9));
        assertEquals("+899.00 %", KeyFigure.relative(1, 8.99));
        assertEquals("1,230x", KeyFigure.relative(2, 1233.5));
        assertEquals("12.3x", KeyFigure.relative(2, 11.34));
        assertEquals("+1000.00 %", KeyFigure.relative(-1, 10));
        // a busiest second's count is whole (14/s, not 14.0/s); a mean of peaks over replications keeps its decimal
        assertEquals("14/s", KeyFigure.of("origin.peakRequestsPerSecond").value(14));
        assertEquals("3,155/s", KeyFigure.of("origin.peakRequestsPerSecond").value(3155));
        assertEquals("14.5/s", KeyFigure.of("origin.peakRequestsPerSecond").value(14.5));
        assertEquals("+2/s", KeyFigure.of("origin.peakRequestsPerSecond").difference(2));
        assertEquals("[-12.5/s, +2.5/s]", KeyFigure.of("origin.requestsPerSecond").interval(-5, 7.5));
        assertEquals("-", KeyFigure.of("origin.requestsPerSecond").interval(-5, Double.NaN));
    }
}
