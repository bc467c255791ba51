package io.cdnsim.player;

import io.cdnsim.content.Lineup;
import io.cdnsim.content.LiveChannel;
import io.cdnsim.content.Programme;
import io.cdnsim.kernel.EventLoop;
import io.cdnsim.model.PlayerSettings;
import io.cdnsim.model.UrlSpec;
import io.cdnsim.network.Network;
import io.cdnsim.network.Requests;
import io.cdnsim.steering.Measures;

/**
 * What a player fetches from its edge and what an answer tells the steering service: the request of each step of the
 * main chain and of the reload chain, sent to the edge the viewer uses now (its own, or the one a failure's DNS moved
 * it to, {@link Network#steer}); the bytes its CDN delivered; and what a failed request does (a retry after a backoff
 * doubling per failure in a row, or at once on another pathway when content steering moved the player).
 */
final class Fetches {

    private final EventLoop loop;
    private final int target;
    private final Network network;
    private final Lineup lineup;
    /** The low-latency channel watched, or null. */
    private final LiveChannel ll;
    /** Parts in a segment of the low-latency channel, else 1. */
    private final int partsPerSegment;
    private final UrlSpec urls;
    private final PlayerSettings settings;
    private final ViewerFactory factory;
    private final ViewerTable table;
    private final Pathways pathways;
    private final Measures measures;
    /** Whether the steering service reads the deliveries (cost steering). */
    private final boolean steered;
    /** The CMCD keys of each request, computed only for a request log. */
    private final Cmcd cmcd;

    /**
     * @param loop     the event loop
     * @param target   the viewers' handler in the loop, which runs the retries
     * @param network  the network whose edges the players talk to
     * @param setup    what the viewers watch and how their players behave
     * @param table    the viewers' records
     * @param pathways the players' content steering
     * @param measures what the steering service learns from these players
     * @param cmcd     the CMCD keys of each request, computed once a request log asks for them
     */
    Fetches(EventLoop loop, int target, Network network, ViewerSetup setup, ViewerTable table, Pathways pathways,
            Measures measures, Cmcd cmcd) {
        this.loop = loop;
        this.target = target;
        this.network = network;
        this.lineup = setup.lineup();
        this.ll = MediaUnits.lowLatency(lineup);
        this.partsPerSegment = ll == null ? 1 : ll.parts().perSegment();
        this.urls = setup.urls();
        this.settings = setup.player();
        this.factory = setup.factory();
        this.table = table;
        this.pathways = pathways;
        this.measures = measures;
        this.cmcd = cmcd;
        this.steered = factory.steering() != null && factory.steering().readsDeliveries();
    }

    /** Sends the request of the main chain's current step. */
    void sendMain(int v) {
        int r = Math.max(0, table.rendition(v));
        Programme p = lineup.programme(table.title(v));
        long object;
        boolean playlist = false;
        switch (table.step(v)) {
            case Players.STEP_MASTER:
                object = p.master();
                break;
            case Players.STEP_PLAYLIST:
                object = p.playlist(r);
                playlist = true;
                break;
            case Players.STEP_INIT:
                object = p.init(r);
                break;
            case Players.STEP_KEY:
                object = p.key(table.nextIndex(v) / partsPerSegment);
                break;
            case Players.STEP_PART:
                object = ll.part(r, table.nextIndex(v));
                break;
            default:
                object = p.segment(r, table.nextIndex(v) / partsPerSegment);
                break;
        }
        long variant = playlist ? urls.playlistVariant(table.globalId(v)) : urls.segmentVariant(table.globalId(v));
        long next = table.step(v) == Players.STEP_SEGMENT && table.nextIndex(v) < table.knownLatest(v)
                ? p.segment(r, table.nextIndex(v) + 1) : Requests.NO_NEXT;
        if (cmcd.on()) {
            cmcd.capture(v, true, table.step(v), next, loop.now());
        }
        network.request(edge(v), object, Requests.UNKNOWN_SIZE, variant, next, DownloadEnds.tag(v, true));
    }

    /**
     * Sends the reload chain's request: the media playlist of the viewer's rendition, or on a low-latency channel its
     * blocking reload for the part after the last one the viewer knows.
     */
    void sendPlaylist(int v) {
        table.setPlaylistInFlight(v, true);
        if (cmcd.on()) {
            cmcd.capture(v, false, Players.STEP_PLAYLIST, Requests.NO_NEXT, loop.now());
        }
        int r = Math.max(0, table.rendition(v));
        long object = ll == null ? lineup.programme(table.title(v)).playlist(r)
                : ll.blockingPlaylist(r, table.knownLatest(v) + 1);
        network.request(edge(v), object, urls.playlistVariant(table.globalId(v)), DownloadEnds.tag(v, false));
    }

    /** @return the edge the viewer uses now: its own, unless a failure has moved it to another of its region */
    int edge(int v) {
        int edge = network.steer(table.edge(v), v, true);
        if (edge != table.edge(v)) {
            pathways.sent(v, edge, loop.now());
        }
        return edge;
    }

    /** A body of {@code bytes} reached the viewer from the edge: the chain's failures end; its CDN delivered it. */
    void delivered(int v, boolean main, int edge, long bytes) {
        if (table.retries(v, main) != 0) {
            table.setRetries(v, main, 0);
        }
        if (steered) {
            measures.delivered(table.region(v), factory.cdnOf(edge), bytes);
        }
    }

    /**
     * A request failed; the player learns it at {@code at}: it retries after a backoff doubling per failure in a row,
     * or at once if content steering moved it to another pathway (CDN).
     *
     * @param v    the viewer
     * @param main whether the request was the main chain's
     * @param edge the edge that failed it
     * @param at   when the player learns it
     */
    void failed(int v, boolean main, int edge, long at) {
        table.setErrors(v, table.errors(v) + 1);
        int retry = (int) table.retries(v, main);
        boolean moved = pathways.failed(v, edge, at);
        table.setRetries(v, main, moved ? 0 : retry + 1);
        loop.schedule(at + (moved ? 0 : settings.retryDelay(retry)), target,
                main ? Viewers.RETRY_MAIN : Viewers.RETRY_PLAYLIST, v);
    }
}
