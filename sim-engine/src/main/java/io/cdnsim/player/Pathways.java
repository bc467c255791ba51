package io.cdnsim.player;

import io.cdnsim.model.SteeringSpec;
import io.cdnsim.steering.Shares;
import io.cdnsim.steering.Steering;
import java.util.Arrays;
import java.util.Optional;

/**
 * The players' content steering (N8), as hls.js does it (its content-steering controller; HLS and DASH-IF Content
 * Steering): the pathways are the CDNs; a player loads the steering manifest when it starts and again every TTL, and
 * uses the first pathway of the priority list that is not penalised; a request that fails penalises the pathway it
 * went by (from then, for the penalty) and moves the player at once to the first pathway not penalised, if there is
 * one. A penalty is looked at again only when the priority is (a manifest, or another failure), as hls.js does.
 *
 * <pre>
 * start(v):    manifests++
 * refresh(v):  manifests++; drop penalties older than the penalty
 *              p = the server's priority for (region, the viewer's own number) without the penalised pathways
 *              if p is not the viewer's CDN: move to p (an edge of p in its region)
 * failed(v):   penalise the CDN of the edge the request went to (unless it is already)
 *              drop penalties older than the penalty; p as above; move to p if it differs
 * </pre>
 * The server's priority list is its policy's shares ({@link Shares#firstNotSkipped}): the CDN the viewer's own number
 * falls on, then the others by share. The manifest's own round trip is not modelled: a player keeps fetching from its
 * pathway while the manifest loads.
 */
final class Pathways {

    /** A CDN not penalised. */
    private static final long NOT_PENALISED = Long.MIN_VALUE;

    private final boolean on;
    private final long ttl;
    private final long penalty;
    private final Steering steering;
    private final ViewerFactory factory;
    private final ViewerTable table;
    private final int cdns;
    private final boolean[] skipped;
    private long[] penalisedAt;
    private long manifests;
    private long movedOnRefresh;
    private long movedOnError;

    /**
     * @param content  the players' content steering, or empty (players without: nothing happens here)
     * @param factory  the viewer factory (its steering service, whose shares are the priority lists; the CDNs' edges
     *                 by region; the viewers' own numbers)
     * @param table    the viewers' records
     */
    Pathways(Optional<SteeringSpec.ContentSteering> content, ViewerFactory factory, ViewerTable table) {
        this.on = content.isPresent();
        this.ttl = content.map(SteeringSpec.ContentSteering::ttl).orElse(0L);
        this.penalty = content.map(SteeringSpec.ContentSteering::penalty).orElse(0L);
        this.steering = factory.steering();
        this.factory = factory;
        this.table = table;
        this.cdns = factory.cdnCount();
        this.skipped = new boolean[cdns];
        this.penalisedAt = new long[0];
    }

    /** @return whether the players use content steering */
    boolean on() {
        return on;
    }

    /** @return how often a player loads the steering manifest again, microseconds */
    long ttl() {
        return ttl;
    }

    /** A player starts: it loads the steering manifest (the join's CDN is the one its first pathway names). */
    void start(int v) {
        if (!on) {
            return;
        }
        int need = (v + 1) * cdns;
        if (penalisedAt.length < need) {
            int from = penalisedAt.length;
            penalisedAt = Arrays.copyOf(penalisedAt, Math.max(need, 2 * penalisedAt.length));
            Arrays.fill(penalisedAt, from, penalisedAt.length, NOT_PENALISED);
        }
        Arrays.fill(penalisedAt, v * cdns, need, NOT_PENALISED);
        manifests++;
    }

    /** The player loads the steering manifest again now; it moves if the first pathway it may use changed. */
    void refresh(int v, long now) {
        manifests++;
        if (move(v, now)) {
            movedOnRefresh++;
        }
    }

    /**
     * A request of the player failed now.
     *
     * @param v    the viewer
     * @param edge the edge the request went to
     * @param now  now
     * @return whether the player moved to another pathway (and may ask it at once)
     */
    boolean failed(int v, int edge, long now) {
        if (!on) {
            return false;
        }
        int c = v * cdns + factory.cdnOf(edge);
        if (penalisedAt[c] == NOT_PENALISED) {
            penalisedAt[c] = now;
        }
        boolean moved = move(v, now);
        if (moved) {
            movedOnError++;
        }
        return moved;
    }

    /** Drops expired penalties, finds the first pathway not penalised, and moves the viewer there if it differs. */
    private boolean move(int v, long now) {
        for (int c = 0; c < cdns; c++) {
            long at = penalisedAt[v * cdns + c];
            if (at != NOT_PENALISED && now - at > penalty) {
                penalisedAt[v * cdns + c] = NOT_PENALISED;
            }
        }
        int region = table.region(v);
        for (int c = 0; c < cdns; c++) {
            skipped[c] = penalisedAt[v * cdns + c] != NOT_PENALISED || !factory.serves(region, c);
        }
        int to = steering.shares().firstNotSkipped(region, factory.ownNumber(table.globalId(v)), skipped);
        if (to < 0 || to == factory.cdnOf(table.edge(v))) {
            return false;
        }
        table.setEdge(v, factory.edgeOf(region, to, table.globalId(v)));
        return true;
    }

    /** @return steering manifests the players loaded */
    long manifests() {
        return manifests;
    }

    /** @return moves to another CDN on a manifest */
    long movedOnRefresh() {
        return movedOnRefresh;
    }

    /** @return moves to another CDN on a failed request */
    long movedOnError() {
        return movedOnError;
    }
}
