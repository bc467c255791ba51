package io.cdnsim.network;

import io.cdnsim.content.CacheControl;
import io.cdnsim.content.ObjectKind;
import io.cdnsim.metrics.Outcome;
import io.cdnsim.model.CacheSettings;
import java.util.Map;
import org.apache.commons.rng.UniformRandomProvider;

/**
 * A tier with a fixed hit ratio: it keeps no copies and answers each request as a HIT with a fixed probability (the
 * object's current version, dated now), else sends it upstream like any proxy ({@link Proxy}: collapsing, lock
 * timeouts, service time). For modelling a tier whose hit ratio is known rather than simulated.
 */
final class FixedRatioNode extends Proxy {

    private final UniformRandomProvider hitStream;
    private final double hitRatio;

    /**
     * @param context      where it is placed
     * @param settings     its behaviour (with a fixed hit ratio)
     * @param cacheControl the origin's directives per object kind
     * @param hitStream    the random stream its hits are drawn from
     */
    FixedRatioNode(NodeContext context, CacheSettings settings, Map<ObjectKind, CacheControl> cacheControl,
                   UniformRandomProvider hitStream) {
        super(context, settings, cacheControl);
        this.hitStream = hitStream;
        this.hitRatio = settings.fixedHitRatio();
    }

    @Override
    void receive(int req) {
        long obj = rq.object(req);
        ObjectKind kind = catalog.kind(obj);
        probe.arrived(kind, rq.counted(req));
        long now = loop.now();
        if (hitStream.nextDouble() < hitRatio) {
            long known = rq.objectSize(req);
            answer(req, Outcome.HIT, catalog.version(obj, now), now,
                    known == Requests.UNKNOWN_SIZE ? catalog.size(obj) : known, Long.MAX_VALUE);
        } else {
            forward(req, Requests.NO_VERSION, kind.ordinal());
        }
    }

    /** Holds nothing: never answers before {@link #receive}. */
    @Override
    boolean answerFromFreshCopy(long object, long key, long tag, boolean counted) {
        return false;
    }

    @Override
    long heldVersion(long key) {
        return Requests.NO_VERSION;
    }

    /**
     * The answer to a fetch arrived: it answers the requests that wait for it (a 304 cannot be used, no copy being
     * held, so the object is fetched again).
     *
     * @param fetch the answered fetch
     */
    @Override
    void onResponse(int fetch) {
        fetched(fetch);
        int status = rq.status(fetch);
        long version = rq.version(fetch);
        long date = honorAge ? rq.date(fetch) : loop.now();
        long size = rq.objectSize(fetch);
        long bps = rq.bottleneck(fetch);
        if (status == Requests.NOT_MODIFIED) {
            refetch(fetch);
            return;
        }
        Outcome ownerOutcome;
        Outcome waiterOutcome;
        if (status == Requests.ERROR) {
            ownerOutcome = Outcome.ERROR;
            waiterOutcome = Outcome.ERROR;
        } else {
            ownerOutcome = status == Requests.OK ? Outcome.MISS : Outcome.REFRESH_HIT;
            waiterOutcome = Outcome.COLLAPSED;
        }
        release(fetch, ownerOutcome, waiterOutcome, version, date, size, bps);
    }
}
