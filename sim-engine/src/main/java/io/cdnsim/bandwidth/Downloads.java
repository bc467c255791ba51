package io.cdnsim.bandwidth;

import io.cdnsim.kernel.EventHandler;
import io.cdnsim.kernel.EventLoop;
import io.cdnsim.kernel.Micros;

/**
 * The downloads in progress from the edges to the viewers, and how they share the links they cross ({@link LinkPlan}:
 * an edge's egress, then its region's peering link). A download is a flow of bits that gets at most its own cap (the
 * viewer's last mile, or the narrowest link behind the edge) and, where a link is full, its max-min fair share.
 *
 * <pre>
 *   a region's links, while the caps of the downloads through them fit ("free"):
 *       every download runs at its cap; its last byte leaves at start + bits / cap, known when it starts
 *   as soon as a download would overfill a link ("shared"), and then every {@link #SHARE_INTERVAL}:
 *       leaf level  λ_e: Σ min(cap_i, λ_e) = C_e            over the downloads through edge e
 *       root level  μ  : Σ min(cap_i, λ_e, μ) = C_peering  over the region's downloads
 *       rate_i = min(cap_i, λ_e(i), μ)                     (exact max-min fairness on the tree)
 *   between two recomputations, a new download gets min(cap, what its links have left); a download that ends frees
 *   its rate for the next one. When the caps fit again, the region's downloads are free again.
 * </pre>
 *
 * A download in a free region costs no event: the receiver is told its last byte at once, its bits go straight into
 * the seconds it spans ({@link LinkMeter#spread}), and the region keeps it in a calendar of ends ({@link EndCalendar})
 * only so that its cap counts until it ends and so that it can start sharing if the region fills before then (its
 * bits after that moment are taken back from the seconds ahead). One through links without any capacity (they can
 * never be full) is not kept at all. A download's share is held from the moment the edge starts answering (its
 * service time included); its bits flow from its first byte.
 */
public final class Downloads implements EventHandler {

    /** How often the shares of a full region are recomputed, microseconds. */
    public static final long SHARE_INTERVAL = 100 * Micros.MILLISECOND;

    private static final int TICK = 0;
    private static final int END = 1;
    private static final int CAPACITY = 2;
    private static final double SECOND = Micros.SECOND;
    /**
     * A full region is freed when its downloads' caps fit in this share of each link's capacity, so that a region
     * whose demand hovers at its capacity does not switch at every recomputation (its shares are the caps either way).
     */
    static final double FREE_BELOW = 0.9;
    /** The bits of a generation an event carries (its argument has 48 bits: the slot in 32, these above). */
    public static final int GENERATION_MASK = 0xFFFF;

    private final EventLoop loop;
    private final LinkPlan plan;
    private final int target;
    private DownloadReceiver receiver;
    private final LinkLoads loads;
    /** The regions: shared or free, the next recomputation, the free downloads by the end of their last byte. */
    private final Regions regions;
    /** Per egress link: the shared downloads through it. */
    private final Sharers sharers;
    private final Levels levels;
    private final Flows flows = new Flows();
    private final Delays delays = new Delays();
    /** Whether downloads may be abandoned: then every one is kept, even through links that can never fill. */
    private final boolean abandonable;

    /**
     * @param loop          the event loop
     * @param plan          the links
     * @param warmupSeconds seconds of warm-up, not counted in the links' figures
     * @param abandonable   whether receivers may abandon downloads ({@link #abandon}, {@link #sentBits})
     */
    public Downloads(EventLoop loop, LinkPlan plan, long warmupSeconds, boolean abandonable) {
        this.abandonable = abandonable;
        this.loop = loop;
        this.plan = plan;
        int n = plan.count();
        this.loads = new LinkLoads(plan, warmupSeconds);
        this.regions = new Regions(plan);
        this.sharers = new Sharers(flows, n);
        this.levels = new Levels(n);
        this.target = loop.register(this);
        for (int i = 0; i < plan.losses().size(); i++) {
            loop.schedule(plan.losses().get(i).from(), target, CAPACITY, i);
            loop.schedule(plan.losses().get(i).to(), target, CAPACITY, i);
        }
    }

    /** @param receiver told when each download's last byte leaves */
    public void setReceiver(DownloadReceiver receiver) {
        this.receiver = receiver;
    }

    /** @param tag a download's tag @return the generation of its announced end (bumped each time it is delayed) */
    public int generation(long tag) {
        return delays.generation(tag);
    }

    /**
     * A download from an edge starts: its first byte leaves at {@code firstByteAt} (now or a service time later).
     *
     * @param tag         the download's tag (at most one download per tag at a time)
     * @param edgeNode    the edge's node number
     * @param sentAt      when the viewer sent the request
     * @param firstByteAt when the first byte leaves the edge
     * @param bits        the download's bits
     * @param freeMicros  how long it takes at its own cap
     */
    public void start(long tag, int edgeNode, long sentAt, long firstByteAt, double bits, long freeMicros) {
        if (bits <= 0) {
            receiver.lastByte(tag, firstByteAt, sentAt, bits);
            return;
        }
        long now = loop.now();
        int leaf = plan.linkOfNode(edgeNode);
        int g = regions.of(leaf);
        int root = plan.parent(leaf);
        double cap = bits * SECOND / Math.max(1, freeMicros);
        long last = Micros.later(firstByteAt, freeMicros);
        if (root == LinkPlan.NONE && !plan.limited(leaf) && !abandonable) {
            loads.spread(leaf, now, last, cap);
            receiver.lastByte(tag, last, sentAt, bits);
            return;
        }
        if (!regions.shared(g)) {
            releaseEnded(g, now);
        }
        int s = flows.open(tag, leaf, sentAt, firstByteAt, bits, cap);
        loads.addCaps(leaf, cap);
        if (!regions.shared(g)) {
            if (loads.fits(leaf) && (root == LinkPlan.NONE || loads.fits(root))) {
                loads.spread(leaf, now, last, cap);
                regions.ends(g).add(s, last);
                receiver.lastByte(tag, last, sentAt, bits);
                return;
            }
            share(g, now, s);
            return;
        }
        int i = sharers.join(leaf, s, bits, now);
        double spare = loads.spare(leaf);
        if (root != LinkPlan.NONE) {
            spare = Math.min(spare, loads.spare(root));
        }
        double rate = Math.min(cap, Math.max(0, spare));
        sharers.setRate(leaf, i, rate);
        loads.change(leaf, now, rate);
        scheduleEnd(leaf, i, now, regions.nextTick(g));
    }

    /**
     * @param tag a download's tag
     * @param at  a time, now or later
     * @return the bits of the tag's download in flight that have left the edge by then (at its rate as of now); NaN if
     *         none is in flight or downloads are not {@code abandonable}
     */
    public double sentBits(long tag, long at) {
        int s = flows.slotOf(tag);
        if (s < 0) {
            return Double.NaN;
        }
        int leaf = flows.leaf(s);
        double bits = flows.bits(s);
        if (regions.shared(regions.of(leaf))) {
            return bits - sharers.remainingAt(leaf, flows.position(s), at);
        }
        long left = regions.ends(regions.of(leaf)).end(s) - Math.max(at, flows.start(s));
        return Math.max(0, bits - flows.cap(s) * Math.max(0, left) / SECOND);
    }

    /** @param tag a download's tag @return whether its download in flight shares a full link (its rate may change) */
    public boolean sharing(long tag) {
        int s = flows.slotOf(tag);
        return s >= 0 && regions.shared(regions.of(flows.leaf(s)));
    }

    /**
     * The receiver gives up the tag's download in flight now: its bits stop flowing (those it would have sent after
     * now are taken back from its links), its share is free for the others, and an end announced for it is void
     * ({@link #generation} moves on). Nothing if none is in flight.
     *
     * @param tag a download's tag
     */
    public void abandon(long tag) {
        int s = flows.slotOf(tag);
        if (s < 0) {
            return;
        }
        long now = loop.now();
        int leaf = flows.leaf(s);
        int g = regions.of(leaf);
        delays.bump(tag);
        loads.addCaps(leaf, -flows.cap(s));
        if (regions.shared(g)) {
            loads.change(leaf, now, -sharers.rate(leaf, flows.position(s)));
            sharers.leave(leaf, s);
            flows.close(s);
            return;
        }
        long last = regions.ends(g).end(s);
        if (last > now) {
            loads.spread(leaf, now, last, -flows.cap(s));
        }
        flows.abandon(s);
    }

    /** Reads the record of the viewer whose download ends, ahead of the end. */
    @Override
    public long touch(int kind, long arg) {
        return kind == END ? receiver.touch(flows.tag((int) arg)) : 0;
    }

    @Override
    public void handle(int kind, long arg) {
        long now = loop.now();
        if (kind == TICK) {
            int g = (int) arg;
            if (regions.shared(g) && regions.nextTick(g) == now) {
                recompute(g, now);
            }
            return;
        }
        if (kind == CAPACITY) {
            capacityChanges(plan.losses().get((int) arg).link(), now);
            return;
        }
        int s = (int) arg;
        if ((flows.generation(s) & GENERATION_MASK) != (int) (arg >>> 32)) {
            return;
        }
        int leaf = flows.leaf(s);
        double rate = sharers.rate(leaf, flows.position(s));
        sharers.leave(leaf, s);
        loads.addCaps(leaf, -flows.cap(s));
        loads.change(leaf, now, -rate);
        long tag = flows.tag(s);
        long sentAt = flows.sentAt(s);
        double bits = flows.bits(s);
        flows.close(s);
        receiver.lastByte(tag, now, sentAt, bits);
    }

    /**
     * Brings every link's meter to the end of a second: free downloads that ended are let go first.
     *
     * @param at the end of the second, microseconds
     */
    public void closeSecond(long at) {
        for (int g = 0; g < regions.count(); g++) {
            if (!regions.shared(g) && regions.leaves(g).length > 0) {
                releaseEnded(g, at);
            }
        }
        loads.advance(at);
    }

    /** @param link a link @return the bits it carried in the last second closed */
    public double lastSecondBits(int link) {
        return loads.lastSecondBits(link);
    }

    /** @param link a link @return its figures so far */
    public LinkFigures figures(int link) {
        return loads.figures(link);
    }

    /** @return the links */
    public LinkPlan plan() {
        return plan;
    }

    /** The free downloads of a region whose last byte has left by {@code now} stop counting (their bits are spread). */
    private void releaseEnded(int g, long now) {
        EndCalendar calendar = regions.ends(g);
        for (int s = calendar.takeEnded(now); s >= 0; s = calendar.takeEnded(now)) {
            if (!flows.abandoned(s)) {
                loads.addCaps(flows.leaf(s), -flows.cap(s));
            }
            flows.close(s);
        }
    }

    /**
     * A region's links are full: its free downloads (and the new one, if any) start sharing them, at once. What each had
     * spread over the seconds after now is taken back: from now on its links' meters follow its share.
     */
    private void share(int g, long now, int newcomer) {
        EndCalendar calendar = regions.ends(g);
        for (int s = calendar.takeAny(); s >= 0; s = calendar.takeAny()) {
            long last = calendar.end(s);
            int leaf = flows.leaf(s);
            if (last <= now || flows.abandoned(s)) {
                if (!flows.abandoned(s)) {
                    loads.addCaps(leaf, -flows.cap(s));
                }
                flows.close(s);
                continue;
            }
            loads.spread(leaf, now, last, -flows.cap(s));
            long tag = flows.tag(s);
            delays.bump(tag);
            sharers.join(leaf, s, flows.cap(s) * (last - Math.max(now, flows.start(s))) / SECOND, now);
            receiver.delayed(tag);
        }
        if (newcomer != LinkPlan.NONE) {
            sharers.join(flows.leaf(newcomer), newcomer, flows.bits(newcomer), now);
        }
        regions.setShared(g, true);
        recompute(g, now);
    }

    /**
     * A link's capacity in force changes (a failure takes a share of it or gives it back): a shared region's shares
     * are recomputed at once (which frees it if its downloads fit again); a free region whose downloads no longer fit
     * starts sharing.
     */
    private void capacityChanges(int link, long now) {
        loads.updateCapacity(link, now);
        int g = regions.of(link);
        if (regions.shared(g)) {
            recompute(g, now);
            return;
        }
        releaseEnded(g, now);
        if (!regions.fit(g, loads, false)) {
            share(g, now, LinkPlan.NONE);
        }
    }

    /** Recomputes the max-min shares of a full region, or frees it if its downloads' caps fit again. */
    private void recompute(int g, long now) {
        for (int leaf : regions.leaves(g)) {
            for (int i = 0; i < sharers.count(leaf); i++) {
                sharers.progress(leaf, i, now);
            }
        }
        if (regions.fit(g, loads, true)) {
            free(g, now);
            return;
        }
        long tick = now + SHARE_INTERVAL;
        regions.setNextTick(g, tick);
        levels.compute(sharers, regions.leaves(g), plan, loads, g);
        double regionRate = 0;
        for (int leaf : regions.leaves(g)) {
            double lambda = levels.of(leaf);
            double leafRate = 0;
            for (int i = 0; i < sharers.count(leaf); i++) {
                double rate = Math.min(sharers.cap(leaf, i), lambda);
                sharers.setRate(leaf, i, rate);
                leafRate += rate;
                scheduleEnd(leaf, i, now, tick);
            }
            loads.set(leaf, now, leafRate);
            regionRate += leafRate;
        }
        if (plan.isPeering(g)) {
            loads.set(g, now, regionRate);
        }
        loop.schedule(tick, target, TICK, g);
    }

    /** A full region's downloads fit again: each runs at its cap, its last byte announced, its bits spread. */
    private void free(int g, long now) {
        regions.setShared(g, false);
        for (int leaf : regions.leaves(g)) {
            loads.set(leaf, now, 0);
            for (int i = 0; i < sharers.count(leaf); i++) {
                int s = sharers.slot(leaf, i);
                double cap = sharers.cap(leaf, i);
                long from = Math.max(now, sharers.start(leaf, i));
                long last = Micros.later(from, sharers.remaining(leaf, i) * SECOND / cap);
                flows.stale(s);
                regions.ends(g).add(s, last);
                loads.spread(leaf, now, last, cap);
                receiver.lastByte(flows.tag(s), last, flows.sentAt(s), flows.bits(s));
            }
            sharers.clear(leaf);
        }
        if (plan.isPeering(g)) {
            loads.set(g, now, 0);
        }
    }

    /** Schedules the end of the shared download at a place if it comes before the next recomputation. */
    private void scheduleEnd(int leaf, int i, long now, long tick) {
        double rate = sharers.rate(leaf, i);
        if (rate <= 0) {
            return;
        }
        long from = Math.max(now, sharers.start(leaf, i));
        long end = Micros.later(from, sharers.remaining(leaf, i) * SECOND / rate);
        if (end <= tick) {
            int s = sharers.slot(leaf, i);
            sharers.arm(leaf, i);
            loop.schedule(end, target, END, ((long) (flows.generation(s) & GENERATION_MASK) << 32) | s);
        }
    }
}
