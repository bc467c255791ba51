package io.cdnsim.report.chart;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * One replication's time series as the charts see it: the columns of {@code timeseries.csv} (after
 * {@code replication}) and one row of numbers per simulated second. A row per second is small even for a day-long
 * run (86,400 rows), so the table is held in memory.
 *
 * @param columns the column names, {@code second} first
 * @param rows    one row per second, in the order of {@code columns}
 */
public record SeriesTable(List<String> columns, List<double[]> rows) {

    /** Copies the lists; every row has one value per column. */
    public SeriesTable {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
        for (double[] r : rows) {
            if (r.length != columns.size()) {
                throw new IllegalArgumentException("a row has " + r.length + " values for " + columns.size()
                        + " columns");
            }
        }
    }

    /**
     * Reads one replication's rows back from a written {@code timeseries.csv}.
     *
     * @param file        the file
     * @param replication the replication to keep
     * @return its rows
     * @throws IOException if the file cannot be read
     */
    public static SeriesTable read(Path file, int replication) throws IOException {
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CSVParser csv = new CSVParser(in, format)) {
            List<String> header = csv.getHeaderNames();
            List<String> columns = header.subList(1, header.size());
            List<double[]> rows = new ArrayList<>();
            String wanted = Integer.toString(replication);
            for (CSVRecord rec : csv) {
                if (!rec.get(0).equals(wanted)) {
                    continue;
                }
                double[] row = new double[columns.size()];
                for (int c = 0; c < row.length; c++) {
                    row[c] = Double.parseDouble(rec.get(c + 1));
                }
                rows.add(row);
            }
            return new SeriesTable(columns, rows);
        }
    }

    /** @param name a column name @return whether the table has it */
    public boolean has(String name) {
        return columns.contains(name);
    }

    /**
     * @param name a column name
     * @return its values, one per row
     * @throws IllegalArgumentException if there is no such column
     */
    public double[] column(String name) {
        int c = columns.indexOf(name);
        if (c < 0) {
            throw new IllegalArgumentException("no column " + name + " in " + columns);
        }
        double[] values = new double[rows.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = rows.get(i)[c];
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

    /** @return the seconds of the rows */
    public double[] seconds() {
        return column("second");
    }
}
