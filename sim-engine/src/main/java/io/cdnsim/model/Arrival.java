package io.cdnsim.model;

import java.util.List;

/** When viewers join (V1). Times in microseconds, rates in viewers per second. */
public sealed interface Arrival {

    /**
     * Everyone joins within a ramp: join times uniform over [at, at + ramp] (a premiere).
     *
     * @param at   start of the ramp
     * @param ramp its length (0: all at once)
     */
    record Spike(long at, long ramp) implements Arrival {
    }

    /**
     * Joins form a Poisson process at a constant rate until every viewer has joined.
     *
     * @param rate joins per second
     */
    record Poisson(double rate) implements Arrival {
    }

    /**
     * Joins form a Poisson process whose rate follows a day: base + (peak - base) × (1 + cos(2π(t - peakAt)/24h))/2.
     *
     * @param baseRate joins per second at the quietest hour
     * @param peakRate joins per second at the peak
     * @param peakAt   time of the peak
     */
    record Diurnal(double baseRate, double peakRate, long peakAt) implements Arrival {
    }

    /**
     * A load-ramp table: the join rate is piecewise linear between the points, constant after the last one.
     *
     * @param times times of the points, increasing
     * @param rates joins per second at each point
     */
    record Table(List<Long> times, List<Double> rates) implements Arrival {
        /** Copies the lists. */
        public Table {
            times = List.copyOf(times);
            rates = List.copyOf(rates);
        }
    }
}
