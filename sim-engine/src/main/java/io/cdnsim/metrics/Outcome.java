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
    /** An expired copy answered it, within stale-while-revalidate or (upstream failing) stale-if-error. */
    STALE("stale"),
    /** It was fetched upstream with a full response (no copy, or the copy had changed). */
    MISS("miss"),
    /** It was answered with an error. */
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

    /** @return true if the tier answered without a full upstream fetch for this request */
    public boolean isHit() {
        return this == HIT || this == COLLAPSED || this == REFRESH_HIT || this == STALE;
    }
}
