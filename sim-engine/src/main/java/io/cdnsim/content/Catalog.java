package io.cdnsim.content;

/**
 * What the origin holds: for each object id, its kind, its size and its current version. Object ids are longs chosen
 * by the workload; the catalog is the single source of truth for their properties.
 */
public interface Catalog {

    /**
     * @param object an object id
     * @return the object's kind
     */
    ObjectKind kind(long object);

    /**
     * @param object an object id
     * @return the body size in bytes
     */
    long size(long object);

    /**
     * The version of an object at a time. A cache that holds an older version gets a full response (200) to its
     * conditional request; one that holds the current version gets a 304.
     *
     * @param object an object id
     * @param time   simulation time in microseconds
     * @return a number that changes whenever the object's content changes
     */
    long version(long object, long time);

    /**
     * @param object an object id
     * @return the earliest time the origin can answer a request for it (a part not yet published, a blocking playlist
     *         reload): it holds the request until then; {@link Long#MIN_VALUE} for an object it answers at once
     */
    default long readyAt(long object) {
        return Long.MIN_VALUE;
    }

    /** @return whether the origin may hold a request for some object of the catalog ({@link #readyAt}) */
    default boolean holdsRequests() {
        return false;
    }

    /**
     * @param kind an object kind
     * @return whether some object of the catalog may be of that kind (true unless the catalog knows better)
     */
    default boolean mayHold(ObjectKind kind) {
        return true;
    }

    /** What {@link #release} answers for an object of no release. */
    int NO_RELEASE = -1;

    /** @return how many new releases the catalog holds (titles that enter during the run and draw their own viewers) */
    default int releases() {
        return 0;
    }

    /**
     * @param object an object id
     * @return the release the object belongs to, 0 to {@link #releases()} - 1, or {@link #NO_RELEASE}
     */
    default int release(long object) {
        return NO_RELEASE;
    }
}
