package io.cdnsim.network;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The waiter lists of fetches: arrival order, moving, and room for a grown table. */
class WaitListsTest {

    @Test
    void waitersLeaveInArrivalOrderAndMoveTogether() {
        WaitLists waits = new WaitLists();
        waits.resize(4);
        waits.clear(0);
        waits.clear(1);
        assertEquals(1, waits.add(0, 2));
        assertEquals(2, waits.add(0, 3));
        assertEquals(2, waits.first(0));
        waits.move(0, 1);
        assertEquals(Requests.NONE, waits.first(0));
        assertEquals(Requests.NONE, waits.poll(0));
        assertEquals(2, waits.poll(1));
        assertEquals(3, waits.poll(1));
        assertEquals(Requests.NONE, waits.poll(1));
        assertEquals(1, waits.add(1, 2), "the list starts again from empty");
    }

    @Test
    void listsSurviveTheTableGrowing() {
        WaitLists waits = new WaitLists();
        waits.resize(2);
        waits.clear(0);
        waits.add(0, 1);
        waits.resize(8);
        waits.add(0, 7);
        assertEquals(1, waits.poll(0));
        assertEquals(7, waits.poll(0));
    }
}
