package io.cdnsim.player;

import io.cdnsim.kernel.Micros;
import io.cdnsim.model.Arrival;
import org.apache.commons.rng.UniformRandomProvider;

/**
 * The join times of an audience, in increasing order, one at a time, from the {@code joins} stream.
 *
 * <p>Spike: the order statistics of {@code viewers} uniform times over the ramp, generated in order (the next of
 * k remaining uniform points on [t, end] lies at end − (end − t)·U^(1/k)). Poisson: exponential gaps at the rate.
 * Diurnal and table: a non-homogeneous Poisson process by thinning (Lewis and Shedler) under the largest rate.
 */
public final class JoinTimes implements Joins {

    /** No more joins. */
    public static final long NONE = Joins.NONE;

    private final Arrival arrival;
    private final UniformRandomProvider rng;
    private final int viewers;
    private final double maxRate;
    private final long end;
    private int emitted;
    private double t;

    /**
     * @param arrival the arrival process
     * @param viewers how many viewers join in all
     * @param rng     the {@code joins} stream
     * @param end     no join happens at or after this time (the run's end): a rate that falls to zero ends joins
     */
    public JoinTimes(Arrival arrival, int viewers, UniformRandomProvider rng, long end) {
        this.arrival = arrival;
        this.end = end;
        this.rng = rng;
        this.viewers = viewers;
        this.maxRate = maxRate(arrival);
        this.t = arrival instanceof Arrival.Spike s ? s.at() : 0;
    }

    @Override
    public long next() {
        if (emitted == viewers || t >= end) {
            return NONE;
        }
        int remaining = viewers - emitted;
        emitted++;
        if (arrival instanceof Arrival.Spike s) {
            double end = s.at() + (double) s.ramp();
            t = end - (end - t) * Math.pow(rng.nextDouble(), 1.0 / remaining);
            return (long) t;
        }
        if (arrival instanceof Arrival.Poisson p) {
            t += exponential(p.rate());
            return (long) t;
        }
        while (t < end) {
            t += exponential(maxRate);
            if (rng.nextDouble() * maxRate <= rate(t)) {
                return t < end ? (long) t : NONE;
            }
        }
        return NONE;
    }

    /** @return 0: everyone watches the one channel */
    @Override
    public int title() {
        return 0;
    }

    private double exponential(double ratePerSecond) {
        return -Math.log1p(-rng.nextDouble()) * Micros.PER_SECOND / ratePerSecond;
    }

    /**
     * @param time microseconds
     * @return the join rate at that time, per second
     */
    double rate(double time) {
        if (arrival instanceof Arrival.Diurnal d) {
            double phase = 2 * Math.PI * (time - d.peakAt()) / 86_400e6;
            return d.baseRate() + (d.peakRate() - d.baseRate()) * (1 + Math.cos(phase)) / 2;
        }
        Arrival.Table table = (Arrival.Table) arrival;
        int n = table.times().size();
        if (time <= table.times().get(0)) {
            return table.rates().get(0);
        }
        for (int i = 1; i < n; i++) {
            long t1 = table.times().get(i);
            if (time <= t1) {
                long t0 = table.times().get(i - 1);
                double r0 = table.rates().get(i - 1);
                double r1 = table.rates().get(i);
                return r0 + (r1 - r0) * (time - t0) / (t1 - t0);
            }
        }
        return table.rates().get(n - 1);
    }

    private static double maxRate(Arrival arrival) {
        if (arrival instanceof Arrival.Diurnal d) {
            return Math.max(d.baseRate(), d.peakRate());
        }
        if (arrival instanceof Arrival.Table table) {
            return table.rates().stream().mapToDouble(Double::doubleValue).max().orElse(0);
        }
        return 0;
    }
}
