package io.cdnsim.bandwidth;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.cdnsim.kernel.Micros;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** What a link's meter counts per second, for downloads whose rate changes and for those spread ahead. */
class LinkMeterTest {

    private static final long S = Micros.SECOND;

    // Pins spreading by hand: 8 bit/s from 0.5 s to 2.25 s is 4 bits in second 0, 8 in second 1, 2 in second 2.
    @Test
    void aSpreadDownloadFillsTheSecondsItSpans() {
        LinkMeter m = new LinkMeter(LinkPlan.UNLIMITED, 0);
        m.spread(S / 2, 2 * S + S / 4, 8);
        m.advance(S);
        assertEquals(4.0, m.lastSecondBits(), 1e-12);
        m.advance(2 * S);
        assertEquals(8.0, m.lastSecondBits(), 1e-12);
        m.advance(3 * S);
        assertEquals(2.0, m.lastSecondBits(), 1e-12);
        assertEquals(8.0, m.figures().peakBits(), 1e-12);
    }

    // Pins that spreading is the same count as integrating the rate step by step: 2,000 random downloads, some
    // longer than the ring of seconds ahead (so it grows), counted both ways second by second.
    @Test
    void spreadingCountsWhatIntegratingCounts() {
        LinkMeter spread = new LinkMeter(LinkPlan.UNLIMITED, 0);
        LinkMeter stepped = new LinkMeter(LinkPlan.UNLIMITED, 0);
        SplittableRandom random = new SplittableRandom(7);
        long[] ends = new long[2000];
        double[] rates = new double[2000];
        long now = 0;
        int open = 0;
        for (long second = 1; second <= 400; second++) {
            while (now < second * S) {
                open = release(stepped, ends, rates, open, now);
                if (open < ends.length) {
                    long length = random.nextInt(10) == 0 ? random.nextLong(200 * S) : random.nextLong(3 * S) + 1;
                    double bps = 1e6 * (1 + random.nextInt(20));
                    spread.spread(now, now + length, bps);
                    stepped.change(now, bps);
                    ends[open] = now + length;
                    rates[open++] = bps;
                }
                now += random.nextLong(S / 5) + 1;
            }
            open = release(stepped, ends, rates, open, second * S);
            spread.advance(second * S);
            stepped.advance(second * S);
            assertEquals(stepped.lastSecondBits(), spread.lastSecondBits(), 1e-6 * stepped.lastSecondBits() + 1e-3,
                    "second " + (second - 1));
        }
    }

    /** Ends, earliest first, every download that ends by {@code limit}; @return how many remain */
    private static int release(LinkMeter m, long[] ends, double[] rates, int open, long limit) {
        while (true) {
            int first = -1;
            for (int i = 0; i < open; i++) {
                if (ends[i] <= limit && (first < 0 || ends[i] < ends[first])) {
                    first = i;
                }
            }
            if (first < 0) {
                return open;
            }
            m.change(ends[first], -rates[first]);
            ends[first] = ends[--open];
            rates[first] = rates[open];
        }
    }
}
