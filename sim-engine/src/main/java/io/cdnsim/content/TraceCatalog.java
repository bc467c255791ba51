package io.cdnsim.content;

/**
 * The objects of a replayed request log. An object's id is its key in the log, as it is; its size travels with
 * each request ({@link io.cdnsim.network.Requests#setKnownSize}), as the log gives it, so the catalog keeps nothing
 * per object and its memory does not grow with the log. Every object is of one kind and never changes version (a
 * log does not say when content changes).
 */
public final class TraceCatalog implements Catalog {

    private final ObjectKind kind;

    /** @param kind the kind given to every object */
    public TraceCatalog(ObjectKind kind) {
        this.kind = kind;
    }

    @Override
    public ObjectKind kind(long object) {
        return kind;
    }

    /**
     * A log's sizes come with its requests, never from here.
     *
     * @throws UnsupportedOperationException always
     */
    @Override
    public long size(long object) {
        throw new UnsupportedOperationException("a replayed log's sizes travel with its requests");
    }

    @Override
    public boolean mayHold(ObjectKind kind) {
        return kind == this.kind;
    }

    @Override
    public long version(long object, long time) {
        return 0;
    }
}
