package io.cdnsim.config;

import io.cdnsim.content.Ladder;
import io.cdnsim.kernel.Micros;
import io.cdnsim.model.CacheNodeSpec;
import io.cdnsim.model.Demand;
import io.cdnsim.model.Distribution;
import io.cdnsim.model.LiveEvent;
import io.cdnsim.model.OnDemandService;
import io.cdnsim.model.Scenario;
import io.cdnsim.model.SizeSpec;
import io.cdnsim.model.SyntheticStream;
import io.cdnsim.model.Tier;
import io.cdnsim.model.Workload;
import java.util.Locale;

/**
 * What a run will hold in memory, estimated from the scenario before it starts, against the Java heap it has: a run
 * that cannot fit is refused up front, naming what takes the room, instead of dying of {@code OutOfMemoryError}
 * after minutes. docs/trust.md gives the costs below and how to give Java more memory.
 *
 * <p>The estimate counts, per replication running at once: each cache node ({@value #NODE_BYTES} bytes of counters
 * and histograms), the copies it can hold (its capacity over the mean object size, at most the objects counted by
 * {@link #distinctObjects}; {@value #ENTRY_BYTES} bytes each), its second-hit admission table ({@value #CELL_BYTES} bytes a
 * cell), each viewer ({@value #VIEWER_BYTES} bytes) and each object of a synthetic catalog ({@value #OBJECT_BYTES}
 * bytes); and once, {@value #BASE_BYTES} bytes for Java itself and the outputs.
 */
public final class MemoryBudget {

    /** A cache node's counters, latency histograms and queues. */
    static final long NODE_BYTES = 1 << 20;
    /** A copy held in a cache: its record (32 bytes), index slot, policy links, and room for the arrays to grow. */
    static final long ENTRY_BYTES = 96;
    /** A cell of a second-hit admission table: a key and a flag. */
    static final long CELL_BYTES = 9;
    /** A viewer: its hot and cold records (44 longs), join time and session. */
    static final long VIEWER_BYTES = 512;
    /** An object of a synthetic catalog: its size and its share of the popularity sampler. */
    static final long OBJECT_BYTES = 16;
    /** Java, the classes and the outputs. */
    static final long BASE_BYTES = 256L << 20;
    /** Share of the heap an estimate may take: the estimate is not exact, and the collector needs room. */
    static final double HEAP_SHARE = 0.8;

    private MemoryBudget() {
    }

    /**
     * @param scenario   a scenario, after command-line overrides
     * @param heapBytes  the heap the run has ({@code Runtime.getRuntime().maxMemory()})
     * @param concurrent replications that run at once
     * @return what does not fit, naming the largest part, or null if the run fits
     */
    public static String problem(Scenario scenario, long heapBytes, int concurrent) {
        Demand demand = scenario.demand();
        double meanBytes = meanObjectBytes(demand);
        double caches = 0;
        double admission = 0;
        int nodes = 0;
        for (Tier tier : scenario.topology().tiers()) {
            double distinct = distinctObjects(scenario, tier.name());
            for (CacheNodeSpec node : tier.nodes()) {
                nodes++;
                if (!node.cache().hasFixedHitRatio()) {
                    caches += Math.min(distinct, node.cache().capacityBytes() / meanBytes) * ENTRY_BYTES;
                }
                admission += (double) node.cache().admissionCells() * CELL_BYTES;
            }
        }
        double viewers = demand instanceof LiveEvent live ? live.audience().viewers()
                : demand instanceof OnDemandService vod ? vod.totalViewers() : 0;
        double objects = demand instanceof SyntheticStream s ? s.workload().objects() : 0;
        double[] parts = {caches, admission, (double) nodes * NODE_BYTES, viewers * VIEWER_BYTES,
                objects * OBJECT_BYTES};
        String[] names = {"the copies the caches can hold", "the second-hit admission tables",
                "the " + nodes + " cache nodes", "the " + (long) viewers + " viewers", "the catalog's objects"};
        double perReplication = 0;
        int largest = 0;
        for (int i = 0; i < parts.length; i++) {
            perReplication += parts[i];
            if (parts[i] > parts[largest]) {
                largest = i;
            }
        }
        double need = BASE_BYTES + perReplication * concurrent;
        if (need <= heapBytes * HEAP_SHARE) {
            return null;
        }
        return String.format(Locale.ROOT, "the run needs about %s of memory (%s: %s%s) but Java has %s; use fewer"
                        + " or smaller caches or viewers, or give Java more memory (docs/trust.md#memory)",
                gib(need), names[largest], gib(parts[largest]), concurrent > 1 ? " per replication, " + concurrent
                        + " replications at once" : "", gib(heapBytes));
    }

    /**
     * Copies a cache node can hold at most that the estimate counts: a synthetic stream's objects (at most its
     * requests), a live event's segments and playlists, an on-demand service's pre-positioned titles (in the tiers it
     * fills). Copies an on-demand run fetches are not counted: a run that fetches more than the heap holds stops with
     * a clear message (docs/trust.md#memory).
     */
    static double distinctObjects(Scenario scenario, String tier) {
        Demand demand = scenario.demand();
        long duration = scenario.run().duration();
        if (demand instanceof SyntheticStream s) {
            Workload w = s.workload();
            return Math.min(w.objects(), w.rate() * duration / Micros.PER_SECOND);
        }
        if (demand instanceof LiveEvent live) {
            return (duration / (double) live.segmentDuration() + 1) * (live.ladder().size() * 2 + 1);
        }
        if (demand instanceof OnDemandService vod && vod.prePosition() != null
                && vod.prePosition().tiers().contains(tier)) {
            double segments = mean(vod.length()) / vod.segmentDuration() + 1;
            return Math.min(vod.prePosition().titles(), vod.titles()) * (segments + 2) * vod.ladder().size();
        }
        return 0;
    }

    private static double mean(Distribution d) {
        if (d instanceof Distribution.Fixed f) {
            return f.value();
        }
        if (d instanceof Distribution.Exponential e) {
            return e.mean();
        }
        Distribution.LogNormal ln = (Distribution.LogNormal) d;
        return ln.median() * Math.exp(ln.sigma() * ln.sigma() / 2);
    }

    /** The mean size of an object: the workload's, or the lowest rendition's segment (the most copies). */
    static double meanObjectBytes(Demand demand) {
        if (demand instanceof SyntheticStream s) {
            SizeSpec size = s.workload().size();
            return size instanceof SizeSpec.LogNormal ln
                    ? ln.medianBytes() * Math.exp(ln.sigma() * ln.sigma() / 2)
                    : ((SizeSpec.Fixed) size).bytes();
        }
        if (demand instanceof LiveEvent live) {
            return segmentBytes(live.ladder(), 0, live.segmentDuration());
        }
        if (demand instanceof OnDemandService vod) {
            return segmentBytes(vod.ladder(), 0, vod.segmentDuration());
        }
        return 1;
    }

    /** @return the bytes of a segment of one rendition (at least 1), before any size variation */
    static double segmentBytes(Ladder ladder, int rendition, long segmentDuration) {
        return Math.max(1, ladder.bitrate(rendition) * Micros.toSeconds(segmentDuration) / 8);
    }

    private static String gib(double bytes) {
        return bytes >= 1L << 30 ? String.format(Locale.ROOT, "%.1f GiB", bytes / (1L << 30))
                : String.format(Locale.ROOT, "%.0f MiB", bytes / (1L << 20));
    }
}
