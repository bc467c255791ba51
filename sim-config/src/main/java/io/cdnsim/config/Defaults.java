package io.cdnsim.config;

import io.cdnsim.content.ObjectKind;
import io.cdnsim.cost.CostSpec;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * The values a scenario or topology file's fields take when they are not written: one place, used by the readers
 * and by {@link FileSchema}, which writes each as the field's {@code "default"} in the published JSON Schemas.
 *
 * <p>A default is written as a user would write it: a duration, a size or a distribution as text ({@code "10s"},
 * {@code "500B"}, {@code "lognormal(median=15Mbps, sigma=0.7)"}), which the reader parses with the same
 * {@link Quantity} function as the user's text; a plain value (a number, a name, true or false) as itself. Three
 * defaults have no written form and are not in the schemas: unlimited ({@link #UNLIMITED_BITS_PER_SECOND},
 * {@link #UNLIMITED_PER_SECOND}), and the startup buffer, which is one segment of the programme.
 */
public final class Defaults {

    // The scenario as a whole.

    /** {@code seed}: the master seed. */
    public static final long SEED = 1L;
    /** {@code headerSize}: the size of a header-only response. */
    public static final String HEADER_SIZE = "500B";
    /** {@code run.warmup}: the initial period not counted. */
    public static final String WARMUP = "0s";
    /** {@code run.replications}: independent replications. */
    public static final long REPLICATIONS = 1;
    /**
     * {@code cacheControl}: the origin's Cache-Control per object kind, a kind written in the file replacing its
     * entry; segments for a day, playlists 1 s, parts 6 s. A live event's playlists default to half a segment duration
     * and its parts to three (as long as a playlist lists them; whole seconds, at least 1 s), an on-demand catalog's to {@link #ON_DEMAND_PLAYLIST_CACHE_CONTROL}, personalized
     * playlists to {@link #PERSONALIZED_PLAYLIST_CACHE_CONTROL}.
     */
    public static final Map<ObjectKind, String> CACHE_CONTROL = Map.of(
            ObjectKind.MASTER_MANIFEST, "public, max-age=300",
            ObjectKind.MEDIA_PLAYLIST, "public, max-age=1",
            ObjectKind.INIT_SEGMENT, "public, max-age=86400",
            ObjectKind.MEDIA_SEGMENT, "public, max-age=86400",
            ObjectKind.KEY, "private, max-age=3600",
            ObjectKind.MEDIA_PART, "public, max-age=6");
    /** {@code cacheControl.playlist} of an on-demand catalog: a title's playlists do not change. */
    public static final String ON_DEMAND_PLAYLIST_CACHE_CONTROL = "public, max-age=86400";
    /** {@code cacheControl.playlist} with {@code urls.personalizedManifests}: per-viewer, never stored. */
    public static final String PERSONALIZED_PLAYLIST_CACHE_CONTROL = "private, no-store";

    // A synthetic request stream.

    /** {@code workload.type}: the synthetic stream's popularity law. */
    public static final String WORKLOAD_TYPE = "zipf";
    /** {@code workload.objects}: distinct objects of the synthetic stream. */
    public static final long WORKLOAD_OBJECTS = 1;
    /** {@code workload.alpha} and {@code vod.alpha}: the Zipf exponent of popularity. */
    public static final double ZIPF_ALPHA = 0.8;
    /** {@code workload.kind}: the kind of the synthetic stream's objects. */
    public static final ObjectKind WORKLOAD_KIND = ObjectKind.MEDIA_SEGMENT;
    /** {@code clients.rtt}: the synthetic stream's last-mile round trip. */
    public static final String CLIENT_RTT = "30ms";
    /** {@code clients.throughput}: the synthetic stream's last-mile throughput. */
    public static final String CLIENT_THROUGHPUT = "20Mbps";

    // A programme: a live channel or an on-demand catalog.

    /** {@code live.segmentDuration}: a live channel's segment duration. */
    public static final String LIVE_SEGMENT_DURATION = "2s";
    /** {@code live.dvrWindow}: how far back a live channel's playlist reaches. */
    public static final String DVR_WINDOW = "60s";
    /** {@code vod.segmentDuration}: an on-demand catalog's segment duration. */
    public static final String VOD_SEGMENT_DURATION = "4s";
    /** {@code live.ladder} and {@code vod.ladder}: the renditions, by the name of a built-in ladder. */
    public static final String LADDER = "hd";
    /** {@code live.sizeVariation} and {@code vod.sizeVariation}: relative variation of segment sizes. */
    public static final double SIZE_VARIATION = 0.1;
    /** {@code vod.titles}: titles of the on-demand catalog. */
    public static final long VOD_TITLES = 1;
    /** {@code vod.length}: the titles' lengths, a distribution. */
    public static final String VOD_LENGTH = "lognormal(median=40min, sigma=0.6)";
    /** {@code vod.releases[].rise}: the mean of a release's rising phase (none: its viewers come at once). */
    public static final String RELEASE_RISE = "0s";
    /** {@code urls.viewerToken}: whether players append a per-viewer query string to every URL. */
    public static final boolean VIEWER_TOKEN = false;
    /** {@code urls.cacheKeyQuery}: whether the CDN's cache key includes the query string. */
    public static final String CACHE_KEY_QUERY = "ignore";
    /** {@code urls.personalizedManifests}: whether media playlists are per viewer (server-side ad insertion). */
    public static final boolean PERSONALIZED_MANIFESTS = false;

    // The players.

    /** {@code player.abr}: the players' bitrate-adaptation rule. */
    public static final String ABR = "dynamic";
    /** {@code player.safety}: the share of the estimated throughput a rendition may use. */
    public static final double ABR_SAFETY = 0.9;
    /** {@code player.insufficientBufferRule}: whether dash.js's insufficient-buffer rule caps the ABR rule's choice. */
    public static final boolean INSUFFICIENT_BUFFER_RULE = false;
    /** {@code player.abandonRequestsRule}: whether players give up segment downloads that take too long (dash.js). */
    public static final boolean ABANDON_REQUESTS_RULE = false;
    /** {@code player.bolaPause}: whether BOLA pauses rather than fill the buffer below the top rung (dash.js does). */
    public static final boolean BOLA_PAUSE = false;
    /** {@code player.holdbackSegments}: segments a live player stays behind the live edge. */
    public static final int HOLDBACK_SEGMENTS = 3;
    /** {@code player.retryBase}: the wait before a player's first retry; each further retry doubles it. */
    public static final String RETRY_BASE = "500ms";

    // The audience.

    /** {@code audience.viewers}: the live event's viewers. */
    public static final long VIEWERS = 1;
    /** {@code audience.sessionLength}: how long a viewer stays. */
    public static final String SESSION_LENGTH = "30min";
    /** {@code audience.patience}: how long a viewer waits for playback to start before leaving. */
    public static final String PATIENCE = "10s";
    /** The one device class of an audience whose file lists none, with the defaults of a device class. */
    public static final String DEVICE_NAME = "desktop";
    /** {@code audience.devices[].weight}: a device class's share of viewers, relative to the others. */
    public static final double DEVICE_WEIGHT = 1;
    /** {@code audience.devices[].maxBuffer}: the most a device class's players buffer. */
    public static final String DEVICE_MAX_BUFFER = "30s";
    /** {@code audience.devices[].maxResolution}: the highest rendition a device class plays, by its height. */
    public static final String DEVICE_MAX_RESOLUTION = "1080p";
    /** {@code audience.devices[].throughputFactor}: a device class's factor on last-mile throughput. */
    public static final double DEVICE_THROUGHPUT_FACTOR = 1;
    /**
     * {@code audience.lastMile.*.throughput}: the viewers' download throughput, a distribution; a region's entry
     * defaults to the {@code "*"} entry.
     */
    public static final String LAST_MILE_THROUGHPUT = "lognormal(median=15Mbps, sigma=0.7)";
    /** {@code audience.lastMile.*.variation}: how much a viewer's throughput varies over time. */
    public static final double LAST_MILE_VARIATION = 0.2;
    /** {@code audience.lastMile.*.rtt}: the viewers' round trip to the edge, a distribution. */
    public static final String LAST_MILE_RTT = "lognormal(median=30ms, sigma=0.4)";
    /** {@code audience.congestion[].region}: the region congested, {@code "*"} for every region. */
    public static final String CONGESTION_REGION = "*";
    /** {@code audience.congestion[].factor}: the factor on throughput while congested. */
    public static final double CONGESTION_FACTOR = 0.5;

    // The failures.

    /** {@code failures[].restart}: a node that comes back keeps the copies it held ({@code cold}: none). */
    public static final String FAILURE_RESTART = "warm";
    /**
     * {@code failures[].detection}: how long the viewers of a down edge POP keep being sent to it before their DNS (or
     * anycast) moves them to another POP of their region: a DNS TTL of a CDN (20 to 60 s) plus its health checks.
     */
    public static final String FAILURE_DETECTION = "30s";

    // The steering (several CDNs).

    /** {@code steering.mode}: static weights. */
    public static final String STEERING_MODE = "weights";
    /** {@code steering.window}: performance steering measures the last 30 s of rebuffering. */
    public static final String STEERING_WINDOW = "30s";
    /** {@code steering.every}: the steering service sets the shares again every 10 s. */
    public static final String STEERING_EVERY = "10s";
    /** {@code steering.step}: performance steering moves a tenth of a region's sessions at a time. */
    public static final double STEERING_STEP = 0.1;
    /** {@code steering.floor}: a CDN keeps at least 5 % of a region's sessions, so it is still measured. */
    public static final double STEERING_FLOOR = 0.05;
    /** {@code steering.margin}: shares move when a CDN's score is 5 % below the best's. */
    public static final double STEERING_MARGIN = 0.05;
    /** {@code steering.content.ttl}: the steering manifest's TTL when the server gives none (HLS: 300 s). */
    public static final String STEERING_TTL = "300s";
    /** {@code steering.content.penalty}: hls.js skips a failed pathway for 5 minutes (PATHWAY_PENALTY_DURATION_MS). */
    public static final String STEERING_PENALTY = "5min";

    // The cost.

    /** {@code cost.projection.repeatsPerMonth}: times the measured window repeats in a month. */
    public static final long REPEATS_PER_MONTH = 1;
    /** {@code cost.projection.baseline}: other traffic the CDN delivers in the month. */
    public static final String BASELINE = "0B";
    /** {@code cost.httpsShare}: share of viewer requests over HTTPS. */
    public static final double HTTPS_SHARE = 1;
    /** {@code cost.originInCdnCloud}: whether the origin sits in the CDN's own cloud (its egress then free). */
    public static final boolean ORIGIN_IN_CDN_CLOUD = false;
    /** {@code cost.shieldTier}: the topology's tier that is the origin shield. */
    public static final String SHIELD_TIER = CostSpec.DEFAULT_SHIELD_TIER;

    // A topology.

    /** {@code nodes[].weight} in a topology: an edge node's routing weight within its region. */
    public static final double NODE_WEIGHT = 1.0;
    /** {@code nodes[].bandwidth} and {@code origins[].egress}: unlimited bits per second. */
    public static final long UNLIMITED_BITS_PER_SECOND = Long.MAX_VALUE;
    /** {@code origins[].capacity}: unlimited requests per second. */
    public static final double UNLIMITED_PER_SECOND = Double.POSITIVE_INFINITY;
    /** {@code cache.eviction}, and {@code cdnsim replay --eviction}: the eviction policy. */
    public static final String EVICTION = "lru";
    /** {@code cache.admission}, and {@code cdnsim replay --admission}: which fetched objects are stored. */
    public static final String ADMISSION = "always";
    /** {@code cache.prefetch}: whether a node fetches ahead the next object a request names (CMCD nor). */
    public static final String PREFETCH = "off";
    /** {@code cache.admissionTable}: cells of the second-request admission's table. */
    public static final long ADMISSION_TABLE = 65_536L;
    /** {@code cache.honorAge}: whether a copy's freshness counts from the response's Date. */
    public static final boolean HONOR_AGE = true;
    /** {@code cache.collapsing}: whether concurrent misses for one object share one upstream fetch. */
    public static final boolean COLLAPSING = true;
    /** {@code cache.lockTimeout}: how long a collapsed request waits at most ({@code never} for no limit). */
    public static final String LOCK_TIMEOUT = "5s";
    /** {@code cache.serviceTime}: a cache node's time to answer. */
    public static final String CACHE_SERVICE_TIME = "0s";
    /** {@code cache.ttl.default}: the lifetime of a response that carries none. */
    public static final String TTL_FALLBACK = "0s";
    /** {@code origins[].serviceTime}: an origin's time to first byte, unloaded. */
    public static final String ORIGIN_SERVICE_TIME = "0s";
    /** {@code origins[].timeout}: how long a request may wait for an origin's first byte. */
    public static final String ORIGIN_TIMEOUT = "10s";

    private Defaults() {
    }

    /**
     * @return each default that has a written form, by the file record and the field it fills, as
     *         {@code Record.field} (the field named as in files), in the order of this class; a value is what the
     *         schema writes as the field's {@code "default"}
     */
    static Map<String, Object> byField() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("ScenarioFile.seed", SEED);
        m.put("ScenarioFile.headerSize", HEADER_SIZE);
        m.put("RunFile.warmup", WARMUP);
        m.put("RunFile.replications", REPLICATIONS);
        Map<String, String> cacheControl = new TreeMap<>();
        CACHE_CONTROL.forEach((kind, header) -> cacheControl.put(kind.label(), header));
        m.put("ScenarioFile.cacheControl", cacheControl);
        m.put("WorkloadFile.type", WORKLOAD_TYPE);
        m.put("WorkloadFile.objects", WORKLOAD_OBJECTS);
        m.put("WorkloadFile.alpha", ZIPF_ALPHA);
        m.put("WorkloadFile.kind", WORKLOAD_KIND.label());
        m.put("VodFile.alpha", ZIPF_ALPHA);
        m.put("ClientsFile.rtt", CLIENT_RTT);
        m.put("ClientsFile.throughput", CLIENT_THROUGHPUT);
        m.put("LiveFile.segmentDuration", LIVE_SEGMENT_DURATION);
        m.put("LiveFile.dvrWindow", DVR_WINDOW);
        m.put("VodFile.segmentDuration", VOD_SEGMENT_DURATION);
        m.put("LiveFile.ladder", LADDER);
        m.put("VodFile.ladder", LADDER);
        m.put("LiveFile.sizeVariation", SIZE_VARIATION);
        m.put("VodFile.sizeVariation", SIZE_VARIATION);
        m.put("VodFile.titles", VOD_TITLES);
        m.put("VodFile.length", VOD_LENGTH);
        m.put("ReleaseFile.rise", RELEASE_RISE);
        m.put("UrlsFile.viewerToken", VIEWER_TOKEN);
        m.put("UrlsFile.cacheKeyQuery", CACHE_KEY_QUERY);
        m.put("UrlsFile.personalizedManifests", PERSONALIZED_MANIFESTS);
        m.put("PlayerFile.abr", ABR);
        m.put("PlayerFile.safety", ABR_SAFETY);
        m.put("PlayerFile.insufficientBufferRule", INSUFFICIENT_BUFFER_RULE);
        m.put("PlayerFile.abandonRequestsRule", ABANDON_REQUESTS_RULE);
        m.put("PlayerFile.bolaPause", BOLA_PAUSE);
        m.put("PlayerFile.holdbackSegments", HOLDBACK_SEGMENTS);
        m.put("PlayerFile.retryBase", RETRY_BASE);
        m.put("AudienceFile.viewers", VIEWERS);
        m.put("AudienceFile.sessionLength", SESSION_LENGTH);
        m.put("AudienceFile.patience", PATIENCE);
        m.put("DeviceFile.weight", DEVICE_WEIGHT);
        m.put("DeviceFile.maxBuffer", DEVICE_MAX_BUFFER);
        m.put("DeviceFile.maxResolution", DEVICE_MAX_RESOLUTION);
        m.put("DeviceFile.throughputFactor", DEVICE_THROUGHPUT_FACTOR);
        m.put("LastMileFile.throughput", LAST_MILE_THROUGHPUT);
        m.put("LastMileFile.variation", LAST_MILE_VARIATION);
        m.put("LastMileFile.rtt", LAST_MILE_RTT);
        m.put("CongestionFile.region", CONGESTION_REGION);
        m.put("CongestionFile.factor", CONGESTION_FACTOR);
        m.put("FailureFile.restart", FAILURE_RESTART);
        m.put("FailureFile.detection", FAILURE_DETECTION);
        m.put("SteeringFile.mode", STEERING_MODE);
        m.put("SteeringFile.window", STEERING_WINDOW);
        m.put("SteeringFile.every", STEERING_EVERY);
        m.put("SteeringFile.step", STEERING_STEP);
        m.put("SteeringFile.floor", STEERING_FLOOR);
        m.put("SteeringFile.margin", STEERING_MARGIN);
        m.put("ContentSteeringFile.ttl", STEERING_TTL);
        m.put("ContentSteeringFile.penalty", STEERING_PENALTY);
        m.put("ProjectionFile.repeatsPerMonth", REPEATS_PER_MONTH);
        m.put("ProjectionFile.baseline", BASELINE);
        m.put("CostFile.httpsShare", HTTPS_SHARE);
        m.put("CostFile.originInCdnCloud", ORIGIN_IN_CDN_CLOUD);
        m.put("CostFile.shieldTier", SHIELD_TIER);
        m.put("NodeFile.weight", NODE_WEIGHT);
        m.put("CacheFile.eviction", EVICTION);
        m.put("CacheFile.admission", ADMISSION);
        m.put("CacheFile.admissionTable", ADMISSION_TABLE);
        m.put("CacheFile.prefetch", PREFETCH);
        m.put("CacheFile.honorAge", HONOR_AGE);
        m.put("CacheFile.collapsing", COLLAPSING);
        m.put("CacheFile.lockTimeout", LOCK_TIMEOUT);
        m.put("CacheFile.serviceTime", CACHE_SERVICE_TIME);
        m.put("TtlFile.default", TTL_FALLBACK);
        m.put("OriginFile.serviceTime", ORIGIN_SERVICE_TIME);
        m.put("OriginFile.timeout", ORIGIN_TIMEOUT);
        return m;
    }
}
