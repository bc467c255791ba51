package io.cdnsim.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Records handed to a thread of their own: all of them, in order; a failure reported to the caller. */
class RecordPipeTest {

    // Pins order and completeness across many hand-overs: 20 chunks and a bit of 3-long records (k, 2k, -k) reach
    // the consumer in order, every one, the last partial chunk at close.
    @Test
    void everyRecordArrivesInOrder() throws IOException {
        List<Long> seen = new ArrayList<>();
        RecordPipe pipe = new RecordPipe(3, (values, records) -> {
            for (int r = 0; r < records; r++) {
                assertEquals(2 * values[3 * r], values[3 * r + 1]);
                assertEquals(-values[3 * r], values[3 * r + 2]);
                seen.add(values[3 * r]);
            }
        }, "test");
        long total = 20L * RecordPipe.RECORDS + 123;
        for (long k = 0; k < total; k++) {
            int o = pipe.next();
            long[] v = pipe.values();
            v[o] = k;
            v[o + 1] = 2 * k;
            v[o + 2] = -k;
        }
        pipe.close();
        assertEquals(total, seen.size());
        for (int k = 0; k < seen.size(); k++) {
            assertEquals(k, seen.get(k));
        }
    }

    // Pins that a consumer's failure reaches the caller: at a later hand-over or, at the latest, at close.
    @Test
    void aFailureReachesTheCaller() {
        IOException e = assertThrows(IOException.class, () -> {
            RecordPipe pipe = new RecordPipe(1, (values, records) -> {
                throw new IOException("No space left on device");
            }, "test");
            for (int k = 0; k < 3 * RecordPipe.CHUNKS * RecordPipe.RECORDS; k++) {
                pipe.next();
            }
            pipe.close();
        });
        assertTrue(e.getMessage().contains("No space left on device"), e::getMessage);
    }

    // Pins that abandoning consumes nothing of what was left.
    @Test
    void abandoningConsumesNothingMore() throws IOException {
        int[] consumed = {0};
        RecordPipe pipe = new RecordPipe(1, (values, records) -> consumed[0] += records, "test");
        for (int k = 0; k < 100; k++) {
            assertEquals(k, pipe.next());
        }
        pipe.abandon();
        assertEquals(0, consumed[0]);
    }
}
