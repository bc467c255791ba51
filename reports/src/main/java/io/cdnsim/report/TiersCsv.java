package io.cdnsim.report;

import io.cdnsim.content.ObjectKind;
import io.cdnsim.metrics.NodeStats;
import io.cdnsim.metrics.Outcome;
import io.cdnsim.metrics.UpstreamReason;
import io.cdnsim.run.CdnResult;
import io.cdnsim.run.RunResult;
import io.cdnsim.run.TierResult;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes {@code tiers.csv}: one row per replication, tier and object kind, plus an {@code all} row per tier. Through
 * several CDNs, a {@code cdn} column says whose tier a row is: {@code all} for the network's tiers (every CDN's nodes
 * of that tier, the shared tiers, the origin), then each CDN's own tiers under its name. An
 * {@code all} row adds up: requests = the outcome columns; upstream_requests = the {@code upstream_<reason>} columns =
 * the requests its parents received from the tier; upstream_failed = its parents' errors.
 */
public final class TiersCsv {

    private TiersCsv() {
    }

    /**
     * @param cdns whether the run went through several CDNs (a {@code cdn} column after the replication)
     * @return the header
     */
    static List<String> header(boolean cdns) {
        return header(cdns, false);
    }

    /**
     * @param prefetch whether a node prefetched: only then has the table an {@code upstream_prefetch} column
     * @return the upstream reasons the table has columns for
     */
    static List<UpstreamReason> reasons(boolean prefetch) {
        List<UpstreamReason> reasons = new ArrayList<>(List.of(UpstreamReason.values()));
        if (!prefetch) {
            reasons.remove(UpstreamReason.PREFETCH);
        }
        return reasons;
    }

    /**
     * @param cdns     whether the run went through several CDNs (a {@code cdn} column)
     * @param prefetch whether a node prefetched (an {@code upstream_prefetch} column)
     * @return the column names
     */
    static List<String> header(boolean cdns, boolean prefetch) {
        List<String> h = new ArrayList<>(List.of("replication", "tier", "kind", "requests"));
        if (cdns) {
            h.add(1, "cdn");
        }
        for (Outcome o : Outcome.values()) {
            h.add(o.label());
        }
        h.addAll(List.of("request_hit_ratio", "byte_hit_ratio", "bytes_out", "bytes_from_upstream",
                "upstream_requests"));
        for (UpstreamReason u : reasons(prefetch)) {
            h.add("upstream_" + u.label());
        }
        h.add("upstream_failed");
        return h;
    }

    /**
     * @param runs the replications
     * @param file target file
     * @throws IOException if it cannot be written
     */
    public static void write(List<RunResult> runs, Path file) throws IOException {
        boolean cdns = !runs.get(0).cdns().isEmpty();
        boolean prefetch = runs.stream().anyMatch(r -> r.tiers().stream()
                .anyMatch(t -> t.stats().upstreamRequests(UpstreamReason.PREFETCH) > 0));
        List<String> header = header(cdns, prefetch);
        List<UpstreamReason> reasons = reasons(prefetch);
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader(header.toArray(String[]::new))
                .setRecordSeparator('\n').build();
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
             CSVPrinter csv = new CSVPrinter(w, format)) {
            for (RunResult r : runs) {
                for (TierResult t : r.tiers()) {
                    rows(csv, r.replication(), cdns ? "all" : null, t, header.size(), reasons);
                }
                for (CdnResult c : r.cdns()) {
                    for (TierResult t : c.tiers()) {
                        rows(csv, r.replication(), c.name(), t, header.size(), reasons);
                    }
                }
            }
        }
    }

    /** One tier's rows: its {@code all} row, then a row per object kind it was asked for. */
    private static void rows(CSVPrinter csv, int replication, String cdn, TierResult t, int width,
                             List<UpstreamReason> reasons) throws IOException {
        NodeStats s = t.stats();
        List<Object> all = new ArrayList<>(List.of(replication, t.name(), "all", s.requests()));
        for (Outcome o : Outcome.values()) {
            all.add(s.outcomes(o));
        }
        all.add(t.isOrigin() ? "" : Format.decimal(t.hitRatio()));
        all.add(t.isOrigin() ? "" : Format.decimal(t.byteHitRatio()));
        all.addAll(List.of(s.bytesOut(), s.upstreamBytes(), s.upstreamRequests()));
        for (UpstreamReason u : reasons) {
            all.add(s.upstreamRequests(u));
        }
        all.add(s.upstreamFailed());
        if (cdn != null) {
            all.add(1, cdn);
        }
        csv.printRecord(all);
        for (ObjectKind k : ObjectKind.values()) {
            if (s.requests(k) == 0) {
                continue;
            }
            List<Object> row = new ArrayList<>(List.of(replication, t.name(), k.label(), s.requests(k)));
            long answered = 0;
            long hits = 0;
            long bytes = 0;
            for (Outcome o : Outcome.values()) {
                row.add(s.outcomes(k, o));
                answered += s.outcomes(k, o);
                hits += o.isHit() ? s.outcomes(k, o) : 0;
                bytes += s.bytesOut(k, o);
            }
            row.add(t.isOrigin() || answered == 0 ? "" : Format.decimal((double) hits / answered));
            row.add(t.isOrigin() || bytes == 0 ? ""
                    : Format.decimal(1.0 - (double) s.bytesOut(k, Outcome.MISS) / bytes));
            row.add(bytes);
            if (cdn != null) {
                row.add(1, cdn);
            }
            while (row.size() < width) {
                row.add("");
            }
            csv.printRecord(row);
        }
    }
}
