package io.cdnsim.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import org.HdrHistogram.Histogram;
import org.junit.jupiter.api.Test;

/** The run-length recorder against an HdrHistogram fed one value at a time. */
class LatencyRecorderTest {

    /**
     * Pins that batching runs changes nothing: runs of equal values (as a tier's service time gives), values that
     * change every time, zeros, negatives and values beyond an hour (clamped), read half-way and then recorded on, give
     * the same count at every value as recording each value alone.
     */
    @Test
    void holdsTheSameCountsAsRecordingEachValueAlone() {
        SplittableRandom rnd = new SplittableRandom(7);
        LatencyRecorder recorder = new LatencyRecorder();
        Histogram direct = new Histogram(LatencyRecorder.MAX_MICROS, 3);
        for (int i = 0; i < 200_000; i++) {
            long v = switch (rnd.nextInt(5)) {
                case 0 -> 1000;
                case 1 -> 0;
                case 2 -> rnd.nextLong(-5, 5_000_000);
                case 3 -> LatencyRecorder.MAX_MICROS + rnd.nextLong(1, 1000);
                default -> 1000 + rnd.nextInt(3);
            };
            int repeat = rnd.nextInt(4) == 0 ? 1 + rnd.nextInt(50) : 1;
            for (int r = 0; r < repeat; r++) {
                recorder.record(v);
                direct.recordValue(Math.min(Math.max(v, 0), LatencyRecorder.MAX_MICROS));
            }
            if (i == 100_000) {
                assertEquals(direct, recorder.histogram());
            }
        }
        assertEquals(direct.getTotalCount(), recorder.histogram().getTotalCount());
        assertEquals(direct, recorder.histogram());
        assertEquals(direct.getValueAtPercentile(99), recorder.histogram().getValueAtPercentile(99));
        assertEquals(0, recorder.histogram().getMinValue());
    }

    /** Pins add(): the runs in progress of both recorders are counted, and each value once. */
    @Test
    void addCountsBothRunsInProgress() {
        LatencyRecorder a = new LatencyRecorder();
        LatencyRecorder b = new LatencyRecorder();
        for (int i = 0; i < 5; i++) {
            a.record(1000);
            b.record(2000);
        }
        a.add(b);
        Histogram h = a.histogram();
        assertEquals(10, h.getTotalCount());
        assertEquals(5, h.getCountAtValue(1000));
        assertEquals(5, h.getCountAtValue(2000));
        assertEquals(5, b.histogram().getTotalCount());
    }
}
