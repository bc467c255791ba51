package io.cdnsim.network;

import java.util.Arrays;

/**
 * The requests parked on each fetch (collapsing), in arrival order: one singly linked list per fetch slot of the
 * {@link Requests} table, threaded through the waiting requests' own slots. Grows with the table.
 */
final class WaitLists {

    private int[] head;
    private int[] tail;
    private int[] next;
    private int[] count;

    /** Creates lists for no slot yet ({@link #resize} makes room). */
    WaitLists() {
    }

    /** Makes room for slots up to {@code capacity}, keeping the lists. @param capacity the new number of slots */
    void resize(int capacity) {
        head = grow(head, capacity);
        tail = grow(tail, capacity);
        next = grow(next, capacity);
        count = grow(count, capacity);
    }

    /** A slot is opened: nothing waits on it and it waits on nothing. @param s the slot */
    void clear(int s) {
        head[s] = Requests.NONE;
        tail[s] = Requests.NONE;
        next[s] = Requests.NONE;
        count[s] = 0;
    }

    /**
     * Parks a request on a fetch's list, last.
     *
     * @param fetch the fetch
     * @param req   the waiting request
     * @return the number of waiters now
     */
    int add(int fetch, int req) {
        next[req] = Requests.NONE;
        if (tail[fetch] == Requests.NONE) {
            head[fetch] = req;
        } else {
            next[tail[fetch]] = req;
        }
        tail[fetch] = req;
        return ++count[fetch];
    }

    /**
     * Moves every waiter of one fetch, in order, to another fetch that has none.
     *
     * @param from the fetch they wait on
     * @param to   the fetch they will wait on
     */
    void move(int from, int to) {
        head[to] = head[from];
        tail[to] = tail[from];
        count[to] = count[from];
        head[from] = Requests.NONE;
        tail[from] = Requests.NONE;
        count[from] = 0;
    }

    /** @param fetch a fetch @return the longest-waiting request, or {@link Requests#NONE} */
    int first(int fetch) {
        return head[fetch];
    }

    /**
     * Takes the longest-waiting request off a fetch's list.
     *
     * @param fetch the fetch
     * @return the request, or {@link Requests#NONE}
     */
    int poll(int fetch) {
        int first = head[fetch];
        if (first != Requests.NONE) {
            head[fetch] = next[first];
            if (head[fetch] == Requests.NONE) {
                tail[fetch] = Requests.NONE;
            }
            count[fetch]--;
        }
        return first;
    }

    private static int[] grow(int[] a, int capacity) {
        return a == null ? new int[capacity] : Arrays.copyOf(a, capacity);
    }
}
