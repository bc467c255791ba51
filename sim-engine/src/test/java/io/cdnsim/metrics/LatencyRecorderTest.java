package io.cdnsim.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.cdnsim.kernel.Micros;
import java.util.SplittableRandom;
import org.HdrHistogram.Histogram;
import org.junit.jupiter.api.Test;

/** The run-length recorder against an HdrHistogram fed one value at a time. */
class LatencyRecorderTest {

    /**
     * Pins that batching runs changes nothing: runs of equal values (as a tier's service time gives), values that
     * change every time, zeros, negatives (as 0) and values of days (kept as they are), read half-way and then recorded on, give
     * the same count at every value as recording each value alone.
     */
    @Test
    void holdsTheSameCountsAsRecordingEachValueAlone() {
        SplittableRandom rnd = new SplittableRandom(7);
        LatencyRecorder recorder = new LatencyRecorder();
        Histogram direct = new Histogram(3);
        for (int i = 0; i < 200_000; i++) {
            long v = switch (rnd.nextInt(5)) {
                case 0 -> 1000;
                case 1 -> 0;
                case 2 -> rnd.nextLong(-5, 5_000_000);
                case 3 -> Micros.DAY * 3 + rnd.nextLong(1, 1000);
                default -> 1000 + rnd.nextInt(3);
            };
            int repeat = rnd.nextInt(4) == 0 ? 1 + rnd.nextInt(50) : 1;
            for (int r = 0; r < repeat; r++) {
                recorder.record(v);
                direct.recordValue(Math.max(v, 0));
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

    /** Pins that a duration longer than an hour is not cut: three days read back as three days (to 3 digits). */
    @Test
    void keepsLongDurationsAsTheyAre() {
        LatencyRecorder recorder = new LatencyRecorder();
        recorder.record(10);
        recorder.record(3 * Micros.DAY);
        long max = recorder.histogram().getMaxValue();
        assertEquals(3 * Micros.DAY, max, 3 * Micros.DAY / 1000.0);
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
