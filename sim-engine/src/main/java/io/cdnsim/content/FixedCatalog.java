package io.cdnsim.content;

/**
 * A catalog of {@code n} immutable objects with ids 1..n, all of one kind, each with a size fixed at construction.
 */
public final class FixedCatalog implements Catalog {

    private final ObjectKind kind;
    private final long[] sizes;

    /**
     * @param kind  the kind of every object
     * @param sizes {@code sizes[i]} is the size in bytes of object {@code i + 1}
     */
    public FixedCatalog(ObjectKind kind, long[] sizes) {
        this.kind = kind;
        this.sizes = sizes.clone();
    }

    /** @return the number of objects */
    public int count() {
        return sizes.length;
    }

    @Override
    public ObjectKind kind(long object) {
        return kind;
    }

    @Override
    public long size(long object) {
        return sizes[(int) (object - 1)];
    }

    @Override
    public long version(long object, long time) {
        return 0;
    }
}
