package io.cdnsim.bandwidth;

import io.cdnsim.cache.TtlRule;
import io.cdnsim.kernel.EventLoop;
import io.cdnsim.model.CacheNodeSpec;
import io.cdnsim.model.CacheSettings;
import io.cdnsim.model.Capacities;
import io.cdnsim.model.Failure;
import io.cdnsim.model.Tier;
import io.cdnsim.model.Topology;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A {@link Downloads} on a real {@link EventLoop}, driven by hand: one region {@code r} whose edges {@code e0, e1, ...}
 * (node numbers 0, 1, ...) have the given egress capacities and, optionally, a peering link. Downloads start from
 * events at chosen times (so {@code loop.now()} is right when {@link Downloads#start} runs), seconds are closed by
 * events at every whole second, and the receiver records, per tag (the download's index), the last announced last
 * byte, how often it was announced and delayed, and any breach of the receiver's contract. Units: bits, bit/s,
 * microseconds.
 */
final class LinkBench implements DownloadReceiver {

    static final long MS = 1_000;
    static final long S = 1_000_000;
    static final double MBIT = 1e6;
    /** No capacity on a link. */
    static final long NONE = -1;

    private static final int START = 0;
    private static final int CLOSE = 1;
    private static final int ABANDON = 2;
    private static final CacheSettings CACHE = new CacheSettings(1_000_000_000L, "lru", -1, TtlRule.ORIGIN, true,
            true, Long.MAX_VALUE, 0);

    /** One download to start. */
    record Spec(long at, int edge, long firstByteAt, double bits, long freeMicros) {

        /** @return its cap, bit/s, computed exactly as {@link Downloads#start} does */
        double cap() {
            return freeMicros <= 0 ? Double.MAX_VALUE : bits * 1e6 / freeMicros;
        }
    }

    final EventLoop loop = new EventLoop();
    final LinkPlan plan;
    final Downloads downloads;
    final List<Spec> specs = new ArrayList<>();
    /** Per closed second (index s-1 for the second ending at s), the bits each link carried. */
    final List<double[]> secondBits = new ArrayList<>();
    final List<String> violations = new ArrayList<>();
    private final int driver;
    private long lastClose;
    private long[] lastByteAt = new long[16];
    private long[] announcedAt = new long[16];
    private int[] announced = new int[16];
    private int[] delays = new int[16];
    private int[] generation = new int[16];
    private double[] sentWhenAbandoned = new double[16];

    /**
     * @param peering bit/s of the region's peering link, or {@link #NONE}
     * @param egress  bit/s of each edge's egress link, {@link #NONE} for unlimited
     */
    LinkBench(long peering, long... egress) {
        this(List.of(), peering, egress);
    }

    /**
     * @param losses  the links' losses of capacity ({@link Failure.CapacityLost} on {@code e0, e1, ...} or {@code r})
     * @param peering bit/s of the region's peering link, or {@link #NONE}
     * @param egress  bit/s of each edge's egress link, {@link #NONE} for unlimited
     */
    LinkBench(List<Failure> losses, long peering, long... egress) {
        this(false, losses, peering, egress);
    }

    /**
     * @param abandonable whether downloads may be abandoned ({@link #abandon})
     * @param losses      the links' losses of capacity
     * @param peering     bit/s of the region's peering link, or {@link #NONE}
     * @param egress      bit/s of each edge's egress link, {@link #NONE} for unlimited
     */
    LinkBench(boolean abandonable, List<Failure> losses, long peering, long... egress) {
        List<CacheNodeSpec> nodes = new ArrayList<>();
        Map<String, Long> egressCaps = new LinkedHashMap<>();
        for (int e = 0; e < egress.length; e++) {
            nodes.add(new CacheNodeSpec("e" + e, "r", 1, "origin", 0, Long.MAX_VALUE, CACHE));
            if (egress[e] != NONE) {
                egressCaps.put("e" + e, egress[e]);
            }
        }
        Map<String, Long> peeringCaps = peering == NONE ? Map.of() : Map.of("r", peering);
        Topology topology = new Topology("bench", "", List.of("r"), List.of(new Tier("edge", nodes)), List.of(),
                new Capacities(egressCaps, peeringCaps));
        int[] edgeNodes = new int[egress.length];
        Arrays.setAll(edgeNodes, i -> i);
        this.plan = LinkPlan.of(topology, edgeNodes, egress.length).withLosses(losses);
        this.downloads = new Downloads(loop, plan, 0, abandonable);
        downloads.setReceiver(this);
        this.driver = loop.register(this::handle);
    }

    /** Starts a download at {@code at} whose first byte leaves at once; its tag is its index. */
    int start(long at, int edge, double bits, long freeMicros) {
        return start(at, edge, at, bits, freeMicros);
    }

    /** Starts a download at {@code at} whose first byte leaves at {@code firstByteAt}; its tag is its index. */
    int start(long at, int edge, long firstByteAt, double bits, long freeMicros) {
        int tag = specs.size();
        specs.add(new Spec(at, edge, firstByteAt, bits, freeMicros));
        grow(tag);
        loop.schedule(at, driver, START, tag);
        return tag;
    }

    /** Abandons a download at a time, noting the bits it had sent ({@link #sentWhenAbandoned}). */
    void abandon(long at, int tag) {
        loop.schedule(at, driver, ABANDON, tag);
    }

    /** @return the bits the download had sent when it was abandoned, as {@link Downloads#sentBits} said */
    double sentWhenAbandoned(int tag) {
        return sentWhenAbandoned[tag];
    }

    /** Closes every second up to {@code lastSecond} (inclusive), each by an event at its end. */
    void closeSeconds(long lastSecond) {
        for (long s = lastClose + 1; s <= lastSecond; s++) {
            loop.schedule(s * S, driver, CLOSE, 0);
        }
        lastClose = Math.max(lastClose, lastSecond);
    }

    /** Runs the loop up to a time (a region that never frees would otherwise tick for ever). */
    void runUntil(long end) {
        loop.runUntil(end);
    }

    private void handle(int kind, long arg) {
        if (kind == START) {
            Spec s = specs.get((int) arg);
            downloads.start(arg, s.edge(), loop.now(), s.firstByteAt(), s.bits(), s.freeMicros());
            return;
        }
        if (kind == ABANDON) {
            sentWhenAbandoned[(int) arg] = downloads.sentBits(arg, loop.now());
            downloads.abandon(arg);
            return;
        }
        downloads.closeSecond(loop.now());
        double[] bits = new double[plan.count()];
        for (int l = 0; l < bits.length; l++) {
            bits[l] = downloads.lastSecondBits(l);
        }
        secondBits.add(bits);
    }

    @Override
    public void lastByte(long tag, long at, long sentAt, double bits) {
        int t = (int) tag;
        if (at < loop.now()) {
            violations.add("tag " + t + ": last byte announced at " + at + " before now " + loop.now());
        }
        if (announced[t] != delays[t]) {
            violations.add("tag " + t + ": announced again at " + loop.now() + " without being delayed");
        }
        if (sentAt != specs.get(t).at() || bits != specs.get(t).bits()) {
            violations.add("tag " + t + ": sentAt or bits changed");
        }
        announced[t]++;
        lastByteAt[t] = at;
        announcedAt[t] = loop.now();
        generation[t] = downloads.generation(tag);
    }

    @Override
    public void delayed(long tag) {
        int t = (int) tag;
        if (announced[t] != delays[t] + 1) {
            violations.add("tag " + t + ": delayed at " + loop.now() + " with no announced end");
        } else if (lastByteAt[t] <= loop.now()) {
            violations.add("tag " + t + ": delayed at " + loop.now() + " after its announced last byte "
                    + lastByteAt[t]);
        }
        if (downloads.generation(tag) == generation[t]) {
            violations.add("tag " + t + ": delayed without a new generation");
        }
        delays[t]++;
    }

    @Override
    public long touch(long tag) {
        return 0;
    }

    /** @return whether the download's last byte is announced and stands (not delayed since) */
    boolean finished(int tag) {
        return announced[tag] == delays[tag] + 1;
    }

    /** @return the download's last announced last byte */
    long lastByte(int tag) {
        return lastByteAt[tag];
    }

    /** @return when its last announced last byte was announced */
    long announcedAt(int tag) {
        return announcedAt[tag];
    }

    /** @return how many times the download was delayed */
    int delays(int tag) {
        return delays[tag];
    }

    /** @return how many times its last byte was announced */
    int announcements(int tag) {
        return announced[tag];
    }

    /** @return the egress link of edge {@code e} */
    int egress(int e) {
        return plan.linkOfNode(e);
    }

    private void grow(int tag) {
        if (tag >= announced.length) {
            int n = 2 * announced.length;
            lastByteAt = Arrays.copyOf(lastByteAt, n);
            announcedAt = Arrays.copyOf(announcedAt, n);
            announced = Arrays.copyOf(announced, n);
            delays = Arrays.copyOf(delays, n);
            generation = Arrays.copyOf(generation, n);
            sentWhenAbandoned = Arrays.copyOf(sentWhenAbandoned, n);
        }
    }
}
