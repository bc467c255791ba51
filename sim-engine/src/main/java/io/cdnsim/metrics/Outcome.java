package io.cdnsim.metrics;

/**
 * How a tier answered one request. Every request that reaches a tier ends as exactly one of these there.
 */
public enum Outcome {
    /** A fresh local copy answered it. */
    HIT("hit"),
    /** It waited on a fetch for the same object that another request had started, and that fetch answered it. */
    COLLAPSED("collapsed"),
    /** The local copy had expired; a conditional request upstream got a 304 and the copy answered it. */
    REFRESH_HIT("refresh_hit"),
    /** An expired copy answered it at once, within stale-while-revalidate. */
    STALE("stale"),
    /**
     * Its fetch upstream failed, and a copy answered it instead: one that another request's fetch filled while
     * its own travelled (fresh), or an expired one within stale-if-error. The requests that waited on that fetch
     * (collapsing) are answered the same way.
     */
    FALLBACK("fallback"),
    /** It was fetched upstream with a full response (no copy, or the copy had changed). */
    MISS("miss"),
    /**
     * It was answered with an error: at a cache, the fetch it waited for (its own, or the one it joined) failed and
     * no copy could answer it; at the origin, its answer would have left later than the timeout.
     */
    ERROR("error");

    private static final Outcome[] VALUES = values();

    private final String label;

    Outcome(String label) {
        this.label = label;
    }

    /** @return the column name used in reports */
    public String label() {
        return label;
    }

    /** @return the number of outcomes */
    public static int count() {
        return VALUES.length;
    }

    /**
     * @param ordinal an ordinal
     * @return the outcome with that ordinal
     */
    public static Outcome of(int ordinal) {
        return VALUES[ordinal];
    }

    /**
     * @return true if the tier answered without a full upstream fetch of its own (HIT, COLLAPSED, REFRESH_HIT,
     *         STALE, FALLBACK): the body it sent came from a copy or from another request's fetch
     */
    public boolean isHit() {
        return this == HIT || this == COLLAPSED || this == REFRESH_HIT || this == STALE || this == FALLBACK;
    }
}
