package io.cdnsim.network;

import io.cdnsim.cache.EvictionPolicy;
import io.cdnsim.cache.KeyIndex;
import io.cdnsim.cache.ObjectStore;
import io.cdnsim.cache.SecondHitAdmission;
import io.cdnsim.content.CacheControl;
import io.cdnsim.content.Catalog;
import io.cdnsim.content.ObjectKind;
import io.cdnsim.kernel.EventHandler;
import io.cdnsim.metrics.NodeProbe;
import io.cdnsim.metrics.NodeStats;
import io.cdnsim.metrics.Outcome;
import io.cdnsim.model.CacheSettings;
import java.util.Map;
import org.apache.commons.rng.UniformRandomProvider;

/**
 * A caching proxy: an edge POP, a mid-tier cache or a shield.
 *
 * <p>A request is answered from a fresh copy (HIT); from an expired copy within stale-while-revalidate, with one
 * revalidation started in the background (STALE); by joining a fetch already in flight for the object when collapsing
 * is on (COLLAPSED); or by a fetch of its own, conditional when an expired copy is held (REFRESH_HIT on a 304, MISS on
 * a full response). An upstream error is answered from an expired copy within stale-if-error (STALE), else passed on
 * (ERROR). With a fixed hit ratio the node keeps no copies and answers a HIT with that probability.
 *
 * <p>Objects whose Cache-Control says no-store or private are never kept and never collapsed: a response meant for
 * one requester is not handed to others, so every request for them goes upstream on its own (a CDN's "pass", or
 * Varnish's hit-for-pass once it has seen the object is uncacheable). With
 * "admit on second request", a fetched object is kept only if it was missed before (recently enough to be
 * remembered).
 * A copy's freshness lifetime is the tier's clamp of the origin's s-maxage (else max-age), counted from the
 * response's Date (or from the fill, if the tier ignores Age); it is not renewed by hits.
 */
public final class CacheNode implements EventHandler {

    private final int index;
    private final int tier;
    private final Network network;
    private final Requests rq;
    private final Catalog catalog;
    private final NodeStats stats = new NodeStats();
    private final NodeProbe probe;
    private final ObjectStore store;
    private final SecondHitAdmission admission;
    private final UniformRandomProvider hitStream;
    private final double hitRatio;
    private final boolean collapsing;
    private final boolean honorAge;
    private final long lockTimeout;
    private final long serviceTime;
    private final long headerBytes;
    private final long[] lifetime = new long[ObjectKind.count()];
    private final long[] staleWhileRevalidate = new long[ObjectKind.count()];
    private final long[] staleIfError = new long[ObjectKind.count()];
    private final boolean[] noStore = new boolean[ObjectKind.count()];
    private final KeyIndex inflight = new KeyIndex();
    private long hitDate;
    private long hitVersion;

    /**
     * @param index        node number
     * @param tier         tier index
     * @param network      the network it is placed in
     * @param settings     its behaviour
     * @param cacheControl the origin's directives per object kind
     * @param hitStream    random stream for a fixed hit ratio (unused otherwise)
     */
    CacheNode(int index, int tier, Network network, CacheSettings settings, Map<ObjectKind, CacheControl> cacheControl,
              UniformRandomProvider hitStream) {
        this.index = index;
        this.tier = tier;
        this.network = network;
        this.rq = network.requests();
        this.catalog = network.catalog();
        this.probe = new NodeProbe(stats, network.series(), tier, network.warmupEnd());
        this.hitStream = hitStream;
        this.hitRatio = settings.fixedHitRatio();
        this.store = settings.hasFixedHitRatio() ? null
                : new ObjectStore(settings.capacityBytes(), EvictionPolicy.named(settings.eviction()));
        this.admission = settings.admissionCells() > 0 && store != null
                ? new SecondHitAdmission(settings.admissionCells()) : null;
        this.collapsing = settings.collapsing();
        this.honorAge = settings.honorAge();
        this.lockTimeout = settings.lockTimeout();
        this.serviceTime = settings.serviceTime();
        this.headerBytes = network.headerBytes();
        for (ObjectKind k : ObjectKind.values()) {
            CacheControl cc = cacheControl.getOrDefault(k, CacheControl.NONE);
            lifetime[k.ordinal()] = settings.ttl().lifetime(cc);
            staleWhileRevalidate[k.ordinal()] = Math.max(0, cc.staleWhileRevalidate());
            staleIfError[k.ordinal()] = Math.max(0, cc.staleIfError());
            noStore[k.ordinal()] = cc.noStore();
        }
    }

    @Override
    public void handle(int kind, long arg) {
        switch (kind) {
            case Network.REQUEST:
                receive((int) arg);
                break;
            case Network.RESPONSE:
                onResponse((int) arg);
                break;
            case Network.LOCK_TIMEOUT:
                onLockTimeout((int) (arg & ((1 << Network.TIMER_SLOT_BITS) - 1)),
                        (int) (arg >>> Network.TIMER_SLOT_BITS));
                break;
            default:
                throw new IllegalStateException("unknown event kind " + kind);
        }
    }

    /**
     * A request arrives now.
     *
     * @param req its slot
     */
    void receive(int req) {
        long obj = rq.object(req);
        long key = rq.cacheKey(req);
        ObjectKind kind = catalog.kind(obj);
        probe.arrived(kind, rq.counted(req));
        long now = network.loop().now();
        if (store == null) {
            if (hitStream.nextDouble() < hitRatio) {
                long known = rq.objectSize(req);
                answer(req, Outcome.HIT, catalog.version(obj, now), now,
                        known == Requests.UNKNOWN_SIZE ? catalog.size(obj) : known, Long.MAX_VALUE);
            } else {
                forward(req, Requests.NO_VERSION, kind.ordinal());
            }
            return;
        }
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
                startFetch(req, Requests.NONE, store.version(s), true);
            }
        } else {
            store.use(s);
            forward(req, store.version(s), k);
        }
    }

    /**
     * A viewer's request arrives now: if a fresh copy holds its object, it is answered from it at once (HIT), without
     * a request slot, counting what {@link #receive} and {@link #answer} count; else nothing happens and the caller
     * sends it through {@link #receive}.
     *
     * @param object  the object
     * @param key     its cache key
     * @param tag     the viewer's tag
     * @param counted whether the statistics count it
     * @return whether it was answered
     */
    boolean answerFromFreshCopy(long object, long key, long tag, boolean counted) {
        if (store == null) {
            return false;
        }
        int s = store.find(key);
        if (s == ObjectStore.ABSENT) {
            return false;
        }
        ObjectKind kind = catalog.kind(object);
        long now = network.loop().now();
        if (now >= store.date(s) + lifetime[kind.ordinal()]) {
            return false;
        }
        probe.arrived(kind, counted);
        store.use(s);
        long size = store.size(s);
        probe.answered(kind, Outcome.HIT, size, serviceTime, counted);
        network.answerClient(tag, Requests.OK, now, now + serviceTime, store.version(s), size, Long.MAX_VALUE,
                counted);
        return true;
    }

    /** Sends a request upstream: by joining a fetch in flight for it when it may, else by a fetch of its own. */
    private void forward(int req, long condVersion, int kind) {
        boolean collapse = collapsing && !noStore[kind];
        if (collapse) {
            int fetch = inflight.get(rq.cacheKey(req));
            if (fetch != KeyIndex.ABSENT) {
                join(fetch, req);
                return;
            }
        }
        startFetch(req, req, condVersion, collapse);
    }

    private void join(int fetch, int req) {
        probe.waiting(rq.addWaiter(fetch, req), rq.counted(req));
        if (lockTimeout != Long.MAX_VALUE && !rq.timerArmed(fetch)) {
            rq.setTimerArmed(fetch, true);
            network.armLockTimer(index, fetch, rq.arrivedAt(rq.firstWaiter(fetch)) + lockTimeout);
        }
    }

    /**
     * Sends a fetch upstream for the object (and URL variant) of request {@code like}.
     *
     * @param like        the request whose object is fetched
     * @param owner       the request the fetch answers, or {@link Requests#NONE} for a background revalidation
     * @param condVersion the version held, or {@link Requests#NO_VERSION}
     * @param register    whether later requests may join it
     */
    private void startFetch(int like, int owner, long condVersion, boolean register) {
        boolean counted = owner != Requests.NONE ? rq.counted(owner)
                : probe.counts(network.loop().now());
        int fetch = network.send(index, rq.object(like), rq.variant(like), rq.objectSize(like), condVersion,
                counted);
        rq.setOwner(fetch, owner);
        if (register) {
            inflight.putNew(rq.cacheKey(fetch), fetch);
            rq.setRegistered(fetch);
        }
        probe.wentUpstream(condVersion != Requests.NO_VERSION, counted);
    }

    private void onResponse(int fetch) {
        long now = network.loop().now();
        long obj = rq.object(fetch);
        long key = rq.cacheKey(fetch);
        if (rq.registered(fetch)) {
            inflight.remove(key);
        }
        probe.upstreamAnswered(rq.bodyBytes(fetch), rq.counted(fetch));
        int status = rq.status(fetch);
        long version = rq.version(fetch);
        long date = honorAge ? rq.date(fetch) : now;
        long size = rq.objectSize(fetch);
        long bps = rq.bottleneck(fetch);
        Outcome ownerOutcome;
        Outcome waiterOutcome;
        if (status == Requests.NOT_MODIFIED) {
            int s = store == null ? ObjectStore.ABSENT : store.find(key);
            if (s == ObjectStore.ABSENT) {
                refetch(fetch);
                return;
            }
            bps = Long.MAX_VALUE;
        }
        if (status == Requests.ERROR) {
            int s = store == null ? ObjectStore.ABSENT : store.find(key);
            int k = catalog.kind(obj).ordinal();
            long expires = s == ObjectStore.ABSENT ? Long.MIN_VALUE : store.date(s) + lifetime[k];
            if (s != ObjectStore.ABSENT && now < expires + staleIfError[k]) {
                ownerOutcome = now < expires ? Outcome.HIT : Outcome.STALE;
                waiterOutcome = ownerOutcome;
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
            if (store != null && !noStore[catalog.kind(obj).ordinal()]) {
                int s = store.find(key);
                if (status == Requests.OK && s != ObjectStore.ABSENT) {
                    store.remove(s);
                    s = ObjectStore.ABSENT;
                }
                if (s == ObjectStore.ABSENT) {
                    s = admission == null || admission.admit(key) ? store.admit(key, size) : ObjectStore.ABSENT;
                } else {
                    store.use(s);
                }
                if (s != ObjectStore.ABSENT) {
                    store.setValidated(s, date, version);
                }
            }
        }
        int owner = rq.owner(fetch);
        if (owner != Requests.NONE) {
            answer(owner, ownerOutcome, version, date, size, bps);
        }
        for (int w = rq.pollWaiter(fetch); w != Requests.NONE; w = rq.pollWaiter(fetch)) {
            probe.released(now - rq.arrivedAt(w), rq.counted(w));
            answer(w, waiterOutcome, version, date, size, bps);
        }
        rq.close(fetch);
    }

    /**
     * A 304 came back for a copy that was evicted while the revalidation travelled: the node has no body to answer
     * with, so it fetches the object again, unconditionally, for the same requests (their outcome will be MISS).
     */
    private void refetch(int fetch) {
        boolean counted = rq.counted(fetch);
        int again = network.send(index, rq.object(fetch), rq.variant(fetch), rq.objectSize(fetch),
                Requests.NO_VERSION, counted);
        rq.setOwner(again, rq.owner(fetch));
        rq.moveWaiters(fetch, again);
        if (rq.registered(fetch)) {
            inflight.putNew(rq.cacheKey(fetch), again);
            rq.setRegistered(again);
        }
        probe.wentUpstream(false, counted);
        int first = rq.firstWaiter(again);
        if (first != Requests.NONE && lockTimeout != Long.MAX_VALUE) {
            rq.setTimerArmed(again, true);
            network.armLockTimer(index, again, Math.max(network.loop().now(), rq.arrivedAt(first) + lockTimeout));
        }
        rq.close(fetch);
    }

    private void onLockTimeout(int fetch, int generation) {
        if ((rq.generation(fetch) & Network.TIMER_GENERATION_MASK) != generation) {
            return;
        }
        rq.setTimerArmed(fetch, false);
        long now = network.loop().now();
        int w = rq.firstWaiter(fetch);
        while (w != Requests.NONE && rq.arrivedAt(w) + lockTimeout <= now) {
            rq.pollWaiter(fetch);
            probe.lockTimedOut(rq.counted(w));
            int s = store == null ? ObjectStore.ABSENT : store.find(rq.cacheKey(w));
            startFetch(w, w, s == ObjectStore.ABSENT ? Requests.NO_VERSION : store.version(s), false);
            w = rq.firstWaiter(fetch);
        }
        if (w != Requests.NONE) {
            rq.setTimerArmed(fetch, true);
            network.armLockTimer(index, fetch, rq.arrivedAt(w) + lockTimeout);
        }
    }

    private void answerFromCopy(int req, int s, Outcome outcome) {
        answer(req, outcome, store.version(s), store.date(s), store.size(s), Long.MAX_VALUE);
    }

    private void answer(int req, Outcome outcome, long version, long date, long size, long bps) {
        long at = network.loop().now() + serviceTime;
        int code;
        long body;
        if (outcome == Outcome.ERROR) {
            code = Requests.ERROR;
            body = headerBytes;
        } else if (rq.condVersion(req) == version) {
            code = Requests.NOT_MODIFIED;
            body = headerBytes;
        } else {
            code = Requests.OK;
            body = size;
        }
        probe.answered(catalog.kind(rq.object(req)), outcome, body, at - rq.arrivedAt(req), rq.counted(req));
        network.reply(req, code, at, version, date, size, body, bps);
    }

    /**
     * Places a copy of an object before the run (pre-positioning), fresh from time 0, without evicting anything.
     *
     * @param object the object
     * @return false if the node keeps no copies or the object does not fit in the room left
     */
    public boolean preload(long object) {
        if (store == null) {
            return false;
        }
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

    /**
     * @return until when (microseconds) every request this node receives is answered at the instant it arrives:
     *         it keeps copies, takes no service time and no copy can have expired yet (the shortest freshness
     *         lifetime of the kinds the catalog holds, counted from time 0), or {@link Long#MIN_VALUE} if never (a
     *         fixed hit ratio, a service time, or objects it may not keep)
     */
    long instantUntil() {
        if (store == null || serviceTime != 0) {
            return Long.MIN_VALUE;
        }
        long until = Long.MAX_VALUE;
        for (int k = 0; k < lifetime.length; k++) {
            if (!catalog.mayHold(ObjectKind.values()[k])) {
                continue;
            }
            if (noStore[k]) {
                return Long.MIN_VALUE;
            }
            until = Math.min(until, lifetime[k]);
        }
        return until;
    }

    /**
     * The instant path's way up ({@link Network#answerNow}): a request for an object's plain URL arrives now; a fresh
     * copy answers it (HIT; its date and version are then {@link #hitDate()} and {@link #hitVersion()}), else it is
     * counted as sent upstream and {@link #fillNow} completes it. Counts what {@link #receive} and {@link #answer}
     * count.
     *
     * @param object  the object (its own cache key)
     * @param counted whether the statistics count it
     * @return the size of the copy that answered, or -1 on a miss
     */
    long hitNow(long object, boolean counted) {
        ObjectKind kind = catalog.kind(object);
        probe.arrived(kind, counted);
        int s = store.find(object);
        if (s == ObjectStore.ABSENT) {
            probe.wentUpstream(false, counted);
            return -1;
        }
        store.use(s);
        long size = store.size(s);
        hitDate = store.date(s);
        hitVersion = store.version(s);
        probe.answered(kind, Outcome.HIT, size, 0, counted);
        return size;
    }

    /** @return the Date of the copy that answered the latest {@link #hitNow} hit */
    long hitDate() {
        return hitDate;
    }

    /** @return the version of the copy that answered the latest {@link #hitNow} hit */
    long hitVersion() {
        return hitVersion;
    }

    /**
     * The instant path's way down: the parent's answer to a miss of {@link #hitNow} arrives now; the node keeps a
     * copy (if its admission lets it and it fits) and answers (MISS), counting what {@link #onResponse} counts.
     *
     * @param object  the object
     * @param size    its size, as the parent answered
     * @param date    the answer's Date
     * @param version the answer's version
     * @param counted whether the statistics count it
     * @return the Date of its own answer: the one it got, or now if it ignores Age
     */
    long fillNow(long object, long size, long date, long version, boolean counted) {
        long own = honorAge ? date : network.loop().now();
        probe.upstreamAnswered(size, counted);
        int s = admission == null || admission.admit(object) ? store.admit(object, size) : ObjectStore.ABSENT;
        if (s != ObjectStore.ABSENT) {
            store.setValidated(s, own, version);
        }
        probe.answered(catalog.kind(object), Outcome.MISS, size, 0, counted);
        return own;
    }

    /**
     * Reads the node's entry for a key without using it ({@link Network#touch}).
     *
     * @param key a cache key
     * @return a value read from the entry, meaningless
     */
    long touch(long key) {
        return store == null ? 0 : store.touch(key);
    }

    /**
     * Reads the node's entries for many keys without using them ({@link Network#touchAll}).
     *
     * @param keys    cache keys
     * @param n       how many
     * @param scratch room for {@code n} ints
     * @return a value read, meaningless
     */
    long touchAll(long[] keys, int n, int[] scratch) {
        return store == null ? 0 : store.touchAll(keys, n, scratch);
    }

    /**
     * Reads the entries of the next copies the node would evict, changing nothing ({@link Network#touchVictims}).
     *
     * @param n how many
     * @return a value read on the way, meaningless
     */
    long touchVictims(int n) {
        return store == null ? 0 : store.touchVictims(n);
    }

    /** @return what this node measured */
    public NodeStats stats() {
        return stats;
    }

    /** @return its store, or null for a fixed-hit-ratio node */
    public ObjectStore store() {
        return store;
    }
}
