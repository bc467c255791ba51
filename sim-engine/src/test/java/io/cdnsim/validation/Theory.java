package io.cdnsim.validation;

import java.util.function.DoubleUnaryOperator;

/** Closed forms and approximations the validation tests compare the simulator against. */
final class Theory {

    private Theory() {
    }

    /**
     * @param n     number of objects
     * @param alpha exponent
     * @return p[i - 1] = i^-alpha / sum_j j^-alpha, the Zipf popularity of object i = 1..n
     */
    static double[] zipf(int n, double alpha) {
        double[] p = new double[n];
        double sum = 0;
        for (int i = 0; i < n; i++) {
            p[i] = Math.pow(i + 1, -alpha);
            sum += p[i];
        }
        for (int i = 0; i < n; i++) {
            p[i] /= sum;
        }
        return p;
    }

    /**
     * Che's characteristic time of an LRU cache under the independent reference model (Che, Tung, Wang 2002):
     * the T, in requests, with {@code sum_i (1 - exp(-p_i T)) = C}.
     *
     * @param p        popularities, summing to 1
     * @param capacity capacity in objects, below p.length
     * @return T
     */
    static double cheTime(double[] p, double capacity) {
        return solve(t -> {
            double occupied = 0;
            for (double pi : p) {
                occupied += -Math.expm1(-pi * t);
            }
            return occupied;
        }, capacity);
    }

    /**
     * @param p        popularities
     * @param capacity capacity in objects
     * @return Che's LRU hit ratio {@code sum_i p_i (1 - exp(-p_i T))}
     */
    static double cheLruHitRatio(double[] p, double capacity) {
        double t = cheTime(p, capacity);
        double h = 0;
        for (double pi : p) {
            h += pi * -Math.expm1(-pi * t);
        }
        return h;
    }

    /**
     * The FIFO (and RANDOM) characteristic time (Dan and Towsley 1990; Martina, Garetto, Leonardi 2014): the T with
     * {@code sum_i p_i T / (1 + p_i T) = C}.
     *
     * @param p        popularities
     * @param capacity capacity in objects
     * @return T
     */
    static double fifoTime(double[] p, double capacity) {
        return solve(t -> {
            double occupied = 0;
            for (double pi : p) {
                occupied += pi * t / (1 + pi * t);
            }
            return occupied;
        }, capacity);
    }

    /**
     * @param p        popularities
     * @param capacity capacity in objects
     * @return the FIFO approximation's hit ratio {@code sum_i p_i h_i}, {@code h_i = p_i T / (1 + p_i T)}
     */
    static double fifoHitRatio(double[] p, double capacity) {
        double t = fifoTime(p, capacity);
        double h = 0;
        for (double pi : p) {
            h += pi * (pi * t / (1 + pi * t));
        }
        return h;
    }

    /**
     * Solves {@code f(t) = target} for an increasing f with f(0) = 0 by bracketing and bisection.
     *
     * @param f      increasing function of t >= 0
     * @param target a value f reaches
     * @return t
     */
    static double solve(DoubleUnaryOperator f, double target) {
        double lo = 0;
        double hi = 1;
        while (f.applyAsDouble(hi) < target) {
            lo = hi;
            hi *= 2;
        }
        for (int i = 0; i < 200 && hi - lo > 1e-12 * hi; i++) {
            double mid = 0.5 * (lo + hi);
            if (f.applyAsDouble(mid) < target) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return 0.5 * (lo + hi);
    }

    /**
     * A TTL cache with a non-renewed lifetime under Poisson arrivals: each fetch opens a cycle in which the lifetime's
     * {@code lambda T} expected arrivals are hits; the next arrival fetches again.
     *
     * @param lambdaT arrival rate times lifetime
     * @return the share of requests that are hits, {@code lambda T / (1 + lambda T)}
     */
    static double ttlHitRatio(double lambdaT) {
        return lambdaT / (1 + lambdaT);
    }

    /**
     * Variance of the renewal-reward estimate of {@link #ttlHitRatio} from about {@code requests} requests: a cycle
     * has {@code 1 + X} requests with X Poisson(m) hits; the delta method gives {@code Var(X - R(1 + X)) / (cycles
     * E[1 + X]^2) = m / (requests (1 + m)^3)}.
     *
     * @param lambdaT  m = lambda T
     * @param requests requests measured
     * @return the variance of the hit share
     */
    static double ttlHitRatioVariance(double lambdaT, double requests) {
        return lambdaT / (requests * Math.pow(1 + lambdaT, 3));
    }

    /**
     * Request collapsing with no caching: a fetch starts at an arrival and holds every arrival of the next
     * {@code delta}; the fetches form a renewal process with cycle {@code delta + Exp(lambda)}.
     *
     * @param lambda arrivals per second
     * @param delta  fetch latency, seconds
     * @return fetches per second, {@code lambda / (1 + lambda delta)}
     */
    static double collapsedRate(double lambda, double delta) {
        return lambda / (1 + lambda * delta);
    }

    /**
     * Variance of the number of fetches in {@code seconds}: a renewal process with cycle mean {@code mu = delta +
     * 1/lambda} and variance {@code sigma^2 = 1/lambda^2} has {@code Var N(t) ~ t sigma^2 / mu^3}.
     *
     * @param lambda  arrivals per second
     * @param delta   fetch latency, seconds
     * @param seconds measured time
     * @return the variance of the count
     */
    static double collapsedCountVariance(double lambda, double delta, double seconds) {
        double mu = delta + 1 / lambda;
        return seconds / (lambda * lambda) / (mu * mu * mu);
    }
}
