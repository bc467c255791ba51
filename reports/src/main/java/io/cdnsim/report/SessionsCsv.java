package io.cdnsim.report;

import io.cdnsim.player.Session;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** Streams {@code sessions.csv}: one row per viewer session, written when the session ends. */
public final class SessionsCsv implements Session.Sink, AutoCloseable {

    /** The header. */
    static final List<String> HEADER = List.of("replication", "viewer", "region", "device", "edge", "joined_s",
            "ended_s", "startup_ms", "join_failed", "stall_ms", "stalls", "played_s", "rebuffer_ratio",
            "average_bitrate_kbps", "switches", "segments", "errors");

    private final CSVPrinter csv;
    private final int replication;

    /**
     * @param file        target file
     * @param replication replication index written in each row
     * @param withHeader  whether to write the header line
     * @throws IOException if the file cannot be opened
     */
    public SessionsCsv(Path file, int replication, boolean withHeader) throws IOException {
        CSVFormat.Builder format = CSVFormat.DEFAULT.builder().setRecordSeparator('\n');
        if (withHeader) {
            format.setHeader(HEADER.toArray(String[]::new));
        }
        Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        this.csv = new CSVPrinter(w, format.build());
        this.replication = replication;
    }

    @Override
    public void ended(Session s) {
        try {
            csv.printRecord(replication, s.viewer(), s.region(), s.device(), s.edge(),
                    Format.decimal(s.joinedAt() / 1e6), Format.decimal(s.endedAt() / 1e6),
                    s.startupTime() < 0 ? "" : Format.decimal(s.startupTime() / 1e3), s.joinFailed(),
                    Format.decimal(s.stallTime() / 1e3), s.stalls(), Format.decimal(s.playedTime() / 1e6),
                    Format.decimal(s.rebufferRatio()), Format.decimal(s.averageBitrate() / 1e3), s.switches(),
                    s.segments(), s.errors());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws IOException {
        csv.close();
    }
}
