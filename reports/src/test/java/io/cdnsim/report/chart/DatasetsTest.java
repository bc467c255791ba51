package io.cdnsim.report.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.cdnsim.cost.Bill;
import io.cdnsim.cost.BillLine;
import io.cdnsim.cost.Component;
import io.cdnsim.metrics.TimeSeries;
import io.cdnsim.player.Session;
import io.cdnsim.report.TimeSeriesCsv;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.HdrHistogram.Histogram;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The charts' data equal the run's figures, point for point (R3). */
class DatasetsTest {

    /** Tiers edge and origin, then the viewer columns: three seconds, made by hand. */
    private static final List<String> COLUMNS = columns();

    private static List<String> columns() {
        List<String> c = new ArrayList<>(List.of("second"));
        c.addAll(TimeSeries.columns(List.of("edge", "origin"), List.of("viewers_watching", "viewers_playing",
                "viewers_stalled", "average_bitrate_kbps")));
        c.add("origin_gbit_per_s");
        return c;
    }

    /** edge: requests, hit, collapsed, refresh_hit, stale, fallback, miss, error, bytes; the same for origin. */
    private static final double[][] ROWS = {
        {0, 10, 0, 0, 0, 0, 0, 10, 0, 1000, 10, 0, 0, 0, 0, 0, 10, 0, 1000, 5, 0, 5, 0, 0.000008},
        {1, 20, 10, 2, 1, 1, 2, 3, 1, 2000, 4, 4, 0, 0, 0, 0, 0, 0, 400, 8, 6, 2, 1800, 0.0000032},
        {2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0},
    };

    private static SeriesTable table() {
        return new SeriesTable(COLUMNS, List.of(ROWS));
    }

    private static void assertSeries(double[] x, Double[] y, XYSeries s) {
        assertEquals(x.length, s.getItemCount(), () -> "points of " + s.getKey());
        for (int i = 0; i < x.length; i++) {
            assertEquals(x[i], s.getX(i).doubleValue(), 0, "x");
            if (y[i] == null) {
                assertNull(s.getY(i), () -> "a gap in " + s.getKey());
            } else {
                assertEquals(y[i], s.getY(i).doubleValue(), 1e-12, () -> s.getKey() + " y");
            }
        }
    }

    private static final double[] SECONDS = {0, 1, 2};

    // Pins that the origin charts draw the origin_requests and origin_gbit_per_s columns as they are.
    @Test
    void origin() {
        XYSeriesCollection req = Datasets.originRequests(table());
        assertEquals(1, req.getSeriesCount());
        assertSeries(SECONDS, new Double[] {10.0, 4.0, 0.0}, req.getSeries(0));
        assertSeries(SECONDS, new Double[] {0.000008, 0.0000032, 0.0}, Datasets.originGbit(table()).getSeries(0));
    }

    // Pins the hit ratio over a rolling 10 s: hit + collapsed + refresh_hit + stale + fallback over all answered (an
    // error counts as answered), summed over the seconds of the window: second 0 answered 10, none a hit; second 1
    // answered 20, 16 hits: 16 / 30; second 2 answered nothing, and the window still holds 16 / 30.
    @Test
    void hitRatio() {
        XYSeriesCollection c = Datasets.hitRatio(table(), List.of("edge"));
        assertEquals(1, c.getSeriesCount());
        assertEquals("edge", c.getSeriesKey(0));
        assertSeries(SECONDS, new Double[] {0.0, 16.0 / 30, 16.0 / 30}, c.getSeries(0));
        assertEquals("hit ratio over the last 10 s (rolling)", Datasets.hitRatioLabel(table()));
    }

    // Pins the window's end: 10 requests, all misses, in second 0, then nothing: the ratio is 0 through second 9 (the
    // window ending there still holds second 0), and a gap, not a zero, from second 10, when the window is empty.
    @Test
    void hitRatioWindowEnds() {
        List<double[]> rows = new ArrayList<>();
        double[] seconds = new double[12];
        Double[] expected = new Double[12];
        for (int i = 0; i < 12; i++) {
            double[] r = (i == 0 ? ROWS[0] : ROWS[2]).clone();
            r[0] = i;
            rows.add(r);
            seconds[i] = i;
            expected[i] = i < 10 ? 0.0 : null;
        }
        assertSeries(seconds, expected, Datasets.hitRatio(new SeriesTable(COLUMNS, rows), List.of("edge"))
                .getSeries(0));
    }

    // Pins that a series written before the fallback outcome existed (an earlier run's folder that compare reads)
    // still gives the hit ratio: the missing column counts as 0, it is not an error.
    @Test
    void hitRatioOfASeriesWithoutFallback() {
        List<String> older = new ArrayList<>(COLUMNS);
        older.remove("edge_fallback");
        older.remove("origin_fallback");
        List<double[]> rows = new ArrayList<>();
        for (double[] r : ROWS) {
            List<Double> kept = new ArrayList<>();
            for (int i = 0; i < r.length; i++) {
                if (!COLUMNS.get(i).endsWith("_fallback")) {
                    kept.add(r[i]);
                }
            }
            rows.add(kept.stream().mapToDouble(Double::doubleValue).toArray());
        }
        XYSeriesCollection c = Datasets.hitRatio(new SeriesTable(older, rows), List.of("edge"));
        assertSeries(SECONDS, new Double[] {0.0, 14.0 / 28, 14.0 / 28}, c.getSeries(0));
    }

    // Pins requests per tier: one series per tier named after it, the origin included; a second without requests is
    // a gap (the chart's axis is logarithmic, where 0 has no place).
    @Test
    void tierRequests() {
        XYSeriesCollection c = Datasets.tierRequests(table(), List.of("edge", "origin"));
        assertEquals(List.of("edge", "origin"), List.of(c.getSeriesKey(0), c.getSeriesKey(1)));
        assertSeries(SECONDS, new Double[] {10.0, 20.0, null}, c.getSeries(0));
        assertSeries(SECONDS, new Double[] {10.0, 4.0, null}, c.getSeries(1));
    }

    // Pins the viewer charts: the three counts as written; bitrate with a gap where nobody plays; rebuffering as
    // stalled over watching, a gap where nobody watches.
    @Test
    void viewers() {
        XYSeriesCollection v = Datasets.viewers(table());
        assertEquals(3, v.getSeriesCount());
        assertSeries(SECONDS, new Double[] {5.0, 8.0, 0.0}, v.getSeries(0));
        assertSeries(SECONDS, new Double[] {0.0, 6.0, 0.0}, v.getSeries(1));
        assertSeries(SECONDS, new Double[] {5.0, 2.0, 0.0}, v.getSeries(2));
        assertSeries(SECONDS, new Double[] {null, 1800.0, null}, Datasets.bitrate(table()).getSeries(0));
        assertSeries(SECONDS, new Double[] {1.0, 0.25, null}, Datasets.rebuffering(table()).getSeries(0));
    }

    // Pins the startup CDF: it starts at (0, 0) and steps to the share of sessions at or below each recorded value,
    // in milliseconds, ending at 1.
    @Test
    void startupCdf() {
        Histogram h = new Histogram(3);
        h.recordValue(100_000);
        h.recordValue(200_000);
        h.recordValue(200_000);
        h.recordValue(200_000);
        XYSeries s = Datasets.startupCdf(h).getSeries(0);
        assertSeries(new double[] {0, h.highestEquivalentValue(100_000) / 1000.0,
            h.highestEquivalentValue(200_000) / 1000.0}, new Double[] {0.0, 0.25, 1.0}, s);
        assertEquals(0, Datasets.startupCdf(new Histogram(3)).getSeries(0).getItemCount(), "no sessions, no line");
    }

    /** A session that started (100 ms startup) with the given stall and played time, microseconds. */
    private static Session session(long stall, long played) {
        return new Session(0, "eu", "tv", "e1", 0, stall + played, 100_000, false, stall, stall > 0 ? 1 : 0, played,
                3e6, 0, 1, 0);
    }

    // Pins the rebuffer classes: a session lands in the class whose upper edge is the first its ratio does not exceed
    // (exactly 0.2 % is "up to 0.2 %", one microsecond more is "0.2 - 1 %"), a session that never stalled or never
    // played in "0 (none)", all stall and no play "above 20 %"; sessions whose playback never started (join failure)
    // are not counted; the bars are in the order of the classes.
    @Test
    void rebufferClasses() {
        RebufferDistribution d = new RebufferDistribution();
        d.ended(session(0, 60_000_000));
        d.ended(session(0, 0));
        d.ended(session(2_000, 998_000));
        d.ended(session(2_001, 997_999));
        d.ended(session(10_000, 990_000));
        d.ended(session(200_000, 800_000));
        d.ended(session(200_001, 799_999));
        d.ended(session(5_000_000, 0));
        d.ended(new Session(1, "eu", "tv", "e1", 0, 9_000_000, -1, true, 0, 0, 0, 0, 0, 0, 0));
        assertEquals(8, d.sessions());
        DefaultCategoryDataset data = Datasets.rebufferClasses(d);
        assertEquals(RebufferDistribution.CLASSES, data.getColumnKeys());
        long[] expected = {2, 1, 2, 0, 0, 0, 1, 2};
        for (int c = 0; c < expected.length; c++) {
            assertEquals(expected[c], data.getValue(0, c).longValue(), RebufferDistribution.CLASSES.get(c));
        }
    }

    // Pins the calculator's curve against its formula, egress = delivered x (1 - offload): every point of the curve
    // and every marked offload lies on it; the curve runs from 80 % to 99.9 % by default, from the lowest marked
    // offload rounded down to a tenth and to the highest marked one when they lie outside; the marks are ascending
    // and each shown once.
    @Test
    void offloadCurve() {
        double delivered = 2_250_000;
        BigDecimal gb = BigDecimal.valueOf(2_250_000);
        XYSeriesCollection c = Datasets.offloadCurve(gb, List.of(new BigDecimal("0.95"), new BigDecimal("0.9"),
                new BigDecimal("0.950"), new BigDecimal("0.99")));
        XYSeries curve = c.getSeries(0);
        assertEquals(Datasets.CURVE_POINTS + 1, curve.getItemCount());
        assertEquals(0.8, curve.getX(0).doubleValue(), 1e-12);
        assertEquals(0.999, curve.getX(curve.getItemCount() - 1).doubleValue(), 1e-12);
        for (int i = 0; i < curve.getItemCount(); i++) {
            double x = curve.getX(i).doubleValue();
            assertEquals(delivered * (1 - x), curve.getY(i).doubleValue(), delivered * (1 - x) * 1e-9, "on the line");
            if (i > 0) {
                assertEquals(1, Double.compare(x, curve.getX(i - 1).doubleValue()), "ascending");
            }
        }
        assertSeries(new double[] {0.9, 0.95, 0.99}, new Double[] {225_000.0, 112_500.0, 22_500.0}, c.getSeries(1));
        XYSeries wide = Datasets.offloadCurve(gb, List.of(new BigDecimal("0.55"), new BigDecimal("0.9999")))
                .getSeries(0);
        assertEquals(0.5, wide.getX(0).doubleValue(), 1e-12);
        assertEquals(0.9999, wide.getX(wide.getItemCount() - 1).doubleValue(), 1e-12);
        assertEquals(0, Datasets.offloadCurve(gb, List.of()).getSeries(1).getItemCount(), "nothing marked");
    }

    // Pins offloads closer to 100 % than a double tells apart (1 - 10^-18 and 1 - 10^-24, both 1.0 as doubles): the
    // curve stops at 1 - 10^-12, still strictly ascending, and both marks are kept with their exact egress.
    @Test
    void offloadCurveNearOneHundredPercent() {
        BigDecimal gb = BigDecimal.valueOf(2_250_000);
        XYSeriesCollection c = Datasets.offloadCurve(gb, List.of(BigDecimal.ONE.subtract(new BigDecimal("1e-18")),
                BigDecimal.ONE.subtract(new BigDecimal("1e-24"))));
        XYSeries curve = c.getSeries(0);
        assertEquals(Datasets.CURVE_END, curve.getX(curve.getItemCount() - 1).doubleValue(), 0);
        for (int i = 1; i < curve.getItemCount(); i++) {
            assertEquals(1, Double.compare(curve.getX(i).doubleValue(), curve.getX(i - 1).doubleValue()), "ascending");
        }
        assertSeries(new double[] {1, 1}, new Double[] {2.25e-12, 2.25e-18}, c.getSeries(1));
    }

    // Pins the bill chart: one bar per line, in the bill's order, its amount in dollars.
    @Test
    void bill() {
        List<BillLine> lines = new ArrayList<>();
        BigDecimal sum = BigDecimal.ZERO;
        for (Component c : Component.values()) {
            BigDecimal amount = BigDecimal.valueOf(c.ordinal() * 100 + 12, 2);
            sum = sum.add(amount);
            lines.add(new BillLine(c, "p", BigDecimal.ONE, "GB", "x", "d", amount, true));
        }
        DefaultCategoryDataset d = Datasets.bill(new Bill(lines, sum, BigDecimal.ONE, null));
        assertEquals(Component.values().length, d.getColumnCount());
        for (Component c : Component.values()) {
            assertEquals(c.label(), d.getColumnKey(c.ordinal()));
            assertEquals(c.ordinal() + 0.12, d.getValue("amount", c.label()).doubleValue(), 1e-12);
        }
    }

    // Pins that a component no sheet prices has no bar (not a $0 one) and says so in its name.
    @Test
    void billNamesWhatIsNotPriced() {
        List<BillLine> lines = List.of(
                new BillLine(Component.DELIVERY, "p", BigDecimal.ONE, "GB", "x", "d", BigDecimal.TEN, true),
                new BillLine(Component.SHIELD, "-", BigDecimal.ONE, "GB", "not priced", "d", BigDecimal.ZERO, false));
        DefaultCategoryDataset d = Datasets.bill(new Bill(lines, BigDecimal.TEN, BigDecimal.ONE, null));
        assertEquals(List.of("cdn delivery", "shield (not priced)"), d.getColumnKeys());
        assertEquals(10.0, d.getValue("amount", "cdn delivery").doubleValue(), 0);
        assertNull(d.getValue("amount", "shield (not priced)"));
    }

    // Pins that the table read back from timeseries.csv is the rows the run streamed, for the replication asked.
    @Test
    void readsOneReplicationBack(@TempDir Path dir) throws IOException {
        List<String> cols = TimeSeries.columns(List.of("edge", "origin"), List.of());
        Path file = dir.resolve("timeseries.csv");
        long[] row = new long[cols.size()];
        try (TimeSeriesCsv csv = new TimeSeriesCsv(file, cols, 0, true)) {
            row[cols.indexOf("origin_requests")] = 3;
            csv.row(0, row);
        }
        Path second = dir.resolve("part.csv");
        try (TimeSeriesCsv csv = new TimeSeriesCsv(second, cols, 1, false)) {
            row[cols.indexOf("origin_requests")] = 7;
            row[cols.indexOf("origin_bytes")] = 125_000_000;
            csv.row(0, row);
            csv.row(1, row);
        }
        java.nio.file.Files.write(file, java.nio.file.Files.readAllBytes(second),
                java.nio.file.StandardOpenOption.APPEND);
        SeriesTable t = SeriesTable.read(file, 1);
        assertEquals(2, t.rows().size());
        assertSeries(new double[] {0, 1}, new Double[] {7.0, 7.0}, Datasets.originRequests(t).getSeries(0));
        assertSeries(new double[] {0, 1}, new Double[] {1.0, 1.0}, Datasets.originGbit(t).getSeries(0));
        assertEquals(1, SeriesTable.read(file, 0).rows().size());
    }
}
