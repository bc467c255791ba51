package io.cdnsim.config;

import io.cdnsim.content.Ladder;
import io.cdnsim.kernel.Micros;
import io.cdnsim.model.Arrival;
import io.cdnsim.model.Audience;
import io.cdnsim.model.Congestion;
import io.cdnsim.model.DeviceClass;
import io.cdnsim.model.Distribution;
import io.cdnsim.model.LastMile;
import io.cdnsim.model.PlayerSettings;
import io.cdnsim.model.Topology;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a scenario's {@code audience} section, of a live event or an on-demand catalog: how many viewers, when they
 * join ({@link ArrivalReader}), how long they stay and wait, where they are, their device classes, their last mile
 * ({@link LastMileReader}) and congestion episodes. Unwritten fields take their {@link Defaults}; an audience that
 * lists no device class has one, {@link Defaults#DEVICE_NAME}, with the defaults of a device class.
 */
final class AudienceReader {

    /** Most viewers a live event may have. */
    static final long MAX_VIEWERS = 5_000_000;

    private static final Pattern HEIGHT = Pattern.compile("^\\s*([0-9]{3,4})p\\s*$");
    private static final int DEFAULT_HEIGHT = height(Defaults.DEVICE_MAX_RESOLUTION);

    private AudienceReader() {
    }

    static Audience read(Problems p, ScenarioFile.AudienceFile af, Topology topology, long segment,
                         PlayerSettings player, Ladder ladder, long duration, Path dir) {
        if (af == null) {
            p.add("audience", "missing: the live event's viewers (viewers, arrival, ...)");
            af = new ScenarioFile.AudienceFile(Defaults.VIEWERS, null, null, null, null, null, null, null);
        }
        p.require("audience.viewers", af.viewers(), "how many viewers join, for example 100000");
        long viewers = af.viewers() == null ? Defaults.VIEWERS : af.viewers();
        if (viewers < 1 || viewers > MAX_VIEWERS) {
            p.add("audience.viewers", "must be between 1 and " + MAX_VIEWERS + ", found " + viewers);
            viewers = Defaults.VIEWERS;
        }
        Arrival arrival = ArrivalReader.read(p, af.arrival(), duration);
        Distribution session = DistributionReader.read(p, "audience.sessionLength",
                af.sessionLength() == null ? Defaults.SESSION_LENGTH : af.sessionLength(), Quantity::micros);
        long patience = p.micros("audience.patience", af.patience(), Defaults.PATIENCE);
        Limits.atMost(p, "audience.patience", patience, Limits.MAX_WAIT, af.patience());
        if (patience <= 0) {
            p.add("audience.patience", "must be more than 0");
        }
        Map<String, Double> regions = af.regions() == null ? Map.of() : af.regions();
        ScenarioReader.checkRegionWeights(p, "audience.regions", regions, topology);
        List<DeviceClass> devices = devices(p, af.devices(), segment, player);
        Map<String, LastMile> lastMile = LastMileReader.read(p, af.lastMile(), topology, dir);
        List<Congestion> congestion = congestion(p, af.congestion(), topology);
        return new Audience((int) viewers, arrival, session, patience, regions, devices, lastMile, congestion);
    }

    private static List<DeviceClass> devices(Problems p, List<ScenarioFile.DeviceFile> written, long segment,
                                             PlayerSettings player) {
        List<DeviceClass> devices = new ArrayList<>();
        if (written == null || written.isEmpty()) {
            devices.add(new DeviceClass(Defaults.DEVICE_NAME, Defaults.DEVICE_WEIGHT,
                    Quantity.micros(Defaults.DEVICE_MAX_BUFFER), DEFAULT_HEIGHT, Defaults.DEVICE_THROUGHPUT_FACTOR));
            return devices;
        }
        Set<String> names = new HashSet<>();
        for (int i = 0; i < written.size(); i++) {
            ScenarioFile.DeviceFile d = written.get(i);
            String path = "audience.devices[" + i + "]";
            if (d == null) {
                p.add(path, "empty device class");
                continue;
            }
            p.require(path + ".name", d.name(), "the class's name, for example tv");
            String name = d.name() == null ? "device" + i : d.name();
            if (!names.add(name)) {
                p.add(path + ".name", "'" + name + "' is listed twice");
            }
            double weight = d.weight() == null ? Defaults.DEVICE_WEIGHT : d.weight();
            if (!(weight >= 0) || Double.isInfinite(weight)) {
                p.add(path + ".weight", "must be a number of 0 or more, found " + d.weight());
                weight = 0;
            }
            long maxBuffer = p.micros(path + ".maxBuffer", d.maxBuffer(), Defaults.DEVICE_MAX_BUFFER);
            if (maxBuffer < player.startupBuffer() + segment) {
                p.add(path + ".maxBuffer", "must hold the startup buffer plus one segment (at least "
                        + (player.startupBuffer() + segment) / Micros.MILLISECOND + "ms), found '" + d.maxBuffer()
                        + "'");
            }
            int height = height(d.maxResolution() == null ? Defaults.DEVICE_MAX_RESOLUTION : d.maxResolution());
            if (height < 0) {
                p.add(path + ".maxResolution", "expected a height such as 720p, 1080p or 2160p, found '"
                        + d.maxResolution() + "'");
                height = DEFAULT_HEIGHT;
            }
            double factor = d.throughputFactor() == null ? Defaults.DEVICE_THROUGHPUT_FACTOR : d.throughputFactor();
            if (!(factor >= Limits.MIN_THROUGHPUT_SHARE && factor <= 1 / Limits.MIN_THROUGHPUT_SHARE)) {
                p.add(path + ".throughputFactor", "must be between " + Limits.MIN_THROUGHPUT_SHARE + " and " + 1 / Limits.MIN_THROUGHPUT_SHARE
                        + ", found " + d.throughputFactor());
                factor = Defaults.DEVICE_THROUGHPUT_FACTOR;
            }
            devices.add(new DeviceClass(name, weight, maxBuffer, height, factor));
        }
        if (devices.stream().mapToDouble(DeviceClass::weight).sum() <= 0) {
            p.add("audience.devices", "the device weights add up to 0");
        }
        return devices;
    }

    /** @return the height of a resolution written as {@code 1080p}, or -1 if it is not written so */
    private static int height(String text) {
        Matcher m = HEIGHT.matcher(text);
        return m.matches() ? Integer.parseInt(m.group(1)) : -1;
    }

    private static List<Congestion> congestion(Problems p, List<ScenarioFile.CongestionFile> written,
                                               Topology topology) {
        List<Congestion> congestion = new ArrayList<>();
        if (written == null) {
            return congestion;
        }
        for (int i = 0; i < written.size(); i++) {
            ScenarioFile.CongestionFile c = written.get(i);
            String path = "audience.congestion[" + i + "]";
            if (c == null) {
                p.add(path, "empty congestion episode");
                continue;
            }
            String region = c.region() == null ? Defaults.CONGESTION_REGION : c.region();
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
            if (!(factor >= Limits.MIN_THROUGHPUT_SHARE && factor <= 1)) {
                p.add(path + ".factor", "the share of throughput left must be between " + Limits.MIN_THROUGHPUT_SHARE
                        + " and 1, found " + factor);
                factor = 1;
            }
            congestion.add(new Congestion(region, from, to, factor));
        }
        return congestion;
    }
}
