package io.cdnsim.bandwidth;

import static io.cdnsim.bandwidth.LinkBench.MS;
import static io.cdnsim.bandwidth.LinkBench.NONE;
import static io.cdnsim.bandwidth.LinkBench.S;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * {@link Downloads} under a random workload (fixed seeds): some 2,000 downloads over 300 s (closed to 400 s) through a region whose
 * peering link (60 Mbit/s) sits over three edges (egress 40 Mbit/s, 25 Mbit/s, unlimited), with bursts that fill the
 * links and quiet spells that free them. Pins the invariants that hold whatever the sharing: no link carries more than
 * its capacity in any second, no download beats its cap, every download ends, the bits metered are the bits sent, and
 * below capacity nothing changes.
 */
class DownloadsRandomTest {

    static final long PEERING = 60_000_000L;
    static final long[] EGRESS = {40_000_000L, 25_000_000L, NONE};
    private static final long HORIZON_SECONDS = 400;
    private static final double MICROSECOND = 1e-6;

    /** One random download: when, where, how big, its time at its cap, its service time. */
    record Job(long at, int edge, long service, double bits, long freeMicros) {

        double cap() {
            return bits * 1e6 / freeMicros;
        }
    }

    /**
     * Arrivals in 10 s spells alternating between 12/s and 2/s (Poisson within a spell) for 300 s; an edge uniformly;
     * caps 80 % 0.5 to 8 Mbit/s and 15 % 8 to 60 Mbit/s, with a time at the cap of 50 ms to 1.5 s, and 5 % 60 Mbit/s to
     * 1 Gbit/s (above every link) for 5 to 50 ms; bits = cap × time, whole bits; a service time (first byte after the
     * start) of 0 to 30 ms when asked. Some 7 Mbit a download, ~50 Mbit/s offered on average, ~90 in a busy spell.
     */
    static List<Job> workload(long seed, boolean serviceTimes) {
        SplittableRandom random = new SplittableRandom(seed);
        List<Job> jobs = new java.util.ArrayList<>();
        double t = 0;
        while (true) {
            double rate = ((long) (t / 10) % 2 == 0) ? 12 : 2;
            t += -Math.log(1 - random.nextDouble()) / rate;
            if (t >= 300) {
                break;
            }
            double u = random.nextDouble();
            double cap;
            long free;
            if (u < 0.95) {
                cap = u < 0.80 ? 0.5e6 + 7.5e6 * random.nextDouble() : 8e6 + 52e6 * random.nextDouble();
                free = 50 * MS + random.nextLong(1_450 * MS + 1);
            } else {
                cap = 60e6 + 940e6 * random.nextDouble();
                free = 5 * MS + random.nextLong(45 * MS + 1);
            }
            double bits = Math.max(1, Math.rint(cap * free / 1e6));
            long service = serviceTimes ? random.nextLong(30 * MS + 1) : 0;
            jobs.add(new Job((long) (t * 1e6), random.nextInt(EGRESS.length), service, bits, free));
        }
        return jobs;
    }

    private static LinkBench run(List<Job> jobs, long peering, long... egress) {
        LinkBench bench = new LinkBench(peering, egress);
        for (Job j : jobs) {
            bench.start(j.at(), j.edge(), j.at() + j.service(), j.bits(), j.freeMicros());
        }
        bench.closeSeconds(HORIZON_SECONDS);
        bench.runUntil(HORIZON_SECONDS * S);
        assertEquals(List.of(), bench.violations, "receiver contract");
        for (int t = 0; t < jobs.size(); t++) {
            assertTrue(bench.finished(t), "download " + t + " finished");
            assertTrue(bench.lastByte(t) < HORIZON_SECONDS * S, "download " + t + " within the horizon");
        }
        return bench;
    }

    // Pins that capacity is never exceeded and no download beats its cap: for every second closed (closeSecond at
    // each whole second) and every limited link, lastSecondBits ≤ capacity × 1 s (+1e-6 relative), and the link's
    // busiest second likewise; every download's last byte is at or after firstByteAt + freeMicros. Also pins that the
    // workload does stress the links (delays, seconds at capacity), or the test would prove nothing.
    @Test
    void noLinkCarriesMoreThanItsCapacityAndNoDownloadBeatsItsCap() {
        List<Job> jobs = workload(11L, true);
        LinkBench bench = run(jobs, PEERING, EGRESS);
        for (int l = 0; l < bench.plan.count(); l++) {
            if (!bench.plan.limited(l)) {
                continue;
            }
            double capacity = bench.plan.capacity(l);
            for (int s = 0; s < bench.secondBits.size(); s++) {
                double bits = bench.secondBits.get(s)[l];
                assertTrue(bits <= capacity * (1 + 1e-6),
                        "link " + bench.plan.name(l) + " carried " + bits + " bits in second " + (s + 1));
            }
            assertTrue(bench.downloads.figures(l).peakBits() <= capacity * (1 + 1e-6), bench.plan.name(l));
        }
        int delayed = 0;
        for (int t = 0; t < jobs.size(); t++) {
            Job j = jobs.get(t);
            assertTrue(bench.lastByte(t) >= j.at() + j.service() + j.freeMicros(),
                    "download " + t + " faster than its cap");
            delayed += bench.delays(t);
        }
        assertTrue(jobs.size() > 1_500, "downloads " + jobs.size());
        assertTrue(delayed > 100, "delays " + delayed);
        assertTrue(bench.downloads.figures(0).secondsAtCapacity() > 30,
                "peering seconds at capacity " + bench.downloads.figures(0).secondsAtCapacity());
    }

    // Pins conservation: with the first byte at the start (no service time), the bits a link meters over the run are
    // the bits of the downloads through it. The meter integrates the rates; a download's end is rounded up to the µs
    // each time it is computed (an announced last byte, an end event, the bits left when a free download starts
    // sharing, a shared one's end when its region is freed), and at each of those it may be metered for up to 1 µs at
    // up to its cap too long; it is computed at most announcements + delays + 1 times. So
    //   0 ≤ metered − Σ bits ≤ Σ_i cap_i × 1 µs × (announcements_i + delays_i + 1)
    // (less 1e-9 relative for the floating sums). Measured here, the excess is far inside that.
    @Test
    void everyLinkMetersTheBitsOfItsDownloads() {
        List<Job> jobs = workload(12L, false);
        LinkBench bench = run(jobs, PEERING, EGRESS);
        int links = bench.plan.count();
        double[] sent = new double[links];
        double[] slack = new double[links];
        for (int t = 0; t < jobs.size(); t++) {
            Job j = jobs.get(t);
            double rounding = j.cap() * MICROSECOND * (bench.announcements(t) + bench.delays(t) + 1);
            int leaf = bench.egress(j.edge());
            sent[leaf] += j.bits();
            slack[leaf] += rounding;
            sent[0] += j.bits();
            slack[0] += rounding;
        }
        assertTrue(bench.plan.isPeering(0));
        for (int l = 0; l < links; l++) {
            double metered = bench.downloads.figures(l).bits();
            double excess = metered - sent[l];
            assertTrue(excess >= -1e-9 * sent[l] && excess <= slack[l] + 1e-9 * sent[l],
                    bench.plan.name(l) + ": metered " + metered + ", sent " + sent[l] + ", excess " + excess
                            + ", slack " + slack[l]);
        }
    }

    // Pins what the meter counts on top of the bits when the edge takes a service time: a download holds its share
    // from its start, its first byte later, so a link meters more than it sends, at most each download's cap over its
    // service time (plus the rounding above), and at least that of the downloads that ran free from start to end.
    @Test
    void aServiceTimeIsMeteredAsHeldShare() {
        List<Job> jobs = workload(13L, true);
        LinkBench bench = run(jobs, PEERING, EGRESS);
        double sent = 0;
        double upper = 0;
        double lower = 0;
        for (int t = 0; t < jobs.size(); t++) {
            Job j = jobs.get(t);
            sent += j.bits();
            upper += j.cap() * (j.service() + (bench.announcements(t) + bench.delays(t) + 1)) * MICROSECOND;
            if (bench.announcements(t) == 1 && bench.delays(t) == 0
                    && bench.lastByte(t) == j.at() + j.service() + j.freeMicros()) {
                lower += j.cap() * j.service() * MICROSECOND;
            }
        }
        double excess = bench.downloads.figures(0).bits() - sent;
        assertTrue(excess >= lower * (1 - 1e-9) - 1e-9 * sent && excess <= upper + 1e-9 * sent,
                "excess " + excess + " not in [" + lower + ", " + upper + "]");
    }

    // Pins "unchanged below capacity": the same workload (service times included) through links without capacities and
    // through links whose capacity exceeds the sum of every cap in the workload gives the same last bytes, each
    // firstByteAt + freeMicros exactly, announced once and never delayed, and the model schedules no event of its own.
    @Test
    void belowCapacityEveryDownloadRunsAtItsCap() {
        List<Job> jobs = workload(14L, true);
        double sumCaps = 0;
        for (Job j : jobs) {
            sumCaps += j.cap();
        }
        long ample = (long) Math.ceil(sumCaps) + 1;
        LinkBench unlimited = run(jobs, NONE, NONE, NONE, NONE);
        LinkBench wide = run(jobs, ample, ample, ample, ample);
        for (int t = 0; t < jobs.size(); t++) {
            Job j = jobs.get(t);
            assertEquals(j.at() + j.service() + j.freeMicros(), unlimited.lastByte(t), "download " + t);
            assertEquals(unlimited.lastByte(t), wide.lastByte(t), "download " + t);
            assertEquals(1, wide.announcements(t));
            assertEquals(0, wide.delays(t));
        }
        long ownEvents = jobs.size() + HORIZON_SECONDS;
        assertEquals(ownEvents, unlimited.loop.executed());
        assertEquals(ownEvents, wide.loop.executed());
    }
}
