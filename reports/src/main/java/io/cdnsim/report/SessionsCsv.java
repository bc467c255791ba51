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

    /** The header (through several CDNs, {@link #MOVED} follows). */
    static final List<String> HEADER = List.of("replication", "viewer", "region", "device", "edge", "joined_s",
            "ended_s", "startup_ms", "join_failed", "stall_ms", "stalls", "played_s", "rebuffer_ratio",
            "average_bitrate_kbps", "switches", "segments", "errors");
    /**
     * Through several CDNs: when the viewer's requests first went to another CDN than the one it joined, seconds
     * (empty if never).
     */
    static final String MOVED = "moved_to_other_cdn_s";
    /**
     * Of a live channel, last: the session's glass-to-glass latency averaged over its played time, milliseconds (empty
     * if it played nothing).
     */
    static final String LIVE_LATENCY = "live_latency_ms";

    private final CSVPrinter csv;
    private final int replication;
    private final boolean cdns;
    private final boolean live;

    /**
     * A sessions file without live latency (of an on-demand run).
     *
     * @param file        target file
     * @param replication replication index written in each row
     * @param withHeader  whether to write the header line
     * @param cdns        whether the network is several CDNs (a column of when each viewer moved to another)
     * @throws IOException if the file cannot be opened
     */
    public SessionsCsv(Path file, int replication, boolean withHeader, boolean cdns) throws IOException {
        this(file, replication, withHeader, cdns, false);
    }

    /**
     * @param file        target file
     * @param replication replication index written in each row
     * @param withHeader  whether to write the header line
     * @param cdns        whether the network is several CDNs (a column of when each viewer moved to another)
     * @param live        whether the viewers watch a live channel (a column of their live latency)
     * @throws IOException if the file cannot be opened
     */
    public SessionsCsv(Path file, int replication, boolean withHeader, boolean cdns, boolean live)
            throws IOException {
        CSVFormat.Builder format = CSVFormat.DEFAULT.builder().setRecordSeparator('\n');
        if (withHeader) {
            List<String> header = new java.util.ArrayList<>(HEADER);
            if (cdns) {
                header.add(MOVED);
            }
            if (live) {
                header.add(LIVE_LATENCY);
            }
            format.setHeader(header.toArray(String[]::new));
        }
        this.cdns = cdns;
        this.live = live;
        Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        this.csv = new CSVPrinter(w, format.build());
        this.replication = replication;
    }

    @Override
    public void ended(Session s) {
        try {
            csv.print(replication);
            csv.print(s.viewer());
            csv.print(s.region());
            csv.print(s.device());
            csv.print(s.edge());
            csv.print(Format.decimal(s.joinedAt() / 1e6));
            csv.print(Format.decimal(s.endedAt() / 1e6));
            csv.print(s.startupTime() < 0 ? "" : Format.decimal(s.startupTime() / 1e3));
            csv.print(s.joinFailed());
            csv.print(Format.decimal(s.stallTime() / 1e3));
            csv.print(s.stalls());
            csv.print(Format.decimal(s.playedTime() / 1e6));
            csv.print(Format.decimal(s.rebufferRatio()));
            csv.print(Format.decimal(s.averageBitrate() / 1e3));
            csv.print(s.switches());
            csv.print(s.segments());
            csv.print(s.errors());
            if (cdns) {
                csv.print(s.movedAt() == Session.NOT_MOVED ? "" : Format.decimal(s.movedAt() / 1e6));
            }
            if (live) {
                csv.print(s.liveLatency() < 0 ? "" : Format.decimal(s.liveLatency() / 1e3));
            }
            csv.println();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws IOException {
        csv.close();
    }
}
