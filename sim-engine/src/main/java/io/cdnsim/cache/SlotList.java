package io.cdnsim.cache;

import java.util.Arrays;

/**
 * An intrusive doubly linked list of slot indices. A slot's two links sit side by side in one int array ({@code
 * 2 * slot} towards the head, {@code 2 * slot + 1} towards the tail), so moving a slot touches one cache line per
 * slot involved instead of two. The head is the newest end, the tail the oldest. All operations are O(1) and
 * allocate nothing.
 */
final class SlotList {

    private static final int NONE = -1;

    /** Links: towards the head (newer) at {@code 2 * slot}, towards the tail (older) at {@code 2 * slot + 1}. */
    private int[] links = new int[0];
    private int head = NONE;
    private int tail = NONE;

    void ensureCapacity(int slots) {
        if (2 * slots > links.length) {
            int old = links.length;
            int capacity = Math.max(2 * slots, old * 2);
            links = Arrays.copyOf(links, capacity);
            Arrays.fill(links, old, capacity, NONE);
        }
    }

    void pushHead(int slot) {
        int[] l = links;
        l[2 * slot] = NONE;
        l[2 * slot + 1] = head;
        if (head != NONE) {
            l[2 * head] = slot;
        } else {
            tail = slot;
        }
        head = slot;
    }

    void unlink(int slot) {
        int[] l = links;
        int p = l[2 * slot];
        int n = l[2 * slot + 1];
        if (p != NONE) {
            l[2 * p + 1] = n;
        } else {
            head = n;
        }
        if (n != NONE) {
            l[2 * n] = p;
        } else {
            tail = p;
        }
        l[2 * slot] = NONE;
        l[2 * slot + 1] = NONE;
    }

    void moveToHead(int slot) {
        if (slot != head) {
            unlink(slot);
            pushHead(slot);
        }
    }

    /** @return a value read from the links that moving {@code slot} would write, meaningless */
    long touch(int slot) {
        int[] l = links;
        int p = l[2 * slot];
        int n = l[2 * slot + 1];
        return (p == NONE ? 0 : l[2 * p + 1]) + (n == NONE ? 0 : l[2 * n]);
    }

    int tail() {
        return tail;
    }

    /** @return the slot one step towards the head (newer) from {@code slot}, or -1 at the head */
    int newer(int slot) {
        return links[2 * slot];
    }
}
