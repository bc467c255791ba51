package io.cdnsim.player;

import io.cdnsim.content.Ladder;
import io.cdnsim.content.LiveChannel;
import io.cdnsim.content.VodCatalog;
import io.cdnsim.kernel.EventHandler;
import io.cdnsim.kernel.EventLoop;
import io.cdnsim.model.Audience;
import io.cdnsim.model.PlayerSettings;
import io.cdnsim.model.ThroughputTrace;
import io.cdnsim.model.UrlSpec;
import io.cdnsim.network.ClientSink;
import io.cdnsim.network.Network;
import io.cdnsim.network.Requests;
import io.cdnsim.random.SplitMix;
import java.util.ArrayDeque;
import java.util.Arrays;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ContinuousSampler;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;

/**
 * The audience of a live channel or of an on-demand catalog: every viewer's player, in one primitive record per
 * viewer (V1, V4).
 *
 * <p>A player fetches the master manifest, the media playlist of its rendition, the rendition's init segment, then
 * segments one after another, starting {@code holdbackSegments} behind the live edge the playlist shows. Playback
 * starts when {@code startupBuffer} of media is buffered; the buffer drains in real time while playing; an empty
 * buffer stalls playback until {@code startupBuffer} is buffered again. The player keeps at most its device's
 * maximum buffer, reloads its playlist once per target duration (the segment duration) and asks only for segments
 * the playlist it holds lists, so a stale playlist delays it. Before each segment the ABR rule picks the rendition
 * (a new rendition's init segment is fetched once); of an encrypted channel or title, the player fetches the key of
 * the next segment's key period before the segment, unless it holds that key already. On an error the request is retried after a backoff that doubles
 * up to 8 s. A viewer whose playback has not started within its patience gives up (a join failure); every viewer
 * leaves at the end of its session.
 *
 * <p>Timing: a request is applied at the edge when the viewer sends it, and the viewer's whole RTT is added on the
 * way back: a download ends at send time + (edge answer time - send time) + RTT + body / throughput, where the
 * throughput is the narrowest of the viewer's last mile and the links the body crossed. A viewer whose region follows
 * a network trace instead downloads from the edge's answer on as the trace says (its latency, if it has one, then
 * the bits through its pieces; {@link ThroughputTrace#transferMicros}), the trace's clock starting when the viewer
 * joined, unless the links the body crossed are slower still. The buffer is accounted
 * lazily: each event brings a viewer's buffer up to date, and a stall that began between two events is dated
 * exactly. One event per download and per playlist reload timer; nothing per viewer for a publication. A segment
 * download after which the viewer can only wait for the next playlist (the usual case at the live edge) costs no event:
 * its end is applied when the viewer's next event runs ({@link #catchUp}), or becomes an event after all if a
 * playlist listing more segments arrives before it.
 */
public final class Viewers implements EventHandler, ClientSink {

    private static final int JOIN = 0;
    private static final int MAIN_DONE = 1;
    private static final int PLAYLIST_DONE = 2;
    private static final int RELOAD = 3;
    private static final int WAKE = 4;
    private static final int LEAVE = 5;
    private static final int STARTUP_TIMEOUT = 6;
    private static final int RETRY_MAIN = 7;
    private static final int RETRY_PLAYLIST = 8;
    private static final int END = 9;
    private static final int ARRIVE = 10;

    private static final int STARTING = 0;
    private static final int PLAYING = 1;
    private static final int STALLED = 2;
    private static final int DONE = 3;

    private static final int STEP_MASTER = 0;
    private static final int STEP_PLAYLIST = 1;
    private static final int STEP_INIT = 2;
    private static final int STEP_SEGMENT = 3;
    private static final int STEP_KEY = 4;

    private static final int BUSY = 0;
    private static final int WAIT_ROOM = 1;
    private static final int WAIT_PLAYLIST = 2;

    // A viewer's state is two records of longs (doubles stored as their bits). The hot record holds what the
    // events of a segment download use; it is 32 longs, four cache lines, aligned to a line (HOT_OFFSET) when the
    // array is (a large array starts a G1 region), so the kernel's read-ahead of an event fetches four lines. The
    // cold record holds what joining, leaving, stalls, switches and errors use. Field ids >= HOT are cold. The first
    // line of the hot record holds all that the per-second count of playing and stalled viewers reads (snapshot).
    private static final int STATE = 0;
    private static final int STEP = 1;
    private static final int MAIN_STATUS = 2;
    private static final int RENDITION = 3;
    private static final int EDGE = 4;
    private static final int SEGMENT_DONE_AT = 5;
    private static final int BUFFER = 6;
    private static final int BUFFER_AT = 7;
    private static final int NEXT_INDEX = 8;
    private static final int KNOWN_LATEST = 9;
    private static final int PLAYLIST_IN_FLIGHT = 10;
    private static final int CURRENT = 11;
    private static final int FAST_ESTIMATE = 12;
    private static final int SLOW_ESTIMATE = 13;
    private static final int FAST_DECAY = 14;
    private static final int MAX_BUFFER = 15;
    private static final int MAX_RENDITION = 16;
    private static final int INITS_FETCHED = 17;
    private static final int REGION = 18;
    private static final int VARIATION_STREAM = 19;
    private static final int PLAYED_TIME = 20;
    private static final int RTT = 21;
    private static final int THROUGHPUT = 22;
    private static final int VARIATION = 23;
    private static final int LOG_DEVIATION = 24;
    private static final int BITRATE_TIME = 25;
    private static final int SEGMENTS = 26;
    private static final int RETRIES = 27;
    private static final int PLAYLIST_VERSION = 28;
    private static final int SLOW_DECAY = 29;
    private static final int TITLE = 30;
    private static final int ABR_MEMORY = 31;
    private static final int HOT = 32;
    private static final int MAIN_VERSION = HOT;
    private static final int JOINED_AT = HOT + 1;
    private static final int PLAY_START = HOT + 2;
    private static final int STALL_TIME = HOT + 3;
    private static final int STALLS = HOT + 4;
    private static final int SWITCHES = HOT + 5;
    private static final int ERRORS = HOT + 6;
    private static final int DEVICE = HOT + 7;
    private static final int KEY_HELD = HOT + 8;
    private static final int PLAYLIST_RETRIES = HOT + 9;
    private static final int STALL_START = HOT + 10;
    private static final int GLOBAL_ID = HOT + 11;
    private static final int COLD = 12;
    /** Longs before the first hot record: a long[]'s elements start 16 bytes into the array, 16 + 48 = 64. */
    private static final int HOT_OFFSET = 6;

    private static final long MAX_RETRY_DELAY = 8_000_000L;
    /** {@code SEGMENT_DONE_AT} when no download has ended without its event being scheduled. */
    private static final long NOT_DEFERRED = Long.MIN_VALUE;
    private static final double LN2 = Math.log(2);
    private static final double FAST_HALF_LIFE = 3.0;
    private static final double SLOW_HALF_LIFE = 8.0;
    private static final double VARIATION_TIME = 30.0;

    private final EventLoop loop;
    private final Network network;
    private final LiveChannel channel;
    private final VodCatalog vod;
    private final Ladder ladder;
    private final AbrRule abr;
    private final ViewerFactory factory;
    private final Joins joins;
    private final Session.Sink sessions;
    private final long end;
    private final int target;
    private final long segment;
    private final long startupBuffer;
    private final int holdback;
    private final long retryBase;
    private final Congestions congestion;
    /** Lends each viewer's own stream of throughput variation its state for a draw. */
    private final SplitMix variationSource = new SplitMix();
    private final ContinuousSampler gaussian = ZigguratSampler.NormalizedGaussian.of(variationSource);
    /** Seed of the viewers' variation streams ({@link SplitMix#streamOf}), from the {@code bandwidth} stream. */
    private final long variationSeed;
    private final double variationKeep;
    private final double variationInnovation;
    private final ThroughputTrace[] traces;
    private final boolean segmentsPerViewer;
    private final boolean playlistsPerViewer;
    /** Segments per content key, 0 for content in the clear. */
    private final int segmentsPerKey;

    private final QoeStats[] qoe;
    private final View view = new View();
    private int joined;
    private int active;

    /** Viewer v's hot field f at {@code HOT_OFFSET + v * HOT + f}, its cold field f at {@code v * COLD + f - HOT}. */
    private long[] hot;
    private long[] cold;

    /** A viewer the run drew for this part of the audience ({@link #arrive}), waiting for its join time. */
    private record Arrival(int viewer, ViewerFactory.Viewer draw, int title) {
    }

    private final ArrayDeque<Arrival> arrivals = new ArrayDeque<>();


    /**
     * @param loop      the event loop
     * @param network   the network whose edges the players talk to
     * @param channel   the live channel
     * @param audience  who watches
     * @param player    how the players behave
     * @param abr       the ABR rule
     * @param factory   draws each viewer's region, edge, device, session and last mile
     * @param joins     the join times
     * @param bandwidth seeds each viewer's own stream of throughput variation
     * @param sessions  receives each session as it ends
     * @param end       the event ends: nobody joins from then on, and every session still going ends
     */
    public Viewers(EventLoop loop, Network network, LiveChannel channel, Audience audience, PlayerSettings player,
                       AbrRule abr, ViewerFactory factory, JoinTimes joins, UniformRandomProvider bandwidth,
                       Session.Sink sessions, long end) {
        this(loop, network, channel, audience, player, UrlSpec.SHARED, abr, factory, joins, bandwidth, sessions, end);
    }

    /**
     * @param loop      the event loop
     * @param network   the network whose edges the players talk to
     * @param channel   the live channel
     * @param audience  who watches
     * @param player    how the players behave
     * @param urls      how the players' URLs meet the cache key
     * @param abr       the ABR rule
     * @param factory   draws each viewer's region, edge, device, session and last mile
     * @param joins     the join times
     * @param bandwidth seeds each viewer's own stream of throughput variation
     * @param sessions  receives each session as it ends
     * @param end       the event ends: nobody joins from then on, and every session still going ends
     */
    public Viewers(EventLoop loop, Network network, LiveChannel channel, Audience audience, PlayerSettings player,
                   UrlSpec urls, AbrRule abr, ViewerFactory factory, JoinTimes joins,
                   UniformRandomProvider bandwidth, Session.Sink sessions, long end) {
        this(loop, network, channel, null, channel.ladder(), channel.segmentDuration(), audience.viewers(), audience,
                player, urls, abr, factory, joins, bandwidth, sessions, end);
    }

    /**
     * The viewers of an on-demand catalog: each watches the title its join says from the first segment, for its
     * session length or to the end of the title.
     *
     * @param loop      the event loop
     * @param network   the network whose edges the players talk to
     * @param catalog   the titles
     * @param audience  who watches (its region, device and last-mile settings)
     * @param viewers   how many join in all (the catalog's audience and the releases')
     * @param player    how the players behave
     * @param urls      how the players' URLs meet the cache key
     * @param abr       the ABR rule
     * @param factory   draws each viewer's region, edge, device, session and last mile
     * @param joins     the join times and titles
     * @param bandwidth seeds each viewer's own stream of throughput variation
     * @param sessions  receives each session as it ends
     * @param end       the run ends: nobody joins from then on, and every session still going ends
     */
    public Viewers(EventLoop loop, Network network, VodCatalog catalog, Audience audience, int viewers,
                   PlayerSettings player, UrlSpec urls, AbrRule abr, ViewerFactory factory, Joins joins,
                   UniformRandomProvider bandwidth, Session.Sink sessions, long end) {
        this(loop, network, null, catalog, catalog.ladder(), catalog.segmentDuration(), viewers, audience, player,
                urls, abr, factory, joins, bandwidth, sessions, end);
    }

    /**
     * The viewers of one partition of a partitioned run, of a live channel or an on-demand catalog: the run draws them
     * and hands them over ({@link #arrive}); call {@link #startFed()}, not {@link #start()}.
     *
     * @param loop      the partition's event loop
     * @param network   the partition's network
     * @param channel   the live channel, or null for a catalog
     * @param vod       the catalog, or null for a live channel
     * @param audience  who watches
     * @param capacity  viewers to make room for at first (more grow the records)
     * @param player    how the players behave
     * @param urls      how the players' URLs meet the cache key
     * @param abr       the ABR rule
     * @param factory   the run's viewer factory (for region, device and node names, and the regions' traces)
     * @param bandwidth seeds each viewer's own stream of throughput variation (the same in every partition)
     * @param sessions  receives each session as it ends
     * @param end       the event ends: every session still going ends
     * @return the viewers
     */
    public static Viewers fed(EventLoop loop, Network network, LiveChannel channel, VodCatalog vod, Audience audience,
                              int capacity, PlayerSettings player, UrlSpec urls, AbrRule abr, ViewerFactory factory,
                              UniformRandomProvider bandwidth, Session.Sink sessions, long end) {
        Ladder ladder = channel != null ? channel.ladder() : vod.ladder();
        long segment = channel != null ? channel.segmentDuration() : vod.segmentDuration();
        return new Viewers(loop, network, channel, vod, ladder, segment, capacity, audience, player, urls, abr,
                factory, null, bandwidth, sessions, end);
    }

    private Viewers(EventLoop loop, Network network, LiveChannel channel, VodCatalog vod, Ladder ladder, long segment,
                    int viewers, Audience audience, PlayerSettings player, UrlSpec urls, AbrRule abr,
                    ViewerFactory factory, Joins joins, UniformRandomProvider bandwidth, Session.Sink sessions,
                    long end) {
        this.segmentsPerKey = vod != null ? vod.segmentsPerKey() : channel.segmentsPerKey();
        this.segmentsPerViewer = urls.segmentsPerViewer();
        this.playlistsPerViewer = urls.playlistsPerViewer();
        this.loop = loop;
        this.network = network;
        this.channel = channel;
        this.vod = vod;
        this.ladder = ladder;
        this.abr = abr;
        this.factory = factory;
        this.joins = joins;
        this.sessions = sessions;
        this.end = end;
        this.segment = segment;
        this.startupBuffer = player.startupBuffer();
        this.holdback = player.holdbackSegments();
        this.retryBase = player.retryBase();
        this.congestion = new Congestions(audience.congestion(), factory.regionNames());
        this.variationSeed = bandwidth.nextLong();
        this.variationKeep = Math.exp(-segment / 1e6 / VARIATION_TIME);
        this.variationInnovation = Math.sqrt(1 - variationKeep * variationKeep);
        this.traces = new ThroughputTrace[factory.regionNames().size()];
        for (int r = 0; r < traces.length; r++) {
            traces[r] = factory.trace(r);
        }
        this.qoe = new QoeStats[factory.regionNames().size() * factory.deviceNames().size()];
        for (int i = 0; i < qoe.length; i++) {
            qoe[i] = new QoeStats();
        }
        hot = new long[HOT_OFFSET + viewers * HOT];
        cold = new long[viewers * COLD];
        this.target = loop.register(this);
        network.setClients(this);
    }

    /**
     * For viewers that the run hands over ({@link #arrive}) instead of drawing them here: schedules only the end of
     * the event.
     */
    public void startFed() {
        loop.schedule(end, target, END, 0);
    }

    /**
     * A viewer drawn by the run joins this part of the audience (the viewers of the regions of one partition) at a
     * time: the viewer's number is its place in the whole audience's joining order, which names its session and seeds
     * its random stream, so it behaves as it would with every viewer in one part.
     *
     * @param viewer its number in the whole audience
     * @param time   when it joins, not before now and not before the previous arrival
     * @param draw   who it is
     * @param title  the title it watches (on demand), else 0
     */
    public void arrive(int viewer, long time, ViewerFactory.Viewer draw, int title) {
        arrivals.add(new Arrival(viewer, draw, title));
        loop.schedule(time, target, ARRIVE, 0);
    }

    /** Schedules the first join and the end of the event. */
    public void start() {
        long first = joins.next();
        if (first != JoinTimes.NONE && first < end) {
            loop.schedule(first, target, JOIN, 0);
        }
        loop.schedule(end, target, END, 0);
    }

    @Override
    public void handle(int kind, long arg) {
        int v = (int) arg;
        if (kind != JOIN && kind != END && kind != ARRIVE) {
            catchUp(v);
        }
        switch (kind) {
            case JOIN:
                join();
                break;
            case ARRIVE:
                Arrival a = arrivals.poll();
                admit(a.viewer(), a.draw(), a.title());
                break;
            case MAIN_DONE:
                if ((int) get(v, STATE) != DONE) {
                    mainDone(v);
                }
                break;
            case PLAYLIST_DONE:
                set(v, PLAYLIST_IN_FLIGHT, 0);
                if ((int) get(v, STATE) != DONE) {
                    set(v, KNOWN_LATEST, Math.max(get(v, KNOWN_LATEST), get(v, PLAYLIST_VERSION)));
                    playlistDone(v);
                }
                break;
            case RELOAD:
                if ((int) get(v, STATE) != DONE) {
                    reload(v);
                }
                break;
            case WAKE:
                if ((int) get(v, STATE) != DONE && (int) get(v, MAIN_STATUS) == WAIT_ROOM) {
                    advance(v);
                    next(v);
                }
                break;
            case LEAVE:
                if ((int) get(v, STATE) != DONE) {
                    advance(v);
                    finish(v, false);
                }
                break;
            case STARTUP_TIMEOUT:
                if ((int) get(v, STATE) == STARTING) {
                    finish(v, true);
                }
                break;
            case RETRY_MAIN:
                if ((int) get(v, STATE) != DONE) {
                    sendMain(v);
                }
                break;
            case RETRY_PLAYLIST:
                if ((int) get(v, STATE) != DONE) {
                    sendPlaylist(v);
                }
                break;
            case END:
                for (int w = 0; w < joined; w++) {
                    if ((int) get(w, STATE) != DONE) {
                        catchUp(w);
                        advance(w);
                        finish(w, false);
                    }
                }
                break;
            default:
                throw new IllegalStateException("unknown player event " + kind);
        }
    }

    /** Reads the viewer's hot record, one long of each of its four lines, for an event due soon. */
    @Override
    public long touch(int kind, long arg) {
        int base = HOT_OFFSET + (int) arg * HOT;
        return hot[base] + hot[base + 8] + hot[base + 16] + hot[base + 24];
    }

    /** The next viewer of the whole audience joins now; the join after it is scheduled. */
    private void join() {
        admit(joined, factory.draw(joined), joins.title());
        long next = joins.next();
        if (next != JoinTimes.NONE && next < end) {
            loop.schedule(Math.max(loop.now(), next), target, JOIN, 0);
        }
    }

    /** A viewer starts its session now: its record is filled and its player asks for the master manifest. */
    private void admit(int viewer, ViewerFactory.Viewer draw, int title) {
        int v = joined++;
        ensureCapacity(joined);
        long now = loop.now();
        set(v, GLOBAL_ID, viewer);
        set(v, REGION, draw.region());
        set(v, DEVICE, draw.device());
        set(v, EDGE, draw.edgeNode());
        set(v, MAX_BUFFER, draw.maxBuffer());
        set(v, MAX_RENDITION, draw.maxRendition());
        setD(v, THROUGHPUT, draw.throughput());
        setD(v, CURRENT, draw.throughput());
        setD(v, VARIATION, draw.variation());
        set(v, VARIATION_STREAM, SplitMix.streamOf(variationSeed, viewer));
        set(v, RTT, draw.rtt());
        set(v, JOINED_AT, now);
        set(v, TITLE, title);
        set(v, BUFFER_AT, now);
        set(v, PLAY_START, -1);
        set(v, RENDITION, -1);
        set(v, KNOWN_LATEST, -1);
        set(v, KEY_HELD, -1);
        set(v, SEGMENT_DONE_AT, NOT_DEFERRED);
        setD(v, FAST_DECAY, 1);
        setD(v, SLOW_DECAY, 1);
        set(v, STATE, STARTING);
        active++;
        set(v, STEP, STEP_MASTER);
        sendMain(v);
        if (now + draw.patience() < end) {
            loop.schedule(now + draw.patience(), target, STARTUP_TIMEOUT, v);
        }
        if (now + draw.sessionLength() < end) {
            loop.schedule(now + draw.sessionLength(), target, LEAVE, v);
        }
    }

    /** Grows the records to hold {@code viewers} viewers. */
    private void ensureCapacity(int viewers) {
        if (HOT_OFFSET + viewers * HOT > hot.length) {
            int capacity = Math.max(viewers, 2 * (hot.length - HOT_OFFSET) / HOT);
            hot = Arrays.copyOf(hot, HOT_OFFSET + capacity * HOT);
            cold = Arrays.copyOf(cold, capacity * COLD);
        }
    }

    /** Sends the request of the main chain's current step. */
    private void sendMain(int v) {
        set(v, MAIN_STATUS, BUSY);
        int r = Math.max(0, (int) get(v, RENDITION));
        int title = (int) get(v, TITLE);
        long object;
        boolean playlist = false;
        switch ((int) get(v, STEP)) {
            case STEP_MASTER:
                object = vod != null ? vod.master(title) : channel.master();
                break;
            case STEP_PLAYLIST:
                object = playlist(v, r);
                playlist = true;
                break;
            case STEP_INIT:
                object = vod != null ? vod.init(title, r) : channel.init(r);
                break;
            case STEP_KEY:
                object = vod != null ? vod.key(title, get(v, NEXT_INDEX)) : channel.key(get(v, NEXT_INDEX));
                break;
            default:
                object = vod != null ? vod.segment(title, r, get(v, NEXT_INDEX)) : channel.segment(r, get(v, NEXT_INDEX));
                break;
        }
        network.request((int) get(v, EDGE), object, playlist ? playlistVariant(v) : segmentVariant(v), (long) v << 1);
    }

    private void sendPlaylist(int v) {
        set(v, PLAYLIST_IN_FLIGHT, 1);
        network.request((int) get(v, EDGE), playlist(v, Math.max(0, (int) get(v, RENDITION))), playlistVariant(v),
                ((long) v << 1) | 1);
    }

    private long playlist(int v, int rendition) {
        return vod != null ? vod.playlist((int) get(v, TITLE), rendition) : channel.playlist(rendition);
    }

    /** @return the URL variant of the viewer's segments, init segments and master manifest (its token, or 0) */
    private long segmentVariant(int v) {
        return segmentsPerViewer ? get(v, GLOBAL_ID) + 1 : 0;
    }

    /** @return the URL variant of the viewer's media playlists */
    private long playlistVariant(int v) {
        return playlistsPerViewer ? get(v, GLOBAL_ID) + 1 : 0;
    }

    @Override
    public void answered(long tag, int status, long sentAt, long firstByteAt, long version, long body,
                         long bottleneck, boolean counted) {
        int v = (int) (tag >>> 1);
        boolean main = (tag & 1) == 0;
        if ((int) get(v, STATE) == DONE) {
            if (!main) {
                set(v, PLAYLIST_IN_FLIGHT, 0);
            }
            return;
        }
        long firstByte = firstByteAt + get(v, RTT);
        int retries = main ? RETRIES : PLAYLIST_RETRIES;
        if (status == Requests.ERROR) {
            set(v, ERRORS, get(v, ERRORS) + 1);
            int retry = (int) get(v, retries);
            set(v, retries, retry + 1);
            long delay = Math.min(MAX_RETRY_DELAY, retryBase << Math.min(retry, 20));
            loop.schedule(firstByte + delay, target, main ? RETRY_MAIN : RETRY_PLAYLIST, v);
            return;
        }
        if (get(v, retries) != 0) {
            set(v, retries, 0);
        }
        ThroughputTrace trace = traces[(int) get(v, REGION)];
        long done;
        if (trace == null) {
            double bps = Math.min(bottleneck, throughputAt(v, sentAt));
            done = firstByte + (long) Math.ceil(body * 8e6 / bps);
        } else {
            double bits = body * 8.0;
            long overLinks = bottleneck == Long.MAX_VALUE ? 0 : (long) Math.ceil(bits * 1e6 / bottleneck);
            done = firstByte + Math.max(overLinks, trace.transferMicros(firstByteAt - get(v, JOINED_AT), bits));
        }
        if (main) {
            if ((int) get(v, STEP) == STEP_PLAYLIST) {
                set(v, MAIN_VERSION, version);
            } else if ((int) get(v, STEP) == STEP_SEGMENT) {
                estimate(v, body * 8.0, (done - sentAt) / 1e6);
                if (willWaitForPlaylist(v)) {
                    set(v, SEGMENT_DONE_AT, done);
                    return;
                }
            }
            loop.schedule(done, target, MAIN_DONE, v);
        } else {
            set(v, PLAYLIST_VERSION, version);
            loop.schedule(done, target, PLAYLIST_DONE, v);
        }
    }

    private void mainDone(int v) {
        advance(v);
        switch ((int) get(v, STEP)) {
            case STEP_MASTER:
                set(v, RENDITION, chooseRendition(v));
                set(v, STEP, STEP_PLAYLIST);
                sendMain(v);
                break;
            case STEP_PLAYLIST:
                if (vod != null) {
                    set(v, KNOWN_LATEST, vod.segments((int) get(v, TITLE)) - 1);
                    set(v, NEXT_INDEX, 0);
                } else {
                    set(v, KNOWN_LATEST, Math.max(get(v, KNOWN_LATEST), get(v, MAIN_VERSION)));
                    set(v, NEXT_INDEX, Math.max(channel.oldestIndex(loop.now()), get(v, KNOWN_LATEST) - holdback + 1));
                    loop.schedule(loop.now() + segment, target, RELOAD, v);
                }
                set(v, STEP, STEP_INIT);
                sendMain(v);
                break;
            case STEP_INIT:
                set(v, INITS_FETCHED, get(v, INITS_FETCHED) | (1L << (int) get(v, RENDITION)));
                set(v, STEP, needsKey(v) ? STEP_KEY : STEP_SEGMENT);
                sendMain(v);
                break;
            case STEP_KEY:
                set(v, KEY_HELD, keyPeriod(get(v, NEXT_INDEX)));
                set(v, STEP, STEP_SEGMENT);
                sendMain(v);
                break;
            default:
                segmentDone(v);
                break;
        }
    }

    private void segmentDone(int v) {
        addSegment(v, loop.now());
        next(v);
    }

    /**
     * Whether the viewer, once the segment it is downloading has arrived, will have nothing to do but wait for a
     * playlist that lists more: it is live, the buffer will have room for another segment (it only drains until
     * then), and the playlist it holds lists no segment after this one. If so, the download's end need not be an
     * event of its own ({@link #catchUp}), unless a playlist that lists more arrives first ({@link #playlistDone}).
     */
    private boolean willWaitForPlaylist(int v) {
        return vod == null && get(v, BUFFER) + 2 * segment <= get(v, MAX_BUFFER)
                && get(v, NEXT_INDEX) + 1 > get(v, KNOWN_LATEST);
    }

    /**
     * Applies a segment download that ended, without an event of its own, at or before now: the viewer's state
     * becomes what the download's event would have made it at its end, the main chain waiting for the playlist.
     */
    private void catchUp(int v) {
        catchUp(v, loop.now());
    }

    /** Applies a segment download that ended at or before {@code time} ({@link #catchUp(int)}). */
    private void catchUp(int v, long time) {
        long at = get(v, SEGMENT_DONE_AT);
        if (at != NOT_DEFERRED && at <= time) {
            set(v, SEGMENT_DONE_AT, NOT_DEFERRED);
            advance(v, at);
            addSegment(v, at);
            set(v, MAIN_STATUS, WAIT_PLAYLIST);
        }
    }

    /** A segment arrived at {@code now}: it joins the buffer, and playback starts or resumes if there is enough. */
    private void addSegment(int v, long now) {
        set(v, BUFFER, get(v, BUFFER) + (segment));
        set(v, SEGMENTS, get(v, SEGMENTS) + 1);
        setD(v, BITRATE_TIME, getD(v, BITRATE_TIME) + (ladder.bitrate((int) get(v, RENDITION)) * (double) segment));
        set(v, NEXT_INDEX, get(v, NEXT_INDEX) + 1);
        if ((int) get(v, STATE) == STARTING && get(v, BUFFER) >= startupBuffer) {
            set(v, STATE, PLAYING);
            set(v, PLAY_START, now);
        } else if ((int) get(v, STATE) == STALLED && get(v, BUFFER) >= startupBuffer) {
            set(v, STATE, PLAYING);
            set(v, STALL_TIME, get(v, STALL_TIME) + (now - get(v, STALL_START)));
        }
    }

    /** The main chain is free: fetch the next segment if there is room and the playlist lists it, else wait. */
    private void next(int v) {
        long now = loop.now();
        if (get(v, BUFFER) + segment > get(v, MAX_BUFFER)) {
            set(v, MAIN_STATUS, WAIT_ROOM);
            if ((int) get(v, STATE) == PLAYING) {
                loop.schedule(now + get(v, BUFFER) + segment - get(v, MAX_BUFFER), target, WAKE, v);
            }
            return;
        }
        if (get(v, NEXT_INDEX) > get(v, KNOWN_LATEST)) {
            set(v, MAIN_STATUS, WAIT_PLAYLIST);
            if (vod != null) {
                titleDownloaded(v);
            }
            return;
        }
        vary(v);
        int r = chooseRendition(v);
        if (r != (int) get(v, RENDITION)) {
            set(v, SWITCHES, get(v, SWITCHES) + 1);
            set(v, RENDITION, r);
        }
        set(v, STEP, (get(v, INITS_FETCHED) & (1L << r)) == 0 ? STEP_INIT : needsKey(v) ? STEP_KEY : STEP_SEGMENT);
        sendMain(v);
    }

    /** @return whether the next segment is encrypted with a key the viewer does not hold */
    private boolean needsKey(int v) {
        return segmentsPerKey > 0 && get(v, KEY_HELD) != keyPeriod(get(v, NEXT_INDEX));
    }

    /** @return the key period of a segment of an encrypted channel or title */
    private long keyPeriod(long index) {
        return Math.floorDiv(index, segmentsPerKey);
    }

    /**
     * An on-demand viewer has every segment of its title: playback starts or resumes with what is buffered (there
     * is nothing more to wait for) and the viewer leaves when it has played it.
     */
    private void titleDownloaded(int v) {
        long now = loop.now();
        int state = (int) get(v, STATE);
        if (state == STARTING) {
            set(v, STATE, PLAYING);
            set(v, PLAY_START, now);
        } else if (state == STALLED) {
            set(v, STATE, PLAYING);
            set(v, STALL_TIME, get(v, STALL_TIME) + (now - get(v, STALL_START)));
        }
        if (now + get(v, BUFFER) < end) {
            loop.schedule(now + get(v, BUFFER), target, LEAVE, v);
        }
    }

    private int chooseRendition(int v) {
        view.v = v;
        int r = abr.choose(view);
        return Math.max(0, Math.min(r, (int) get(v, MAX_RENDITION)));
    }

    private void reload(int v) {
        if ((int) get(v, PLAYLIST_IN_FLIGHT) == 0) {
            sendPlaylist(v);
        }
        loop.schedule(loop.now() + segment, target, RELOAD, v);
    }

    private void playlistDone(int v) {
        if ((int) get(v, MAIN_STATUS) == WAIT_PLAYLIST && get(v, NEXT_INDEX) <= get(v, KNOWN_LATEST)) {
            advance(v);
            next(v);
        } else if (get(v, SEGMENT_DONE_AT) != NOT_DEFERRED && get(v, NEXT_INDEX) + 1 <= get(v, KNOWN_LATEST)) {
            loop.schedule(get(v, SEGMENT_DONE_AT), target, MAIN_DONE, v);
            set(v, SEGMENT_DONE_AT, NOT_DEFERRED);
        }
    }

    /** Brings a viewer's buffer up to now: drains it while playing and dates a stall that began since. */
    private void advance(int v) {
        advance(v, loop.now());
    }

    /** Brings a viewer's buffer up to a time not before the last one it was brought to. */
    private void advance(int v, long now) {
        if ((int) get(v, STATE) == PLAYING) {
            long elapsed = now - get(v, BUFFER_AT);
            if (elapsed > get(v, BUFFER)) {
                set(v, PLAYED_TIME, get(v, PLAYED_TIME) + (get(v, BUFFER)));
                set(v, STALL_START, get(v, BUFFER_AT) + get(v, BUFFER));
                set(v, BUFFER, 0);
                set(v, STATE, STALLED);
                set(v, STALLS, get(v, STALLS) + 1);
            } else {
                set(v, BUFFER, get(v, BUFFER) - (elapsed));
                set(v, PLAYED_TIME, get(v, PLAYED_TIME) + (elapsed));
            }
        }
        set(v, BUFFER_AT, now);
    }

    private void finish(int v, boolean joinFailed) {
        long now = loop.now();
        if ((int) get(v, STATE) == STALLED) {
            set(v, STALL_TIME, get(v, STALL_TIME) + (now - get(v, STALL_START)));
        }
        set(v, STATE, DONE);
        set(v, SEGMENT_DONE_AT, NOT_DEFERRED);
        active--;
        int region = (int) get(v, REGION);
        int device = (int) get(v, DEVICE);
        int segments = (int) get(v, SEGMENTS);
        long joinedAt = get(v, JOINED_AT);
        long startup = get(v, PLAY_START) < 0 ? -1 : get(v, PLAY_START) - joinedAt;
        double averageBitrate = segments == 0 ? 0 : getD(v, BITRATE_TIME) / (segments * (double) segment);
        Session s = new Session((int) get(v, GLOBAL_ID), factory.regionNames().get(region), factory.deviceNames().get(device),
                factory.edgeName((int) get(v, EDGE)), joinedAt, now, startup, joinFailed, get(v, STALL_TIME),
                (int) get(v, STALLS), get(v, PLAYED_TIME), averageBitrate, (int) get(v, SWITCHES), segments,
                (int) get(v, ERRORS));
        qoe[region * factory.deviceNames().size() + device].add(s);
        sessions.ended(s);
    }

    /**
     * Records a download's throughput sample in the two EWMAs (dash.js: half-lives 3 s and 8 s, by duration). A
     * sample of s seconds keeps 2^(-s/3) and 2^(-s/8) of the old averages, computed from one power: with
     * e = 2^(-s/24), they are e^8 and e^3. The decays multiply into what remains of the averages' zero start,
     * 2^(-w/3) and 2^(-w/8) after w seconds of samples, which {@link #throughputEstimate} divides out.
     */
    private void estimate(int v, double bits, double seconds) {
        if (seconds <= 0) {
            return;
        }
        double sample = bits / seconds;
        double e = Math.exp(-LN2 * seconds / (FAST_HALF_LIFE * SLOW_HALF_LIFE));
        double e2 = e * e;
        double e4 = e2 * e2;
        double fast = e4 * e4;
        double slow = e2 * e;
        setD(v, FAST_ESTIMATE, fast * getD(v, FAST_ESTIMATE) + (1 - fast) * sample);
        setD(v, SLOW_ESTIMATE, slow * getD(v, SLOW_ESTIMATE) + (1 - slow) * sample);
        setD(v, FAST_DECAY, getD(v, FAST_DECAY) * fast);
        setD(v, SLOW_DECAY, getD(v, SLOW_DECAY) * slow);
    }

    /** @return the lower of the two EWMAs, each corrected for its zero start; NaN before the first sample */
    private double throughputEstimate(int v) {
        double fastDecay = getD(v, FAST_DECAY);
        if (fastDecay == 1) {
            return Double.NaN;
        }
        double fast = getD(v, FAST_ESTIMATE) / (1 - fastDecay);
        double slow = getD(v, SLOW_ESTIMATE) / (1 - getD(v, SLOW_DECAY));
        return Math.min(fast, slow);
    }

    /**
     * Moves the viewer's throughput one step of its lognormal AR(1) process: once per segment requested, so the
     * correlation time of 30 s is counted in segments. The mean stays at the viewer's own level. The innovations come
     * from the viewer's own stream, so a viewer's throughput path does not depend on what other viewers do (nor on the
     * order in which simultaneous events run).
     */
    private void vary(int v) {
        double sigma = getD(v, VARIATION);
        if (sigma > 0) {
            variationSource.setState(get(v, VARIATION_STREAM));
            double innovation = gaussian.sample();
            set(v, VARIATION_STREAM, variationSource.state());
            double dev = variationKeep * getD(v, LOG_DEVIATION) + sigma * variationInnovation * innovation;
            setD(v, LOG_DEVIATION, dev);
            setD(v, CURRENT, getD(v, THROUGHPUT) * Math.exp(dev - sigma * sigma / 2));
        }
    }

    /** The viewer's throughput for a download starting at a time: its current level under any congestion. */
    private double throughputAt(int v, long time) {
        return getD(v, CURRENT) * congestion.factor((int) get(v, REGION), time);
    }

    private long get(int v, int field) {
        return field < HOT ? hot[HOT_OFFSET + v * HOT + field] : cold[v * COLD + field - HOT];
    }

    private void set(int v, int field, long value) {
        if (field < HOT) {
            hot[HOT_OFFSET + v * HOT + field] = value;
        } else {
            cold[v * COLD + field - HOT] = value;
        }
    }

    private double getD(int v, int field) {
        return Double.longBitsToDouble(get(v, field));
    }

    private void setD(int v, int field, double value) {
        set(v, field, Double.doubleToRawLongBits(value));
    }

    /** @return viewers who have joined so far */
    public int joined() {
        return joined;
    }

    /** @return viewers watching (joined and not yet left) */
    public int active() {
        return active;
    }

    /**
     * Counts, at the current time, the viewers whose playback is stalled and the bitrate being played.
     *
     * @param out {@code out[0]} stalled viewers, {@code out[1]} playing viewers, {@code out[2]} sum of their
     *            renditions' bitrates in bit/s
     */
    public void snapshot(long[] out) {
        snapshot(loop.now(), out);
    }

    /**
     * Counts, at a time no earlier than the latest event run, the viewers whose playback is stalled and the bitrate
     * being played (a partitioned run counts each partition at the end of a second, its clock just before it).
     *
     * @param now the time
     * @param out as for {@link #snapshot(long[])}
     */
    public void snapshot(long now, long[] out) {
        long stalled = 0;
        long playing = 0;
        long bitrates = 0;
        for (int v = 0; v < joined; v++) {
            catchUp(v, now);
            int st = (int) get(v, STATE);
            if (st == STALLED || (st == PLAYING && now - get(v, BUFFER_AT) > get(v, BUFFER))) {
                stalled++;
            } else if (st == PLAYING) {
                playing++;
                bitrates += ladder.bitrate((int) get(v, RENDITION));
            }
        }
        out[0] = stalled;
        out[1] = playing;
        out[2] = bitrates;
    }

    /**
     * @param regionIndex a region index ({@link ViewerFactory#regionNames()})
     * @param deviceIndex a device index ({@link ViewerFactory#deviceNames()})
     * @return the QoE of the sessions of that group that have ended (all of them once the run is over)
     */
    public QoeStats qoe(int regionIndex, int deviceIndex) {
        return qoe[regionIndex * factory.deviceNames().size() + deviceIndex];
    }

    /** @return the viewer factory (names of regions and devices) */
    public ViewerFactory factory() {
        return factory;
    }

    /** The ABR rule's view of the viewer {@code v}. */
    private final class View implements AbrView {
        private int v;

        @Override
        public int renditions() {
            return ladder.size();
        }

        @Override
        public long bitrate(int r) {
            return ladder.bitrate(r);
        }

        @Override
        public int maxRendition() {
            return (int) get(v, MAX_RENDITION);
        }

        @Override
        public int current() {
            return (int) get(v, RENDITION);
        }

        @Override
        public double bufferSeconds() {
            return get(v, BUFFER) / 1e6;
        }

        @Override
        public double maxBufferSeconds() {
            return get(v, MAX_BUFFER) / 1e6;
        }

        @Override
        public double segmentSeconds() {
            return segment / 1e6;
        }

        @Override
        public double throughputBps() {
            return throughputEstimate(v);
        }

        @Override
        public int memory() {
            return (int) get(v, ABR_MEMORY);
        }

        @Override
        public void setMemory(int value) {
            set(v, ABR_MEMORY, value);
        }
    }
}
