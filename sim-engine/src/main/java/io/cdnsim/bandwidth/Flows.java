package io.cdnsim.bandwidth;

import java.util.Arrays;

/**
 * The downloads in progress, one slot each in parallel primitive arrays (a slot is reused once its download has
 * ended): who it is for, the egress link it crosses, its bits, its cap, when its first byte leaves, and its place among
 * the downloads sharing its link ({@link Sharers}, which keeps what changes while it shares). A slot's generation
 * changes whenever its end changes, so that an end event scheduled before is recognised as stale.
 */
final class Flows {

    private long[] tag = new long[64];
    private int[] leaf = new int[64];
    private long[] sentAt = new long[64];
    private long[] start = new long[64];
    private double[] bits = new double[64];
    private double[] cap = new double[64];
    private int[] generation = new int[64];
    private int[] position = new int[64];
    /** Whether the download in a slot was abandoned, its slot kept until the region's calendar lets it go. */
    private boolean[] abandoned = new boolean[64];
    /** The slot of each tag's download in flight, -1 if none; grows with the tags seen. */
    private int[] slotOfTag = new int[0];
    private int[] freeSlots = new int[64];
    private int freeCount;
    private int used;

    /** @return a slot for a new download */
    int open(long tagValue, int link, long sent, long firstByteAt, double bitCount, double capBps) {
        int s;
        if (freeCount > 0) {
            s = freeSlots[--freeCount];
        } else {
            if (used == tag.length) {
                grow(2 * used);
            }
            s = used++;
        }
        tag[s] = tagValue;
        leaf[s] = link;
        sentAt[s] = sent;
        start[s] = firstByteAt;
        bits[s] = bitCount;
        cap[s] = capBps;
        abandoned[s] = false;
        generation[s]++;
        int t = (int) tagValue;
        if (t >= slotOfTag.length) {
            int n = Math.max(t + 1, 2 * slotOfTag.length);
            int old = slotOfTag.length;
            slotOfTag = Arrays.copyOf(slotOfTag, n);
            Arrays.fill(slotOfTag, old, n, -1);
        }
        slotOfTag[t] = s;
        return s;
    }

    /** Frees a slot. */
    void close(int s) {
        forget(s);
        generation[s]++;
        if (freeCount == freeSlots.length) {
            freeSlots = Arrays.copyOf(freeSlots, 2 * freeCount);
        }
        freeSlots[freeCount++] = s;
    }

    /** @return the slot of the tag's download in flight, or -1 */
    int slotOf(long tagValue) {
        int t = (int) tagValue;
        return t < slotOfTag.length ? slotOfTag[t] : -1;
    }

    /** The download in a slot is abandoned: its tag no longer names it; the slot stays taken until closed. */
    void abandon(int s) {
        forget(s);
        abandoned[s] = true;
    }

    /** @return whether the download in a slot was abandoned */
    boolean abandoned(int s) {
        return abandoned[s];
    }

    private void forget(int s) {
        int t = (int) tag[s];
        if (t < slotOfTag.length && slotOfTag[t] == s) {
            slotOfTag[t] = -1;
        }
    }

    /** The download's end changes: an end event scheduled before is stale. */
    void stale(int s) {
        generation[s]++;
    }

    long tag(int s) {
        return tag[s];
    }

    int leaf(int s) {
        return leaf[s];
    }

    long sentAt(int s) {
        return sentAt[s];
    }

    long start(int s) {
        return start[s];
    }

    double bits(int s) {
        return bits[s];
    }

    double cap(int s) {
        return cap[s];
    }

    int generation(int s) {
        return generation[s];
    }

    int position(int s) {
        return position[s];
    }

    void setPosition(int s, int at) {
        position[s] = at;
    }

    private void grow(int n) {
        tag = Arrays.copyOf(tag, n);
        leaf = Arrays.copyOf(leaf, n);
        sentAt = Arrays.copyOf(sentAt, n);
        start = Arrays.copyOf(start, n);
        bits = Arrays.copyOf(bits, n);
        cap = Arrays.copyOf(cap, n);
        abandoned = Arrays.copyOf(abandoned, n);
        generation = Arrays.copyOf(generation, n);
        position = Arrays.copyOf(position, n);
    }
}
