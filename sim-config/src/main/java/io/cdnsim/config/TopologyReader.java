package io.cdnsim.config;

import io.cdnsim.cache.EvictionPolicy;
import io.cdnsim.cache.TtlRule;
import io.cdnsim.content.CacheControl;
import io.cdnsim.model.CacheNodeSpec;
import io.cdnsim.model.Capacities;
import io.cdnsim.model.CacheSettings;
import io.cdnsim.model.OriginSpec;
import io.cdnsim.model.Tier;
import io.cdnsim.model.Topology;
import io.cdnsim.model.Uplink;
import io.cdnsim.content.LocationCode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads a topology file into a validated {@link Topology}. Node settings are the node's {@code cache} over its tier's
 * {@code cache} over the {@link Defaults} (no TTL clamps); an unwritten field of a node or an origin takes its
 * default too.
 */
public final class TopologyReader {

    /** The most cache tiers a topology may have (so with the origin, five layers). */
    public static final int MAX_TIERS = 4;
    static final List<String> EVICTIONS = EvictionPolicy.NAMES;

    private TopologyReader() {
    }

    /**
     * @param file      the topology file
     * @param shownName how to name it in messages
     * @return the topology
     * @throws ScenarioException if anything is wrong, with every problem found
     */
    public static Topology read(Path file, String shownName) throws ScenarioException {
        return read(Documents.read(file, shownName, TopologyFile.class, "topology"));
    }

    /**
     * @param text      a topology document's text (a sweep's point changes a topology file's fields)
     * @param shownName how to name it in messages
     * @return the topology
     * @throws ScenarioException if anything is wrong, with every problem found
     */
    public static Topology read(String text, String shownName) throws ScenarioException {
        return read(Documents.parse(text.getBytes(java.nio.charset.StandardCharsets.UTF_8), shownName,
                TopologyFile.class, "topology"));
    }

    private static Topology read(Documents.Parsed<TopologyFile> parsed) throws ScenarioException {
        TopologyFile f = parsed.value();
        Problems p = parsed.problems();

        p.require("name", f.name(), "the topology's name");
        List<String> regions = f.regions() == null ? List.of() : f.regions();
        if (regions.isEmpty()) {
            p.add("regions", "missing: the list of viewer regions, for example [eu, na]");
        }
        checkUnique(p, "regions", regions);

        List<TopologyFile.OriginFile> originFiles = f.origins() == null ? List.of() : f.origins();
        if (originFiles.isEmpty()) {
            p.add("origins", "missing: at least one origin");
        }
        TierPlacement layout = TierPlacement.of(p, f);
        long nodeCount = originFiles.size();
        for (TierPlacement.Placed pl : layout.placed()) {
            nodeCount += pl.file() == null || pl.file().nodes() == null ? 0 : pl.file().nodes().size();
        }
        if (nodeCount > Limits.MAX_NODES) {
            p.add(f.cdns() == null ? "tiers" : "cdns", "the topology has " + nodeCount + " cache nodes and origins; "
                    + "at most " + Limits.MAX_NODES + " are supported");
            p.throwIfAny();
        }

        List<List<CacheNodeSpec>> byPosition = new ArrayList<>();
        for (int k = 0; k < layout.positions(); k++) {
            byPosition.add(new ArrayList<>());
        }
        Map<String, Long> egress = new HashMap<>();
        Map<String, String> claimed = new HashMap<>();
        for (TierPlacement.Placed pl : layout.placed()) {
            TopologyFile.TierFile tf = pl.file();
            if (tf == null || tf.nodes() == null) {
                continue;
            }
            int t = pl.position();
            String path = pl.path();
            for (int n = 0; n < tf.nodes().size(); n++) {
                CacheNodeSpec node = node(p, path + ".nodes[" + n + "]", tf.nodes().get(n), pl, layout, regions);
                String egressPath = path + ".nodes[" + n + "].egress";
                String egressText = tf.nodes().get(n) == null ? null : tf.nodes().get(n).egress();
                if (egressText != null && t != 0) {
                    p.add(egressPath, "an egress capacity is modelled for edge nodes (the first tier) only: it is "
                            + "what a POP can send to its viewers");
                } else if (egressText != null && node != null) {
                    egress.put(node.id(), p.bitsPerSecond(egressPath, egressText, Long.MAX_VALUE));
                }
                if (node != null) {
                    byPosition.get(t).add(node);
                    for (String code : node.locations()) {
                        String other = claimed.putIfAbsent(code, node.id());
                        if (other != null) {
                            p.add(path + ".nodes[" + n + "].locations", "location " + code + " is claimed by '"
                                    + other + "' already; a logged request goes to one edge node");
                        }
                    }
                }
            }
        }
        List<Tier> tiers = new ArrayList<>();
        for (int k = 0; k < layout.positions(); k++) {
            tiers.add(new Tier(layout.positionName(k), byPosition.get(k)));
        }
        List<OriginSpec> origins = new ArrayList<>();
        for (int o = 0; o < originFiles.size(); o++) {
            OriginSpec origin = origin(p, "origins[" + o + "]", originFiles.get(o));
            if (origin != null) {
                origins.add(origin);
            }
        }
        Map<String, Long> peering = peering(p, f.peering(), regions);
        p.throwIfAny();
        return new Topology(f.name(), f.description() == null ? "" : f.description().strip(), regions, tiers,
                origins, new Capacities(egress, peering), layout.cdns());
    }

    /** Reads each region's peering capacity; a region not in the topology's regions is a problem. */
    private static Map<String, Long> peering(Problems p, Map<String, String> written, List<String> regions) {
        Map<String, Long> peering = new HashMap<>();
        if (written == null) {
            return peering;
        }
        for (Map.Entry<String, String> e : written.entrySet()) {
            String path = "peering." + e.getKey();
            if (!regions.contains(e.getKey())) {
                p.add(path, "region '" + e.getKey() + "' is not in the topology's regions " + regions
                        + Problems.didYouMean(e.getKey(), regions));
            } else if (p.require(path, e.getValue(), "the capacity of the region's peering links, for example "
                    + "'2Tbps'")) {
                peering.put(e.getKey(), p.bitsPerSecond(path, e.getValue(), Long.MAX_VALUE));
            }
        }
        return peering;
    }

    private static CacheNodeSpec node(Problems p, String path, TopologyFile.NodeFile nf, TierPlacement.Placed pl,
                                      TierPlacement layout, List<String> regions) {
        int t = pl.position();
        if (nf == null) {
            p.add(path, "empty node");
            return null;
        }
        p.require(path + ".id", nf.id(), "the node's id");
        if (nf.region() != null && !regions.contains(nf.region())) {
            p.add(path + ".region", "region '" + nf.region() + "' is not in the topology's regions " + regions
                    + Problems.didYouMean(nf.region(), regions));
        } else if (nf.region() == null && t == 0) {
            p.add(path + ".region", "missing: the region this edge node serves, one of " + regions);
        }
        double weight = nf.weight() == null ? Defaults.NODE_WEIGHT : nf.weight();
        if (!(weight > 0) || Double.isInfinite(weight)) {
            p.add(path + ".weight", "must be a positive number, found " + nf.weight());
        }
        List<Uplink> up = Uplinks.read(p, path, nf, pl, layout);
        CacheSettings cache = cache(p, path, nf.cache(), pl.file().cache(), pl.path());
        return new CacheNodeSpec(nf.id(), nf.region() == null ? "" : nf.region(), weight, up.get(0).parent(),
                up.get(0).rtt(), up.get(0).bandwidth(), cache, locations(p, path + ".locations", nf.locations(), t),
                up.subList(1, up.size()));
    }

    /** Reads an edge node's location codes: 2 to 8 letters each, upper-cased; only edge nodes have them. */
    private static List<String> locations(Problems p, String path, List<String> written, int t) {
        if (written == null || written.isEmpty()) {
            return List.of();
        }
        if (t != 0) {
            p.add(path, "only edge nodes (the first tier) receive logged requests by location");
            return List.of();
        }
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < written.size(); i++) {
            String code = written.get(i) == null ? "" : written.get(i).strip();
            if (!LocationCode.valid(code)) {
                p.add(path + "[" + i + "]", "a location is 2 to 8 letters, as a CDN log's edge location starts"
                        + " (LAX for CloudFront's LAX50-C1), found '" + written.get(i) + "'");
            } else {
                codes.add(code.toUpperCase(Locale.ROOT));
            }
        }
        return codes;
    }

    private static CacheSettings cache(Problems p, String path, TopologyFile.CacheFile node,
                                       TopologyFile.CacheFile tier, String tierAt) {
        TopologyFile.CacheFile empty = new TopologyFile.CacheFile(null, null, null, null, null, null, null, null, null,
                null, null);
        TopologyFile.CacheFile n = node == null ? empty : node;
        TopologyFile.CacheFile d = tier == null ? empty : tier;
        String nodePath = path + ".cache";
        String tierPath = tierAt + ".cache";
        String capacityText = first(n.capacity(), d.capacity());
        String capacityPath = n.capacity() != null ? nodePath + ".capacity" : tierPath + ".capacity";
        Double hitRatio = first(n.hitRatio(), d.hitRatio());
        String hitPath = n.hitRatio() != null ? nodePath + ".hitRatio" : tierPath + ".hitRatio";
        double fixed = -1;
        for (TopologyFile.CacheFile level : List.of(n, d)) {
            if (level.hitRatio() != null && level.capacity() != null) {
                p.add(level == n ? nodePath : tierPath, "a fixed hitRatio and a capacity exclude each other (a fixed "
                        + "ratio has no cache to fill); give one");
            }
        }
        if (hitRatio != null) {
            if (!(hitRatio >= 0 && hitRatio <= 1)) {
                p.add(hitPath, "a hit ratio must be between 0 and 1, found " + hitRatio);
            } else {
                fixed = hitRatio;
            }
        }
        long capacity = p.bytes(capacityPath, capacityText, -1);
        if (hitRatio == null && capacityText == null) {
            p.add(nodePath + ".capacity", "missing: the cache capacity (for example '50GB'), in the node's or its "
                    + "tier's cache settings, or a fixed hitRatio");
        } else if (hitRatio == null && capacity == 0) {
            p.add(capacityPath, "the capacity must be more than 0 bytes");
        }
        String eviction = first(n.eviction(), d.eviction(), Defaults.EVICTION);
        if (!EVICTIONS.contains(eviction)) {
            p.add(n.eviction() != null ? nodePath + ".eviction" : tierPath + ".eviction", "unknown eviction policy '"
                    + eviction + "'" + Problems.didYouMean(eviction, EVICTIONS) + "; known: " + EVICTIONS);
        }
        TopologyFile.TtlFile nt = n.ttl();
        TopologyFile.TtlFile dt = d.ttl();
        String ttlPath = nt != null ? nodePath + ".ttl" : tierPath + ".ttl";
        long min = p.micros(ttlPath + ".min", first(nt == null ? null : nt.min(), dt == null ? null : dt.min()),
                CacheControl.ABSENT);
        long max = p.micros(ttlPath + ".max", first(nt == null ? null : nt.max(), dt == null ? null : dt.max()),
                CacheControl.ABSENT);
        long fallback = p.micros(ttlPath + ".default",
                first(nt == null ? null : nt.fallback(), dt == null ? null : dt.fallback()), Defaults.TTL_FALLBACK);
        if (min != CacheControl.ABSENT && max != CacheControl.ABSENT && min > max) {
            p.add(ttlPath, "ttl.min is larger than ttl.max");
        }
        String lockText = first(n.lockTimeout(), d.lockTimeout(), Defaults.LOCK_TIMEOUT);
        long lock = "never".equals(lockText) ? Long.MAX_VALUE
                : p.micros(n.lockTimeout() != null ? nodePath + ".lockTimeout" : tierPath + ".lockTimeout",
                lockText, Long.MAX_VALUE);
        if (lock == 0) {
            p.add(nodePath + ".lockTimeout", "must be more than 0 (or 'never')");
        } else if (lock != Long.MAX_VALUE) {
            Limits.atMost(p, n.lockTimeout() != null ? nodePath + ".lockTimeout" : tierPath + ".lockTimeout", lock,
                    Limits.MAX_WAIT, lockText);
        }
        String servicePath = n.serviceTime() != null ? nodePath + ".serviceTime" : tierPath + ".serviceTime";
        long service = p.micros(servicePath, first(n.serviceTime(), d.serviceTime()), Defaults.CACHE_SERVICE_TIME);
        Limits.atMost(p, servicePath, service, Limits.MAX_WAIT, first(n.serviceTime(), d.serviceTime()));
        String admission = first(n.admission(), d.admission(), Defaults.ADMISSION);
        String admissionPath = n.admission() != null ? nodePath + ".admission" : tierPath + ".admission";
        int cells = 0;
        if ("second-request".equals(admission)) {
            long table = first(n.admissionTable(), d.admissionTable(), Defaults.ADMISSION_TABLE);
            if (table < 1 || table > (1 << 26) || Long.bitCount(table) != 1) {
                p.add(n.admissionTable() != null ? nodePath + ".admissionTable" : tierPath + ".admissionTable",
                        "must be a power of two between 1 and 67108864, found " + table);
            } else {
                cells = (int) table;
            }
        } else if (!"always".equals(admission)) {
            p.add(admissionPath, "unknown admission '" + admission + "'"
                    + Problems.didYouMean(admission, List.of("always", "second-request"))
                    + "; known: always, second-request");
        }
        return new CacheSettings(capacity, eviction, fixed, new TtlRule(min, max, fallback),
                first(n.honorAge(), d.honorAge(), Defaults.HONOR_AGE),
                first(n.collapsing(), d.collapsing(), Defaults.COLLAPSING),
                lock, service, cells, prefetch(p, n, d, nodePath, tierPath, hitRatio != null));
    }

    /** @return whether the node prefetches the next object a request names: {@code cache.prefetch}, off or nor */
    private static boolean prefetch(Problems p, TopologyFile.CacheFile n, TopologyFile.CacheFile d, String nodePath,
                                    String tierPath, boolean fixedRatio) {
        String text = first(n.prefetch(), d.prefetch(), Defaults.PREFETCH);
        String at = n.prefetch() != null ? nodePath + ".prefetch" : tierPath + ".prefetch";
        if (!List.of("off", "nor").contains(text)) {
            p.add(at, "unknown prefetch '" + text + "'" + Problems.didYouMean(text, List.of("off", "nor"))
                    + "; known: off, nor (fetch the next object a request names in CMCD)");
            return false;
        }
        if ("nor".equals(text) && fixedRatio) {
            p.add(at, "a node with a fixed hitRatio holds no copies to prefetch into; remove prefetch or give a"
                    + " capacity");
            return false;
        }
        return "nor".equals(text);
    }

    private static OriginSpec origin(Problems p, String path, TopologyFile.OriginFile of) {
        if (of == null) {
            p.add(path, "empty origin");
            return null;
        }
        p.require(path + ".id", of.id(), "the origin's id");
        long service = p.micros(path + ".serviceTime", of.serviceTime(), Defaults.ORIGIN_SERVICE_TIME);
        Limits.atMost(p, path + ".serviceTime", service, Limits.MAX_WAIT, of.serviceTime());
        double capacity = p.perSecond(path + ".capacity", of.capacity(), Defaults.UNLIMITED_PER_SECOND);
        if (!(capacity > 0)) {
            p.add(path + ".capacity", "must be more than 0 requests per second");
        } else if (of.capacity() != null && !(capacity >= Limits.MIN_RATE && capacity <= Limits.MAX_RATE)) {
            p.add(path + ".capacity", "must be between " + Limits.MIN_RATE + " and " + Limits.MAX_RATE
                    + " requests per second, found '" + of.capacity() + "'");
        }
        long egress = p.bitsPerSecond(path + ".egress", of.egress(), Defaults.UNLIMITED_BITS_PER_SECOND);
        long timeout = p.micros(path + ".timeout", of.timeout(), Defaults.ORIGIN_TIMEOUT);
        if (timeout <= 0) {
            p.add(path + ".timeout", "must be more than 0");
        }
        Limits.atMost(p, path + ".timeout", timeout, Limits.MAX_WAIT, of.timeout());
        return new OriginSpec(of.id(), service, capacity, egress, timeout);
    }

    private static void checkUnique(Problems p, String path, List<String> values) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < values.size(); i++) {
            if (values.get(i) == null || !seen.add(values.get(i))) {
                p.add(path + "[" + i + "]", "'" + values.get(i) + "' is listed twice or empty");
            }
        }
    }

    @SafeVarargs
    private static <T> T first(T... values) {
        for (T v : values) {
            if (v != null) {
                return v;
            }
        }
        return null;
    }
}
