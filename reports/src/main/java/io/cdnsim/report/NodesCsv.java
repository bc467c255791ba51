package io.cdnsim.report;

import io.cdnsim.bandwidth.LinkFigures;
import io.cdnsim.metrics.NodeStats;
import io.cdnsim.metrics.Outcome;
import io.cdnsim.run.LinkResult;
import io.cdnsim.run.NodeResult;
import io.cdnsim.run.RunResult;
import io.cdnsim.run.TierResult;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes {@code nodes.csv}: one row per replication and node (the cache nodes tier by tier, then the origins) with
 * its requests, each outcome, its hit ratios, bytes and errors, and for an edge of a run with viewers what its egress
 * to the viewers carried: the busiest second in Gbit/s and, with a capacity, its share of it (busiest second, 95th
 * percentile of seconds) and the seconds at capacity.
 */
public final class NodesCsv {


    private NodesCsv() {
    }

    /**
     * @param cdns whether the run went through several CDNs (a {@code cdn} column after the node's id)
     * @return the header
     */
    static List<String> header(boolean cdns) {
        List<String> h = new ArrayList<>(List.of("replication", "node", "tier", "region", "requests"));
        if (cdns) {
            h.add(2, "cdn");
        }
        for (Outcome o : Outcome.values()) {
            h.add(o.label());
        }
        h.addAll(List.of("request_hit_ratio", "byte_hit_ratio", "bytes_out", "upstream_requests",
                "egress_capacity_gbps", "egress_peak_gbps", "egress_peak_share", "egress_p95_share",
                "seconds_at_capacity"));
        return h;
    }

    /**
     * @param runs the replications
     * @param file target file
     * @throws IOException if it cannot be written
     */
    public static void write(List<RunResult> runs, Path file) throws IOException {
        boolean cdns = !runs.get(0).cdns().isEmpty();
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader(header(cdns).toArray(String[]::new))
                .setRecordSeparator('\n').build();
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
             CSVPrinter csv = new CSVPrinter(w, format)) {
            for (RunResult r : runs) {
                Map<String, LinkFigures> egress = new HashMap<>();
                for (LinkResult l : r.links()) {
                    if (!l.peering()) {
                        egress.put(l.name(), l.figures());
                    }
                }
                for (NodeResult n : r.nodes()) {
                    TierResult t = n.figures();
                    NodeStats s = t.stats();
                    List<Object> row = new ArrayList<>(List.of(r.replication(), n.id(), n.tier(), n.region(),
                            s.requests()));
                    if (cdns) {
                        row.add(2, n.cdn());
                    }
                    for (Outcome o : Outcome.values()) {
                        row.add(s.outcomes(o));
                    }
                    row.add(t.isOrigin() || Double.isNaN(t.hitRatio()) ? "" : Format.decimal(t.hitRatio()));
                    row.add(t.isOrigin() || Double.isNaN(t.byteHitRatio()) ? "" : Format.decimal(t.byteHitRatio()));
                    row.add(s.bytesOut());
                    row.add(s.upstreamRequests());
                    LinkFigures f = egress.get(n.id());
                    if (f == null) {
                        row.addAll(List.of("", "", "", "", ""));
                    } else {
                        boolean limited = f.capacity() != Double.POSITIVE_INFINITY;
                        row.add(limited ? Format.decimal(f.capacity() / Format.GIGA) : "");
                        row.add(Format.decimal(f.peakBits() / Format.GIGA));
                        row.add(limited ? Format.decimal(f.peakShare()) : "");
                        row.add(limited ? Format.decimal(f.p95Share()) : "");
                        row.add(limited ? f.secondsAtCapacity() : "");
                    }
                    csv.printRecord(row);
                }
            }
        }
    }
}
