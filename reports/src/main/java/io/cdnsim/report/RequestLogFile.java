package io.cdnsim.report;

import com.github.luben.zstd.ZstdOutputStream;
import io.cdnsim.model.CacheNodeSpec;
import io.cdnsim.model.Scenario;
import io.cdnsim.model.Tier;
import io.cdnsim.player.EdgeRequests;
import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;

/**
 * The request log of a run ({@code cdnsim run --request-log FILE}): every answer an edge gave a viewer, as a
 * CloudFront-style access log (W3C extended log format: {@code #Version} and {@code #Fields} lines, then one
 * tab-separated line a request), gzip-compressed for a name ending {@code .gz}, zstd for {@code .zst}, plain for
 * {@code .log}. It is written as the run goes, second by second ({@link EdgeRequests#flush}), into a hidden file beside
 * the target that becomes the target only when the run has succeeded ({@link #commit}); closed without a commit, or
 * left by a run interrupted (Ctrl-C), it is deleted. The run's thread only copies each record's values into a
 * {@link RecordPipe} ({@link RequestLogLines#capture}); the pipe's thread formats the lines ({@link RequestLogLines})
 * and compresses them, while the run goes on. Writing allocates nothing per request.
 *
 * <p>Simulated time 0 is written as 2000-01-01 00:00:00 UTC; {@code time} has microseconds. The CMCD keys of the
 * request are its query string ({@code CMCD=} and the URL-encoded keys, as a player sends them), so
 * {@code cdnsim replay} reads the log back with its {@code cloudfront} format. docs/cmcd.md lists the fields.
 */
public final class RequestLogFile implements EdgeRequests.Sink, Closeable {

    /** The file name endings it writes, and how. */
    public static final List<String> ENDINGS = List.of(".gz", ".zst", ".log");

    private final Path target;
    private final Path partial;
    private final OutputStream out;
    private final RecordPipe pipe;
    private boolean committed;

    private RequestLogFile(Path target, Scenario scenario) throws IOException {
        this.target = target;
        Path dir = target.toAbsolutePath().getParent();
        this.partial = dir.resolve("." + target.getFileName() + ".partial");
        OutputStream file = Files.newOutputStream(partial);
        partial.toFile().deleteOnExit();
        String name = target.getFileName().toString();
        OutputStream raw = name.endsWith(".gz") ? new FastGzip(file)
                : name.endsWith(".zst") ? new ZstdOutputStream(file, 1) : file;
        this.out = new BufferedOutputStream(raw, 1 << 16);
        List<String> ids = new ArrayList<>();
        List<String> cdns = new ArrayList<>();
        boolean several = scenario.topology().cdns().size() > 1;
        for (Tier t : scenario.topology().tiers()) {
            for (CacheNodeSpec node : t.nodes()) {
                ids.add(node.id());
                cdns.add(several ? scenario.topology().cdns().get(scenario.topology().cdnOf(node.id())).name() : null);
            }
        }
        String fields = "#Version: 1.0\n#Fields: date time x-edge-location sc-bytes c-ip cs-method cs-uri-stem"
                + " sc-status cs-uri-query x-edge-result-type time-to-first-byte x-outcome x-viewer x-session"
                + (several ? " x-cdn" : "") + "\n";
        out.write(fields.getBytes(StandardCharsets.US_ASCII));
        this.pipe = new RecordPipe(RequestLogLines.WIDTH, new RequestLogLines(ids, cdns, out)::write, "request log");
    }

    /**
     * @param file the log's file name
     * @return what is wrong with it as a request log's name, or null if nothing: its ending must say how it is
     *         compressed, and its folder must exist and be writable
     */
    public static String problem(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString();
        if (ENDINGS.stream().noneMatch(e -> name.endsWith(e) && name.length() > e.length())) {
            return "'" + file + "': the name must end in .gz (gzip), .zst (zstd) or .log (uncompressed)";
        }
        if (Files.isDirectory(file)) {
            return "'" + file + "' is a folder";
        }
        Path dir = file.toAbsolutePath().getParent();
        if (!Files.isDirectory(dir)) {
            return "'" + file + "': no such folder: " + dir;
        }
        if (!Files.isWritable(dir) || Files.exists(file) && !Files.isWritable(file)) {
            return "'" + file + "': permission denied";
        }
        return null;
    }

    /**
     * Opens a request log; nothing appears at {@code file} until {@link #commit}.
     *
     * @param file     the log's file ({@link #problem} says nothing against it)
     * @param scenario the scenario run, for its nodes' names and CDNs
     * @return the log, header written
     * @throws IOException if it cannot be created
     */
    public static RequestLogFile open(Path file, Scenario scenario) throws IOException {
        return new RequestLogFile(file, scenario);
    }

    @Override
    public void write(EdgeRequests r, int i) {
        try {
            int o = pipe.next();
            RequestLogLines.capture(r, i, pipe.values(), o);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** gzip at the deflater's fastest level: the log is written while the run goes, and text compresses well anyway. */
    private static final class FastGzip extends GZIPOutputStream {
        FastGzip(OutputStream out) throws IOException {
            super(out, 1 << 16);
            def.setLevel(Deflater.BEST_SPEED);
        }
    }

    /**
     * The run succeeded: the log is finished and moved to its name.
     *
     * @throws IOException if it cannot be finished or moved
     */
    public void commit() throws IOException {
        try {
            pipe.close();
        } finally {
            out.close();
        }
        Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        committed = true;
    }

    /** Closes the log; without a {@link #commit} it is deleted. */
    @Override
    public void close() throws IOException {
        if (!committed) {
            pipe.abandon();
            try {
                out.close();
            } finally {
                Files.deleteIfExists(partial);
            }
        }
    }
}
