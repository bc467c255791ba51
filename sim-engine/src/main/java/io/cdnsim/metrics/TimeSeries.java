package io.cdnsim.metrics;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Per-second counts for each tier, handed to a {@link Sink} as each second closes, so memory does not grow with the
 * run. Columns: for each tier (the origin last), requests that arrived, then each outcome, then bytes sent; then the
 * workload's own columns (viewers, for a live event), filled by an {@link Extra} when the second closes; then, for a
 * network of several CDNs, each CDN's own tiers ({@code cdn-a_edge}, ...: requests that arrived and bytes sent), which
 * its nodes count into besides their network tier ({@link NodeProbe}'s lane). The series
 * also tracks the peak per-second request and byte rates of each tier after the warm-up, and each tier's bytes per
 * five-minute window from the end of the warm-up (for 95th-percentile billing: a few thousand numbers a month).
 */
public final class TimeSeries {

    /** Receives one row per simulated second. */
    @FunctionalInterface
    public interface Sink {
        /**
         * @param second the second (0 is the first second of the run)
         * @param values the row, in the order of {@link TimeSeries#columns()}; only valid during the call
         */
        void row(long second, long[] values);

        /** A sink that keeps nothing. */
        Sink NONE = (second, values) -> { };
    }

    /** Fills the workload's own columns of a row when a second closes. */
    @FunctionalInterface
    public interface Extra {
        /**
         * @param row    the row
         * @param offset where the extra columns start
         */
        void fill(long[] row, int offset);
    }

    private static final int PER_TIER = 2 + Outcome.count();
    /** Columns of a CDN's tier: requests, bytes. */
    private static final int PER_LANE = 2;
    /** Seconds in a billing window. */
    public static final int WINDOW_SECONDS = 300;

    private final List<String> tierNames;
    private final List<String> extraColumns;
    private final List<String> laneNames;
    private final int laneOffset;
    private final long[] peakLaneRequests;
    private final long[] peakLaneBytes;
    private final long[][] laneSecondBytes;
    private final long[][] laneWindowBytes;
    private Extra extra = (row, offset) -> { };
    private final long[] current;
    private final long[] peakRequests;
    private final long[] peakBytes;
    private final long[][] windowBytes;
    private final long warmupSeconds;
    private final Sink sink;
    private long second;
    private int windows;

    /**
     * @param tierNames     names of the cache tiers, then the origin tier last
     * @param warmupSeconds seconds of warm-up, whose rows are written but not used for peaks
     * @param sink          where rows go
     */
    public TimeSeries(List<String> tierNames, long warmupSeconds, Sink sink) {
        this(tierNames, List.of(), warmupSeconds, sink);
    }

    /**
     * @param tierNames     names of the cache tiers, then the origin tier last
     * @param extraColumns  names of the workload's own columns
     * @param warmupSeconds seconds of warm-up, whose rows are written but not used for peaks
     * @param sink          where rows go
     */
    public TimeSeries(List<String> tierNames, List<String> extraColumns, long warmupSeconds, Sink sink) {
        this(tierNames, extraColumns, List.of(), warmupSeconds, sink);
    }

    /**
     * @param tierNames     names of the cache tiers, then the origin tier last
     * @param extraColumns  names of the workload's own columns
     * @param laneNames     each CDN's tiers ({@code cdn-a_edge}), empty for a network of one CDN
     * @param warmupSeconds seconds of warm-up, whose rows are written but not used for peaks
     * @param sink          where rows go
     */
    public TimeSeries(List<String> tierNames, List<String> extraColumns, List<String> laneNames, long warmupSeconds,
                      Sink sink) {
        this.tierNames = List.copyOf(tierNames);
        this.extraColumns = List.copyOf(extraColumns);
        this.laneNames = List.copyOf(laneNames);
        this.laneOffset = tierNames.size() * PER_TIER + extraColumns.size();
        this.current = new long[laneOffset + PER_LANE * laneNames.size()];
        this.peakLaneRequests = new long[laneNames.size()];
        this.peakLaneBytes = new long[laneNames.size()];
        this.laneSecondBytes = new long[laneNames.size()][0];
        this.laneWindowBytes = new long[laneNames.size()][0];
        this.peakRequests = new long[tierNames.size()];
        this.peakBytes = new long[tierNames.size()];
        this.windowBytes = new long[tierNames.size()][0];
        this.warmupSeconds = warmupSeconds;
        this.sink = sink;
    }

    /** @return the column names of each row */
    public List<String> columns() {
        return columns(tierNames, extraColumns, laneNames);
    }

    /** @param filler fills the workload's own columns */
    public void setExtra(Extra filler) {
        this.extra = filler;
    }

    /**
     * @param tierNames    names of the cache tiers, then the origin tier last
     * @param extraColumns names of the workload's own columns
     * @return the column names of each row of a series over these tiers
     */
    public static List<String> columns(List<String> tierNames, List<String> extraColumns) {
        return columns(tierNames, extraColumns, List.of());
    }

    /**
     * @param tierNames    names of the cache tiers, then the origin tier last
     * @param extraColumns names of the workload's own columns
     * @param laneNames    each CDN's tiers, empty for one CDN
     * @return the column names of each row of a series over these tiers: the lanes' after the workload's
     */
    public static List<String> columns(List<String> tierNames, List<String> extraColumns, List<String> laneNames) {
        List<String> cols = new ArrayList<>();
        for (String t : tierNames) {
            cols.add(t + "_requests");
            for (Outcome o : Outcome.values()) {
                cols.add(t + "_" + o.label());
            }
            cols.add(t + "_bytes");
        }
        cols.addAll(extraColumns);
        for (String l : laneNames) {
            cols.add(l + "_requests");
            cols.add(l + "_bytes");
        }
        return cols;
    }

    /** A request arrived at a tier. @param tier tier index */
    public void arrival(int tier) {
        current[tier * PER_TIER]++;
    }

    /**
     * A tier answered a request.
     *
     * @param tier    tier index
     * @param outcome how
     * @param bytes   bytes sent
     */
    public void answered(int tier, Outcome outcome, long bytes) {
        int base = tier * PER_TIER;
        current[base + 1 + outcome.ordinal()]++;
        current[base + PER_TIER - 1] += bytes;
    }

    /** A request arrived at a node of a CDN's tier. @param lane the CDN's tier, in the order of the lane names */
    public void laneArrival(int lane) {
        current[laneOffset + lane * PER_LANE]++;
    }

    /**
     * A node of a CDN's tier answered a request.
     *
     * @param lane  the CDN's tier
     * @param bytes bytes sent
     */
    public void laneAnswered(int lane, long bytes) {
        current[laneOffset + lane * PER_LANE + 1] += bytes;
    }

    /**
     * Adds this series' counts of the current second into another's and starts the second again at zero: a
     * partitioned run counts each partition apart and closes each second on the total.
     *
     * @param total a series over the same tiers
     */
    public void moveCountsInto(TimeSeries total) {
        int tiers = tierNames.size() * PER_TIER;
        for (int i = 0; i < tiers; i++) {
            total.current[i] += current[i];
            current[i] = 0;
        }
        for (int i = laneOffset; i < current.length; i++) {
            total.current[i] += current[i];
            current[i] = 0;
        }
    }

    /** Closes the current second: hands its row to the sink and starts the next. */
    public void closeSecond() {
        extra.fill(current, tierNames.size() * PER_TIER);
        sink.row(second, current);
        if (second >= warmupSeconds) {
            for (int t = 0; t < tierNames.size(); t++) {
                peakRequests[t] = Math.max(peakRequests[t], current[t * PER_TIER]);
                peakBytes[t] = Math.max(peakBytes[t], current[t * PER_TIER + PER_TIER - 1]);
            }
            int window = (int) ((second - warmupSeconds) / WINDOW_SECONDS);
            for (int t = 0; t < tierNames.size(); t++) {
                if (windowBytes[t].length <= window) {
                    windowBytes[t] = Arrays.copyOf(windowBytes[t], Math.max(window + 1, 2 * windowBytes[t].length));
                }
                windowBytes[t][window] += current[t * PER_TIER + PER_TIER - 1];
            }
            windows = window + 1;
            closeLanes((int) (second - warmupSeconds), window);
        }
        Arrays.fill(current, 0);
        second++;
    }

    private void closeLanes(int measured, int window) {
        for (int l = 0; l < laneNames.size(); l++) {
            long requests = current[laneOffset + l * PER_LANE];
            long bytes = current[laneOffset + l * PER_LANE + 1];
            peakLaneRequests[l] = Math.max(peakLaneRequests[l], requests);
            peakLaneBytes[l] = Math.max(peakLaneBytes[l], bytes);
            if (laneSecondBytes[l].length <= measured) {
                laneSecondBytes[l] = Arrays.copyOf(laneSecondBytes[l], Math.max(measured + 1,
                        2 * laneSecondBytes[l].length));
            }
            laneSecondBytes[l][measured] = bytes;
            if (laneWindowBytes[l].length <= window) {
                laneWindowBytes[l] = Arrays.copyOf(laneWindowBytes[l], Math.max(window + 1,
                        2 * laneWindowBytes[l].length));
            }
            laneWindowBytes[l][window] += bytes;
        }
    }

    /** @param lane a CDN's tier @return most requests that arrived at its nodes in one second after the warm-up */
    public long peakLaneRequestsPerSecond(int lane) {
        return peakLaneRequests[lane];
    }

    /** @param lane a CDN's tier @return most bytes its nodes sent in one second after the warm-up */
    public long peakLaneBytesPerSecond(int lane) {
        return peakLaneBytes[lane];
    }

    /**
     * @param lane a CDN's tier
     * @return bytes its nodes sent in each second from the end of the warm-up
     */
    public long[] laneSecondBytes(int lane) {
        return Arrays.copyOf(laneSecondBytes[lane], windows == 0 ? 0 : (int) (second - warmupSeconds));
    }

    /**
     * @param lane a CDN's tier
     * @return bytes its nodes sent in each five-minute window from the end of the warm-up (the last may be partial)
     */
    public List<Long> laneWindowBytes(int lane) {
        List<Long> result = new ArrayList<>(windows);
        for (int w = 0; w < windows; w++) {
            result.add(laneWindowBytes[lane][w]);
        }
        return result;
    }

    /** @param tier tier index @return most requests that arrived in one second after the warm-up */
    public long peakRequestsPerSecond(int tier) {
        return peakRequests[tier];
    }

    /**
     * @param tier tier index
     * @return bytes the tier sent in each five-minute window from the end of the warm-up (the last may be partial)
     */
    public List<Long> windowBytes(int tier) {
        List<Long> result = new ArrayList<>(windows);
        for (int w = 0; w < windows; w++) {
            result.add(windowBytes[tier][w]);
        }
        return result;
    }

    /** @param tier tier index @return most bytes sent in one second after the warm-up */
    public long peakBytesPerSecond(int tier) {
        return peakBytes[tier];
    }
}
