package io.cdnsim.report.chart;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads one replication of a {@code timeseries.csv} as cdnsim writes it: a header line, then one line per
 * replication and second, numbers only (no quoted field). The file is streamed twice, once to count the
 * replication's seconds and once to group them into points, so memory is that of the points, and each line is split
 * by hand, whole numbers parsed without {@link Double#parseDouble}: a month-long run has millions of lines.
 */
final class SeriesFile {

    /** Whole numbers of at most this many digits are parsed by hand, exactly. */
    private static final int FAST_DIGITS = 15;

    private SeriesFile() {
    }

    /**
     * @param file        the file
     * @param replication the replication to keep
     * @param maxPoints   the most points to keep
     * @return its seconds in at most {@code maxPoints} points
     * @throws IOException if the file cannot be read, or is not a time series
     */
    static SeriesTable read(Path file, int replication, int maxPoints) throws IOException {
        String prefix = replication + ",";
        long seconds = 0;
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            in.readLine();
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (line.startsWith(prefix)) {
                    seconds++;
                }
            }
        }
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            List<String> columns = columns(in.readLine(), file);
            Buckets points = new Buckets(columns.size(), SeriesTable.secondsPerPoint(seconds, maxPoints),
                    columns.indexOf(SeriesTable.WEIGHTED), columns.indexOf(SeriesTable.WEIGHT));
            double[] row = new double[columns.size()];
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (line.startsWith(prefix)) {
                    values(line, prefix.length(), row, file);
                    points.add(row);
                }
            }
            return points.table(columns);
        }
    }

    /** @return the header's column names after {@code replication} */
    private static List<String> columns(String header, Path file) throws IOException {
        if (header == null) {
            throw new IOException(file + ": empty, no header");
        }
        try (CSVParser csv = CSVFormat.DEFAULT.parse(new StringReader(header))) {
            List<String> names = new ArrayList<>();
            for (CSVRecord rec : csv) {
                rec.forEach(names::add);
            }
            if (names.size() < 2) {
                throw new IOException(file + ": the header has no column after replication");
            }
            return names.subList(1, names.size());
        }
    }

    /** Parses the values of a line after its first field into {@code row}. */
    private static void values(String line, int from, double[] row, Path file) throws IOException {
        int start = from;
        for (int c = 0; c < row.length; c++) {
            int end = line.indexOf(',', start);
            if (end < 0) {
                end = line.length();
            }
            if ((end == line.length()) != (c == row.length - 1)) {
                throw new IOException(file + ": a row does not have the " + (row.length + 1) + " values of the "
                        + "header: " + abridged(line));
            }
            try {
                row[c] = number(line, start, end);
            } catch (NumberFormatException e) {
                throw new IOException(file + ": not a number in " + abridged(line), e);
            }
            start = end + 1;
        }
    }

    /** @return the number between {@code start} and {@code end}: a short whole number by hand, anything else parsed */
    static double number(String line, int start, int end) {
        if (end > start && end - start <= FAST_DIGITS) {
            long v = 0;
            int i = start;
            for (; i < end; i++) {
                char ch = line.charAt(i);
                if (ch < '0' || ch > '9') {
                    break;
                }
                v = v * 10 + (ch - '0');
            }
            if (i == end) {
                return v;
            }
        }
        return Double.parseDouble(line.substring(start, end));
    }

    private static String abridged(String line) {
        return line.length() <= 80 ? line : line.substring(0, 80) + "...";
    }
}
