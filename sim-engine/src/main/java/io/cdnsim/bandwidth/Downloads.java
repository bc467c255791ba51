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
 * A download in a free region costs no event: the receiver is told its last byte at once, and the link forgets it
 * when a later download or the second's close finds it ended. One through links without any capacity (they can never
 * be full) is not kept at all: its bits go straight into the seconds it spans ({@link LinkMeter#spread}). A download's share is held from the moment the edge
 * starts answering (its service time included); its bits flow from its first byte.
 */
public final class Downloads implements EventHandler {

    /** How often the shares of a full region are recomputed, microseconds. */
    public static final long SHARE_INTERVAL = 100 * Micros.MILLISECOND;

    private static final int TICK = 0;
    private static final int END = 1;
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
    private final LinkMeter[] meters;
    private final double[] sumCaps;
    /** Per group (a root link): shared or free, the next recomputation, the free downloads by last byte. */
    private final boolean[] shared;
    private final long[] nextTick;
    private final EndHeap[] ends;
    /** Per egress link: the shared downloads through it. */
    private final Sharers sharers;
    private final Levels levels;
    /** Per group: its egress links. */
    private final int[][] leaves;
    private final Flows flows = new Flows();
    private int[] tagGeneration = new int[64];

    /**
     * @param loop          the event loop
     * @param plan          the links
     * @param warmupSeconds seconds of warm-up, not counted in the links' figures
     */
    public Downloads(EventLoop loop, LinkPlan plan, long warmupSeconds) {
        this.loop = loop;
        this.plan = plan;
        int n = plan.count();
        this.meters = new LinkMeter[n];
        this.sumCaps = new double[n];
        this.shared = new boolean[n];
        this.nextTick = new long[n];
        this.ends = new EndHeap[n];
        this.sharers = new Sharers(flows, n);
        this.levels = new Levels(n);
        int[] leafCount = new int[n];
        for (int l = 0; l < n; l++) {
            meters[l] = new LinkMeter(plan.capacity(l), warmupSeconds);
            if (!plan.isPeering(l)) {
                leafCount[group(l)]++;
            }
        }
        this.leaves = new int[n][];
        for (int g = 0; g < n; g++) {
            leaves[g] = new int[leafCount[g]];
            leafCount[g] = 0;
            ends[g] = new EndHeap();
        }
        for (int l = 0; l < n; l++) {
            if (!plan.isPeering(l)) {
                leaves[group(l)][leafCount[group(l)]++] = l;
            }
        }
        this.target = loop.register(this);
    }

    /** @param receiver told when each download's last byte leaves */
    public void setReceiver(Receiver receiver) {
        this.receiver = receiver;
    }

    /** @param tag a download's tag @return the generation of its announced end (bumped each time it is delayed) */
    public int generation(long tag) {
        return tag < tagGeneration.length ? tagGeneration[(int) tag] & GENERATION_MASK : 0;
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
            meters[leaf].spread(now, last, cap);
            receiver.lastByte(tag, last, sentAt, bits);
            return;
        }
        if (!shared[g]) {
            releaseEnded(g, now);
        }
        int s = flows.open(tag, leaf, sentAt, firstByteAt, bits, cap);
        addCaps(leaf, cap);
        if (!shared[g]) {
            if (fits(leaf) && (root == LinkPlan.NONE || fits(root))) {
                change(leaf, now, cap);
                ends[g].push(last, s);
                receiver.lastByte(tag, last, sentAt, bits);
                return;
            }
            share(g, now, s);
            return;
        }
        int i = sharers.join(leaf, s, bits, now);
        double spare = spare(leaf);
        if (root != LinkPlan.NONE) {
            spare = Math.min(spare, spare(root));
        }
        double rate = Math.min(cap, Math.max(0, spare));
        sharers.setRate(leaf, i, rate);
        change(leaf, now, rate);
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
        int s = (int) arg;
        if ((flows.generation(s) & GENERATION_MASK) != (int) (arg >>> 32)) {
            return;
        }
        int leaf = flows.leaf(s);
        double rate = sharers.rate(leaf, flows.position(s));
        sharers.leave(leaf, s);
        addCaps(leaf, -flows.cap(s));
        change(leaf, now, -rate);
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
        for (int g = 0; g < meters.length; g++) {
            if (!shared[g] && leaves[g].length > 0) {
                releaseEnded(g, at);
            }
        }
        for (LinkMeter m : meters) {
            m.advance(at);
        }
    }

    /** @param link a link @return the bits it carried in the last second closed */
    public double lastSecondBits(int link) {
        return meters[link].lastSecondBits();
    }

    /** @param link a link @return its figures so far */
    public LinkFigures figures(int link) {
        return meters[link].figures();
    }

    /** @return the links */
    public LinkPlan plan() {
        return plan;
    }

    private int group(int link) {
        int root = plan.parent(link);
        return root == LinkPlan.NONE ? link : root;
    }

    private boolean fits(int link) {
        return sumCaps[link] <= plan.capacity(link);
    }

    /** Whether the caps through a full link fit with room to spare: only then is its region freed. */
    private boolean fitsWell(int link) {
        return sumCaps[link] <= FREE_BELOW * plan.capacity(link);
    }

    private double spare(int link) {
        return plan.capacity(link) - meters[link].rate();
    }

    /** The caps of the downloads through an egress link change, and its region's peering link's alike. */
    private void addCaps(int leaf, double delta) {
        sumCaps[leaf] += delta;
        int root = plan.parent(leaf);
        if (root != LinkPlan.NONE) {
            sumCaps[root] += delta;
        }
    }

    /** A link's rate changes: the egress link's, and its region's peering link's alike. */
    private void change(int leaf, long at, double delta) {
        meters[leaf].change(at, delta);
        int root = plan.parent(leaf);
        if (root != LinkPlan.NONE) {
            meters[root].change(at, delta);
        }
    }

    /** The free downloads of a region whose last byte has left by {@code now} stop counting, each at its end. */
    private void releaseEnded(int g, long now) {
        EndHeap heap = ends[g];
        while (heap.size() > 0 && heap.topTime() <= now) {
            long at = heap.topTime();
            int s = heap.pop();
            int leaf = flows.leaf(s);
            addCaps(leaf, -flows.cap(s));
            change(leaf, at, -flows.cap(s));
            flows.close(s);
        }
    }

    /** A region's links are full: its free downloads (and the new one) start sharing them, at once. */
    private void share(int g, long now, int newcomer) {
        EndHeap heap = ends[g];
        while (heap.size() > 0) {
            long last = heap.topTime();
            int s = heap.pop();
            long tag = flows.tag(s);
            growTags(tag);
            tagGeneration[(int) tag]++;
            sharers.join(flows.leaf(s), s, flows.cap(s) * (last - Math.max(now, flows.start(s))) / SECOND, now);
            receiver.delayed(tag);
        }
        sharers.join(flows.leaf(newcomer), newcomer, flows.bits(newcomer), now);
        shared[g] = true;
        recompute(g, now);
    }

    /** Recomputes the max-min shares of a full region, or frees it if its downloads' caps fit again. */
    private void recompute(int g, long now) {
        for (int leaf : leaves[g]) {
            for (int i = 0; i < sharers.count(leaf); i++) {
                sharers.progress(leaf, i, now);
            }
        }
        boolean fits = !plan.isPeering(g) || fitsWell(g);
        for (int leaf : leaves[g]) {
            fits &= fitsWell(leaf);
        }
        if (fits) {
            free(g, now);
            return;
        }
        long tick = now + SHARE_INTERVAL;
        nextTick[g] = tick;
        levels.compute(sharers, leaves[g], plan, g);
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
            meters[leaf].set(now, leafRate);
            regionRate += leafRate;
        }
        if (plan.isPeering(g)) {
            meters[g].set(now, regionRate);
        }
        loop.schedule(tick, target, TICK, g);
    }

    /** A full region's downloads fit again: each runs at its cap, its last byte announced. */
    private void free(int g, long now) {
        shared[g] = false;
        double regionRate = 0;
        for (int leaf : leaves[g]) {
            double leafRate = 0;
            for (int i = 0; i < sharers.count(leaf); i++) {
                int s = sharers.slot(leaf, i);
                double cap = sharers.cap(leaf, i);
                long from = Math.max(now, sharers.start(leaf, i));
                long last = Micros.later(from, sharers.remaining(leaf, i) * SECOND / cap);
                flows.stale(s);
                ends[g].push(last, s);
                leafRate += cap;
                receiver.lastByte(flows.tag(s), last, flows.sentAt(s), flows.bits(s));
            }
            sharers.clear(leaf);
            meters[leaf].set(now, leafRate);
            regionRate += leafRate;
        }
        if (plan.isPeering(g)) {
            meters[g].set(now, regionRate);
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

    private void growTags(long tag) {
        if (tag >= tagGeneration.length) {
            tagGeneration = java.util.Arrays.copyOf(tagGeneration, (int) Math.max(tag + 1, 2L * tagGeneration.length));
        }
    }
}
