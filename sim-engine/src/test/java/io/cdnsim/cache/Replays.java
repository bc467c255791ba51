package io.cdnsim.cache;

import java.util.SplittableRandom;

/** Shared helpers for the policy tests: hand traces and random request streams replayed through an ObjectStore. */
final class Replays {

    private Replays() {
    }

    /** Replays single-character keys with unit sizes; returns the hit (H) / miss (m) sequence. */
    static String replay(ObjectStore store, String trace) {
        return replay(store, trace, 1);
    }

    /**
     * Replays single-character keys, lowercase letters 1 byte, uppercase letters {@code upperSize} bytes; returns the
     * hit (H) / miss (m) sequence.
     */
    static String replay(ObjectStore store, String trace, long upperSize) {
        StringBuilder out = new StringBuilder();
        for (char c : trace.toCharArray()) {
            int s = store.find(c);
            if (s != ObjectStore.ABSENT) {
                store.use(s);
                out.append('H');
            } else {
                store.admit(c, Character.isUpperCase(c) ? upperSize : 1);
                out.append('m');
            }
        }
        return out.toString();
    }

    /** A cache that a random stream can be replayed through: the real store or a test's reference model. */
    interface Cache {
        /** @return whether the request hit; on a miss the object is admitted (if it fits at all) */
        boolean request(long key, long size);

        /** Removes a stored copy if present, not as an eviction. */
        void remove(long key);

        /** @return evictions so far */
        long evictions();
    }

    /** The real store behind the {@link Cache} interface. */
    static Cache of(ObjectStore store) {
        return new Cache() {
            @Override
            public boolean request(long key, long size) {
                int s = store.find(key);
                if (s != ObjectStore.ABSENT) {
                    store.use(s);
                    return true;
                }
                store.admit(key, size);
                return false;
            }

            @Override
            public void remove(long key) {
                int s = store.find(key);
                if (s != ObjectStore.ABSENT) {
                    store.remove(s);
                }
            }

            @Override
            public long evictions() {
                return store.evictions();
            }
        };
    }

    /**
     * Replays the same random stream through two caches and fails at the first request where they differ.
     * Keys are skewed (key = universe * u^2) so that there are hits, reuse and one-hit wonders; sizes are 1, or, if
     * {@code maxSize > 1}, a fixed pseudo-random size in [1, maxSize] per key; about one request in 50 is instead an
     * explicit removal of a random key.
     *
     * @return the number of hits
     */
    static int compare(Cache real, Cache reference, long seed, int requests, int universe, long maxSize) {
        SplittableRandom rnd = new SplittableRandom(seed);
        int hits = 0;
        for (int i = 0; i < requests; i++) {
            double u = rnd.nextDouble();
            long key = (long) (universe * u * u);
            if (rnd.nextInt(50) == 0) {
                real.remove(key);
                reference.remove(key);
                continue;
            }
            long size = maxSize <= 1 ? 1 : 1 + Math.floorMod(key * 0x9E3779B97F4A7C15L >>> 17, maxSize);
            boolean a = real.request(key, size);
            boolean b = reference.request(key, size);
            if (a != b) {
                throw new AssertionError("seed " + seed + ", request " + i + " (key " + key + ", size " + size
                        + "): store " + (a ? "hit" : "miss") + ", reference " + (b ? "hit" : "miss"));
            }
            if (real.evictions() != reference.evictions()) {
                throw new AssertionError("seed " + seed + ", request " + i + ": store evicted " + real.evictions()
                        + ", reference " + reference.evictions());
            }
            if (a) {
                hits++;
            }
        }
        return hits;
    }
}
