package io.cdnsim.config;

import com.fasterxml.jackson.databind.JsonNode;
import io.cdnsim.content.CacheControl;
import io.cdnsim.content.ObjectKind;
import io.cdnsim.cost.CostSpec;
import io.cdnsim.kernel.Micros;
import io.cdnsim.model.CacheNodeSpec;
import io.cdnsim.model.Clients;
import io.cdnsim.model.Demand;
import io.cdnsim.model.Failure;
import io.cdnsim.model.LiveEvent;
import io.cdnsim.model.OnDemandService;
import io.cdnsim.model.RunSettings;
import io.cdnsim.model.Scenario;
import io.cdnsim.model.SizeSpec;
import io.cdnsim.model.SteeringSpec;
import io.cdnsim.model.SyntheticStream;
import io.cdnsim.model.Topology;
import io.cdnsim.model.Workload;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;

/**
 * Reads a scenario file, and the topology it names, into a validated {@link Scenario} with every default filled in.
 * This is the library entry point for loading: {@code Scenario s = ScenarioReader.read(Path.of("scenarios/x.yaml"));}
 */
public final class ScenarioReader {

    private ScenarioReader() {
    }

    /**
     * @param file a scenario file (YAML or JSON)
     * @return the scenario
     * @throws ScenarioException if it or its topology has problems, listing every one found
     */
    public static Scenario read(Path file) throws ScenarioException {
        return read(file, null, null);
    }

    /**
     * @param file         where the scenario is (its relative paths are resolved from there; messages name it)
     * @param text         the scenario's text (a sweep's point), or null to read the file
     * @param topologyText the text of the topology it names (a sweep's point changes it), or null to read the file
     * @return the scenario
     * @throws ScenarioException if it or its topology has problems, listing every one found
     */
    public static Scenario read(Path file, String text, String topologyText) throws ScenarioException {
        String shown = file.toString();
        byte[] source = text == null ? null : text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        Documents.Parsed<ScenarioFile> parsed;
        try {
            parsed = source == null ? Documents.read(file, shown, ScenarioFile.class, "scenario")
                    : Documents.parse(source, shown, ScenarioFile.class, "scenario");
        } catch (ScenarioException e) {
            throw withReferencedFiles(file, source, topologyText, e);
        }
        ScenarioFile f = parsed.value();
        Problems p = parsed.problems();

        p.require("name", f.name(), "the scenario's name");
        String nameProblem = f.name() == null ? null : RunName.problem(f.name());
        if (nameProblem != null) {
            p.add("name", nameProblem);
        }
        Topology topology = null;
        if (p.require("topology", f.topology(), "the path of the topology file, for example "
                + "../topologies/edge-shield.yaml")) {
            topology = topology(p, file, f.topology(), topologyText);
        }

        if (topology != null && f.collapsing() != null) {
            topology = topology.withCollapsing(f.collapsing());
        }
        long seed = f.seed() == null ? Defaults.SEED : f.seed();
        RunSettings run = RunSettingsReader.read(p, f.run());
        Map<ObjectKind, CacheControl> cacheControl = cacheControl(p, f.cacheControl());
        long headerBytes = p.bytes("headerSize", f.headerSize(), Defaults.HEADER_SIZE);
        if (headerBytes > Limits.MAX_HEADER_BYTES) {
            p.add("headerSize", "at most 64KiB, found '" + f.headerSize() + "'");
        }
        Demand demand = null;
        if (f.vod() != null) {
            if (f.live() != null || f.workload() != null) {
                p.add(f.live() != null ? "live" : "workload", "a scenario has one of a synthetic 'workload', a "
                        + "'live' event or a 'vod' catalog");
            }
            if (f.clients() != null) {
                p.add("clients", "'clients' belongs to a synthetic workload; a catalog's viewers are described "
                        + "under audience.lastMile");
            }
            OnDemandService vod = VodReader.read(p, f, topology, run == null ? Long.MAX_VALUE : run.duration(),
                    file.toAbsolutePath().getParent());
            demand = vod;
            if (f.cacheControl() == null || !f.cacheControl().containsKey(ObjectKind.MEDIA_PLAYLIST.label())) {
                cacheControl.put(ObjectKind.MEDIA_PLAYLIST, CacheControlHeader.parse(
                        vod.urls().personalizedManifests() ? Defaults.PERSONALIZED_PLAYLIST_CACHE_CONTROL
                                : Defaults.ON_DEMAND_PLAYLIST_CACHE_CONTROL));
            }
            if (run != null) {
                String limit = DemandLimits.onDemand(vod, run);
                if (limit != null) {
                    p.add("audience.viewers", limit);
                }
            }
        } else if (f.live() != null) {
            if (f.workload() != null) {
                p.add("workload", "a scenario has either a synthetic 'workload' or a 'live' event, not both");
            }
            if (f.clients() != null) {
                p.add("clients", "'clients' belongs to a synthetic workload; a live event's viewers are described "
                        + "under audience.lastMile");
            }
            LiveEvent live = LiveReader.read(p, f, topology, run == null ? Long.MAX_VALUE : run.duration(),
                    file.toAbsolutePath().getParent());
            demand = live;
            LowLatencyReader.liveDefaults(f.cacheControl(), live.segmentDuration(),
                    live.urls().personalizedManifests(), cacheControl);
            if (run != null) {
                String limit = DemandLimits.live(live, run);
                if (limit != null) {
                    p.add("audience.viewers", limit);
                }
            }
        } else {
            if (f.urls() != null) {
                p.add("urls", "'urls' describes a live event's players: add a 'live' section");
            }
            if (f.audience() != null || f.player() != null) {
                p.add(f.audience() != null ? "audience" : "player", "'audience' and 'player' describe a live event: "
                        + "add a 'live' section (segmentDuration, ladder, ...)");
            }
            Workload workload = workload(p, f.workload(), topology);
            Clients clients = clients(p, f.clients());
            demand = new SyntheticStream(workload, clients);
            if (workload != null && run != null) {
                String limit = DemandLimits.requests(workload.rate(), run);
                if (limit != null) {
                    p.add("workload.rate", limit);
                }
            }
        }
        String bytes = demand == null || run == null || !p.isEmpty() ? null : DemandLimits.bytes(demand, run);
        if (bytes != null) {
            p.add(demand instanceof SyntheticStream ? "workload.objectSize"
                    : demand instanceof LiveEvent ? "live.ladder" : "vod.ladder", bytes);
        }
        CostSpec cost = f.cost() == null ? null : CostReader.read(p, f.cost(), file, topology, run);
        List<Failure> failures = FailuresReader.read(p, f.failures(), topology, run);
        SteeringSpec steering = SteeringReader.read(p, f.steering(), topology, demand, cost);
        p.throwIfAny();
        Scenario scenario = new Scenario(f.name(), f.description() == null ? "" : f.description().strip(), topology,
                seed, run, cacheControl, headerBytes, demand, cost, failures, steering);
        String memory = MemoryBudget.problem(scenario, Runtime.getRuntime().maxMemory(),
                Math.min(run.replications(), Runtime.getRuntime().availableProcessors()));
        if (memory != null) {
            p.add("", memory);
            p.throwIfAny();
        }
        return scenario;
    }

    /** Reads the topology file a scenario names; records its problems and returns null if it has any. */
    private static Topology topology(Problems p, Path file, String written, String text) {
        if (!validPath(written)) {
            p.add("topology", "not a valid file path: '" + written + "'");
            return null;
        }
        Path topologyFile = file.toAbsolutePath().getParent().resolve(written).normalize();
        Path shownTopology = file.getParent() == null ? Path.of(written) : file.getParent().resolve(written).normalize();
        try {
            return text != null ? TopologyReader.read(text, shownTopology.toString())
                    : TopologyReader.read(topologyFile, shownTopology.toString());
        } catch (ScenarioException e) {
            if (e.problems().size() == 1 && e.problems().get(0).message().equals("no such file")) {
                p.add("topology", "the topology file '" + written + "' does not exist (looked for " + shownTopology
                        + ")");
            } else {
                p.addAll(e.problems());
            }
            return null;
        }
    }

    /** @return whether the text can name a file (no NUL character, nothing the file system refuses) */
    static boolean validPath(String text) {
        try {
            Path.of(text);
            return true;
        } catch (InvalidPathException e) {
            return false;
        }
    }

    /**
     * A scenario file that could not be read into its record (an unknown field, a wrong type) still names its
     * topology and price sheets: reads it as a plain tree to find them and adds their problems, so that one run of
     * {@code validate} reports the problems of every file. A file that is not even a readable document names nothing.
     */
    private static ScenarioException withReferencedFiles(Path file, byte[] bytes, String topologyText,
                                                         ScenarioException failure) {
        Documents.Parsed<JsonNode> tree;
        try {
            tree = bytes == null ? Documents.read(file, file.toString(), JsonNode.class, "scenario")
                    : Documents.parse(bytes, file.toString(), JsonNode.class, "scenario");
        } catch (ScenarioException e) {
            return failure;
        }
        Problems p = tree.problems();
        p.addAll(failure.problems());
        JsonNode topology = tree.value().get("topology");
        if (topology != null && topology.isTextual() && !topology.asText().isBlank()) {
            topology(p, file, topology.asText(), topologyText);
        }
        JsonNode sheets = tree.value().path("cost").path("sheets");
        for (int i = 0; sheets.isArray() && i < sheets.size(); i++) {
            if (sheets.get(i).isTextual()) {
                CostReader.sheet(p, "cost.sheets[" + i + "]", sheets.get(i).asText(), file);
            }
        }
        try {
            p.throwIfAny();
        } catch (ScenarioException e) {
            return e;
        }
        return failure;
    }

    private static Map<ObjectKind, CacheControl> cacheControl(Problems p, Map<String, String> written) {
        Map<ObjectKind, CacheControl> result = new EnumMap<>(ObjectKind.class);
        Defaults.CACHE_CONTROL.forEach((k, v) -> result.put(k, CacheControlHeader.parse(v)));
        if (written == null) {
            return result;
        }
        List<String> labels = new ArrayList<>();
        for (ObjectKind k : ObjectKind.values()) {
            labels.add(k.label());
        }
        for (Map.Entry<String, String> e : new TreeMap<>(written).entrySet()) {
            String path = "cacheControl." + e.getKey();
            ObjectKind kind = ObjectKind.byLabel(e.getKey());
            if (kind == null) {
                p.add(path, "unknown object kind '" + e.getKey() + "'" + Problems.didYouMean(e.getKey(), labels)
                        + "; known: " + String.join(", ", labels));
                continue;
            }
            if (e.getValue() == null) {
                p.add(path, "missing: a Cache-Control header value, for example 'public, max-age=86400'");
                continue;
            }
            try {
                result.put(kind, CacheControlHeader.parse(e.getValue()));
            } catch (IllegalArgumentException ex) {
                p.add(path, ex.getMessage());
            }
        }
        return result;
    }

    private static Workload workload(Problems p, ScenarioFile.WorkloadFile w, Topology topology) {
        if (w == null) {
            p.add("workload", "missing: the request stream (type: zipf, objects, alpha, rate, objectSize)");
            return null;
        }
        String type = w.type() == null ? Defaults.WORKLOAD_TYPE : w.type();
        if (!type.equals("zipf")) {
            p.add("workload.type", "unknown workload type '" + type + "'" + Problems.didYouMean(type, List.of("zipf"))
                    + "; known: zipf");
        }
        p.require("workload.objects", w.objects(), "the number of distinct objects");
        long objects = w.objects() == null ? Defaults.WORKLOAD_OBJECTS : w.objects();
        if (objects < 1 || objects > Limits.MAX_OBJECTS) {
            p.add("workload.objects", "must be between 1 and " + Limits.MAX_OBJECTS + ", found " + objects);
        }
        double alpha = w.alpha() == null ? Defaults.ZIPF_ALPHA : w.alpha();
        if (!(alpha >= 0 && alpha <= 5)) {
            p.add("workload.alpha", "the Zipf exponent must be between 0 and 5, found " + alpha);
        }
        p.require("workload.rate", w.rate(), "requests per second, for example '2000/s'");
        double rate = p.perSecond("workload.rate", w.rate(), 1);
        if (!(rate >= Limits.MIN_RATE && rate <= Limits.MAX_RATE)) {
            p.add("workload.rate", "must be between " + Limits.MIN_RATE + " and " + Limits.MAX_RATE
                    + " requests per second, found '" + w.rate() + "'");
        }
        SizeSpec size = size(p, w.objectSize());
        ObjectKind kind = Defaults.WORKLOAD_KIND;
        if (w.kind() != null) {
            kind = ObjectKind.byLabel(w.kind());
            if (kind == null) {
                List<String> labels = new ArrayList<>();
                for (ObjectKind k : ObjectKind.values()) {
                    labels.add(k.label());
                }
                p.add("workload.kind", "unknown object kind '" + w.kind() + "'" + Problems.didYouMean(w.kind(), labels)
                        + "; known: " + String.join(", ", labels));
                kind = Defaults.WORKLOAD_KIND;
            }
        }
        Map<String, Double> regions = w.regions() == null ? Map.of() : w.regions();
        checkRegionWeights(p, "workload.regions", regions, topology);
        return new Workload((int) Math.max(1, Math.min(objects, Limits.MAX_OBJECTS)), alpha, rate, size, kind, regions);
    }

    /**
     * Checks a map of region weights against the topology: known regions, weights of 0 or more, served by an edge
     * node, not all zero.
     */
    static void checkRegionWeights(Problems p, String path, Map<String, Double> regions, Topology topology) {
        if (topology == null) {
            return;
        }
        double total = 0;
        for (Map.Entry<String, Double> e : new TreeMap<>(regions).entrySet()) {
            String at = path + "." + e.getKey();
            boolean served = topology.edge().nodes().stream().map(CacheNodeSpec::region).anyMatch(e.getKey()::equals);
            if (!topology.regions().contains(e.getKey())) {
                p.add(at, "region '" + e.getKey() + "' is not in the topology's regions " + topology.regions()
                        + Problems.didYouMean(e.getKey(), topology.regions()));
            } else if (e.getValue() == null || !(e.getValue() >= 0) || Double.isInfinite(e.getValue())) {
                p.add(at, "a region weight must be a number of 0 or more, found " + e.getValue());
            } else {
                total += e.getValue();
                if (!served && e.getValue() > 0) {
                    p.add(at, "no edge node of the topology serves region '" + e.getKey() + "'");
                }
            }
        }
        if (!regions.isEmpty() && !(total > 0)) {
            p.add(path, "the region weights add up to 0");
        }
    }

    private static SizeSpec size(Problems p, String text) {
        String path = "workload.objectSize";
        if (text == null) {
            p.add(path, "missing: the object size, for example '2MB' or 'lognormal(median=1MB, sigma=1.0)'");
            return new SizeSpec.Fixed(1);
        }
        Matcher m = DistributionReader.LOGNORMAL.matcher(text);
        if (m.matches()) {
            long median = p.bytes(path, m.group(1), 1);
            double sigma = DistributionReader.sigma(p, path, m.group(2), 5);
            if (median <= 0) {
                p.add(path, "lognormal needs a median above 0, found '" + text + "'");
            } else if (median > Limits.MAX_OBJECT_BYTES) {
                p.add(path, "the median may be at most 1TiB, found '" + text + "'");
            }
            return new SizeSpec.LogNormal(Math.max(1, median), sigma);
        }
        if (text.trim().startsWith("lognormal")) {
            p.add(path, "write a lognormal size as 'lognormal(median=1MB, sigma=1.0)', found '" + text + "'");
            return new SizeSpec.Fixed(1);
        }
        long bytes = p.bytes(path, text, 1);
        if (bytes <= 0) {
            p.add(path, "must be more than 0 bytes");
        } else if (bytes > Limits.MAX_OBJECT_BYTES) {
            p.add(path, "an object may be at most 1TiB, found '" + text + "'");
        }
        return new SizeSpec.Fixed(Math.max(1, bytes));
    }

    private static Clients clients(Problems p, ScenarioFile.ClientsFile c) {
        String rtt = c == null || c.rtt() == null ? Defaults.CLIENT_RTT : c.rtt();
        String throughput = c == null || c.throughput() == null ? Defaults.CLIENT_THROUGHPUT : c.throughput();
        long rttMicros = p.micros("clients.rtt", rtt, 0);
        Limits.atMost(p, "clients.rtt", rttMicros, Limits.MAX_RTT, rtt);
        return new Clients(rttMicros, p.bitsPerSecond("clients.throughput", throughput, 1));
    }
}
