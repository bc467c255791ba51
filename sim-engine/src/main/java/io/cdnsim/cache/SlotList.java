package io.cdnsim.cache;

import java.util.Arrays;

/**
 * An intrusive doubly linked list of slot indices. A slot's two links sit side by side in one int array (towards
 * the head, then towards the tail), so moving a slot touches one cache line per slot involved instead of two. The
 * head is the newest end, the tail the oldest. All operations are O(1) and allocate nothing.
 */
final class SlotList {

    private static final int NONE = -1;
    /** Ints per slot in {@link #links}. */
    private static final int LINKS = 2;
    /** Offset of a slot's link towards the head (newer). */
    private static final int NEWER = 0;
    /** Offset of a slot's link towards the tail (older). */
    private static final int OLDER = 1;

    /** Links: towards the head at {@code LINKS * slot + NEWER}, towards the tail at {@code LINKS * slot + OLDER}. */
    private int[] links = new int[0];
    private int head = NONE;
    private int tail = NONE;

    void ensureCapacity(int slots) {
        if (LINKS * slots > links.length) {
            int old = links.length;
            int capacity = Math.max(LINKS * slots, old * 2);
            links = Arrays.copyOf(links, capacity);
            Arrays.fill(links, old, capacity, NONE);
        }
    }

    void pushHead(int slot) {
        int[] l = links;
        l[LINKS * slot + NEWER] = NONE;
        l[LINKS * slot + OLDER] = head;
        if (head != NONE) {
            l[LINKS * head + NEWER] = slot;
        } else {
            tail = slot;
        }
        head = slot;
    }

    void unlink(int slot) {
        int[] l = links;
        int p = l[LINKS * slot + NEWER];
        int n = l[LINKS * slot + OLDER];
        if (p != NONE) {
            l[LINKS * p + OLDER] = n;
        } else {
            head = n;
        }
        if (n != NONE) {
            l[LINKS * n + NEWER] = p;
        } else {
            tail = p;
        }
        l[LINKS * slot + NEWER] = NONE;
        l[LINKS * slot + OLDER] = NONE;
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
        int p = l[LINKS * slot + NEWER];
        int n = l[LINKS * slot + OLDER];
        return (p == NONE ? 0 : l[LINKS * p + OLDER]) + (n == NONE ? 0 : l[LINKS * n + NEWER]);
    }

    int tail() {
        return tail;
    }

    /** @return the slot one step towards the head (newer) from {@code slot}, or -1 at the head */
    int newer(int slot) {
        return links[LINKS * slot + NEWER];
    }
}
