package io.cdnsim.player;

import java.util.Arrays;

/**
 * Every viewer's state, in two records of longs per viewer (doubles stored as their bits), behind typed accessors:
 * the one place that knows the layout.
 *
 * <p>The hot record holds what the events of a segment download use: it is four cache lines, aligned to a line when
 * the array is (a large array starts a G1 region), so that reading a viewer ahead of its event ({@link #touch})
 * fetches four lines. Its first line holds all that the per-second count of the audience reads. The cold record
 * holds what joining, leaving, stalls, switches and errors use. The records grow as viewers join
 * ({@link #ensureCapacity}); a new record is all zeros.
 */
final class ViewerTable {

    /** Bytes in a cache line. */
    private static final int LINE_BYTES = 64;
    /** Longs in a cache line. */
    private static final int LONGS_PER_LINE = LINE_BYTES / Long.BYTES;
    /** Cache lines in a hot record. */
    private static final int HOT_LINES = 4;
    /** Longs in a hot record. */
    private static final int HOT = HOT_LINES * LONGS_PER_LINE;
    /** Bytes before a long[]'s first element (its header). */
    private static final int ARRAY_HEADER_BYTES = 16;
    /** Longs before the first hot record, so that it starts a line: 16 + 48 = 64 bytes. */
    private static final int HOT_OFFSET = (LINE_BYTES - ARRAY_HEADER_BYTES) / Long.BYTES;
    /** Longs in a cold record. */
    private static final int COLD = 15;

    // The hot record, one line of the processor's cache a row. Line 0: what the per-second count reads, and the
    // request chain's state.
    private static final int STATE = 0, STEP = 1, MAIN_STATUS = 2, RENDITION = 3,
            EDGE = 4, SEGMENT_DONE_AT = 5, BUFFER = 6, BUFFER_AT = 7;
    private static final int NEXT_INDEX = 8, KNOWN_LATEST = 9, PLAYLIST_IN_FLIGHT = 10, CURRENT = 11,
            FAST_ESTIMATE = 12, SLOW_ESTIMATE = 13, FAST_DECAY = 14, MAX_BUFFER = 15;
    private static final int MAX_RENDITION = 16, INITS_FETCHED = 17, REGION = 18, VARIATION_STREAM = 19,
            PLAYED_TIME = 20, RTT = 21, THROUGHPUT = 22, VARIATION = 23;
    private static final int LOG_DEVIATION = 24, BITRATE_TIME = 25, SEGMENTS = 26, RETRIES = 27,
            PLAYLIST_VERSION = 28, SLOW_DECAY = 29, TITLE = 30, ABR_MEMORY = 31;
    // The cold record.
    private static final int MAIN_VERSION = 0, JOINED_AT = 1, PLAY_START = 2,
            STALL_TIME = 3, STALLS = 4, SWITCHES = 5;
    private static final int ERRORS = 6, DEVICE = 7, KEY_HELD = 8,
            PLAYLIST_RETRIES = 9, STALL_START = 10, GLOBAL_ID = 11;
    private static final int ARRIVED_AT = 12, ARRIVAL_BUFFER = 13, PLACEHOLDER = 14;

    /** Viewer v's hot field f at {@code HOT_OFFSET + v * HOT + f}, its cold field f at {@code v * COLD + f}. */
    private long[] hot;
    private long[] cold;

    /** @param capacity viewers to make room for at first */
    ViewerTable(int capacity) {
        hot = new long[HOT_OFFSET + capacity * HOT];
        cold = new long[capacity * COLD];
    }

    /** Grows the records to hold {@code viewers} viewers. */
    void ensureCapacity(int viewers) {
        if (HOT_OFFSET + viewers * HOT > hot.length) {
            int capacity = Math.max(viewers, 2 * (hot.length - HOT_OFFSET) / HOT);
            hot = Arrays.copyOf(hot, HOT_OFFSET + capacity * HOT);
            cold = Arrays.copyOf(cold, capacity * COLD);
        }
    }

    /** Reads the viewer's hot record, one long of each of its four lines, for an event due soon. */
    long touch(int v) {
        int base = HOT_OFFSET + v * HOT;
        return hot[base] + hot[base + LONGS_PER_LINE] + hot[base + 2 * LONGS_PER_LINE]
                + hot[base + 3 * LONGS_PER_LINE];
    }

    /**
     * Fills in who a joining viewer is: what its record holds for the whole session.
     *
     * @param v               the viewer's record
     * @param globalId        its number in the whole audience
     * @param draw            who it is
     * @param title           what it watches
     * @param variationStream the state of its own stream of throughput variation
     * @param now             when it joins
     */
    void admit(int v, int globalId, ViewerFactory.Viewer draw, int title, long variationStream, long now) {
        cold[v * COLD + GLOBAL_ID] = globalId;
        hot[HOT_OFFSET + v * HOT + REGION] = draw.region();
        cold[v * COLD + DEVICE] = draw.device();
        hot[HOT_OFFSET + v * HOT + EDGE] = draw.edgeNode();
        hot[HOT_OFFSET + v * HOT + MAX_BUFFER] = draw.maxBuffer();
        hot[HOT_OFFSET + v * HOT + MAX_RENDITION] = draw.maxRendition();
        hot[HOT_OFFSET + v * HOT + THROUGHPUT] = Double.doubleToRawLongBits(draw.throughput());
        hot[HOT_OFFSET + v * HOT + VARIATION] = Double.doubleToRawLongBits(draw.variation());
        hot[HOT_OFFSET + v * HOT + VARIATION_STREAM] = variationStream;
        hot[HOT_OFFSET + v * HOT + RTT] = draw.rtt();
        cold[v * COLD + JOINED_AT] = now;
        hot[HOT_OFFSET + v * HOT + TITLE] = title;
    }

    // What the viewer is, for its whole session (admit), its edge aside (content steering may move it).

    int globalId(int v) {
        return (int) cold[v * COLD + GLOBAL_ID];
    }
    int region(int v) {
        return (int) hot[HOT_OFFSET + v * HOT + REGION];
    }
    int device(int v) {
        return (int) cold[v * COLD + DEVICE];
    }

    int edge(int v) {
        return (int) hot[HOT_OFFSET + v * HOT + EDGE];
    }
    /** Content steering moved the viewer to another CDN: its edge is one of that CDN's from now on. */
    void setEdge(int v, int edge) {
        hot[HOT_OFFSET + v * HOT + EDGE] = edge;
    }

    long maxBuffer(int v) {
        return hot[HOT_OFFSET + v * HOT + MAX_BUFFER];
    }

    int maxRendition(int v) {
        return (int) hot[HOT_OFFSET + v * HOT + MAX_RENDITION];
    }

    double throughput(int v) {
        return Double.longBitsToDouble(hot[HOT_OFFSET + v * HOT + THROUGHPUT]);
    }

    double variation(int v) {
        return Double.longBitsToDouble(hot[HOT_OFFSET + v * HOT + VARIATION]);
    }

    long rtt(int v) {
        return hot[HOT_OFFSET + v * HOT + RTT];
    }

    long joinedAt(int v) {
        return cold[v * COLD + JOINED_AT];
    }

    int title(int v) {
        return (int) hot[HOT_OFFSET + v * HOT + TITLE];
    }

    // Playback (Playback).

    int state(int v) {
        return (int) hot[HOT_OFFSET + v * HOT + STATE];
    }
    void setState(int v, int state) {
        hot[HOT_OFFSET + v * HOT + STATE] = state;
    }

    long buffer(int v) {
        return hot[HOT_OFFSET + v * HOT + BUFFER];
    }
    void setBuffer(int v, long buffer) {
        hot[HOT_OFFSET + v * HOT + BUFFER] = buffer;
    }

    long bufferAt(int v) {
        return hot[HOT_OFFSET + v * HOT + BUFFER_AT];
    }
    void setBufferAt(int v, long time) {
        hot[HOT_OFFSET + v * HOT + BUFFER_AT] = time;
    }

    long playedTime(int v) {
        return hot[HOT_OFFSET + v * HOT + PLAYED_TIME];
    }
    void setPlayedTime(int v, long time) {
        hot[HOT_OFFSET + v * HOT + PLAYED_TIME] = time;
    }

    double bitrateTime(int v) {
        return Double.longBitsToDouble(hot[HOT_OFFSET + v * HOT + BITRATE_TIME]);
    }
    void setBitrateTime(int v, double bitTime) {
        hot[HOT_OFFSET + v * HOT + BITRATE_TIME] = Double.doubleToRawLongBits(bitTime);
    }

    long segments(int v) {
        return hot[HOT_OFFSET + v * HOT + SEGMENTS];
    }
    void setSegments(int v, long segments) {
        hot[HOT_OFFSET + v * HOT + SEGMENTS] = segments;
    }

    long playStart(int v) {
        return cold[v * COLD + PLAY_START];
    }
    void setPlayStart(int v, long time) {
        cold[v * COLD + PLAY_START] = time;
    }

    long stallStart(int v) {
        return cold[v * COLD + STALL_START];
    }
    void setStallStart(int v, long time) {
        cold[v * COLD + STALL_START] = time;
    }

    long stallTime(int v) {
        return cold[v * COLD + STALL_TIME];
    }
    void setStallTime(int v, long time) {
        cold[v * COLD + STALL_TIME] = time;
    }

    long stalls(int v) {
        return cold[v * COLD + STALLS];
    }
    void setStalls(int v, long stalls) {
        cold[v * COLD + STALLS] = stalls;
    }

    // The throughput: its estimate (ThroughputEstimate) and the last mile's actual one (LastMiles).

    double fastEstimate(int v) {
        return Double.longBitsToDouble(hot[HOT_OFFSET + v * HOT + FAST_ESTIMATE]);
    }

    double slowEstimate(int v) {
        return Double.longBitsToDouble(hot[HOT_OFFSET + v * HOT + SLOW_ESTIMATE]);
    }

    double fastDecay(int v) {
        return Double.longBitsToDouble(hot[HOT_OFFSET + v * HOT + FAST_DECAY]);
    }

    double slowDecay(int v) {
        return Double.longBitsToDouble(hot[HOT_OFFSET + v * HOT + SLOW_DECAY]);
    }

    /** Sets both EWMAs and what remains of their zero start. */
    void setEstimates(int v, double fast, double slow, double fastDecay, double slowDecay) {
        int base = HOT_OFFSET + v * HOT;
        hot[base + FAST_ESTIMATE] = Double.doubleToRawLongBits(fast);
        hot[base + SLOW_ESTIMATE] = Double.doubleToRawLongBits(slow);
        hot[base + FAST_DECAY] = Double.doubleToRawLongBits(fastDecay);
        hot[base + SLOW_DECAY] = Double.doubleToRawLongBits(slowDecay);
    }

    double current(int v) {
        return Double.longBitsToDouble(hot[HOT_OFFSET + v * HOT + CURRENT]);
    }
    void setCurrent(int v, double bps) {
        hot[HOT_OFFSET + v * HOT + CURRENT] = Double.doubleToRawLongBits(bps);
    }

    double logDeviation(int v) {
        return Double.longBitsToDouble(hot[HOT_OFFSET + v * HOT + LOG_DEVIATION]);
    }
    void setLogDeviation(int v, double deviation) {
        hot[HOT_OFFSET + v * HOT + LOG_DEVIATION] = Double.doubleToRawLongBits(deviation);
    }

    long variationStream(int v) {
        return hot[HOT_OFFSET + v * HOT + VARIATION_STREAM];
    }
    void setVariationStream(int v, long state) {
        hot[HOT_OFFSET + v * HOT + VARIATION_STREAM] = state;
    }

    // The request chains (Viewers).

    int step(int v) {
        return (int) hot[HOT_OFFSET + v * HOT + STEP];
    }
    void setStep(int v, int step) {
        hot[HOT_OFFSET + v * HOT + STEP] = step;
    }

    int mainStatus(int v) {
        return (int) hot[HOT_OFFSET + v * HOT + MAIN_STATUS];
    }
    void setMainStatus(int v, int status) {
        hot[HOT_OFFSET + v * HOT + MAIN_STATUS] = status;
    }

    int rendition(int v) {
        return (int) hot[HOT_OFFSET + v * HOT + RENDITION];
    }
    void setRendition(int v, int rendition) {
        hot[HOT_OFFSET + v * HOT + RENDITION] = rendition;
    }

    long segmentDoneAt(int v) {
        return hot[HOT_OFFSET + v * HOT + SEGMENT_DONE_AT];
    }
    void setSegmentDoneAt(int v, long time) {
        hot[HOT_OFFSET + v * HOT + SEGMENT_DONE_AT] = time;
    }

    long nextIndex(int v) {
        return hot[HOT_OFFSET + v * HOT + NEXT_INDEX];
    }
    void setNextIndex(int v, long index) {
        hot[HOT_OFFSET + v * HOT + NEXT_INDEX] = index;
    }

    long knownLatest(int v) {
        return hot[HOT_OFFSET + v * HOT + KNOWN_LATEST];
    }
    void setKnownLatest(int v, long index) {
        hot[HOT_OFFSET + v * HOT + KNOWN_LATEST] = index;
    }

    boolean playlistInFlight(int v) {
        return (int) hot[HOT_OFFSET + v * HOT + PLAYLIST_IN_FLIGHT] != 0;
    }
    void setPlaylistInFlight(int v, boolean inFlight) {
        hot[HOT_OFFSET + v * HOT + PLAYLIST_IN_FLIGHT] = inFlight ? 1 : 0;
    }

    long playlistVersion(int v) {
        return hot[HOT_OFFSET + v * HOT + PLAYLIST_VERSION];
    }
    void setPlaylistVersion(int v, long version) {
        hot[HOT_OFFSET + v * HOT + PLAYLIST_VERSION] = version;
    }

    long mainVersion(int v) {
        return cold[v * COLD + MAIN_VERSION];
    }
    void setMainVersion(int v, long version) {
        cold[v * COLD + MAIN_VERSION] = version;
    }

    /** @return whether the viewer has the init segment of a rendition */
    boolean hasInit(int v, int rendition) {
        return (hot[HOT_OFFSET + v * HOT + INITS_FETCHED] & (1L << rendition)) != 0;
    }
    void addInit(int v, int rendition) {
        hot[HOT_OFFSET + v * HOT + INITS_FETCHED] |= 1L << rendition;
    }

    long keyHeld(int v) {
        return cold[v * COLD + KEY_HELD];
    }
    void setKeyHeld(int v, long keyPeriod) {
        cold[v * COLD + KEY_HELD] = keyPeriod;
    }

    /** @return the failures in a row of the main chain's request, or of the playlist reload's */
    long retries(int v, boolean main) {
        return main ? hot[HOT_OFFSET + v * HOT + RETRIES] : cold[v * COLD + PLAYLIST_RETRIES];
    }
    void setRetries(int v, boolean main, long retries) {
        if (main) {
            hot[HOT_OFFSET + v * HOT + RETRIES] = retries;
        } else {
            cold[v * COLD + PLAYLIST_RETRIES] = retries;
        }
    }

    long switches(int v) {
        return cold[v * COLD + SWITCHES];
    }
    void setSwitches(int v, long switches) {
        cold[v * COLD + SWITCHES] = switches;
    }

    long errors(int v) {
        return cold[v * COLD + ERRORS];
    }
    void setErrors(int v, long errors) {
        cold[v * COLD + ERRORS] = errors;
    }

    int abrMemory(int v) {
        return (int) hot[HOT_OFFSET + v * HOT + ABR_MEMORY];
    }
    void setAbrMemory(int v, int memory) {
        hot[HOT_OFFSET + v * HOT + ABR_MEMORY] = memory;
    }

    /** @return when the viewer's last segment arrived, microseconds */
    long arrivedAt(int v) {
        return cold[v * COLD + ARRIVED_AT];
    }
    /** @return the buffer just after the viewer's last segment joined it, microseconds */
    long arrivalBuffer(int v) {
        return cold[v * COLD + ARRIVAL_BUFFER];
    }
    void setArrival(int v, long time, long buffer) {
        cold[v * COLD + ARRIVED_AT] = time;
        cold[v * COLD + ARRIVAL_BUFFER] = buffer;
    }
    /** @return BOLA-E's placeholder buffer, seconds */
    double placeholder(int v) {
        return Double.longBitsToDouble(cold[v * COLD + PLACEHOLDER]);
    }
    void setPlaceholder(int v, double seconds) {
        cold[v * COLD + PLACEHOLDER] = Double.doubleToRawLongBits(seconds);
    }
}
