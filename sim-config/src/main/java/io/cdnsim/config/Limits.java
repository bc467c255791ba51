package io.cdnsim.config;

import io.cdnsim.kernel.Micros;

/**
 * Every limit that keeps an input within what cdnsim can run, in one place; docs/trust.md lists them with the reason
 * for each. A value over a limit is refused before the run, naming the field, what it implies and the limit.
 */
public final class Limits {

    /** Most requests a scenario may ask for (rate x duration x replications), to catch absurd inputs early. */
    public static final double MAX_REQUESTS = 2e10;
    /** Most objects a synthetic workload may have. */
    public static final int MAX_OBJECTS = 200_000_000;
    /** Most replications, in a scenario file or on the command line. */
    public static final int MAX_REPLICATIONS = 1000;
    /** Longest simulated duration, of a run or of the span of a replayed trace: 31 days. */
    public static final long MAX_DURATION = 31 * Micros.DAY;
    /**
     * Largest object (or response) in bytes, of a trace or a workload: 1 TiB, more than any one file a CDN serves;
     * at {@link #MIN_BITS_PER_SECOND} it downloads in 280 years, which a long still counts in microseconds.
     */
    public static final long MAX_OBJECT_BYTES = 1L << 40;
    /**
     * Slowest last-mile throughput other than an outage (0): 1 kbit/s, below any dial-up or GPRS link; slower, a
     * download of a {@link #MAX_OBJECT_BYTES} object would outlast what a long counts in microseconds.
     */
    public static final double MIN_BITS_PER_SECOND = 1e3;
    /** Fastest last-mile throughput: 1 Tbit/s, a hundred times the fastest access links sold. */
    public static final double MAX_BITS_PER_SECOND = 1e12;
    /**
     * Most bytes a run's requests may ask for in all: 2<sup>59</sup> (512 PiB), sixteen times below what a long
     * counts, so that every byte counter (per tier, or in bits) holds them.
     */
    public static final long MAX_REQUESTED_BYTES = 1L << 59;

    private Limits() {
    }
}
