package io.cdnsim.cache;

import java.util.Arrays;

/**
 * An intrusive doubly linked list of slot indices, stored in two int arrays. The head is the newest end, the tail
 * the oldest. All operations are O(1) and allocate nothing.
 */
final class SlotList {

    private static final int NONE = -1;

    private int[] prev = new int[0];
    private int[] next = new int[0];
    private int head = NONE;
    private int tail = NONE;

    void ensureCapacity(int slots) {
        if (slots > prev.length) {
            int old = prev.length;
            int capacity = Math.max(slots, old * 2);
            prev = Arrays.copyOf(prev, capacity);
            next = Arrays.copyOf(next, capacity);
            Arrays.fill(prev, old, capacity, NONE);
            Arrays.fill(next, old, capacity, NONE);
        }
    }

    void pushHead(int slot) {
        prev[slot] = NONE;
        next[slot] = head;
        if (head != NONE) {
            prev[head] = slot;
        } else {
            tail = slot;
        }
        head = slot;
    }

    void unlink(int slot) {
        int p = prev[slot];
        int n = next[slot];
        if (p != NONE) {
            next[p] = n;
        } else {
            head = n;
        }
        if (n != NONE) {
            prev[n] = p;
        } else {
            tail = p;
        }
        prev[slot] = NONE;
        next[slot] = NONE;
    }

    void moveToHead(int slot) {
        if (slot != head) {
            unlink(slot);
            pushHead(slot);
        }
    }

    int tail() {
        return tail;
    }

    /** @return the slot one step towards the head (newer) from {@code slot}, or -1 at the head */
    int newer(int slot) {
        return prev[slot];
    }
}
