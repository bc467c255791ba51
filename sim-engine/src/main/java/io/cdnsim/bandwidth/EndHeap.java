package io.cdnsim.bandwidth;

import java.util.Arrays;

/**
 * A binary min-heap of (time, download) pairs in two primitive arrays: the free downloads of a region by the time
 * their last byte leaves. Ties leave in no particular order; each pair is let go at its own time either way.
 */
final class EndHeap {

    private long[] times = new long[16];
    private int[] slots = new int[16];
    private int size;

    /** @return how many pairs it holds */
    int size() {
        return size;
    }

    /** @return the earliest time held; only with {@code size() > 0} */
    long topTime() {
        return times[0];
    }

    /**
     * @param time when the download's last byte leaves
     * @param slot the download
     */
    void push(long time, int slot) {
        if (size == times.length) {
            times = Arrays.copyOf(times, 2 * size);
            slots = Arrays.copyOf(slots, 2 * size);
        }
        int i = size++;
        while (i > 0) {
            int up = (i - 1) >>> 1;
            if (times[up] <= time) {
                break;
            }
            times[i] = times[up];
            slots[i] = slots[up];
            i = up;
        }
        times[i] = time;
        slots[i] = slot;
    }

    /** @return the download of the earliest time, removed; only with {@code size() > 0} */
    int pop() {
        int top = slots[0];
        long time = times[--size];
        int slot = slots[size];
        int i = 0;
        while (true) {
            int child = 2 * i + 1;
            if (child >= size) {
                break;
            }
            if (child + 1 < size && times[child + 1] < times[child]) {
                child++;
            }
            if (times[child] >= time) {
                break;
            }
            times[i] = times[child];
            slots[i] = slots[child];
            i = child;
        }
        times[i] = time;
        slots[i] = slot;
        return top;
    }
}
