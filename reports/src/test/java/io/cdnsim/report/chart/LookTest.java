package io.cdnsim.report.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.junit.jupiter.api.Test;

class LookTest {

    // Pins that whole-number ticks stay whole and a tick of an amount between two whole numbers keeps its decimals.
    @Test
    void amountsKeepTheDecimalsOfATick() {
        assertEquals("12,345", Look.amount().format(12_345));
        assertEquals("0.5", Look.amount().format(0.5));
        assertEquals("2.25", Look.amount().format(2.25));
    }

    // Pins that a count axis of a small range (a month of one viewer: 0 to 4.2 requests/s) labels each tick once;
    // its ticks fall every 0.5 and were drawn "0, 1, 2, 2, 2, 3, 4, 4".
    @Test
    void aSmallRangeLabelsEachTickOnce() throws IOException {
        XYSeries s = new XYSeries("edge");
        s.add(10_000, 0);
        s.add(20_000, 4.2);
        Figure f = Charts.time("tier-requests", "Requests per tier", "requests/s", Look.amount(),
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

    // Pins that a bar chart of whole counts (sessions by rebuffer ratio, one session) ticks 0 and 1 once each; its
    // ticks fell every 0.1 and were drawn "0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1".
    @Test
    void aBarChartOfWholeCountsTicksWholeNumbers() throws IOException {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        data.addValue(1, "sessions", "0 (none)");
        data.addValue(0, "sessions", "0.2 - 1 %");
        Figure f = Charts.bars("rebuffer-sessions", "Sessions by rebuffer ratio", data, "rebuffer ratio", "sessions",
                Look.count(), new StandardCategoryItemLabelGenerator("{2}", Look.count()), true);
        String svg = Drawing.svg(f.chart(), Charts.WIDTH, Charts.HEIGHT, "t");
        List<String> labels = new ArrayList<>();
        Matcher m = Pattern.compile(">([0-9][0-9.]*)</text").matcher(svg);
        while (m.find()) {
            labels.add(m.group(1));
        }
        // The y axis's ticks 0 and 1, then the bars' own labels 1 and 0.
        assertEquals(List.of("0", "1", "1", "0"), labels);
    }
}
