package io.cdnsim.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** A message between partitions carries a request slot, or a response, from one table to another unchanged. */
class OutboxTest {

    @Test
    void aRequestOpensTheSameRequestInTheReceiversTable() {
        Requests sender = new Requests();
        sender.open(99, 0, 0, 0, Requests.NO_VERSION, false);
        int s = sender.open(42, 3, 7, 1_500, 11, true);
        sender.setVariant(s, 5);
        sender.setKnownSize(s, 2_000);
        Message m = new Message();
        m.request(1_500, sender, s);
        assertTrue(m.isRequest());
        assertEquals(7, m.to());
        Requests receiver = new Requests();
        int r = m.openIn(receiver);
        assertEquals(42, receiver.object(r));
        assertEquals(3, receiver.sender(r));
        assertEquals(7, receiver.receiver(r));
        assertEquals(1_500, receiver.arrivedAt(r));
        assertEquals(11, receiver.condVersion(r));
        assertTrue(receiver.counted(r));
        assertEquals(5, receiver.variant(r));
        assertEquals(2_000, receiver.objectSize(r));
        assertEquals(s, receiver.tag(r), "the tag is the sender's slot, where the response goes");
    }

    @Test
    void aResponseIsWrittenIntoTheSlotOfTheRequestItAnswers() {
        Requests answering = new Requests();
        int r = answering.open(42, 3, 7, 1_500, 11, true);
        answering.setTag(r, 1);
        answering.respond(r, Requests.NOT_MODIFIED, 2_000, 11, 1_900, 2_000, 400, 1_000_000);
        Message m = new Message();
        m.response(2_500, answering, r);
        assertFalse(m.isRequest());
        assertEquals(2_500, m.arrival());
        Requests requesting = new Requests();
        requesting.open(0, 0, 0, 0, Requests.NO_VERSION, false);
        requesting.open(42, 3, 7, 1_500, 11, true);
        assertEquals(1, m.respondIn(requesting));
        assertEquals(Requests.NOT_MODIFIED, requesting.status(1));
        assertEquals(2_000, requesting.respondedAt(1));
        assertEquals(11, requesting.version(1));
        assertEquals(1_900, requesting.date(1));
        assertEquals(2_000, requesting.objectSize(1));
        assertEquals(400, requesting.bodyBytes(1));
        assertEquals(1_000_000, requesting.bottleneck(1));
    }

    @Test
    void theBoxGrowsPastItsFirstCapacityKeepingItsMessages() {
        Outbox box = new Outbox();
        assertTrue(box.isEmpty());
        Message first = box.next();
        Message previous = first;
        for (int i = 0; i < 200; i++) {
            Message m = box.next();
            assertNotSame(previous, m, "each message has its own carrier");
            previous = m;
        }
        assertFalse(box.isEmpty());
    }
}
