package io.cdnsim.report.chart;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Sums up rows of one second each, as they stream in, into points of {@code width} consecutive seconds: per column,
 * the mean of the point's seconds, the lowest and the highest. Memory is that of the points, whatever the number of
 * rows. A column that is itself a mean over another (the bitrate being played, a mean over the viewers playing) is
 * averaged weighted by that other column, so that a point's bitrate is the mean over its viewer-seconds of playing
 * (0 when nobody played, as a second's is). A point of one second is its row as read, value for value, held once
 * as its mean, lowest and highest.
 */
final class Buckets {

    private final long width;
    private final int weighted;
    private final int weight;
    private final double[] sum;
    private final double[] low;
    private final double[] high;
    private long filled;
    private final List<double[]> means = new ArrayList<>();
    private final List<double[]> lows = new ArrayList<>();
    private final List<double[]> highs = new ArrayList<>();

    /**
     * @param columns  values in a row
     * @param width    seconds (rows) in a point, at least 1
     * @param weighted the column averaged weighted by {@code weight}, or -1 for none
     * @param weight   the column that weighs it, or -1 for none
     */
    Buckets(int columns, long width, int weighted, int weight) {
        if (width < 1) {
            throw new IllegalArgumentException("a point holds at least one second, not " + width);
        }
        this.width = width;
        this.weighted = weight < 0 ? -1 : weighted;
        this.weight = weight;
        this.sum = new double[columns];
        this.low = new double[columns];
        this.high = new double[columns];
    }

    /** @param row the next second's values, one per column */
    void add(double[] row) {
        if (filled == 0) {
            Arrays.fill(sum, 0);
            System.arraycopy(row, 0, low, 0, row.length);
            System.arraycopy(row, 0, high, 0, row.length);
        }
        for (int c = 0; c < row.length; c++) {
            sum[c] += c == weighted ? row[c] * row[weight] : row[c];
            low[c] = Math.min(low[c], row[c]);
            high[c] = Math.max(high[c], row[c]);
        }
        filled++;
        if (filled == width) {
            close();
        }
    }

    /**
     * @param columns the columns' names, one per value of a row
     * @return the points so far, the last one closed even if it holds fewer seconds than the others
     */
    SeriesTable table(List<String> columns) {
        close();
        return new SeriesTable(columns, means, lows, highs, width);
    }

    private void close() {
        if (filled == 0) {
            return;
        }
        if (filled == 1) {
            double[] row = low.clone();
            means.add(row);
            lows.add(row);
            highs.add(row);
        } else {
            double[] mean = new double[sum.length];
            for (int c = 0; c < mean.length; c++) {
                mean[c] = sum[c] / filled;
            }
            if (weighted >= 0) {
                mean[weighted] = sum[weight] == 0 ? 0 : sum[weighted] / sum[weight];
            }
            means.add(mean);
            lows.add(low.clone());
            highs.add(high.clone());
        }
        filled = 0;
    }
}
