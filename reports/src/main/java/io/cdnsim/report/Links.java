package io.cdnsim.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cdnsim.bandwidth.LinkFigures;
import io.cdnsim.run.LinkResult;
import io.cdnsim.run.RunResult;
import java.util.Locale;

/**
 * The links between the edges and the viewers in the console and in {@code summary.json}: for each link with a
 * capacity, its capacity, its busiest second, its share of capacity in the busiest second and at the 95th percentile
 * of seconds, and the seconds it spent at capacity (at least 95 % of it). Links without a capacity are left out of
 * the console (nodes.csv has every edge's busiest second).
 */
final class Links {


    private Links() {
    }

    /** @return whether a run has a link with a capacity */
    static boolean any(RunResult r) {
        return r.links().stream().anyMatch(LinkResult::limited);
    }

    /** Appends the console's table of the links with a capacity, if any. */
    static void console(StringBuilder b, RunResult r) {
        if (!any(r)) {
            return;
        }
        b.append(String.format(Locale.ROOT, "%nLinks to viewers (%s measured; a second at capacity carries 95 %% "
                + "of it or more):%n", Format.count(Math.round(r.measuredSeconds())) + " s"));
        String head = String.format(Locale.ROOT, "%-20s %16s %16s %11s %10s %14s%n", "link", "capacity",
                "peak", "peak share", "p95 share", "s at capacity");
        b.append(head);
        b.append("-".repeat(head.length() - 1)).append('\n');
        for (LinkResult l : r.links()) {
            if (!l.limited()) {
                continue;
            }
            LinkFigures f = l.figures();
            b.append(String.format(Locale.ROOT, "%-20s %16s %16s %11s %10s %14s%n", name(l), gbps(f.capacity()),
                    gbps(f.peakBits()), Format.percent(f.peakShare()), Format.percent(f.p95Share()),
                    Format.count(f.secondsAtCapacity())));
        }
    }

    /** @return how a link is named: {@code peering eu} or the edge node's id */
    static String name(LinkResult l) {
        return l.peering() ? "peering " + l.name() : l.name();
    }

    /** @return bit/s as Gbit/s with two decimals */
    static String gbps(double bitsPerSecond) {
        return String.format(Locale.ROOT, "%,.2f Gbit/s", bitsPerSecond / Format.GIGA);
    }

    /** Adds every link of a run to {@code summary.json}. */
    static void json(ObjectNode run, RunResult r) {
        if (r.links().isEmpty()) {
            return;
        }
        ArrayNode links = run.putArray("links");
        for (LinkResult l : r.links()) {
            LinkFigures f = l.figures();
            ObjectNode n = links.addObject();
            n.put("link", l.name());
            n.put("kind", l.peering() ? "peering" : "egress");
            if (l.limited()) {
                n.put("capacityGbps", f.capacity() / Format.GIGA);
            } else {
                n.putNull("capacityGbps");
            }
            n.put("peakGbps", f.peakBits() / Format.GIGA);
            n.put("averageGbps", f.seconds() == 0 ? 0 : f.bits() / f.seconds() / Format.GIGA);
            putShare(n, "peakShare", f.peakShare());
            putShare(n, "p95Share", f.p95Share());
            n.put("secondsAtCapacity", f.secondsAtCapacity());
        }
    }

    private static void putShare(ObjectNode n, String field, double share) {
        if (Double.isNaN(share)) {
            n.putNull(field);
        } else {
            n.put(field, share);
        }
    }
}
