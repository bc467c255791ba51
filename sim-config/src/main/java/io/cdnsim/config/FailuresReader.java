package io.cdnsim.config;

import io.cdnsim.model.CacheNodeSpec;
import io.cdnsim.model.Failure;
import io.cdnsim.model.OriginSpec;
import io.cdnsim.model.RunSettings;
import io.cdnsim.model.Tier;
import io.cdnsim.model.Topology;
import io.cdnsim.model.Uplink;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a scenario's failure schedule ({@code failures}, N7): each entry names exactly one node (down), link between
 * caches (slow), link to the viewers (an edge's egress or a region's peering, losing capacity) or origin (in trouble)
 * of the topology, and a window within the run; windows of the same node, link or
 * origin do not overlap. Fields that do not apply to the entry's kind are refused rather than ignored.
 */
final class FailuresReader {

    /** Most entries in a schedule. */
    static final int MAX_FAILURES = 100;

    private FailuresReader() {
    }

    /**
     * @param p        where problems go
     * @param written  the schedule as written, or null
     * @param topology the scenario's topology, or null if it could not be read
     * @param run      the run's settings, or null if they could not be read
     * @return the schedule (its entries with problems left out)
     */
    static List<Failure> read(Problems p, List<ScenarioFile.FailureFile> written, Topology topology,
                              RunSettings run) {
        List<Failure> failures = new ArrayList<>();
        if (written == null) {
            return failures;
        }
        if (written.size() > MAX_FAILURES) {
            p.add("failures", "has " + written.size() + " entries; at most " + MAX_FAILURES + " are supported");
            return failures;
        }
        Map<String, String> kinds = new LinkedHashMap<>();
        List<List<String>> targets = new ArrayList<>();
        for (int i = 0; i < written.size(); i++) {
            String path = "failures[" + i + "]";
            ScenarioFile.FailureFile f = written.get(i);
            if (f == null) {
                p.add(path, "empty failure: give a node, a link, an egress, a peering or an origin, and from and to");
                continue;
            }
            int given = (f.node() != null ? 1 : 0) + (f.link() != null ? 1 : 0) + (f.egress() != null ? 1 : 0)
                    + (f.peering() != null ? 1 : 0) + (f.origin() != null ? 1 : 0) + (f.cdn() != null ? 1 : 0);
            if (given != 1) {
                p.add(path, (given == 0 ? "missing: what fails" : "names " + given + " things") + "; give exactly one "
                        + "of node (down), cdn (down, in a region or everywhere), link (slow, [child, parent]), egress "
                        + "or peering (losing capacity) or origin (failing or slow)");
                continue;
            }
            if (f.region() != null && f.cdn() == null) {
                p.add(path + ".region", "applies to a CDN down (cdn: <name>, region: <region>)");
            }
            long[] window = window(p, path, f, run);
            Failure failure = f.node() != null || f.cdn() != null ? OutageReader.read(p, path, f, window, topology)
                    : f.link() != null ? link(p, path, f, window, topology)
                    : f.origin() != null ? origin(p, path, f, window, topology)
                    : CapacityLossReader.read(p, path, f, window, topology);
            if (failure == null) {
                continue;
            }
            List<String> keys = failure instanceof Failure.Outage o
                    ? o.nodes().stream().map(n -> "down " + n).toList()
                    : List.of(failure.getClass().getSimpleName() + " " + failure.target());
            for (String key : keys) {
                for (int j = 0; j < failures.size(); j++) {
                    Failure other = failures.get(j);
                    if (targets.get(j).contains(key) && other.from() < failure.to() && failure.from() < other.to()) {
                        p.add(path + ".from", "its window overlaps the one of " + kinds.get(key) + " on the same "
                                + key.substring(key.indexOf(' ') + 1) + "; give one window for both");
                    }
                }
                kinds.putIfAbsent(key, path);
            }
            targets.add(keys);
            failures.add(failure);
        }
        return failures;
    }

    /** @return {from, to}, each checked against the other and against the run; -1 where unreadable */
    private static long[] window(Problems p, String path, ScenarioFile.FailureFile f, RunSettings run) {
        p.require(path + ".from", f.from(), "when it starts, from the run's start, for example 3min");
        p.require(path + ".to", f.to(), "when it ends, for example 5min");
        long from = p.micros(path + ".from", f.from(), -1);
        long to = p.micros(path + ".to", f.to(), -1);
        if (from >= 0 && to >= 0 && to <= from) {
            p.add(path + ".to", "must be after 'from' (" + f.from() + "), found '" + f.to() + "'");
        }
        if (run != null && from >= run.duration()) {
            p.add(path + ".from", "starts at or after the run's end (" + Limits.written(run.duration()) + "): a "
                    + "failure window lies within the run");
        } else if (run != null && to > run.duration()) {
            p.add(path + ".to", "ends after the run's end (" + Limits.written(run.duration()) + "), found '" + f.to()
                    + "': a failure window lies within the run");
        }
        return new long[] {from, to};
    }

    private static Failure link(Problems p, String path, ScenarioFile.FailureFile f, long[] window,
                                Topology topology) {
        notFor(p, path, "a link", f.restart(), "restart", f.detection(), "detection", f.errorShare(), "errorShare",
                f.addedLatency(), "addedLatency");
        if (f.lostCapacity() != null) {
            p.add(path + ".lostCapacity", "links between caches have no capacity in the model: a POP's egress or a "
                    + "region's peering link loses capacity (egress: <edge id> or peering: <region>, with lostCapacity)");
        }
        long added = p.micros(path + ".addedRtt", f.addedRtt(), 0);
        Limits.atMost(p, path + ".addedRtt", added, Limits.MAX_RTT, f.addedRtt());
        if (f.lostCapacity() == null) {
            p.require(path + ".addedRtt", f.addedRtt(), "the RTT the link adds, for example 80ms");
        }
        if (f.link().size() != 2 || f.link().contains(null)) {
            p.add(path + ".link", "a link is [child, parent], the ids of a node and of one of its parents, found "
                    + f.link());
            return null;
        }
        String child = f.link().get(0);
        String parent = f.link().get(1);
        if (topology == null) {
            return null;
        }
        CacheNodeSpec node = null;
        List<String> ids = new ArrayList<>();
        for (Tier t : topology.tiers()) {
            for (CacheNodeSpec n : t.nodes()) {
                ids.add(n.id());
                node = n.id().equals(child) ? n : node;
            }
        }
        if (node == null) {
            p.add(path + ".link", "no cache node of topology '" + topology.name() + "' has the id '" + child + "'"
                    + Problems.didYouMean(child, ids));
            return null;
        }
        List<String> parents = node.uplinks().stream().map(Uplink::parent).toList();
        if (!parents.contains(parent)) {
            p.add(path + ".link", "'" + parent + "' is not a parent of '" + child + "'; its parents: " + parents);
            return null;
        }
        return invalid(window) ? null : new Failure.LinkDegraded(child, parent, window[0], window[1], added);
    }

    private static Failure origin(Problems p, String path, ScenarioFile.FailureFile f, long[] window,
                                  Topology topology) {
        notFor(p, path, "an origin in trouble", f.restart(), "restart", f.detection(), "detection", f.addedRtt(),
                "addedRtt", f.lostCapacity(), "lostCapacity");
        double share = f.errorShare() == null ? 0 : f.errorShare();
        share(p, path + ".errorShare", share, "share of requests the origin fails");
        long added = p.micros(path + ".addedLatency", f.addedLatency(), 0);
        Limits.atMost(p, path + ".addedLatency", added, Limits.MAX_WAIT, f.addedLatency());
        if (f.errorShare() == null && f.addedLatency() == null) {
            p.add(path, "an origin in trouble needs errorShare (for example 1 for an outage) or addedLatency (for "
                    + "example 2s); for an origin that refuses everything, give it as a node down");
        }
        if (topology == null) {
            return null;
        }
        List<String> ids = topology.origins().stream().map(OriginSpec::id).toList();
        if (!ids.contains(f.origin())) {
            p.add(path + ".origin", "no origin of topology '" + topology.name() + "' has the id '" + f.origin()
                    + "'" + Problems.didYouMean(f.origin(), ids) + "; its origins: " + ids);
            return null;
        }
        return invalid(window) ? null : new Failure.OriginTrouble(f.origin(), window[0], window[1], share, added);
    }

    static void share(Problems p, String at, double share, String what) {
        if (!(share >= 0 && share <= 1)) {
            p.add(at, "the " + what + " must be between 0 and 1, found " + share);
        }
    }

    /** Refuses the fields (value, name pairs) written that do not apply to this kind of failure. */
    static void notFor(Problems p, String path, String kind, Object... fields) {
        for (int i = 0; i < fields.length; i += 2) {
            if (fields[i] != null) {
                p.add(path + "." + fields[i + 1], "does not apply to " + kind);
            }
        }
    }

    static boolean invalid(long[] window) {
        return window[0] < 0 || window[1] <= window[0];
    }
}
