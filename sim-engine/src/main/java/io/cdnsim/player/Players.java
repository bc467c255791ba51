package io.cdnsim.player;

import io.cdnsim.bandwidth.DownloadReceiver;
import io.cdnsim.bandwidth.Downloads;
import io.cdnsim.content.Lineup;
import io.cdnsim.content.LiveChannel;
import io.cdnsim.content.Programme;
import io.cdnsim.kernel.EventLoop;
import io.cdnsim.network.ClientSink;
import io.cdnsim.network.Network;
import io.cdnsim.network.Requests;
import io.cdnsim.steering.Measures;

/**
 * Every viewer's player as a machine of requests: what each asks for next, what it does with an answer, and when.
 * {@link Viewers} runs the events this schedules.
 *
 * <p>Two chains of requests. The main one fetches the master manifest, its rendition's media playlist and init
 * segment, then segments one after another from where its {@link Programme} says (live: {@code holdbackSegments}
 * behind the playlist's live edge), the ABR rule picking each segment's rendition (a new one's init segment fetched
 * once) and, if encrypted, the key of its key period unless held. It keeps at most the device's maximum buffer and
 * asks only for listed segments, so a stale playlist delays it. The reload chain fetches a live playlist once per
 * segment duration. Errors are retried after a backoff doubling up to 8 s. Requests go to the viewer's edge, or the
 * one a failure moved it to ({@link Network#steer}). A body is a download through the edge's links
 * ({@link Downloads}), ending an RTT after its last byte left; one after which the viewer can only wait for the next
 * playlist costs no event (applied at its next event, {@link #catchUp}, unless a playlist listing more comes first).
 *
 * <p>On a low-latency channel (as hls.js plays one in low-latency mode) the player counts in parts: it starts in the
 * part PART-HOLD-BACK behind the end of the last one its first playlist lists, fetches parts while they are listed
 * (the last three target durations) and a whole segment at a segment boundary behind them; its reload chain makes
 * blocking reloads, one after another, each asking for the playlist that lists the part after the last one it knows
 * ({@code _HLS_msn}, {@code _HLS_part}), which the network holds until that part is published.
 */
final class Players implements ClientSink, DownloadReceiver {

    /** The main chain's step: what it asks for. */
    static final int STEP_MASTER = 0;
    static final int STEP_PLAYLIST = 1;
    static final int STEP_INIT = 2;
    static final int STEP_SEGMENT = 3;
    static final int STEP_KEY = 4;
    static final int STEP_PART = 5;

    /** The main chain's status: a request under way, or waiting for room in the buffer, or for a playlist. */
    private static final int BUSY = 0;
    private static final int WAIT_ROOM = 1;
    private static final int WAIT_PLAYLIST = 2;
    /** The segment-done time when no download has ended without its event being scheduled. */
    private static final long NOT_DEFERRED = Long.MIN_VALUE;

    private final EventLoop loop;
    private final int target;
    private final Lineup lineup;
    private final AbrRule abr;
    private final long end;
    private final long segment;
    private final int holdback;
    private final ViewerTable table;
    private final Playback playback;
    private final LastMiles lastMiles;
    private final ThroughputEstimate estimate;
    private final PlayerView view;
    private final Downloads downloads;
    private final DownloadEnds ends;
    private final Pathways pathways;
    private final Fetches fetches;
    private final Abandonment abandonment;
    private final LiveLatency latency;
    /** The low-latency channel watched, or null. */
    private final LiveChannel ll;
    private final MediaUnits units;

    /**
     * @param loop      the event loop
     * @param target    the viewers' handler in the loop ({@link Viewers}), which runs the events scheduled here
     * @param network   the network whose edges the players talk to
     * @param setup     what the viewers watch and how their players behave
     * @param table     the viewers' records
     * @param playback  their playback
     * @param lastMiles their last miles
     * @param downloads the downloads through the edges' links
     * @param pathways  the players' content steering
     * @param measures  what the steering service learns from this partition's players
     * @param cmcd      the CMCD keys of each request, computed once a request log asks for them
     * @param latency   their live latency
     */
    Players(EventLoop loop, int target, Network network, ViewerSetup setup, ViewerTable table, Playback playback,
            LastMiles lastMiles, Downloads downloads, Pathways pathways, Measures measures, Cmcd cmcd,
            LiveLatency latency) {
        this.latency = latency;
        this.units = new MediaUnits(table, setup.lineup(), setup.lineup().segmentDuration());
        this.ll = units.lowLatency();
        this.loop = loop;
        this.target = target;
        this.lineup = setup.lineup();
        this.abr = setup.abr();
        this.end = setup.end();
        this.segment = lineup.segmentDuration();
        this.holdback = setup.player().holdbackSegments();
        this.table = table;
        this.playback = playback;
        this.lastMiles = lastMiles;
        this.estimate = new ThroughputEstimate(table);
        this.downloads = downloads;
        this.ends = new DownloadEnds(downloads);
        this.pathways = pathways;
        this.fetches = new Fetches(loop, target, network, setup, table, pathways, measures, cmcd);
        this.view = new PlayerView(loop, table, estimate, ends, lineup.ladder(), segment);
        this.abandonment = new Abandonment(setup.player().abandonRequestsRule(), loop, target, downloads, table);
        downloads.setReceiver(this);
    }

    /** A viewer whose record holds who it is joins now: its player asks for the master manifest. */
    void start(int v, long now) {
        ends.admit(v);
        abandonment.admit(v);
        lastMiles.start(v);
        estimate.start(v);
        playback.start(v, now);
        table.setRendition(v, -1);
        table.setKnownLatest(v, -1);
        table.setKeyHeld(v, -1);
        table.setSegmentDoneAt(v, NOT_DEFERRED);
        table.setStep(v, STEP_MASTER);
        pathways.start(v);
        sendMain(v);
    }

    /** @return what the viewer watches */
    private Programme programme(int v) {
        return lineup.programme(table.title(v));
    }

    /** Sends the request of the main chain's current step. */
    void sendMain(int v) {
        table.setMainStatus(v, BUSY);
        fetches.sendMain(v);
    }

    /** Sends the reload chain's request: the media playlist of the viewer's rendition. */
    void sendPlaylist(int v) {
        fetches.sendPlaylist(v);
    }

    @Override
    public void answered(long tag, int edge, int status, long sentAt, long firstByteAt, long version, long body,
                         long bottleneck, boolean counted) {
        int v = (int) (tag >>> 1);
        boolean main = (tag & 1) == 0;
        if (gone(v, main)) {
            return;
        }
        if (status == Requests.ERROR) {
            fetches.failed(v, main, edge, lastMiles.firstByte(v, firstByteAt));
            return;
        }
        fetches.delivered(v, main, edge, body);
        if (!main) {
            table.setPlaylistVersion(v, version);
        } else if (table.step(v) == STEP_PLAYLIST) {
            table.setMainVersion(v, version);
        }
        long firstBit = lastMiles.firstBitAt(v, firstByteAt);
        ends.firstBit(v, main, firstBit);
        if (main && table.step(v) == STEP_SEGMENT) {
            abandonment.watch(v, body * (double) Byte.SIZE, firstBit);
        }
        downloads.start(tag, edge, sentAt, firstByteAt, body * (double) Byte.SIZE,
                lastMiles.transferMicros(v, sentAt, firstByteAt, body, bottleneck));
    }

    /** @return whether the viewer has left (a playlist it was reloading no longer counts as in flight) */
    private boolean gone(int v, boolean main) {
        if (playback.done(v) && !main) {
            table.setPlaylistInFlight(v, false);
        }
        return playback.done(v);
    }

    @Override
    public void lastByte(long tag, long lastByteAt, long sentAt, double bits) {
        int v = (int) (tag >>> 1);
        boolean main = (tag & 1) == 0;
        if (gone(v, main)) {
            return;
        }
        long done = lastMiles.firstByte(v, lastByteAt);
        if (!main) {
            loop.schedule(done, target, Viewers.PLAYLIST_DONE, ends.argument(v, false));
            return;
        }
        int step = table.step(v);
        if (step == STEP_SEGMENT || step == STEP_PART) {
            ends.sample(v, bits, sentAt, done);
            if (units.willWaitForPlaylist(v, programme(v).live())) {
                table.setSegmentDoneAt(v, done);
                return;
            }
        }
        loop.schedule(done, target, Viewers.MAIN_DONE, ends.argument(v, true));
    }

    @Override
    public void delayed(long tag) {
        int v = (int) (tag >>> 1);
        if ((tag & 1) == 0) {
            table.setSegmentDoneAt(v, NOT_DEFERRED);
            if (table.step(v) == STEP_SEGMENT) {
                abandonment.held(v);
            }
        }
    }

    /** A check of the abandonment rule is due: the viewer may give up its segment download and ask again, lower. */
    void checkAbandon(long argument) {
        int v = (int) argument;
        if (abandonment.current(argument) && table.mainStatus(v) == BUSY && table.step(v) == STEP_SEGMENT) {
            playback.advance(v, loop.now());
            int r = abandonment.decide(v, view.of(v), table.nextIndex(v));
            if (r != Abandonment.KEEP) {
                table.setSegmentDoneAt(v, NOT_DEFERRED);
                table.setSwitches(v, table.switches(v) + 1);
                table.setRendition(v, r);
                table.setStep(v, !table.hasInit(v, r) ? STEP_INIT : units.needsKey(v) ? STEP_KEY : STEP_SEGMENT);
                sendMain(v);
            }
        }
    }

    /** @return whether an end event's argument names the download's latest announced end */
    boolean current(long argument, boolean main) {
        return ends.current(argument, main);
    }

    @Override
    public long touch(long tag) {
        return table.touch((int) (tag >>> 1));
    }

    /** The main chain's download ended now. */
    void mainDone(int v) {
        playback.advance(v, loop.now());
        switch (table.step(v)) {
            case STEP_MASTER:
                table.setRendition(v, view.choose(abr, v));
                table.setStep(v, STEP_PLAYLIST);
                sendMain(v);
                break;
            case STEP_PLAYLIST:
                Programme p = programme(v);
                table.setKnownLatest(v, Math.max(table.knownLatest(v), p.lastIndex(table.mainVersion(v))));
                if (ll != null) {
                    table.setNextIndex(v, ll.startPart(loop.now(), table.knownLatest(v)));
                    sendPlaylist(v);
                } else {
                    table.setNextIndex(v, p.startIndex(loop.now(), table.knownLatest(v), holdback));
                    if (p.live()) {
                        loop.schedule(loop.now() + segment, target, Viewers.RELOAD, v);
                    }
                }
                if (p.live()) {
                    latency.start(v, p.captureTime(table.nextIndex(v)));
                }
                table.setStep(v, STEP_INIT);
                sendMain(v);
                break;
            case STEP_INIT:
                table.addInit(v, table.rendition(v));
                table.setStep(v, units.needsKey(v) ? STEP_KEY : units.step(v));
                sendMain(v);
                break;
            case STEP_KEY:
                table.setKeyHeld(v, units.keyPeriod(v));
                table.setStep(v, units.step(v));
                sendMain(v);
                break;
            default:
                segmentArrived(v, loop.now());
                next(v);
                break;
        }
    }

    /**
     * The segment the viewer was downloading arrived at {@code time}: its throughput sample joins the estimate, it
     * joins the buffer, the next one is due.
     */
    private void segmentArrived(int v, long time) {
        estimate.add(v, ends.bits(v), ends.seconds(v));
        if (ll == null) {
            playback.addSegment(v, time);
        } else {
            playback.addMedia(v, time, units.duration(v, table.step(v)));
        }
        table.setNextIndex(v, table.nextIndex(v) + units.advance(v));
    }

    /**
     * Applies a segment download that ended, without an event of its own, at or before {@code time}: the viewer's
     * state becomes what the download's event would have made it at its end, the main chain waiting for the playlist.
     */
    void catchUp(int v, long time) {
        long at = table.segmentDoneAt(v);
        if (at != NOT_DEFERRED && at <= time) {
            table.setSegmentDoneAt(v, NOT_DEFERRED);
            playback.advance(v, at);
            segmentArrived(v, at);
            table.setMainStatus(v, WAIT_PLAYLIST);
        }
    }

    /** The viewer leaves: a download that ended without its event no longer matters. */
    void stop(int v) {
        table.setSegmentDoneAt(v, NOT_DEFERRED);
    }

    /** The main chain was waiting for room in the buffer, or pausing as its ABR rule asked: it may go on now. */
    void wake(int v) {
        if (table.mainStatus(v) == WAIT_ROOM) {
            playback.advance(v, loop.now());
            next(v);
        }
    }

    /** The main chain is free: fetch the next segment if there is room and the playlist lists it, else wait. */
    private void next(int v) {
        long now = loop.now();
        long unit = ll == null ? segment : units.duration(v, units.step(v));
        if (table.buffer(v) + unit > table.maxBuffer(v)) {
            table.setMainStatus(v, WAIT_ROOM);
            if (table.state(v) == Playback.PLAYING) {
                loop.schedule(now + table.buffer(v) + unit - table.maxBuffer(v), target, Viewers.WAKE, v);
            }
            return;
        }
        if (table.nextIndex(v) > table.knownLatest(v)) {
            table.setMainStatus(v, WAIT_PLAYLIST);
            if (!programme(v).live()) {
                titleDownloaded(v);
            }
            return;
        }
        int r = view.choose(abr, v);
        if (r != table.rendition(v)) {
            table.setSwitches(v, table.switches(v) + 1);
            table.setRendition(v, r);
        }
        if (view.pauseMicros() > 0) {
            table.setMainStatus(v, WAIT_ROOM);
            loop.schedule(now + view.pauseMicros(), target, Viewers.WAKE, v);
            return;
        }
        lastMiles.vary(v);
        table.setStep(v, !table.hasInit(v, r) ? STEP_INIT : units.needsKey(v) ? STEP_KEY : units.step(v));
        sendMain(v);
    }

    /**
     * An on-demand viewer has every segment of its title: playback starts or resumes with what is buffered (there
     * is nothing more to wait for) and the viewer leaves when it has played it.
     */
    private void titleDownloaded(int v) {
        long now = loop.now();
        playback.resume(v, now);
        if (now + table.buffer(v) < end) {
            loop.schedule(now + table.buffer(v), target, Viewers.LEAVE, v);
        }
    }

    /** A live playlist is due again: reloaded unless a reload is still under way; the next one is scheduled. */
    void reload(int v) {
        if (!table.playlistInFlight(v)) {
            sendPlaylist(v);
        }
        loop.schedule(loop.now() + segment, target, Viewers.RELOAD, v);
    }

    /** The reload chain's playlist arrived now. */
    void playlistArrived(int v) {
        table.setPlaylistInFlight(v, false);
        if (!playback.done(v)) {
            table.setKnownLatest(v, Math.max(table.knownLatest(v), table.playlistVersion(v)));
            playlistDone(v);
            if (ll != null) {
                sendPlaylist(v);
            }
        }
    }

    private void playlistDone(int v) {
        if (table.mainStatus(v) == WAIT_PLAYLIST && table.nextIndex(v) <= table.knownLatest(v)) {
            playback.advance(v, loop.now());
            next(v);
        } else if (table.segmentDoneAt(v) != NOT_DEFERRED && table.nextIndex(v) + units.advance(v) <= table.knownLatest(v)) {
            loop.schedule(table.segmentDoneAt(v), target, Viewers.MAIN_DONE, ends.argument(v, true));
            table.setSegmentDoneAt(v, NOT_DEFERRED);
        }
    }
}
