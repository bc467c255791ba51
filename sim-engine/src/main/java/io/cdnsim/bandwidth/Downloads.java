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

    /** Told when each download's last byte leaves its edge. */
    public interface Receiver {
        /**
         * @param tag        the download's tag
         * @param lastByteAt when its last byte leaves the edge (now or later)
         * @param sentAt     when the viewer sent the request
         * @param bits       the download's bits
         */
        void lastByte(long tag, long lastByteAt, long sentAt, double bits);

        /** @param tag a download whose last byte was announced: it will not leave then, a full link holds it back */
        void delayed(long tag);

        /**
         * Reads what the download's end will need, ahead of it ({@link EventHandler#touch}).
         *
         * @param tag a download's tag
         * @return a value read, meaningless
         */
        long touch(long tag);
    }

    private final EventLoop loop;
    private final LinkPlan plan;
    private final int target;
    private Receiver receiver;
    private final LinkLoads loads;
    /** Per group (a root link): shared or free, the next recomputation, the free downloads by the end of their last byte. */
    private final boolean[] shared;
    private final long[] nextTick;
    private final EndCalendar[] ends;
    /** Per egress link: the shared downloads through it. */
    private final Sharers sharers;
    private final Levels levels;
    /** Per group: its egress links. */
    private final int[][] leaves;
    private final Flows flows = new Flows();
    private final Delays delays = new Delays();

    /**
     * @param loop          the event loop
     * @param plan          the links
     * @param warmupSeconds seconds of warm-up, not counted in the links' figures
     */
    public Downloads(EventLoop loop, LinkPlan plan, long warmupSeconds) {
        this.loop = loop;
        this.plan = plan;
        int n = plan.count();
        this.loads = new LinkLoads(plan, warmupSeconds);
        this.shared = new boolean[n];
        this.nextTick = new long[n];
        this.ends = new EndCalendar[n];
        this.sharers = new Sharers(flows, n);
        this.levels = new Levels(n);
        int[] leafCount = new int[n];
        for (int l = 0; l < n; l++) {
            if (!plan.isPeering(l)) {
                leafCount[group(l)]++;
            }
        }
        this.leaves = new int[n][];
        for (int g = 0; g < n; g++) {
            leaves[g] = new int[leafCount[g]];
            leafCount[g] = 0;
            ends[g] = new EndCalendar();
        }
        for (int l = 0; l < n; l++) {
            if (!plan.isPeering(l)) {
                leaves[group(l)][leafCount[group(l)]++] = l;
            }
        }
        this.target = loop.register(this);
        for (int i = 0; i < plan.losses().size(); i++) {
            loop.schedule(plan.losses().get(i).from(), target, CAPACITY, i);
            loop.schedule(plan.losses().get(i).to(), target, CAPACITY, i);
        }
    }

    /** @param receiver told when each download's last byte leaves */
    public void setReceiver(Receiver receiver) {
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
        int g = group(leaf);
        int root = plan.parent(leaf);
        double cap = bits * SECOND / Math.max(1, freeMicros);
        long last = Micros.later(firstByteAt, freeMicros);
        if (root == LinkPlan.NONE && !plan.limited(leaf)) {
            loads.spread(leaf, now, last, cap);
            receiver.lastByte(tag, last, sentAt, bits);
            return;
        }
        if (!shared[g]) {
            releaseEnded(g, now);
        }
        int s = flows.open(tag, leaf, sentAt, firstByteAt, bits, cap);
        loads.addCaps(leaf, cap);
        if (!shared[g]) {
            if (loads.fits(leaf) && (root == LinkPlan.NONE || loads.fits(root))) {
                loads.spread(leaf, now, last, cap);
                ends[g].add(s, last);
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
        scheduleEnd(leaf, i, now, nextTick[g]);
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
            if (shared[g] && nextTick[g] == now) {
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
        for (int g = 0; g < plan.count(); g++) {
            if (!shared[g] && leaves[g].length > 0) {
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

    private int group(int link) {
        int root = plan.parent(link);
        return root == LinkPlan.NONE ? link : root;
    }

    /** The free downloads of a region whose last byte has left by {@code now} stop counting (their bits are spread). */
    private void releaseEnded(int g, long now) {
        EndCalendar calendar = ends[g];
        for (int s = calendar.takeEnded(now); s >= 0; s = calendar.takeEnded(now)) {
            loads.addCaps(flows.leaf(s), -flows.cap(s));
            flows.close(s);
        }
    }

    /**
     * A region's links are full: its free downloads (and the new one, if any) start sharing them, at once. What each had
     * spread over the seconds after now is taken back: from now on its links' meters follow its share.
     */
    private void share(int g, long now, int newcomer) {
        EndCalendar calendar = ends[g];
        for (int s = calendar.takeAny(); s >= 0; s = calendar.takeAny()) {
            long last = calendar.end(s);
            int leaf = flows.leaf(s);
            if (last <= now) {
                loads.addCaps(leaf, -flows.cap(s));
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
        shared[g] = true;
        recompute(g, now);
    }

    /**
     * A link's capacity in force changes (a failure takes a share of it or gives it back): a shared region's shares
     * are recomputed at once (which frees it if its downloads fit again); a free region whose downloads no longer fit
     * starts sharing.
     */
    private void capacityChanges(int link, long now) {
        loads.updateCapacity(link, now);
        int g = group(link);
        if (shared[g]) {
            recompute(g, now);
            return;
        }
        releaseEnded(g, now);
        if (!regionFits(g, false)) {
            share(g, now, LinkPlan.NONE);
        }
    }

    /**
     * @param g    a region (its group)
     * @param well whether the caps must fit with room to spare ({@link LinkLoads#fitsWell}), else just fit
     * @return whether the caps of its downloads fit in every one of its links
     */
    private boolean regionFits(int g, boolean well) {
        boolean fits = !plan.isPeering(g) || (well ? loads.fitsWell(g) : loads.fits(g));
        for (int leaf : leaves[g]) {
            fits &= well ? loads.fitsWell(leaf) : loads.fits(leaf);
        }
        return fits;
    }

    /** Recomputes the max-min shares of a full region, or frees it if its downloads' caps fit again. */
    private void recompute(int g, long now) {
        for (int leaf : leaves[g]) {
            for (int i = 0; i < sharers.count(leaf); i++) {
                sharers.progress(leaf, i, now);
            }
        }
        if (regionFits(g, true)) {
            free(g, now);
            return;
        }
        long tick = now + SHARE_INTERVAL;
        nextTick[g] = tick;
        levels.compute(sharers, leaves[g], plan, loads, g);
        double regionRate = 0;
        for (int leaf : leaves[g]) {
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
        shared[g] = false;
        for (int leaf : leaves[g]) {
            loads.set(leaf, now, 0);
            for (int i = 0; i < sharers.count(leaf); i++) {
                int s = sharers.slot(leaf, i);
                double cap = sharers.cap(leaf, i);
                long from = Math.max(now, sharers.start(leaf, i));
                long last = Micros.later(from, sharers.remaining(leaf, i) * SECOND / cap);
                flows.stale(s);
                ends[g].add(s, last);
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
