package io.cdnsim.report;

import io.cdnsim.metrics.TimeSeries;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;

/**
 * Streams {@code timeseries.csv} as a run goes: one row per replication and simulated second, with each tier's
 * requests, outcomes and bytes, and the origin's Gbit/s. Rows are written when a second closes, so memory does not
 * grow with the run. The rows hold numbers only, so they are written as they are, through one reused buffer: a
 * month-long run writes millions of them.
 */
public final class TimeSeriesCsv implements TimeSeries.Sink, AutoCloseable {

    private final Writer out;
    private final int replication;
    private final int originBytesColumn;
    private final StringBuilder line = new StringBuilder();
    private char[] chars = new char[256];

    /**
     * @param file        target file
     * @param columns     the series' columns ({@link TimeSeries#columns()})
     * @param replication replication index written in each row
     * @param withHeader  whether to write the header line
     * @throws IOException if the file cannot be opened
     */
    public TimeSeriesCsv(Path file, List<String> columns, int replication, boolean withHeader) throws IOException {
        List<String> header = new ArrayList<>(List.of("replication", "second"));
        header.addAll(columns);
        header.add("origin_gbit_per_s");
        this.out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        if (withHeader) {
            out.write(CSVFormat.DEFAULT.format(header.toArray()));
            out.write('\n');
        }
        this.replication = replication;
        this.originBytesColumn = columns.indexOf("origin_bytes");
    }

    @Override
    public void row(long second, long[] values) {
        line.setLength(0);
        line.append(replication).append(',').append(second);
        for (long v : values) {
            line.append(',').append(v);
        }
        long originBytes = values[originBytesColumn];
        line.append(',').append(originBytes == 0 ? "0" : Format.decimal(originBytes * 8 / 1e9)).append('\n');
        if (chars.length < line.length()) {
            chars = new char[2 * line.length()];
        }
        line.getChars(0, line.length(), chars, 0);
        try {
            out.write(chars, 0, line.length());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws IOException {
        out.close();
    }
}
