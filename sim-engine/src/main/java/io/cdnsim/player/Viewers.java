package io.cdnsim.player;

import io.cdnsim.bandwidth.Downloads;
import io.cdnsim.content.LiveChannel;
import io.cdnsim.kernel.EventHandler;
import io.cdnsim.kernel.EventLoop;
import io.cdnsim.network.Network;
import io.cdnsim.steering.Measures;
import java.util.ArrayDeque;
import org.apache.commons.rng.UniformRandomProvider;

/**
 * The audience of a live channel or of an on-demand catalog (V1, V4): viewers join, watch and leave; their events
 * run here. Who each viewer is and where its player stands is one record per viewer in a {@code ViewerTable}; its
 * player's requests are {@code Players}', its buffer {@code Playback}'s, the throughput its downloads get
 * {@code LastMiles}'; what it watches is a {@link io.cdnsim.content.Programme}.
 *
 * <p>A viewer whose playback has not started within its patience gives up (a join failure); every viewer leaves at
 * the end of its session, an on-demand viewer also when it has played its whole title, and every viewer still
 * watching when the run ends. Each session, as it ends, goes to the run's sink and into its region and device's QoE.
 * Each event first applies any segment download of its viewer that ended without an event of its own
 * ({@code Players.catchUp}).
 */
public final class Viewers implements EventHandler {

    /** The kinds of the viewers' events. */
    private static final int JOIN = 0;
    static final int MAIN_DONE = 1;
    static final int PLAYLIST_DONE = 2;
    static final int RELOAD = 3;
    static final int WAKE = 4;
    static final int LEAVE = 5;
    private static final int STARTUP_TIMEOUT = 6;
    static final int RETRY_MAIN = 7;
    static final int RETRY_PLAYLIST = 8;
    private static final int END = 9;
    private static final int ARRIVE = 10;
    private static final int STEER = 11;
    static final int ABANDON_CHECK = 12;

    private final EventLoop loop;
    private final ViewerFactory factory;
    private final Joins joins;
    private final Session.Sink sessions;
    private final long end;
    private final int target;
    private final ViewerTable table;
    private final LiveLatency latency;
    /** Whether the viewers watch a live channel (and have a live latency). */
    private final boolean live;
    private final Playback playback;
    private final LastMiles lastMiles;
    private final Players players;
    private final Downloads downloads;
    private final AudienceTally tally;
    private final Pathways pathways;
    private final Measures measures;
    private final QoeStats[] qoe;
    private final QoeStats[] cdnQoe;
    private int joined;
    private int active;

    /** A viewer the run drew for this part of the audience ({@link #arrive}), waiting for its join time. */
    private record Arrival(int viewer, ViewerFactory.Viewer draw, int title) {
    }

    private final ArrayDeque<Arrival> arrivals = new ArrayDeque<>();

    /**
     * Viewers who join as {@code joins} says, or, with {@link Joins#nobody()}, whom the run hands over one by one
     * ({@link #arrive}, the viewers of one partition of a partitioned run). Call {@link #start()} before the loop
     * runs.
     *
     * @param loop      the event loop
     * @param network   the network whose edges the players talk to
     * @param setup     what they watch, who they are, how their players behave
     * @param joins     the join times (and titles)
     * @param capacity  viewers to make room for at first (more grow the records)
     * @param bandwidth seeds each viewer's own stream of throughput variation (the same in every partition)
     * @param sessions  receives each session as it ends
     */
    public Viewers(EventLoop loop, Network network, ViewerSetup setup, Joins joins, int capacity,
                   UniformRandomProvider bandwidth, Session.Sink sessions) {
        this.loop = loop;
        this.factory = setup.factory();
        this.joins = joins;
        this.sessions = sessions;
        this.end = setup.end();
        long segment = setup.lineup().segmentDuration();
        this.table = new ViewerTable(capacity);
        this.latency = new LiveLatency(capacity);
        this.live = setup.lineup() instanceof LiveChannel;
        this.playback = new Playback(table, setup.lineup().ladder(), segment, setup.player().startupBuffer(), latency,
                MediaUnits.lowLatency(setup.lineup()) != null);
        this.lastMiles = new LastMiles(table, setup.audience(), factory, segment, bandwidth);
        this.measures = new Measures(factory.regionNames().size(), factory.cdnCount());
        this.tally = new AudienceTally(table, playback, setup.lineup().ladder(), factory, measures);
        this.pathways = new Pathways(setup.content(), factory, table);
        this.qoe = new QoeStats[factory.regionNames().size() * factory.deviceNames().size()];
        for (int i = 0; i < qoe.length; i++) {
            qoe[i] = new QoeStats();
        }
        this.cdnQoe = new QoeStats[factory.cdnCount()];
        for (int i = 0; i < cdnQoe.length; i++) {
            cdnQoe[i] = new QoeStats();
        }
        this.target = loop.register(this);
        this.cmcd = new Cmcd(table, new ThroughputEstimate(table), setup.lineup());
        this.downloads = new Downloads(loop, setup.links(), setup.warmUp().firstSecond(),
                setup.player().abandonRequestsRule());
        this.players = new Players(loop, target, network, setup, table, playback, lastMiles, downloads, pathways,
                measures, cmcd, latency);
        network.setClients(players);
        this.network = network;
    }

    private final Network network;
    private final Cmcd cmcd;

    /**
     * Makes the players compute the CMCD keys of each request and the network's edges log each answer to them: the
     * request log of this part of the audience. Call before {@link #start()}.
     *
     * @return the records, which the run writes out second by second ({@link EdgeRequests#flush})
     */
    public EdgeRequests logRequests() {
        cmcd.enable();
        EdgeRequests records = new EdgeRequests(table, cmcd);
        network.setEdgeLog(records);
        return records;
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

    /** Schedules the first join, if any, and the end of the run. */
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
            players.catchUp(v, loop.now());
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
                if (!playback.done(v) && players.current(arg, true)) {
                    players.mainDone(v);
                }
                break;
            case PLAYLIST_DONE:
                if (players.current(arg, false)) {
                    players.playlistArrived(v);
                }
                break;
            case RELOAD:
                if (!playback.done(v)) {
                    players.reload(v);
                }
                break;
            case WAKE:
                if (!playback.done(v)) {
                    players.wake(v);
                }
                break;
            case LEAVE:
                if (!playback.done(v)) {
                    playback.advance(v, loop.now());
                    finish(v, false);
                }
                break;
            case STARTUP_TIMEOUT:
                if (table.state(v) == Playback.STARTING) {
                    finish(v, true);
                }
                break;
            case RETRY_MAIN:
                if (!playback.done(v)) {
                    players.sendMain(v);
                }
                break;
            case STEER:
                if (!playback.done(v)) {
                    pathways.refresh(v, loop.now());
                    scheduleSteering(v);
                }
                break;
            case ABANDON_CHECK:
                if (!playback.done(v)) {
                    players.checkAbandon(arg);
                }
                break;
            case RETRY_PLAYLIST:
                if (!playback.done(v)) {
                    players.sendPlaylist(v);
                }
                break;
            case END:
                for (int w = 0; w < joined; w++) {
                    if (!playback.done(w)) {
                        players.catchUp(w, loop.now());
                        playback.advance(w, loop.now());
                        finish(w, false);
                    }
                }
                break;
            default:
                throw new IllegalStateException("unknown player event " + kind);
        }
    }

    /** Reads the viewer's record ahead of an event due soon ({@code ViewerTable.touch}). */
    @Override
    public long touch(int kind, long arg) {
        return table.touch((int) arg);
    }

    /** The next viewer of the whole audience joins now; the join after it is scheduled. */
    private void join() {
        admit(joined, factory.draw(joined, loop.now()), joins.title());
        long next = joins.next();
        if (next != JoinTimes.NONE && next < end) {
            loop.schedule(Math.max(loop.now(), next), target, JOIN, 0);
        }
    }

    /** A viewer starts its session now: its record is filled and its player starts. */
    private void admit(int viewer, ViewerFactory.Viewer draw, int title) {
        int v = joined++;
        table.ensureCapacity(joined);
        latency.ensureCapacity(joined);
        long now = loop.now();
        table.admit(v, viewer, draw, title, lastMiles.variationStream(viewer), now);
        active++;
        players.start(v, now);
        if (now + draw.patience() < end) {
            loop.schedule(now + draw.patience(), target, STARTUP_TIMEOUT, v);
        }
        if (now + draw.sessionLength() < end) {
            loop.schedule(now + draw.sessionLength(), target, LEAVE, v);
        }
        scheduleSteering(v);
    }

    /** With content steering, the viewer's player loads the steering manifest again one TTL from now. */
    private void scheduleSteering(int v) {
        if (pathways.on() && loop.now() + pathways.ttl() < end) {
            loop.schedule(loop.now() + pathways.ttl(), target, STEER, v);
        }
    }

    /** The viewer leaves now, its buffer brought up to now: its session is recorded. */
    private void finish(int v, boolean joinFailed) {
        long now = loop.now();
        playback.stop(v, now);
        players.stop(v);
        active--;
        int region = table.region(v);
        int device = table.device(v);
        Session s = new Session(table.globalId(v), factory.regionNames().get(region),
                factory.deviceNames().get(device), factory.edgeName(table.edge(v)), table.joinedAt(v), now,
                playback.startupTime(v), joinFailed, table.stallTime(v), (int) table.stalls(v), table.playedTime(v),
                playback.averageBitrate(v), (int) table.switches(v), (int) table.segments(v), (int) table.errors(v),
                pathways.movedAt(v), live ? latency.of(v, table.playStart(v), table.stallTime(v), table.playedTime(v))
                        : -1);
        qoe[region * factory.deviceNames().size() + device].add(s);
        cdnQoe[factory.cdnOf(table.edge(v))].add(s);
        sessions.ended(s);
    }

    /** @return viewers who have joined so far */
    public int joined() {
        return joined;
    }

    /** @return viewers watching (joined and not yet left) */
    public int active() {
        return active;
    }

    /** @return the audience at the current time */
    public AudienceCount count() {
        return count(loop.now());
    }

    /**
     * Counts the audience at a time no earlier than the latest event run (a partitioned run counts each partition at
     * the end of a second, its clock just before it).
     *
     * @param now the time
     * @return the audience then
     */
    public AudienceCount count(long now) {
        downloads.closeSecond(now);
        tally.clear();
        for (int v = 0; v < joined; v++) {
            players.catchUp(v, now);
            tally.add(v, now);
        }
        return tally.count(active);
    }

    /**
     * @param regionIndex a region index ({@link ViewerFactory#regionNames()})
     * @param deviceIndex a device index ({@link ViewerFactory#deviceNames()})
     * @return the QoE of the sessions of that group that have ended (all of them once the run is over)
     */
    public QoeStats qoe(int regionIndex, int deviceIndex) {
        return qoe[regionIndex * factory.deviceNames().size() + deviceIndex];
    }

    /**
     * @param cdn a CDN's index (0 for a network of one)
     * @return the QoE of the ended sessions whose edge (at the end) was one of that CDN's
     */
    public QoeStats qoeOfCdn(int cdn) {
        return cdnQoe[cdn];
    }

    /**
     * @return what the steering service learned from these viewers since it was last cleared: the second's deliveries
     *         and errors, and the audience as last counted ({@link #count})
     */
    public Measures measures() {
        return measures;
    }

    /**
     * @return the content steering's counts: steering manifests loaded, moves to another CDN on a manifest, moves on
     *         a failed request
     */
    public long[] steeringCounts() {
        return new long[] {pathways.manifests(), pathways.movedOnRefresh(), pathways.movedOnError()};
    }

    /** @return the downloads through the links between the edges and these viewers */
    public Downloads downloads() {
        return downloads;
    }

    /** @return the viewer factory (names of regions and devices) */
    public ViewerFactory factory() {
        return factory;
    }
}
