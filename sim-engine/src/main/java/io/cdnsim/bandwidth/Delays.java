package io.cdnsim.bandwidth;

import java.util.Arrays;

/**
 * How many times each download tag's announced end was withdrawn (its region filled before its last byte left), so
 * that the receiver can tell a stale announced end from the real one. Counts wrap at
 * {@link Downloads#GENERATION_MASK}.
 */
final class Delays {

    private int[] counts = new int[64];

    /** @param tag a download's tag @return its generation */
    int generation(long tag) {
        return tag < counts.length ? counts[(int) tag] & Downloads.GENERATION_MASK : 0;
    }

    /** @param tag a download whose announced end is withdrawn */
    void bump(long tag) {
        if (tag >= counts.length) {
            counts = Arrays.copyOf(counts, (int) Math.max(tag + 1, 2L * counts.length));
        }
        counts[(int) tag]++;
    }
}
