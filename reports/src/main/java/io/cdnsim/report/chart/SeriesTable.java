package io.cdnsim.report.chart;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * One replication's time series as the charts see it: the columns of {@code timeseries.csv} (after
 * {@code replication}) and a bounded number of points. A run of up to {@link #MAX_POINTS} seconds has one point per
 * second, its row as written; a longer one has one point per {@code secondsPerPoint} consecutive seconds, the
 * shortest of {@link #SECONDS_PER_POINT} that keeps it within {@link #MAX_POINTS} points. A point then holds, per
 * column, the mean of its seconds (the second of a point is the middle of its seconds) and, in {@code lows} and
 * {@code highs}, the lowest and the highest of them. The file is streamed ({@link SeriesFile}), so memory is that of
 * the points whatever the run's length.
 *
 * @param columns         the column names, {@code second} first
 * @param rows            one row per point, in the order of {@code columns}: the mean of its seconds
 * @param lows            one row per point: the lowest value of its seconds
 * @param highs           one row per point: the highest value of its seconds
 * @param secondsPerPoint the seconds a point stands for (the last point may hold fewer), at least 1
 */
public record SeriesTable(List<String> columns, List<double[]> rows, List<double[]> lows, List<double[]> highs,
                          long secondsPerPoint) {

    /**
     * The most points a series is drawn with. A run of up to this many seconds (41 min: every shipped scenario, the
     * longest being 40 min) is drawn second by second; a longer one in at least 1,000 points, since each span of
     * {@link #SECONDS_PER_POINT} is at most 2.5 times the one before: more than one per pixel of the charts' plot
     * (about 800 of their {@value Charts#WIDTH}), and no more than a few hundred kilobytes of SVG per chart.
     */
    public static final int MAX_POINTS = 2500;

    /** The seconds a point may stand for, shortest first: whole, readable spans. Beyond, whole days. */
    static final long[] SECONDS_PER_POINT = {1, 2, 5, 10, 15, 30, 60, 120, 300, 600, 900, 1800, 3600, 7200, 10800,
        21600, 43200, 86400};

    /** The column averaged weighted by {@link #WEIGHT}: a mean over the viewers playing. */
    static final String WEIGHTED = "average_bitrate_kbps";
    /** The column that weighs {@link #WEIGHTED}. */
    static final String WEIGHT = "viewers_playing";

    /** Copies the lists; every row has one value per column, and there are as many lows and highs as rows. */
    public SeriesTable {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
        lows = List.copyOf(lows);
        highs = List.copyOf(highs);
        if (lows.size() != rows.size() || highs.size() != rows.size()) {
            throw new IllegalArgumentException(rows.size() + " rows with " + lows.size() + " lows and "
                    + highs.size() + " highs");
        }
        for (List<double[]> list : List.of(rows, lows, highs)) {
            for (double[] r : list) {
                if (r.length != columns.size()) {
                    throw new IllegalArgumentException("a row has " + r.length + " values for " + columns.size()
                            + " columns");
                }
            }
        }
        if (secondsPerPoint < 1) {
            throw new IllegalArgumentException("a point stands for at least one second, not " + secondsPerPoint);
        }
    }

    /**
     * A table of one point per second: each row is its own lowest and highest.
     *
     * @param columns the column names, {@code second} first
     * @param rows    one row per second, in the order of {@code columns}
     */
    public SeriesTable(List<String> columns, List<double[]> rows) {
        this(columns, rows, rows, rows, 1);
    }

    /**
     * Reads one replication's series back from a written {@code timeseries.csv}, in at most {@link #MAX_POINTS}
     * points.
     *
     * @param file        the file
     * @param replication the replication to keep
     * @return its points
     * @throws IOException if the file cannot be read, or is not a time series
     */
    public static SeriesTable read(Path file, int replication) throws IOException {
        return SeriesFile.read(file, replication, MAX_POINTS);
    }

    /**
     * @param seconds   the seconds of a series
     * @param maxPoints the most points to draw it with
     * @return the shortest span of {@link #SECONDS_PER_POINT}, or whole days beyond, that draws it in at most
     *         {@code maxPoints} points
     */
    static long secondsPerPoint(long seconds, int maxPoints) {
        for (long w : SECONDS_PER_POINT) {
            if (ceilDiv(seconds, w) <= maxPoints) {
                return w;
            }
        }
        long day = SECONDS_PER_POINT[SECONDS_PER_POINT.length - 1];
        return ceilDiv(ceilDiv(seconds, maxPoints), day) * day;
    }

    /** @return {@code a / b} rounded up, for {@code b > 0} */
    private static long ceilDiv(long a, long b) {
        return -Math.floorDiv(-a, b);
    }

    /** @param name a column name @return whether the table has it */
    public boolean has(String name) {
        return columns.contains(name);
    }

    /**
     * @param name a column name
     * @return its values, one per point: the mean of the point's seconds
     * @throws IllegalArgumentException if there is no such column
     */
    public double[] column(String name) {
        return values(rows, name);
    }

    /**
     * @param name a column name
     * @return per point, the lowest value of its seconds
     * @throws IllegalArgumentException if there is no such column
     */
    public double[] low(String name) {
        return values(lows, name);
    }

    /**
     * @param name a column name
     * @return per point, the highest value of its seconds
     * @throws IllegalArgumentException if there is no such column
     */
    public double[] high(String name) {
        return values(highs, name);
    }

    private double[] values(List<double[]> from, String name) {
        int c = columns.indexOf(name);
        if (c < 0) {
            throw new IllegalArgumentException("no column " + name + " in " + columns);
        }
        double[] values = new double[from.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = from.get(i)[c];
        }
        return values;
    }

    /** @return the tiers whose columns the table has ({@code <tier>_requests}), in order: the edge first, the origin last */
    public List<String> tiers() {
        List<String> tiers = new ArrayList<>();
        for (String c : columns) {
            if (c.endsWith("_requests")) {
                tiers.add(c.substring(0, c.length() - "_requests".length()));
            }
        }
        return tiers;
    }

    /** @return the seconds of the points: for a point of several seconds, the mean of them (its middle) */
    public double[] seconds() {
        return column("second");
    }
}
