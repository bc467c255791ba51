package io.cdnsim.network;

import io.cdnsim.cache.EvictionPolicy;
import io.cdnsim.cache.KeyIndex;
import io.cdnsim.cache.ObjectStore;
import io.cdnsim.cache.SecondHitAdmission;
import io.cdnsim.content.CacheControl;
import io.cdnsim.content.ObjectKind;
import io.cdnsim.metrics.Outcome;
import io.cdnsim.metrics.UpstreamReason;
import io.cdnsim.model.CacheSettings;
import java.util.Map;

/**
 * A caching proxy that keeps copies: an edge POP, a mid-tier cache or a shield.
 *
 * <p>A request is answered from a fresh copy (HIT); from an expired copy within stale-while-revalidate, with one
 * revalidation started in the background (STALE); by joining a fetch already in flight for the object when collapsing
 * is on (COLLAPSED); or by a fetch of its own, conditional when an expired copy is held (REFRESH_HIT on a 304, MISS on
 * a full response). An upstream error is answered from the copy held by then, if it is fresh (another request's fetch
 * may have filled it meanwhile) or within stale-if-error (FALLBACK), else passed on (ERROR). Fetching, collapsing and
 * answering are every proxy's ({@link Proxy}).
 *
 * <p>Objects whose Cache-Control says no-store or private are never kept (a CDN's "pass", or Varnish's hit-for-pass
 * once it has seen the object is uncacheable). With "admit on second request", a fetched object is kept only if it
 * was missed before (recently enough to be remembered). A copy's freshness lifetime is the tier's clamp of the
 * origin's s-maxage (else max-age), counted from the response's Date (or from the fill, if the tier ignores Age); it
 * is not renewed by hits.
 */
public final class CacheNode extends Proxy {

    private final ObjectStore store;
    /** Admission on second request, or null to keep every fetched object. */
    private final SecondHitAdmission admission;
    private final long[] lifetime = new long[ObjectKind.count()];
    private final long[] staleWhileRevalidate = new long[ObjectKind.count()];
    private final long[] staleIfError = new long[ObjectKind.count()];
    /** Whether it fetches ahead the next object a request names (CMCD {@code nor}). */
    private final boolean prefetching;

    /**
     * @param context      where it is placed
     * @param settings     its behaviour (a real cache: no fixed hit ratio)
     * @param cacheControl the origin's directives per object kind
     */
    CacheNode(NodeContext context, CacheSettings settings, Map<ObjectKind, CacheControl> cacheControl) {
        super(context, settings, cacheControl);
        this.store = new ObjectStore(settings.capacityBytes(), EvictionPolicy.named(settings.eviction()));
        this.admission = settings.admissionCells() > 0 ? new SecondHitAdmission(settings.admissionCells()) : null;
        this.prefetching = settings.prefetch();
        for (ObjectKind k : ObjectKind.values()) {
            CacheControl cc = cacheControl.getOrDefault(k, CacheControl.NONE);
            lifetime[k.ordinal()] = settings.ttl().lifetime(cc);
            staleWhileRevalidate[k.ordinal()] = Math.max(0, cc.staleWhileRevalidate());
            staleIfError[k.ordinal()] = Math.max(0, cc.staleIfError());
        }
    }

    @Override
    void receive(int req) {
        long next = rq.next(req);
        long variant = rq.variant(req);
        answerOrForward(req);
        prefetch(next, variant);
    }

    /** A request arrives now: answered from a copy, or sent upstream (joining a fetch in flight, or one of its own). */
    private void answerOrForward(int req) {
        long obj = rq.object(req);
        long key = rq.cacheKey(req);
        ObjectKind kind = catalog.kind(obj);
        probe.arrived(kind, rq.counted(req));
        long now = loop.now();
        int k = kind.ordinal();
        int s = store.find(key);
        if (s == ObjectStore.ABSENT) {
            forward(req, Requests.NO_VERSION, k);
            return;
        }
        long expires = store.date(s) + lifetime[k];
        if (now < expires) {
            store.use(s);
            answerFromCopy(req, s, Outcome.HIT);
        } else if (now < expires + staleWhileRevalidate[k]) {
            store.use(s);
            answerFromCopy(req, s, Outcome.STALE);
            if (inflight.get(key) == KeyIndex.ABSENT) {
                startFetch(req, Requests.NONE, store.version(s), true, UpstreamReason.BACKGROUND);
            }
        } else {
            store.use(s);
            forward(req, store.version(s), k);
        }
    }

    @Override
    boolean answerFromFreshCopy(long object, long key, long tag, boolean counted) {
        int s = store.find(key);
        if (s == ObjectStore.ABSENT) {
            return false;
        }
        ObjectKind kind = catalog.kind(object);
        long now = loop.now();
        if (now >= store.date(s) + lifetime[kind.ordinal()]) {
            return false;
        }
        probe.arrived(kind, counted);
        store.use(s);
        long size = store.size(s);
        probe.answered(object, kind, Outcome.HIT, size, serviceTime(), counted);
        answerViewer(tag, object, now, store.version(s), size, counted);
        return true;
    }

    @Override
    void prefetch(long next, long variant) {
        if (!prefetching || next == Requests.NO_NEXT || noStore[catalog.kind(next).ordinal()]) {
            return;
        }
        long key = Requests.cacheKey(next, variant);
        if (store.find(key) == ObjectStore.ABSENT && inflight.get(key) == KeyIndex.ABSENT) {
            startPrefetch(next, variant, key);
        }
    }

    @Override
    long heldVersion(long key) {
        int s = store.find(key);
        return s == ObjectStore.ABSENT ? Requests.NO_VERSION : store.version(s);
    }

    @Override
    void onResponse(int fetch) {
        long now = loop.now();
        long obj = rq.object(fetch);
        long key = rq.cacheKey(fetch);
        fetched(fetch);
        int status = rq.status(fetch);
        long version = rq.version(fetch);
        long date = honorAge ? rq.date(fetch) : now;
        long size = rq.objectSize(fetch);
        long bps = rq.bottleneck(fetch);
        Outcome ownerOutcome;
        Outcome waiterOutcome;
        if (status == Requests.NOT_MODIFIED) {
            if (store.find(key) == ObjectStore.ABSENT) {
                refetch(fetch);
                return;
            }
            bps = Long.MAX_VALUE;
        }
        if (status == Requests.ERROR) {
            int s = store.find(key);
            int k = catalog.kind(obj).ordinal();
            long expires = s == ObjectStore.ABSENT ? Long.MIN_VALUE : store.date(s) + lifetime[k];
            if (s != ObjectStore.ABSENT && now < expires + staleIfError[k]) {
                ownerOutcome = Outcome.FALLBACK;
                waiterOutcome = Outcome.FALLBACK;
                version = store.version(s);
                date = store.date(s);
                size = store.size(s);
                bps = Long.MAX_VALUE;
            } else {
                ownerOutcome = Outcome.ERROR;
                waiterOutcome = Outcome.ERROR;
            }
        } else {
            ownerOutcome = status == Requests.OK ? Outcome.MISS : Outcome.REFRESH_HIT;
            waiterOutcome = Outcome.COLLAPSED;
            if (!noStore[catalog.kind(obj).ordinal()]) {
                int s = store.find(key);
                if (status == Requests.OK && s != ObjectStore.ABSENT) {
                    store.remove(s);
                    s = ObjectStore.ABSENT;
                }
                if (s == ObjectStore.ABSENT) {
                    s = keep(key, size);
                } else {
                    store.use(s);
                }
                if (s != ObjectStore.ABSENT) {
                    store.setValidated(s, date, version);
                }
            }
        }
        release(fetch, ownerOutcome, waiterOutcome, version, date, size, bps);
    }

    private void answerFromCopy(int req, int s, Outcome outcome) {
        answer(req, outcome, store.version(s), store.date(s), store.size(s), Long.MAX_VALUE);
    }

    /**
     * Stores a fetched object, if admission lets it (see {@link ObjectStore#admit}).
     *
     * @param key  its cache key (not stored yet)
     * @param size its size in bytes
     * @return its slot, or {@link ObjectStore#ABSENT} if not kept
     */
    int keep(long key, long size) {
        return admission == null || admission.admit(key) ? store.admit(key, size) : ObjectStore.ABSENT;
    }

    /**
     * @param kind an object kind's ordinal
     * @return the freshness lifetime of its copies, microseconds
     */
    long lifetime(int kind) {
        return lifetime[kind];
    }

    /**
     * Places a copy of an object before the run (pre-positioning), fresh from time 0, without evicting anything.
     *
     * @param object the object
     * @return false if the object does not fit in the room left
     */
    public boolean preload(long object) {
        if (store.find(object) != ObjectStore.ABSENT) {
            return true;
        }
        long size = catalog.size(object);
        if (store.usedBytes() + size > store.capacityBytes()) {
            return false;
        }
        store.setValidated(store.admit(object, size), 0, catalog.version(object, 0));
        return true;
    }

    /** @return its copies */
    public ObjectStore store() {
        return store;
    }
}
