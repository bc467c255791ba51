package io.cdnsim.config;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Map;

/**
 * A scenario file as written. {@link ScenarioReader} checks it and fills in defaults.
 *
 * @param schema       optional JSON Schema reference for editors
 * @param name         scenario name
 * @param description  what it models
 * @param topology     path of the topology file, relative to the scenario file
 * @param seed         master seed
 * @param run          duration, warm-up, replications
 * @param cacheControl Cache-Control header per object kind
 * @param headerSize   size of a header-only response
 * @param workload     a synthetic request stream (or live, not both)
 * @param clients      the synthetic stream's last mile
 * @param live         a live channel (with audience and player)
 * @param audience     the live event's viewers
 * @param player       the live event's players
 * @param collapsing   request collapsing at every cache node, overriding the topology
 * @param urls         how the players' URLs meet the cache key
 * @param vod          an on-demand catalog (with audience and player)
 * @param cost         the price sheets and the projection to a month
 * @param failures     the failure schedule: nodes down, links degraded, origins in trouble
 * @param steering     how the viewers are spread over the topology's CDNs, when it has several
 */
record ScenarioFile(@JsonProperty("$schema") String schema, String name, String description, String topology,
                    Long seed, RunFile run, Map<String, String> cacheControl, String headerSize,
                    WorkloadFile workload, ClientsFile clients, LiveFile live, AudienceFile audience,
                    PlayerFile player, Boolean collapsing, UrlsFile urls, VodFile vod, CostFile cost,
                    java.util.List<FailureFile> failures, SteeringFile steering) {

    /**
     * @param mode    how the shares of the CDNs are set: {@code weights} (static), {@code performance} (toward the CDN
     *                whose viewers rebuffer least) or {@code cost} (where the bill grows least)
     * @param weights each CDN's weight, by CDN name, in every region not in {@code regions}
     * @param regions a region's own weights of the CDNs, by region and CDN name
     * @param window  (performance) how far back rebuffering is measured
     * @param every   (performance, cost) how often the shares are set again
     * @param step    (performance) share moved at a time
     * @param floor   (performance) least share a CDN keeps
     * @param margin  (performance) how much lower a CDN's score is than the best's, relative, before shares move
     * @param stallPenalty (performance) what a stalled viewer-second costs in the score, a bitrate (default: the
     *                ladder's top one)
     * @param content the players' content steering (HLS/DASH-IF), or null: a session's CDN is decided at its join
     */
    record SteeringFile(String mode, Map<String, Double> weights, Map<String, Map<String, Double>> regions,
                        String window, String every, Double step, Double floor, Double margin,
                        String stallPenalty, ContentSteeringFile content) {
    }

    /**
     * @param ttl     the steering manifest's TTL: the players load it again this often
     * @param penalty how long a player skips a pathway (CDN) that failed it
     */
    record ContentSteeringFile(String ttl, String penalty) {
    }

    /**
     * One failure: exactly one of {@code node}, {@code link}, {@code egress}, {@code peering} or {@code origin}, and
     * its window.
     *
     * @param node         a node (cache node or origin) down
     * @param link         a degraded link between caches: [child id, parent id]
     * @param egress       an edge POP whose egress to its viewers loses capacity
     * @param peering      a region whose peering link to its viewers loses capacity
     * @param origin       an origin failing requests or answering slowly
     * @param from         when it starts, from the run's start
     * @param to           when it ends
     * @param restart      a node down: warm (it keeps its copies) or cold (it comes back empty)
     * @param detection    an edge POP down: how long until its viewers are moved to another POP of their region
     * @param addedRtt     a link: RTT added
     * @param lostCapacity an egress or peering link: share of its capacity lost, 0 to 1
     * @param errorShare   an origin: share of requests it fails, 0 to 1
     * @param addedLatency an origin: time added to its service time
     */
    record FailureFile(String node, java.util.List<String> link, String egress, String peering, String origin,
                       String cdn, String region, String from, String to,
                       String restart, String detection, String addedRtt, Double lostCapacity, Double errorShare,
                       String addedLatency) {
    }

    /**
     * @param titles          number of titles
     * @param alpha           Zipf exponent of their popularity
     * @param length          title lengths: a duration or a distribution
     * @param segmentDuration segment duration
     * @param ladder          {@code hd}, {@code 4k} or a list of renditions
     * @param sizeVariation   relative variation of segment sizes
     * @param releases        new titles released during the run
     * @param prePosition     titles filled into tiers before the run
     * @param keyRotation     how long one content key encrypts, a multiple of the segment duration (absent: clear)
     * @param segmentSizes    a Sabre movie.json giving every segment's size per rendition (absent: from the bitrates)
     */
    record VodFile(Long titles, Double alpha, String length, String segmentDuration,
                   @Shapes({String.class, RenditionFile[].class}) Object ladder,
                   Double sizeVariation, java.util.List<ReleaseFile> releases, PrePositionFile prePosition,
                   String keyRotation, String segmentSizes) {
    }

    /**
     * @param name    its name
     * @param at      release time
     * @param viewers how many watch it
     * @param rise    mean of the rising phase
     * @param decay   mean of the decay
     * @param length  its length
     */
    record ReleaseFile(String name, String at, Long viewers, String rise, String decay, String length) {
    }

    /**
     * @param tiers  tiers whose nodes are filled
     * @param titles how many of the most popular titles
     */
    record PrePositionFile(java.util.List<String> tiers, Long titles) {
    }

    /**
     * @param viewerToken           players append a per-viewer query string to every URL
     * @param cacheKeyQuery         {@code include}: the CDN's cache key includes the query string; {@code ignore}
     * @param personalizedManifests server-side ad insertion: per-viewer, uncacheable media playlists
     */
    record UrlsFile(Boolean viewerToken, String cacheKeyQuery, Boolean personalizedManifests) {
    }

    /**
     * @param sheets           price sheet files: paths relative to the scenario file, or names in the pricing/
     *                         folder
     * @param projection       how the measured window becomes a month
     * @param httpsShare       share of viewer requests over HTTPS (default 1)
     * @param originInCdnCloud the origin sits in the CDN's own cloud: its egress to the CDN is free
     * @param shieldTier       the topology's tier that is the origin shield (default shield)
     * @param cdns             through several CDNs, each CDN's own price sheets by its name (its delivery, requests
     *                         and own shield); {@code sheets} then price what the CDNs share, and every CDN not named
     */
    record CostFile(java.util.List<String> sheets, ProjectionFile projection, Double httpsShare,
                    Boolean originInCdnCloud, String shieldTier, Map<String, java.util.List<String>> cdns) {
    }

    /**
     * @param repeatsPerMonth how many times a month the measured window happens
     * @param baseline        other traffic the CDN delivers in the month, for example 200TB
     */
    record ProjectionFile(Long repeatsPerMonth, String baseline) {
    }

    /**
     * @param duration     simulated time of arrivals
     * @param warmup       initial period not counted
     * @param replications independent replications
     */
    record RunFile(String duration, String warmup, Long replications) {
    }

    /**
     * @param type       workload type ({@code zipf})
     * @param objects    number of objects
     * @param alpha      Zipf exponent
     * @param rate       requests per second
     * @param objectSize a fixed size, or {@code lognormal(median, sigma)}
     * @param kind       object kind
     * @param regions    share of requests per region
     */
    record WorkloadFile(String type, Long objects, Double alpha, String rate, String objectSize, String kind,
                        Map<String, Double> regions) {
    }

    /**
     * @param rtt        viewer-to-edge RTT
     * @param throughput viewer download throughput
     */
    record ClientsFile(String rtt, String throughput) {
    }

    /**
     * @param segmentDuration segment duration (the cadence)
     * @param dvrWindow       how far back the playlist reaches
     * @param ladder          {@code hd}, {@code 4k}, or a list of renditions
     * @param sizeVariation   relative variation of segment sizes
     * @param keyRotation     how long one content key encrypts, a multiple of the segment duration (absent: clear)
     * @param partTarget      low-latency HLS: the part target (EXT-X-PART-INF PART-TARGET), for example 333ms; the
     *                        segment duration must be a whole number of parts (absent: whole segments only)
     * @param partHoldBack    low-latency HLS: PART-HOLD-BACK, how far behind the live edge players start, at least
     *                        three part targets (absent: three part targets)
     */
    record LiveFile(String segmentDuration, String dvrWindow,
                    @Shapes({String.class, RenditionFile[].class}) Object ladder, Double sizeVariation,
                    String keyRotation, String partTarget, String partHoldBack) {
    }

    /**
     * @param bitrate    average bitrate, e.g. 3Mbps
     * @param resolution WIDTHxHEIGHT, e.g. 1280x720
     */
    record RenditionFile(String bitrate, String resolution) {
    }

    /**
     * @param viewers       how many join
     * @param arrival       when they join
     * @param sessionLength how long each stays: a duration, exponential(mean=...) or lognormal(median=..., sigma=...)
     * @param patience      how long a viewer waits for playback to start
     * @param regions       share of viewers per region
     * @param devices       device classes
     * @param lastMile      per region (or "*"): throughput, variation, rtt
     * @param congestion    congestion episodes
     */
    record AudienceFile(Long viewers, ArrivalFile arrival, String sessionLength, String patience,
                        Map<String, Double> regions, java.util.List<DeviceFile> devices,
                        Map<String, LastMileFile> lastMile, java.util.List<CongestionFile> congestion) {
    }

    /**
     * @param type   spike, poisson, diurnal or table
     * @param at     spike: when the ramp starts
     * @param ramp   spike: its length
     * @param rate   poisson: joins per second (e.g. 200/s)
     * @param base   diurnal: rate at the quietest hour
     * @param peak   diurnal: rate at the peak
     * @param peakAt diurnal: time of the peak
     * @param points table: (at, rate) points
     */
    record ArrivalFile(String type, String at, String ramp, String rate, String base, String peak, String peakAt,
                       java.util.List<PointFile> points) {
    }

    /**
     * @param at   a time
     * @param rate joins at that time, e.g. 5000/min
     */
    record PointFile(String at, String rate) {
    }

    /**
     * @param name             tv, desktop, mobile...
     * @param weight           share of viewers
     * @param maxBuffer        the most its player buffers
     * @param maxResolution    its cap, e.g. 1080p
     * @param throughputFactor multiplies the last mile's throughput
     */
    record DeviceFile(String name, Double weight, String maxBuffer, String maxResolution, Double throughputFactor) {
    }

    /**
     * @param throughput distribution of throughput: a bit rate or lognormal(median=12Mbps, sigma=0.6)
     * @param variation  standard deviation of the log of throughput over time
     * @param rtt        distribution of RTT: a duration or lognormal(median=30ms, sigma=0.4)
     * @param trace      a network trace (Sabre network.json or Pensieve cooked) the viewers follow instead
     * @param traceFormat sabre or cooked (default: detected)
     */
    record LastMileFile(String throughput, Double variation, String rtt, String trace, String traceFormat) {
    }

    /**
     * @param region region, or "*"
     * @param from   start
     * @param to     end
     * @param factor share of throughput left
     */
    record CongestionFile(String region, String from, String to, Double factor) {
    }

    /**
     * @param abr              throughput, bola or dynamic
     * @param safety           throughput rule's safety factor
     * @param startupBuffer    media buffered before playback starts
     * @param holdbackSegments segments behind the live edge at start
     * @param retryBase        first retry delay
     * @param insufficientBufferRule whether dash.js's insufficient-buffer rule caps the ABR rule's choice
     * @param abandonRequestsRule    whether players give up segment downloads that take too long (dash.js)
     * @param bolaPause              whether BOLA pauses rather than fill the buffer below the top rung (dash.js)
     */
    record PlayerFile(String abr, Double safety, String startupBuffer, Integer holdbackSegments, String retryBase,
                      Boolean insufficientBufferRule, Boolean abandonRequestsRule, Boolean bolaPause) {
    }
}
