package io.cdnsim.report.chart;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cdnsim.metrics.TimeSeries;
import io.cdnsim.report.TimeSeriesCsv;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A time series read back from timeseries.csv in a bounded number of points, whatever the run's length. */
class SeriesTableTest {

    /** 31 days, the longest run the limits allow, in seconds. */
    private static final int MONTH = 31 * 86_400;

    // Pins the seconds a point stands for: one while the series fits in the 2,500 points, then the shortest readable
    // span that fits (2,501 s: 2 s; 31 days: 30 min, 1,488 points), then whole days beyond the last span.
    @Test
    void secondsPerPoint() {
        int max = SeriesTable.MAX_POINTS;
        assertEquals(2500, max);
        assertEquals(1, SeriesTable.secondsPerPoint(0, max));
        assertEquals(1, SeriesTable.secondsPerPoint(2500, max));
        assertEquals(2, SeriesTable.secondsPerPoint(2501, max));
        assertEquals(5, SeriesTable.secondsPerPoint(5001, max));
        assertEquals(1800, SeriesTable.secondsPerPoint(MONTH, max));
        assertEquals(86_400, SeriesTable.secondsPerPoint(86_400L * max, max));
        assertEquals(2 * 86_400, SeriesTable.secondsPerPoint(86_400L * max + 1, max));
    }

    // Pins the bound: a 31-day series (2,678,400 rows, streamed from a file) is held in exactly 1,488 points of
    // 30 min, each the mean of its seconds with its one busy second as its highest; another replication's rows are
    // not read into it.
    @Test
    void monthLongSeriesHoldsBoundedPoints(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("timeseries.csv");
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("replication,second,origin_requests\n");
            for (int s = 0; s < MONTH; s++) {
                w.write(s % 1800 == 0 ? "0," + s + ",1000\n" : "0," + s + ",1\n");
            }
            for (int s = 0; s < 10; s++) {
                w.write("1," + s + ",5\n");
            }
        }
        SeriesTable t = SeriesTable.read(file, 0);
        assertEquals(1800, t.secondsPerPoint());
        assertEquals(1488, t.rows().size());
        double[] seconds = t.seconds();
        assertEquals(899.5, seconds[0], 0);
        assertEquals(MONTH - 900.5, seconds[seconds.length - 1], 0);
        for (int p = 0; p < seconds.length; p++) {
            assertEquals((1000 + 1799) / 1800.0, t.column("origin_requests")[p], 1e-12);
            assertEquals(1, t.low("origin_requests")[p], 0);
            assertEquals(1000, t.high("origin_requests")[p], 0);
        }
        assertEquals(10, SeriesTable.read(file, 1).rows().size());
    }

    // Pins that a series that fits (2,500 seconds, the most points) is read back as written: one point per second,
    // every value as the run streamed it, each point its own lowest and highest.
    @Test
    void seriesThatFitsIsUnchanged(@TempDir Path dir) throws IOException {
        List<String> columns = TimeSeries.columns(List.of("edge", "origin"), List.of());
        Path file = dir.resolve("timeseries.csv");
        SplittableRandom random = new SplittableRandom(7);
        List<double[]> written = new ArrayList<>();
        try (TimeSeriesCsv csv = new TimeSeriesCsv(file, columns, 0, true)) {
            for (int s = 0; s < SeriesTable.MAX_POINTS; s++) {
                long[] row = random.longs(columns.size(), 0, 1_000_000_000L).toArray();
                csv.row(s, row);
                double[] values = new double[columns.size() + 1];
                values[0] = s;
                for (int c = 0; c < row.length; c++) {
                    values[c + 1] = row[c];
                }
                written.add(values);
            }
        }
        SeriesTable t = SeriesTable.read(file, 0);
        assertEquals(1, t.secondsPerPoint());
        assertEquals(SeriesTable.MAX_POINTS, t.rows().size());
        int gbit = t.columns().indexOf("origin_gbit_per_s");
        for (int s = 0; s < written.size(); s++) {
            double[] row = t.rows().get(s);
            assertArrayEquals(written.get(s), Arrays.copyOf(row, gbit), 0, "second " + s);
            assertEquals(written.get(s)[columns.indexOf("origin_bytes") + 1] * 8 / 1e9, row[gbit], 1e-6);
            assertArrayEquals(row, t.lows().get(s), 0);
            assertArrayEquals(row, t.highs().get(s), 0);
        }
    }

    // Pins the hand parsing of whole numbers: the same double as Double.parseDouble, and anything else (decimals,
    // exponents, more digits than the fast path takes) left to it.
    @Test
    void numbersParseAsDoubleDoes() {
        for (String n : List.of("0", "7", "123456789012345", "1234567890123456789", "0.000008", "1e3", "-4")) {
            assertEquals(Double.parseDouble(n), SeriesFile.number("x," + n + ",", 2, 2 + n.length()), n);
        }
    }

    // Pins that a file that is not a time series fails with an IOException naming the file, not an unchecked one:
    // a row with fewer values than the header, a value that is not a number, no header at all.
    @Test
    void malformedFileNamesItself(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("timeseries.csv");
        for (String text : List.of("replication,second,a\n0,0\n", "replication,second,a\n0,0,x\n", "")) {
            Files.writeString(file, text);
            IOException e = assertThrows(IOException.class, () -> SeriesTable.read(file, 0), text);
            assertTrue(e.getMessage().startsWith(file.toString()), e.getMessage());
        }
    }
}
