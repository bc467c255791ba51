package io.cdnsim.cache;

import java.util.Arrays;

/**
 * "Admit on second request" (cache on second hit): a missed object is stored only if it was already missed recently,
 * so objects requested once ("one-hit wonders") never displace anything. It is independent of the eviction policy: a
 * cache asks it on every miss, before {@link ObjectStore#admit}:
 *
 * <pre>{@code
 * int s = store.find(key);
 * if (s == ObjectStore.ABSENT && admission.admit(key)) {
 *     s = store.admit(key, size);
 * }
 * }</pre>
 *
 * <p><b>Structure.</b> A direct-mapped table of a fixed number of cells (a power of two), each holding one full 64-bit
 * key or nothing; a key's cell is chosen by Fibonacci hashing. {@link #admit} looks at the key's cell: if it holds
 * the key, the answer is yes (the key stays remembered); otherwise the key overwrites whatever the cell held and the
 * answer is no. Nothing is allocated after construction.
 *
 * <p><b>False positives: none.</b> Whole keys are compared, so an object is never admitted on its first miss (unlike
 * a Bloom filter, where other keys can set the same bits).
 *
 * <p><b>Forgetting (false negatives).</b> A key is remembered until a later miss of another key that maps to the same
 * cell overwrites it. With {@code N} cells and {@code K} misses of other distinct keys between two misses of an
 * object, its second miss is admitted with probability about {@code (1 - 1/N)^K}, so the table should be several times
 * larger than the number of distinct keys missed within the reuse distances that should count; a forgotten object
 * needs two more misses. A key that was admitted stays remembered (until overwritten), so after its copy is evicted a
 * new miss stores it at once; the table does not know what the store holds. The table has no notion of time.
 */
public final class SecondHitAdmission {

    private static final long PHI = 0x9E37_79B9_7F4A_7C15L;
    /** The most cells a table may have. */
    private static final int MAX_CELLS = 1 << 30;

    private final long[] keys;
    private final boolean[] occupied;
    private final int shift;

    /**
     * @param cells number of keys remembered at most, 1 or more; rounded up to a power of two
     */
    public SecondHitAdmission(int cells) {
        if (cells < 1 || cells > MAX_CELLS) {
            throw new IllegalArgumentException("cells must be in [1, 2^30]: " + cells);
        }
        int n = Integer.highestOneBit(cells);
        if (n < cells) {
            n <<= 1;
        }
        keys = new long[n];
        occupied = new boolean[n];
        shift = Long.SIZE - Integer.numberOfTrailingZeros(n);
    }

    /**
     * Called once for each miss: says whether to store the object now, and remembers its key if not.
     *
     * @param key the missed object's key
     * @return true if the key was remembered from an earlier miss (store it now); false on what looks like a first
     *     request (the key is now remembered, overwriting the key in its cell, if any)
     */
    public boolean admit(long key) {
        int c = cell(key);
        if (occupied[c] && keys[c] == key) {
            return true;
        }
        keys[c] = key;
        occupied[c] = true;
        return false;
    }

    /**
     * @param key a key
     * @return whether it is remembered (the next {@link #admit} of it would say yes); changes nothing
     */
    public boolean remembers(long key) {
        int c = cell(key);
        return occupied[c] && keys[c] == key;
    }

    /** Forgets every key. */
    public void clear() {
        Arrays.fill(occupied, false);
    }

    /** @return number of cells, the most keys remembered at once */
    public int cells() {
        return keys.length;
    }

    /**
     * @param key a key
     * @return the cell it maps to, in [0, {@link #cells()})
     */
    int cell(long key) {
        return shift == Long.SIZE ? 0 : (int) ((key * PHI) >>> shift);
    }
}
