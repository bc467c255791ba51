package io.cdnsim.cache;

import java.util.Arrays;

/**
 * Mattson's LRU stack for objects of any size in bytes (Mattson, Gecsei, Slutz, Traiger, "Evaluation techniques for
 * storage hierarchies", IBM Systems Journal 1970), kept as an order-statistic structure: every reference takes the next
 * position on a line, an object lives at the position of its most recent reference, and a Fenwick tree over the
 * positions holds each live object's size there, so the bytes of everything referenced since an object's previous
 * reference are one prefix sum away.
 *
 * <pre>
 * reference(x, size):
 *   if x was referenced before, at position p:
 *     distance = total - prefix(p)        (the bytes of the distinct objects referenced since, x excluded)
 *     clear position p
 *   put size at the next position; total += size
 * when the positions run out: renumber the live ones in order (dropping those deeper than the depth limit) and
 *   rebuild the tree, on a line twice as long as what is live
 * </pre>
 *
 * <p>An LRU cache of {@code C} bytes that stores every object of at most {@code C} bytes holds exactly the objects at
 * the top of this stack whose sizes, added from the top, stay within {@code C} (when no object is larger than {@code C}
 * and none changes size): so a reference hits iff {@code distance + size <= C}. An object whose distance (the bytes
 * above it) passes the {@linkplain #LruStack(long) depth limit} can never hit a cache of at most that many bytes
 * again (the bytes above it only grow) and is forgotten at the next renumbering; its next reference is new.
 *
 * <p>Each reference costs one hash lookup and three walks of {@code log2} of the line's length; nothing is allocated
 * except when the line or the object arrays grow.
 */
public final class LruStack {

    /** Returned by {@link #find} for an object not on the stack. */
    public static final int ABSENT = KeyIndex.ABSENT;

    private static final int INITIAL = 1 << 10;

    private final long depthLimit;
    private final KeyIndex ids = new KeyIndex();
    private long[] objKey = new long[INITIAL];
    /** Per object, side by side (one cache line): its size at {@code 2 o}, its position at {@code 2 o + 1}. */
    private long[] obj = new long[2 * INITIAL];
    private int[] freeIds = new int[INITIAL];
    private int freeCount;
    private int idsUsed;

    /** The Fenwick tree, 1-based: {@code tree[i]} covers positions {@code (i - lowbit(i), i]} (1-based). */
    private long[] tree = new long[INITIAL + 1];
    /** The object at each position (0-based), -1 for none. */
    private int[] posObj = new int[INITIAL];
    private int next;
    private long total;

    /**
     * @param depthLimit the largest distance that can still hit, bytes: objects with more bytes above them are
     *                   forgotten
     */
    public LruStack(long depthLimit) {
        this.depthLimit = depthLimit;
        Arrays.fill(posObj, -1);
    }

    /**
     * @param key an object
     * @return its number on the stack, or {@link #ABSENT} if it was never referenced (or was forgotten)
     */
    public int find(long key) {
        return ids.get(key);
    }

    /**
     * @param object a number from {@link #find}
     * @return its size at its most recent reference
     */
    public long size(int object) {
        return obj[2 * object];
    }

    /**
     * Reads what a reference to an object will read first (its record, then the tree's cell at its position), changing
     * nothing: references soon after find them in the processor's cache.
     *
     * @param object a number from {@link #find}, or {@link #ABSENT}
     * @return a value read on the way, meaningless (so the reads are not optimized away)
     */
    public long touch(int object) {
        if (object < 0) {
            return 0;
        }
        int p = (int) obj[2 * object + 1];
        return p < tree.length - 1 ? tree[p + 1] : 0;
    }

    /**
     * A reference to an object on the stack: moves it to the top with this size.
     *
     * @param object a number from {@link #find}
     * @param size   its size now
     * @return its stack distance: the bytes of the distinct other objects referenced since its previous reference
     */
    public long reference(int object, long size) {
        int p = (int) obj[2 * object + 1];
        long old = obj[2 * object];
        long distance = total - prefix(p);
        add(p, -old);
        posObj[p] = -1;
        total -= old;
        place(object, size);
        return distance;
    }

    /**
     * A first reference (or the first since it was forgotten): puts the object on top.
     *
     * @param key  the object, not on the stack
     * @param size its size
     */
    public void push(long key, long size) {
        int object;
        if (freeCount > 0) {
            object = freeIds[--freeCount];
        } else {
            if (idsUsed == objKey.length) {
                int n = objKey.length * 2;
                objKey = Arrays.copyOf(objKey, n);
                obj = Arrays.copyOf(obj, 2 * n);
                freeIds = Arrays.copyOf(freeIds, n);
            }
            object = idsUsed++;
        }
        objKey[object] = key;
        ids.putNew(key, object);
        place(object, size);
    }

    /**
     * Fills an empty LRU store with what an LRU cache of its capacity holds now: the objects from the top of the stack
     * down while their sizes add up to at most the capacity, stored oldest first so that the most recent is at the
     * head. Exact while no object referenced so far was larger than the capacity or changed size.
     *
     * @param store an empty store with an {@link LruPolicy}
     */
    public void fill(ObjectStore store) {
        long capacity = store.capacityBytes();
        long sum = 0;
        int cut = next;
        for (int p = next - 1; p >= 0; p--) {
            int o = posObj[p];
            if (o < 0) {
                continue;
            }
            if (sum + obj[2 * o] > capacity) {
                break;
            }
            sum += obj[2 * o];
            cut = p;
        }
        for (int p = cut; p < next; p++) {
            int o = posObj[p];
            if (o >= 0) {
                store.admit(objKey[o], obj[2 * o]);
            }
        }
    }

    /** @return the objects on the stack */
    public int objects() {
        return ids.size();
    }

    private void place(int object, long size) {
        if (next == posObj.length) {
            renumber();
        }
        posObj[next] = object;
        obj[2 * object + 1] = next;
        obj[2 * object] = size;
        add(next, size);
        total += size;
        next++;
    }

    /** Forgets the objects deeper than the limit, numbers the others 0, 1, ... in order and rebuilds the tree. */
    private void renumber() {
        long sum = 0;
        int live = 0;
        for (int p = next - 1; p >= 0; p--) {
            int o = posObj[p];
            if (o < 0) {
                continue;
            }
            if (sum > depthLimit) {
                ids.remove(objKey[o]);
                freeIds[freeCount++] = o;
                posObj[p] = -1;
            } else {
                live++;
            }
            sum += obj[2 * o];
        }
        int length = posObj.length;
        while (2L * live > length) {
            length *= 2;
        }
        int[] objects = length == posObj.length ? posObj : new int[length];
        long[] t = length == posObj.length ? tree : new long[length + 1];
        int q = 0;
        for (int p = 0; p < next; p++) {
            int o = posObj[p];
            if (o >= 0) {
                objects[q] = o;
                obj[2 * o + 1] = q;
                q++;
            }
        }
        Arrays.fill(objects, q, length, -1);
        Arrays.fill(t, 0);
        total = 0;
        for (int i = 0; i < q; i++) {
            t[i + 1] = obj[2 * objects[i]];
            total += obj[2 * objects[i]];
        }
        for (int i = 1; i <= length; i++) {
            int j = i + (i & -i);
            if (j <= length) {
                t[j] += t[i];
            }
        }
        posObj = objects;
        tree = t;
        next = q;
    }

    /** @return the sum of the sizes at positions 0 to {@code p}, inclusive */
    private long prefix(int p) {
        long[] t = tree;
        long s = 0;
        for (int i = p + 1; i > 0; i &= i - 1) {
            s += t[i];
        }
        return s;
    }

    private void add(int p, long delta) {
        long[] t = tree;
        int n = t.length - 1;
        for (int i = p + 1; i <= n; i += i & -i) {
            t[i] += delta;
        }
    }
}
