package io.cdnsim.report.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class CurveChartTest {

    /** Pins the size labels of the axis and the knee: three significant digits at most, no stray zeros cut. */
    @Test
    void sizeLabels() {
        assertEquals("410 GB", CurveChart.sizeLabel(410.11e9));
        assertEquals("100 GB", CurveChart.sizeLabel(100e9));
        assertEquals("3.16 GB", CurveChart.sizeLabel(3.162e9));
        assertEquals("31.6 GB", CurveChart.sizeLabel(31.62e9));
        assertEquals("10 GB", CurveChart.sizeLabel(10e9));
        assertEquals("1 TB", CurveChart.sizeLabel(1e12));
        assertEquals("500 B", CurveChart.sizeLabel(500));
    }
}
