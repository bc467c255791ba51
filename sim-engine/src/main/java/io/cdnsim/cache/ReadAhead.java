package io.cdnsim.cache;

/**
 * Reading ahead: what a replay calls on a cache before a block of requests, so that the lookups and evictions that
 * follow find their memory in the processor's cache. Every method only reads; none changes what the cache holds or
 * what it will answer. Each returns a value read on the way, meaningless, so that the reads are not optimized away.
 */
public interface ReadAhead {

    /** A cache with nothing to read ahead (a tier with a fixed hit ratio). */
    ReadAhead NONE = new ReadAhead() {
        @Override
        public long touch(long key) {
            return 0;
        }

        @Override
        public long touchAll(long[] keys, int n, int[] scratch) {
            return 0;
        }

        @Override
        public long touchVictims(int n) {
            return 0;
        }
    };

    /**
     * Reads what a lookup of one key will read.
     *
     * @param key an object key
     * @return a value read on the way, meaningless
     */
    long touch(long key);

    /**
     * Reads what lookups of many keys will read.
     *
     * @param keys    the keys
     * @param n       how many of them
     * @param scratch room for {@code n} ints
     * @return a value read on the way, meaningless
     */
    long touchAll(long[] keys, int n, int[] scratch);

    /**
     * Reads what the next {@code n} evictions will read.
     *
     * @param n how many victims ahead
     * @return a value read on the way, meaningless
     */
    long touchVictims(int n);
}
