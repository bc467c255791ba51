package io.cdnsim.config;

import io.cdnsim.config.trace.NetworkTraceReader;
import io.cdnsim.config.trace.TraceException;
import io.cdnsim.content.Ladder;
import io.cdnsim.content.Rendition;
import io.cdnsim.model.Arrival;
import io.cdnsim.model.Audience;
import io.cdnsim.model.CacheNodeSpec;
import io.cdnsim.model.Congestion;
import io.cdnsim.model.DeviceClass;
import io.cdnsim.model.Distribution;
import io.cdnsim.model.LastMile;
import io.cdnsim.model.LiveEvent;
import io.cdnsim.model.PlayerSettings;
import io.cdnsim.model.ThroughputTrace;
import io.cdnsim.model.Topology;
import io.cdnsim.model.UrlSpec;
import io.cdnsim.player.AbrRules;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.ToDoubleFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the {@code live}, {@code audience} and {@code player} sections of a scenario into a {@link LiveEvent}, with
 * the defaults: 2 s segments, a 60 s DVR window, the HD ladder, segment sizes varying by 10 %; viewers staying 30
 * minutes, patience 10 s, one device class "desktop" (30 s buffer, 1080p); a last mile of lognormal throughput
 * (median 15 Mbit/s, sigma 0.7) varying by 0.2 over time and lognormal RTT (median 30 ms, sigma 0.4); players with
 * the dynamic ABR rule, a safety factor of 0.9, one segment buffered before playback, a holdback of 3 segments and a
 * first retry after 500 ms.
 */
final class LiveReader {

    /** Most viewers a live event may have. */
    static final long MAX_VIEWERS = 5_000_000;

    private static final Pattern EXPONENTIAL = Pattern.compile("^\\s*exponential\\s*\\(\\s*mean\\s*=\\s*([^)]+?)\\s*\\)\\s*$");
    private static final Pattern LOGNORMAL = Pattern.compile(
            "^\\s*lognormal\\s*\\(\\s*median\\s*=\\s*([^,]+?)\\s*,\\s*sigma\\s*=\\s*([0-9]+(?:\\.[0-9]+)?)\\s*\\)\\s*$");
    private static final Pattern RESOLUTION = Pattern.compile("^\\s*([0-9]{2,5})\\s*x\\s*([0-9]{2,5})\\s*$");
    private static final Pattern HEIGHT = Pattern.compile("^\\s*([0-9]{3,4})p\\s*$");
    private static final List<String> ARRIVALS = List.of("spike", "poisson", "diurnal", "table");

    private LiveReader() {
    }

    static LiveEvent read(Problems p, ScenarioFile f, Topology topology, long duration, Path dir) {
        ScenarioFile.LiveFile lf = f.live();
        long segment = segmentDuration(p, "live", lf.segmentDuration(), 2_000_000L);
        long dvr = p.micros("live.dvrWindow", lf.dvrWindow(), 60_000_000L);
        if (dvr < segment) {
            p.add("live.dvrWindow", "must hold at least one segment (" + lf.segmentDuration() + ")");
        }
        Ladder ladder = ladder(p, "live", lf.ladder());
        double variation = sizeVariation(p, "live", lf.sizeVariation());
        PlayerSettings player = player(p, f.player(), segment);
        Audience audience = audience(p, f.audience(), topology, segment, player, ladder, duration, dir);
        return new LiveEvent(segment, dvr, ladder, variation, audience, player, urls(p, f.urls()),
                keyRotation(p, "live", lf.keyRotation(), segment));
    }

    /**
     * Reads a key rotation period: absent for content in the clear (0), else a whole number of segments.
     */
    static long keyRotation(Problems p, String section, String text, long segment) {
        if (text == null) {
            return 0;
        }
        long rotation = p.micros(section + ".keyRotation", text, -1);
        if (rotation == -1) {
            return 0;
        }
        if (rotation <= 0 || rotation % segment != 0 || rotation / segment > Integer.MAX_VALUE) {
            String each = segment % 1_000_000 == 0 ? segment / 1_000_000 + " s" : segment / 1_000 + " ms";
            p.add(section + ".keyRotation", "must be a whole number of segments (" + each + " each), for example '"
                    + segment * 30 / 1_000_000 + "s' for a new key every 30 segments, found '" + text + "'");
            return 0;
        }
        return rotation;
    }

    /** Reads a segment duration, 100 ms to 60 s. */
    static long segmentDuration(Problems p, String section, String text, long fallback) {
        long segment = p.micros(section + ".segmentDuration", text, fallback);
        if (segment < 100_000 || segment > 60_000_000) {
            p.add(section + ".segmentDuration", "must be between 100ms and 60s, found '" + text + "'");
            segment = fallback;
        }
        return segment;
    }

    /** Reads a relative segment-size variation, 0 to 0.5 (default 0.1). */
    static double sizeVariation(Problems p, String section, Double written) {
        double variation = written == null ? Defaults.SIZE_VARIATION : written;
        if (!(variation >= 0 && variation <= 0.5)) {
            p.add(section + ".sizeVariation", "must be between 0 and 0.5, found " + variation);
            variation = 0;
        }
        return variation;
    }

    static UrlSpec urls(Problems p, ScenarioFile.UrlsFile u) {
        if (u == null) {
            return UrlSpec.SHARED;
        }
        String query = u.cacheKeyQuery() == null ? Defaults.CACHE_KEY_QUERY : u.cacheKeyQuery();
        if (!query.equals("include") && !query.equals("ignore")) {
            p.add("urls.cacheKeyQuery", "must be 'include' (the cache key includes the query string) or 'ignore' "
                    + "(it is stripped), found '" + query + "'" + Problems.didYouMean(query, List.of("include",
                    "ignore")));
        }
        return new UrlSpec(Boolean.TRUE.equals(u.viewerToken()), query.equals("include"),
                Boolean.TRUE.equals(u.personalizedManifests()));
    }

    static Ladder ladder(Problems p, String section, Object written) {
        if (written == null || "hd".equals(written)) {
            return Ladder.HD;
        }
        if ("4k".equals(written)) {
            return Ladder.UHD;
        }
        if (written instanceof String s) {
            p.add(section + ".ladder", "unknown ladder '" + s + "'" + Problems.didYouMean(s, List.of("hd", "4k"))
                    + "; use hd, 4k or a list of {bitrate: 3Mbps, resolution: 1280x720}");
            return Ladder.HD;
        }
        if (!(written instanceof List<?> list) || list.isEmpty()) {
            p.add(section + ".ladder", "expected hd, 4k or a list of {bitrate: 3Mbps, resolution: 1280x720}");
            return Ladder.HD;
        }
        List<Rendition> renditions = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            String path = section + ".ladder[" + i + "]";
            if (!(list.get(i) instanceof Map<?, ?> m) || !m.keySet().stream().allMatch(
                    k -> "bitrate".equals(k) || "resolution".equals(k))) {
                p.add(path, "expected {bitrate: 3Mbps, resolution: 1280x720}");
                continue;
            }
            long bitrate = p.bitsPerSecond(path + ".bitrate", m.get("bitrate") == null ? null
                    : String.valueOf(m.get("bitrate")), -1);
            Matcher res = RESOLUTION.matcher(m.get("resolution") == null ? "" : String.valueOf(m.get("resolution")));
            if (!res.matches()) {
                p.add(path + ".resolution", "expected WIDTHxHEIGHT such as 1280x720, found '" + m.get("resolution")
                        + "'");
                continue;
            }
            if (bitrate > 0) {
                renditions.add(new Rendition(bitrate, Integer.parseInt(res.group(1)), Integer.parseInt(res.group(2))));
            } else if (m.get("bitrate") == null) {
                p.add(path + ".bitrate", "missing: the rendition's bitrate, for example 3Mbps");
            }
        }
        for (int i = 1; i < renditions.size(); i++) {
            if (renditions.get(i).bitrate() <= renditions.get(i - 1).bitrate()) {
                p.add(section + ".ladder", "list the renditions from the lowest bitrate to the highest");
                return Ladder.HD;
            }
        }
        if (renditions.size() > 32) {
            p.add(section + ".ladder", "at most 32 renditions");
            return Ladder.HD;
        }
        return renditions.isEmpty() ? Ladder.HD : new Ladder("custom", renditions);
    }

    static PlayerSettings player(Problems p, ScenarioFile.PlayerFile pf, long segment) {
        ScenarioFile.PlayerFile f = pf == null ? new ScenarioFile.PlayerFile(null, null, null, null, null) : pf;
        String abr = f.abr() == null ? Defaults.ABR : f.abr();
        if (!AbrRules.NAMES.contains(abr)) {
            p.add("player.abr", "unknown ABR rule '" + abr + "'" + Problems.didYouMean(abr, AbrRules.NAMES)
                    + "; known: " + String.join(", ", AbrRules.NAMES));
            abr = "dynamic";
        }
        double safety = f.safety() == null ? Defaults.ABR_SAFETY : f.safety();
        if (!(safety > 0 && safety <= 1)) {
            p.add("player.safety", "must be in (0, 1], found " + safety);
            safety = 0.9;
        }
        long startup = p.micros("player.startupBuffer", f.startupBuffer(), segment);
        if (startup <= 0) {
            p.add("player.startupBuffer", "must be more than 0");
            startup = segment;
        }
        int holdback = f.holdbackSegments() == null ? Defaults.HOLDBACK_SEGMENTS : f.holdbackSegments();
        if (holdback < 1 || holdback > 100) {
            p.add("player.holdbackSegments", "must be between 1 and 100, found " + holdback);
            holdback = 3;
        }
        long retry = p.micros("player.retryBase", f.retryBase(), 500_000L);
        if (retry <= 0) {
            p.add("player.retryBase", "must be more than 0");
            retry = 500_000L;
        }
        return new PlayerSettings(abr, safety, startup, holdback, retry);
    }

    static Audience audience(Problems p, ScenarioFile.AudienceFile af, Topology topology, long segment,
                             PlayerSettings player, Ladder ladder, long duration, Path dir) {
        if (af == null) {
            p.add("audience", "missing: the live event's viewers (viewers, arrival, ...)");
            af = new ScenarioFile.AudienceFile(1L, null, null, null, null, null, null, null);
        }
        p.require("audience.viewers", af.viewers(), "how many viewers join, for example 100000");
        long viewers = af.viewers() == null ? Defaults.VIEWERS : af.viewers();
        if (viewers < 1 || viewers > MAX_VIEWERS) {
            p.add("audience.viewers", "must be between 1 and " + MAX_VIEWERS + ", found " + viewers);
            viewers = 1;
        }
        Arrival arrival = arrival(p, af.arrival());
        Distribution session = distribution(p, "audience.sessionLength",
                af.sessionLength() == null ? Defaults.SESSION_LENGTH : af.sessionLength(), Quantity::micros);
        long patience = p.micros("audience.patience", af.patience(), 10_000_000L);
        if (patience <= 0) {
            p.add("audience.patience", "must be more than 0");
        }
        Map<String, Double> regions = af.regions() == null ? Map.of() : af.regions();
        ScenarioReader.checkRegionWeights(p, "audience.regions", regions, topology);
        List<DeviceClass> devices = devices(p, af.devices(), segment, player);
        Map<String, LastMile> lastMile = new LinkedHashMap<>();
        lastMile.put("*", new LastMile(new Distribution.LogNormal(15e6, 0.7), 0.2,
                new Distribution.LogNormal(30_000, 0.4)));
        if (af.lastMile() != null) {
            for (Map.Entry<String, ScenarioFile.LastMileFile> e : new TreeMap<>(af.lastMile()).entrySet()) {
                String path = "audience.lastMile." + e.getKey();
                if (!"*".equals(e.getKey()) && topology != null && !topology.regions().contains(e.getKey())) {
                    p.add(path, "region '" + e.getKey() + "' is not in the topology's regions " + topology.regions()
                            + " (use \"*\" for every region)" + Problems.didYouMean(e.getKey(), topology.regions()));
                    continue;
                }
                lastMile.put(e.getKey(), lastMile(p, path, e.getValue(), lastMile.get("*"), dir));
            }
        }
        List<Congestion> congestion = new ArrayList<>();
        if (af.congestion() != null) {
            for (int i = 0; i < af.congestion().size(); i++) {
                ScenarioFile.CongestionFile c = af.congestion().get(i);
                String path = "audience.congestion[" + i + "]";
                if (c == null) {
                    p.add(path, "empty congestion episode");
                    continue;
                }
                String region = c.region() == null ? "*" : c.region();
                if (!"*".equals(region) && topology != null && !topology.regions().contains(region)) {
                    p.add(path + ".region", "region '" + region + "' is not in the topology's regions "
                            + topology.regions() + Problems.didYouMean(region, topology.regions()));
                }
                p.require(path + ".from", c.from(), "when the episode starts");
                p.require(path + ".to", c.to(), "when it ends");
                long from = p.micros(path + ".from", c.from(), 0);
                long to = p.micros(path + ".to", c.to(), 0);
                if (to <= from && c.from() != null && c.to() != null) {
                    p.add(path + ".to", "must be after 'from'");
                }
                double factor = c.factor() == null ? Defaults.CONGESTION_FACTOR : c.factor();
                if (!(factor > 0 && factor <= 1)) {
                    p.add(path + ".factor", "the share of throughput left must be in (0, 1], found " + factor);
                    factor = 1;
                }
                congestion.add(new Congestion(region, from, to, factor));
            }
        }
        return new Audience((int) viewers, arrival, session, patience, regions, devices, lastMile, congestion);
    }

    private static Arrival arrival(Problems p, ScenarioFile.ArrivalFile a) {
        if (a == null) {
            p.add("audience.arrival", "missing: when viewers join, for example {type: spike, at: 30s, ramp: 2min}");
            return new Arrival.Spike(0, 0);
        }
        String type = a.type() == null ? "" : a.type();
        switch (type) {
            case "spike":
                return new Arrival.Spike(p.micros("audience.arrival.at", a.at(), 0),
                        p.micros("audience.arrival.ramp", a.ramp(), 0));
            case "poisson": {
                p.require("audience.arrival.rate", a.rate(), "joins per second, for example 200/s");
                double rate = p.perSecond("audience.arrival.rate", a.rate(), 1);
                if (!(rate > 0)) {
                    p.add("audience.arrival.rate", "must be more than 0");
                    rate = 1;
                }
                return new Arrival.Poisson(rate);
            }
            case "diurnal": {
                p.require("audience.arrival.base", a.base(), "joins per second at the quietest hour");
                p.require("audience.arrival.peak", a.peak(), "joins per second at the peak");
                double base = p.perSecond("audience.arrival.base", a.base(), 0);
                double peak = p.perSecond("audience.arrival.peak", a.peak(), 1);
                if (!(peak > 0) || base < 0) {
                    p.add("audience.arrival.peak", "the peak rate must be more than 0 and the base 0 or more");
                    peak = 1;
                }
                return new Arrival.Diurnal(base, peak, p.micros("audience.arrival.peakAt", a.peakAt(), 0));
            }
            case "table": {
                List<Long> times = new ArrayList<>();
                List<Double> rates = new ArrayList<>();
                if (a.points() == null || a.points().isEmpty()) {
                    p.add("audience.arrival.points", "missing: (at, rate) points, for example "
                            + "[{at: 0s, rate: 100/min}, {at: 10min, rate: 5000/min}]");
                    return new Arrival.Poisson(1);
                }
                for (int i = 0; i < a.points().size(); i++) {
                    ScenarioFile.PointFile pt = a.points().get(i);
                    String path = "audience.arrival.points[" + i + "]";
                    if (pt == null || pt.at() == null || pt.rate() == null) {
                        p.add(path, "expected {at: 10min, rate: 5000/min}");
                        continue;
                    }
                    long at = p.micros(path + ".at", pt.at(), 0);
                    if (!times.isEmpty() && at <= times.get(times.size() - 1)) {
                        p.add(path + ".at", "points must be in increasing time");
                    }
                    times.add(at);
                    rates.add(p.perSecond(path + ".rate", pt.rate(), 0));
                }
                if (times.isEmpty() || rates.stream().noneMatch(r -> r > 0)) {
                    p.add("audience.arrival.points", "at least one point needs a rate above 0");
                    return new Arrival.Poisson(1);
                }
                return new Arrival.Table(times, rates);
            }
            default:
                p.add("audience.arrival.type", (type.isEmpty() ? "missing: the arrival type" : "unknown arrival type '"
                        + type + "'" + Problems.didYouMean(type, ARRIVALS)) + "; known: " + String.join(", ", ARRIVALS));
                return new Arrival.Spike(0, 0);
        }
    }

    private static List<DeviceClass> devices(Problems p, List<ScenarioFile.DeviceFile> written, long segment,
                                             PlayerSettings player) {
        List<DeviceClass> devices = new ArrayList<>();
        if (written == null || written.isEmpty()) {
            devices.add(new DeviceClass("desktop", 1, 30_000_000L, 1080, 1));
            return devices;
        }
        List<String> names = new ArrayList<>();
        for (int i = 0; i < written.size(); i++) {
            ScenarioFile.DeviceFile d = written.get(i);
            String path = "audience.devices[" + i + "]";
            if (d == null) {
                p.add(path, "empty device class");
                continue;
            }
            p.require(path + ".name", d.name(), "the class's name, for example tv");
            String name = d.name() == null ? "device" + i : d.name();
            if (names.contains(name)) {
                p.add(path + ".name", "'" + name + "' is listed twice");
            }
            names.add(name);
            double weight = d.weight() == null ? Defaults.DEVICE_WEIGHT : d.weight();
            if (!(weight >= 0) || Double.isInfinite(weight)) {
                p.add(path + ".weight", "must be a number of 0 or more, found " + d.weight());
                weight = 0;
            }
            long maxBuffer = p.micros(path + ".maxBuffer", d.maxBuffer(), 30_000_000L);
            if (maxBuffer < player.startupBuffer() + segment) {
                p.add(path + ".maxBuffer", "must hold the startup buffer plus one segment (at least "
                        + (player.startupBuffer() + segment) / 1000 + "ms), found '" + d.maxBuffer() + "'");
            }
            int height = 1080;
            if (d.maxResolution() != null) {
                Matcher m = HEIGHT.matcher(d.maxResolution());
                if (m.matches()) {
                    height = Integer.parseInt(m.group(1));
                } else {
                    p.add(path + ".maxResolution", "expected a height such as 720p, 1080p or 2160p, found '"
                            + d.maxResolution() + "'");
                }
            }
            double factor = d.throughputFactor() == null ? Defaults.DEVICE_THROUGHPUT_FACTOR : d.throughputFactor();
            if (!(factor > 0) || Double.isInfinite(factor)) {
                p.add(path + ".throughputFactor", "must be more than 0, found " + d.throughputFactor());
                factor = 1;
            }
            devices.add(new DeviceClass(name, weight, maxBuffer, height, factor));
        }
        if (devices.stream().mapToDouble(DeviceClass::weight).sum() <= 0) {
            p.add("audience.devices", "the device weights add up to 0");
        }
        return devices;
    }

    private static LastMile lastMile(Problems p, String path, ScenarioFile.LastMileFile f, LastMile fallback,
                                     Path dir) {
        if (f == null) {
            return fallback;
        }
        Distribution throughput = f.throughput() == null ? fallback.throughput()
                : distribution(p, path + ".throughput", f.throughput(), Quantity::bitsPerSecond);
        double variation = f.variation() == null ? fallback.variation() : f.variation();
        if (!(variation >= 0 && variation <= 3)) {
            p.add(path + ".variation", "must be between 0 and 3, found " + variation);
            variation = 0;
        }
        Distribution rtt = f.rtt() == null ? fallback.rtt() : distribution(p, path + ".rtt", f.rtt(), Quantity::micros);
        return new LastMile(throughput, variation, rtt, trace(p, path, f, dir));
    }

    /** Reads a region's network trace, relative to the scenario file's folder; null if none is given. */
    private static ThroughputTrace trace(Problems p, String path, ScenarioFile.LastMileFile f, Path dir) {
        if (f.trace() == null) {
            if (f.traceFormat() != null) {
                p.add(path + ".traceFormat", "a format without a trace: give trace: too, for example "
                        + "trace: ../traces/commute-4g.json");
            }
            return null;
        }
        NetworkTraceReader.Format format = null;
        if (f.traceFormat() != null) {
            try {
                format = NetworkTraceReader.Format.byLabel(f.traceFormat());
            } catch (IllegalArgumentException e) {
                p.add(path + ".traceFormat", e.getMessage());
                return null;
            }
        }
        Path file = dir.resolve(f.trace()).normalize();
        if (!Files.isRegularFile(file)) {
            p.add(path + ".trace", "the network trace '" + f.trace() + "' does not exist (looked for " + file + ")");
            return null;
        }
        try {
            return NetworkTraceReader.read(file, format);
        } catch (TraceException e) {
            p.add(path + ".trace", e.getMessage());
        } catch (IOException e) {
            p.add(path + ".trace", "cannot read " + file + ": " + e.getMessage());
        }
        return null;
    }

    /** A quantity, {@code exponential(mean=Q)} or {@code lognormal(median=Q, sigma=S)}, Q parsed by {@code unit}. */
    static Distribution distribution(Problems p, String path, String text, ToDoubleFunction<String> unit) {
        try {
            Matcher e = EXPONENTIAL.matcher(text);
            if (e.matches()) {
                return positive(p, path, new Distribution.Exponential(unit.applyAsDouble(e.group(1))));
            }
            Matcher ln = LOGNORMAL.matcher(text);
            if (ln.matches()) {
                double sigma = Double.parseDouble(ln.group(2));
                if (sigma > 3) {
                    p.add(path, "a lognormal sigma of at most 3, found " + sigma);
                }
                return positive(p, path, new Distribution.LogNormal(unit.applyAsDouble(ln.group(1)), sigma));
            }
            if (text.trim().startsWith("lognormal") || text.trim().startsWith("exponential")) {
                p.add(path, "write a distribution as 'exponential(mean=20min)' or 'lognormal(median=12Mbps, "
                        + "sigma=0.6)', found '" + text + "'");
                return new Distribution.Fixed(1);
            }
            return positive(p, path, new Distribution.Fixed(unit.applyAsDouble(text)));
        } catch (IllegalArgumentException ex) {
            p.add(path, ex.getMessage());
            return new Distribution.Fixed(1);
        }
    }

    private static Distribution positive(Problems p, String path, Distribution d) {
        double v = d instanceof Distribution.Fixed f ? f.value()
                : d instanceof Distribution.Exponential x ? x.mean() : ((Distribution.LogNormal) d).median();
        if (!(v > 0)) {
            p.add(path, "must be more than 0");
            return new Distribution.Fixed(1);
        }
        return d;
    }
}
