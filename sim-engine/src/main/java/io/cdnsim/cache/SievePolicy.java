package io.cdnsim.cache;

import java.util.Arrays;

/**
 * SIEVE (Zhang, Yang, Yue, Vigfusson, Rashmi, "SIEVE is Simpler than LRU: an Efficient Turn-Key Eviction Algorithm
 * for Web Caches", NSDI 2024).
 *
 * <pre>
 * admitted(obj):  visited[obj] = false; push obj at the head of the queue
 * hit(obj):       visited[obj] = true
 * victim():       s = hand, or the tail if hand is none
 *                 while visited[s]: visited[s] = false; s = s's newer neighbour, or the tail past the head
 *                 hand = s; return s
 * removed(obj):   if hand == obj: hand = obj's newer neighbour (none at the head)
 *                 unlink obj; visited[obj] = false
 * </pre>
 *
 * <p>Copies sit in one FIFO queue, new ones at the head; each has a visited bit, cleared on admission and set by a
 * hit (a hit moves nothing). A hand remembers where the last eviction stopped. To find a victim the hand starts there
 * (at the tail if it points nowhere), and walks towards the head clearing visited bits until it reaches a copy whose
 * bit is clear: that copy is the victim; past the head it wraps around to the tail. After the victim leaves, the hand
 * points at the victim's neighbour on the head side (nowhere if the victim was the head, so the next search starts
 * at the tail again). A copy removed for another reason moves the hand the same way if the hand pointed at it. This
 * is the algorithm as published and as libCacheSim implements it ({@code Sieve.c}).
 *
 * <p>{@link #victim()} clears the visited bits it passes, so it is not a pure query: the store must remove the copy it
 * names, which {@link ObjectStore} does. Nothing is allocated except when {@link #ensureCapacity} grows the arrays.
 */
public final class SievePolicy implements EvictionPolicy {

    private static final int NONE = -1;

    private final SlotList queue = new SlotList();
    private boolean[] visited = new boolean[0];
    private int hand = NONE;

    /** Creates an empty policy. */
    public SievePolicy() {
    }

    @Override
    public void ensureCapacity(int slots) {
        queue.ensureCapacity(slots);
        if (slots > visited.length) {
            visited = Arrays.copyOf(visited, slots);
        }
    }

    @Override
    public void admitted(int slot, long key, long size) {
        visited[slot] = false;
        queue.pushHead(slot);
    }

    @Override
    public void hit(int slot, long key, long size) {
        visited[slot] = true;
    }

    @Override
    public int victim() {
        int s = hand == NONE ? queue.tail() : hand;
        while (visited[s]) {
            visited[s] = false;
            int newer = queue.newer(s);
            s = newer == NONE ? queue.tail() : newer;
        }
        // Leave the hand on the victim; removed() steps it to the victim's newer neighbour.
        hand = s;
        return s;
    }

    @Override
    public void removed(int slot, long key, long size) {
        if (slot == hand) {
            hand = queue.newer(slot);
        }
        queue.unlink(slot);
        visited[slot] = false;
    }
}
