package io.cdnsim.config.trace;

import io.cdnsim.config.Limits;
import io.cdnsim.kernel.Micros;

/**
 * The limits of the trace readers that scenario files do not share (those are in {@link Limits}: the span of a
 * trace's times, its number of requests, the size of an object, the range of a throughput). docs/trust.md lists
 * them all with their reasons. A trace over a limit is refused where the limit is passed, with the file, the line
 * or record, the field and the limit.
 */
public final class TraceLimits {

    /**
     * Largest request trace file, in bytes: 1 TiB. {@link Limits#MAX_REQUESTS} requests are 480 GB of 24-byte
     * oracle-general records, or about 1 TB of text lines of 50 bytes.
     */
    public static final long MAX_REQUEST_TRACE_BYTES = 1L << 40;
    /**
     * How many times its own size a compressed request trace may expand to: 200. Real traces compress 3 to 30
     * times; a compression bomb (gzip reaches 1000 times, zstd far more) is refused after reading this much.
     */
    public static final long MAX_EXPANSION = 200;
    /** Bytes a compressed request trace may always expand to, however small the file: 64 MiB. */
    public static final long MIN_EXPANDED_BYTES = 64L << 20;
    /**
     * Largest network trace, in bytes, on disk and decompressed: 64 MiB. It is read whole; 31 days of one-second
     * samples in the cooked format take about 60 MB, and published traces take kilobytes.
     */
    public static final int MAX_NETWORK_TRACE_BYTES = 64 << 20;
    /** Longest latency of a network trace's period: one minute, beyond any network's round trip. */
    public static final long MAX_LATENCY = Micros.MINUTE;
    /** Most requests a trace may hold: {@link Limits#MAX_REQUESTS}, as for a scenario. */
    public static final long MAX_REQUESTS = (long) Limits.MAX_REQUESTS;

    private TraceLimits() {
    }

    /**
     * @param fileBytes the size of a compressed file
     * @return how many bytes it may expand to
     */
    static long expandedBytes(long fileBytes) {
        return Math.max(MIN_EXPANDED_BYTES, fileBytes > Long.MAX_VALUE / MAX_EXPANSION ? Long.MAX_VALUE
                : fileBytes * MAX_EXPANSION);
    }

    /** @return a duration in microseconds as whole days and seconds, for messages, e.g. {@code 31 days (2678400 s)} */
    static String days(long micros) {
        return micros / Micros.DAY + " days (" + micros / Micros.SECOND + " s)";
    }
}
