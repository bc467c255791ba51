package io.cdnsim.config;

import io.cdnsim.kernel.Micros;
import io.cdnsim.model.Arrival;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads {@code audience.arrival}: when viewers join, as a spike, a Poisson stream, a diurnal curve or a table of
 * rates.
 */
final class ArrivalReader {

    private static final List<String> ARRIVALS = List.of("spike", "poisson", "diurnal", "table");

    private ArrivalReader() {
    }

    /**
     * @param a        the arrival as written
     * @param duration the run's duration: a spike or the first point of a table after it would bring nobody
     * @return the arrival
     */
    static Arrival read(Problems p, ScenarioFile.ArrivalFile a, long duration) {
        if (a == null) {
            p.add("audience.arrival", "missing: when viewers join, for example {type: spike, at: 30s, ramp: 2min}");
            return new Arrival.Spike(0, 0);
        }
        String type = a.type() == null ? "" : a.type();
        switch (type) {
            case "spike": {
                long at = p.micros("audience.arrival.at", a.at(), 0);
                if (at >= duration) {
                    p.add("audience.arrival.at", "the spike starts at or after the run's end ("
                            + Limits.written(duration) + "), so nobody would join; found '" + a.at() + "'");
                }
                return new Arrival.Spike(at, p.micros("audience.arrival.ramp", a.ramp(), 0));
            }
            case "poisson": {
                p.require("audience.arrival.rate", a.rate(), "joins per second, for example 200/s");
                double rate = p.perSecond("audience.arrival.rate", a.rate(), 1);
                if (!(rate > 0)) {
                    p.add("audience.arrival.rate", "must be more than 0");
                    rate = 1;
                }
                return new Arrival.Poisson(rate);
            }
            case "diurnal": {
                p.require("audience.arrival.base", a.base(), "joins per second at the quietest hour");
                p.require("audience.arrival.peak", a.peak(), "joins per second at the peak");
                double base = p.perSecond("audience.arrival.base", a.base(), 0);
                double peak = p.perSecond("audience.arrival.peak", a.peak(), 1);
                if (!(peak > 0) || base < 0) {
                    p.add("audience.arrival.peak", "the peak rate must be more than 0 and the base 0 or more");
                    peak = 1;
                } else if (base > peak) {
                    p.add("audience.arrival.base", "the quietest hour's rate may not exceed the peak's, found base "
                            + a.base() + " and peak " + a.peak());
                }
                long peakAt = p.micros("audience.arrival.peakAt", a.peakAt(), 0);
                if (peakAt >= Micros.DAY) {
                    p.add("audience.arrival.peakAt", "the peak's time of day, from 0s to under 24h, found '"
                            + a.peakAt() + "'");
                }
                return new Arrival.Diurnal(base, peak, peakAt);
            }
            case "table":
                return table(p, a, duration);
            default:
                p.add("audience.arrival.type", (type.isEmpty() ? "missing: the arrival type" : "unknown arrival type '"
                        + type + "'" + Problems.didYouMean(type, ARRIVALS)) + "; known: " + String.join(", ", ARRIVALS));
                return new Arrival.Spike(0, 0);
        }
    }

    private static Arrival table(Problems p, ScenarioFile.ArrivalFile a, long duration) {
        List<Long> times = new ArrayList<>();
        List<Double> rates = new ArrayList<>();
        int firstPoint = 0;
        if (a.points() == null || a.points().isEmpty()) {
            p.add("audience.arrival.points", "missing: (at, rate) points, for example "
                    + "[{at: 0s, rate: 100/min}, {at: 10min, rate: 5000/min}]");
            return new Arrival.Poisson(1);
        }
        for (int i = 0; i < a.points().size(); i++) {
            ScenarioFile.PointFile pt = a.points().get(i);
            String path = "audience.arrival.points[" + i + "]";
            if (pt == null || pt.at() == null || pt.rate() == null) {
                p.add(path, "expected {at: 10min, rate: 5000/min}");
                continue;
            }
            long at = p.micros(path + ".at", pt.at(), 0);
            if (times.isEmpty()) {
                firstPoint = i;
            }
            if (!times.isEmpty() && at <= times.get(times.size() - 1)) {
                p.add(path + ".at", "points must be in increasing time");
            }
            times.add(at);
            rates.add(p.perSecond(path + ".rate", pt.rate(), 0));
        }
        if (!times.isEmpty() && times.get(0) >= duration) {
            p.add("audience.arrival.points[" + firstPoint + "].at", "the table starts at or after the run's end ("
                    + Limits.written(duration) + "), so none of its points is reached; found '"
                    + a.points().get(firstPoint).at() + "'");
        }
        if (times.isEmpty() || rates.stream().noneMatch(r -> r > 0)) {
            p.add("audience.arrival.points", "at least one point needs a rate above 0");
            return new Arrival.Poisson(1);
        }
        return new Arrival.Table(times, rates);
    }
}
