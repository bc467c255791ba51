package io.cdnsim.report.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.junit.jupiter.api.Test;

class LookTest {

    // Pins that whole-number ticks stay whole and a tick between two whole numbers keeps its decimals.
    @Test
    void countsKeepTheDecimalsOfATick() {
        assertEquals("12,345", Look.count().format(12_345));
        assertEquals("0.5", Look.count().format(0.5));
        assertEquals("2.25", Look.count().format(2.25));
    }

    // Pins that a count axis of a small range (a month of one viewer: 0 to 4.2 requests/s) labels each tick once;
    // its ticks fall every 0.5 and were drawn "0, 1, 2, 2, 2, 3, 4, 4".
    @Test
    void aSmallRangeLabelsEachTickOnce() throws IOException {
        XYSeries s = new XYSeries("edge");
        s.add(10_000, 0);
        s.add(20_000, 4.2);
        Figure f = Charts.time("tier-requests", "Requests per tier", "requests/s", Look.count(),
                new XYSeriesCollection(s), 0);
        String svg = Drawing.svg(f.chart(), Charts.WIDTH, Charts.HEIGHT, "t");
        List<String> yLabels = new ArrayList<>();
        Matcher m = Pattern.compile(">([0-9][0-9.]*)</text").matcher(svg);
        while (m.find()) {
            yLabels.add(m.group(1));
        }
        // Every label without a thousands separator: both axes' origins (0 and 0), then the requests/s ticks.
        assertEquals(List.of("0", "0", "0.5", "1", "1.5", "2", "2.5", "3", "3.5", "4"), yLabels);
    }
}
