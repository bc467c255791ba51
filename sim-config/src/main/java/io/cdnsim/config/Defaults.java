package io.cdnsim.config;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The values a scenario or topology file's fields take when they are not written: one place, used by the readers
 * and by {@link FileSchema}, which writes each as the field's {@code "default"} in the published JSON Schemas.
 * Values that are durations or sizes in the readers' own units (microseconds, bytes) are not here yet; they stay
 * next to the field they fill in.
 */
public final class Defaults {

    /** {@code seed}: the master seed. */
    public static final long SEED = 1L;
    /** {@code run.replications}: independent replications. */
    public static final long REPLICATIONS = 1;
    /** {@code workload.type}: the synthetic stream's popularity law. */
    public static final String WORKLOAD_TYPE = "zipf";
    /** {@code workload.objects}: distinct objects of the synthetic stream. */
    public static final long WORKLOAD_OBJECTS = 1;
    /** {@code workload.alpha} and {@code vod.alpha}: the Zipf exponent of popularity. */
    public static final double ZIPF_ALPHA = 0.8;
    /** {@code clients.rtt}: the synthetic stream's last-mile round trip. */
    public static final String CLIENT_RTT = "30ms";
    /** {@code clients.throughput}: the synthetic stream's last-mile throughput. */
    public static final String CLIENT_THROUGHPUT = "20Mbps";
    /** {@code live.sizeVariation} and {@code vod.sizeVariation}: relative variation of segment sizes. */
    public static final double SIZE_VARIATION = 0.1;
    /** {@code urls.cacheKeyQuery}: whether the CDN's cache key includes the query string. */
    public static final String CACHE_KEY_QUERY = "ignore";
    /** {@code player.abr}: the players' bitrate-adaptation rule. */
    public static final String ABR = "dynamic";
    /** {@code player.safety}: the share of the estimated throughput a rendition may use. */
    public static final double ABR_SAFETY = 0.9;
    /** {@code player.holdbackSegments}: segments a live player stays behind the live edge. */
    public static final int HOLDBACK_SEGMENTS = 3;
    /** {@code audience.viewers}: the live event's viewers. */
    public static final long VIEWERS = 1;
    /** {@code audience.sessionLength}: how long a viewer stays. */
    public static final String SESSION_LENGTH = "30min";
    /** {@code audience.devices[].weight}: a device class's share of viewers, relative to the others. */
    public static final double DEVICE_WEIGHT = 1;
    /** {@code audience.devices[].throughputFactor}: a device class's factor on last-mile throughput. */
    public static final double DEVICE_THROUGHPUT_FACTOR = 1;
    /** {@code audience.congestion[].factor}: the factor on throughput while congested. */
    public static final double CONGESTION_FACTOR = 0.5;
    /** {@code vod.titles}: titles of the on-demand catalog. */
    public static final long VOD_TITLES = 1;
    /** {@code vod.length}: the titles' lengths, a distribution. */
    public static final String VOD_LENGTH = "lognormal(median=40min, sigma=0.6)";
    /** {@code cost.projection.repeatsPerMonth}: times the measured window repeats in a month. */
    public static final long REPEATS_PER_MONTH = 1;
    /** {@code cost.httpsShare}: share of viewer requests over HTTPS. */
    public static final double HTTPS_SHARE = 1;
    /** {@code nodes[].weight} in a topology: an edge node's routing weight within its region. */
    public static final double NODE_WEIGHT = 1.0;

    private Defaults() {
    }

    /**
     * @return each default by the file record and the field it fills, as {@code Record.field} (the field named as
     *         in files), in the order of this class
     */
    static Map<String, Object> byField() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("ScenarioFile.seed", SEED);
        m.put("RunFile.replications", REPLICATIONS);
        m.put("WorkloadFile.type", WORKLOAD_TYPE);
        m.put("WorkloadFile.objects", WORKLOAD_OBJECTS);
        m.put("WorkloadFile.alpha", ZIPF_ALPHA);
        m.put("VodFile.alpha", ZIPF_ALPHA);
        m.put("ClientsFile.rtt", CLIENT_RTT);
        m.put("ClientsFile.throughput", CLIENT_THROUGHPUT);
        m.put("LiveFile.sizeVariation", SIZE_VARIATION);
        m.put("VodFile.sizeVariation", SIZE_VARIATION);
        m.put("UrlsFile.cacheKeyQuery", CACHE_KEY_QUERY);
        m.put("PlayerFile.abr", ABR);
        m.put("PlayerFile.safety", ABR_SAFETY);
        m.put("PlayerFile.holdbackSegments", HOLDBACK_SEGMENTS);
        m.put("AudienceFile.viewers", VIEWERS);
        m.put("AudienceFile.sessionLength", SESSION_LENGTH);
        m.put("DeviceFile.weight", DEVICE_WEIGHT);
        m.put("DeviceFile.throughputFactor", DEVICE_THROUGHPUT_FACTOR);
        m.put("CongestionFile.factor", CONGESTION_FACTOR);
        m.put("VodFile.titles", VOD_TITLES);
        m.put("VodFile.length", VOD_LENGTH);
        m.put("ProjectionFile.repeatsPerMonth", REPEATS_PER_MONTH);
        m.put("CostFile.httpsShare", HTTPS_SHARE);
        m.put("NodeFile.weight", NODE_WEIGHT);
        return m;
    }
}
