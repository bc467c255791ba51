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
import org.apache.commons.csv.CSVPrinter;

/**
 * Streams {@code timeseries.csv} as a run goes: one row per replication and simulated second, with each tier's
 * requests, outcomes and bytes, and the origin's Gbit/s. Rows are written when a second closes, so memory does not
 * grow with the run.
 */
public final class TimeSeriesCsv implements TimeSeries.Sink, AutoCloseable {

    private final CSVPrinter csv;
    private final int replication;
    private final int originBytesColumn;
    private final List<Object> row = new ArrayList<>();

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
        CSVFormat.Builder format = CSVFormat.DEFAULT.builder().setRecordSeparator('\n');
        if (withHeader) {
            format.setHeader(header.toArray(String[]::new));
        }
        Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        this.csv = new CSVPrinter(w, format.build());
        this.replication = replication;
        this.originBytesColumn = columns.indexOf("origin_bytes");
    }

    @Override
    public void row(long second, long[] values) {
        row.clear();
        row.add(replication);
        row.add(second);
        for (long v : values) {
            row.add(v);
        }
        row.add(Format.decimal(values[originBytesColumn] * 8 / 1e9));
        try {
            csv.printRecord(row);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws IOException {
        csv.close();
    }
}
