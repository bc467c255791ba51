package io.cdnsim.content;

import io.cdnsim.cache.KeyIndex;
import java.util.Arrays;

/**
 * The objects of a replayed request log: each key gets a dense object id (0, 1, 2, ... in order of first request)
 * and the size the log last gave it, learnt as the requests are read. Every object is of one kind and never changes
 * version (a log does not say when content changes). Memory grows with the number of distinct objects, not with the
 * length of the log.
 */
public final class TraceCatalog implements Catalog {

    private final ObjectKind kind;
    private final KeyIndex index = new KeyIndex();
    private long[] sizes = new long[1024];

    /** @param kind the kind given to every object */
    public TraceCatalog(ObjectKind kind) {
        this.kind = kind;
    }

    /**
     * Records the size a request gives for its object.
     *
     * @param key  the object's key in the log
     * @param size its size in bytes
     * @return the object's id
     */
    public int learn(long key, long size) {
        int slot = index.get(key);
        if (slot == KeyIndex.ABSENT) {
            slot = index.size();
            if (slot == sizes.length) {
                sizes = Arrays.copyOf(sizes, slot * 2);
            }
            index.putNew(key, slot);
        }
        sizes[slot] = size;
        return slot;
    }

    /** @return the number of distinct objects seen */
    public int objects() {
        return index.size();
    }

    @Override
    public ObjectKind kind(long object) {
        return kind;
    }

    @Override
    public long size(long object) {
        return sizes[(int) object];
    }

    @Override
    public long version(long object, long time) {
        return 0;
    }
}
