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
     * Most rows of timeseries.csv (one per simulated second and replication): 3 x 10<sup>7</sup>, about 2 GB; 31
     * days of one replication are 2,678,400.
     */
    public static final long MAX_SERIES_ROWS = 30_000_000L;
    /**
     * Smallest share of throughput a congestion episode leaves, and the range of a device's throughput factor
     * (0.001 to 1000): below it a download of one segment could outlast the run by days.
     */
    public static final double MIN_THROUGHPUT_SHARE = 0.001;

    /** Most cache nodes and origins in a topology (an event loop takes 4096 handlers; a few are the run's own). */
    public static final int MAX_NODES = 4000;
    /** Longest round trip of a link. */
    public static final long MAX_RTT = 10 * Micros.SECOND;
    /**
     * Longest service time, origin timeout and lock timeout: one hour. With the other limits this keeps the drain
     * after a run's end well within a day ({@code Simulation.MAX_DRAIN}).
     */
    public static final long MAX_WAIT = Micros.HOUR;

    /** Most repeats of the measured window in a month: one second every second of 30 days. */
    public static final long MAX_REPEATS_PER_MONTH = 30L * 86_400;

    /**
     * Range of a request rate (an origin's capacity, what an instance serves, a workload's rate), per second: below
     * one request in about 17 minutes a figure derived from it (instances, queueing) runs out of range.
     */
    public static final double MIN_RATE = 0.001;
    /** Highest request rate, per second. */
    public static final double MAX_RATE = 1e9;

    /** Largest response header. */
    public static final long MAX_HEADER_BYTES = 64 * 1024;

    /**
     * Largest object (or response) in bytes, of a trace or a workload (the median of a lognormal size; sizes drawn
     * from it are cut at {@code SizeSpec.MAX_BYTES}): 1 TiB, more than any one file a CDN serves; at
     * {@link #MIN_BITS_PER_SECOND} it downloads in 280 years, which a long still counts in microseconds.
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

    /**
     * Highest bitrate of a rendition: 100 Gbit/s, hundreds of times an 8K stream's; a 60 s segment of it is 750 GB,
     * within {@link #MAX_OBJECT_BYTES}.
     */
    public static final double MAX_RENDITION_BITS_PER_SECOND = 1e11;

    /** Largest scenario, topology or price sheet file: 1 MiB, a topology of thousands of nodes. */
    public static final int MAX_DOCUMENT_BYTES = 1 << 20;

    private Limits() {
    }

    /** Records a problem if a duration is over its limit. */
    static void atMost(Problems p, String path, long micros, long limit, String written) {
        if (micros > limit) {
            p.add(path, "at most " + written(limit) + ", found '" + written + "'");
        }
    }

    /** @return a limit as a user would write it: {@code 1h}, {@code 10s}, {@code 31d} */
    static String written(long micros) {
        long[] units = {Micros.DAY, Micros.HOUR, Micros.MINUTE, Micros.SECOND, Micros.MILLISECOND};
        String[] names = {"d", "h", "min", "s", "ms"};
        for (int i = 0; i < units.length; i++) {
            if (micros % units[i] == 0) {
                return micros / units[i] + names[i];
            }
        }
        return micros + "us";
    }
}
