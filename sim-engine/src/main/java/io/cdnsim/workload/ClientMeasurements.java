package io.cdnsim.workload;

import io.cdnsim.model.Clients;
import io.cdnsim.network.ClientSink;
import io.cdnsim.network.Requests;
import org.HdrHistogram.Histogram;

/**
 * What request-stream viewers (synthetic or replayed) measure of the answers they get after the warm-up: requests,
 * errors, bytes, time to first byte and download time, their last mile's RTT and throughput included.
 */
final class ClientMeasurements implements ClientSink {

    private static final long HISTOGRAM_MAX_MICROS = 3_600_000_000L;

    private final long clientRtt;
    private final long clientBps;
    private long requests;
    private long errors;
    private long bytes;
    private final Histogram timeToFirstByte = new Histogram(HISTOGRAM_MAX_MICROS, 3);
    private final Histogram downloadTime = new Histogram(HISTOGRAM_MAX_MICROS, 3);

    /** @param clients the viewers' last mile */
    ClientMeasurements(Clients clients) {
        this.clientRtt = clients.rtt();
        this.clientBps = clients.throughput();
    }

    @Override
    public void answered(Requests rq, int s) {
        if (!rq.counted(s)) {
            return;
        }
        requests++;
        if (rq.status(s) == Requests.ERROR) {
            errors++;
            return;
        }
        long body = rq.bodyBytes(s);
        bytes += body;
        long ttfb = rq.respondedAt(s) - rq.arrivedAt(s) + clientRtt;
        long bps = Math.min(rq.bottleneck(s), clientBps);
        long transfer = (long) Math.ceil(body * 8e6 / bps);
        timeToFirstByte.recordValue(Math.min(ttfb, HISTOGRAM_MAX_MICROS));
        downloadTime.recordValue(Math.min(ttfb + transfer, HISTOGRAM_MAX_MICROS));
    }

    /**
     * @param issued  requests issued during the whole run
     * @param located of which sent to the edge node claiming their logged location
     * @return the measurements
     */
    ClientStats stats(long issued, long located) {
        return new ClientStats(issued, requests, errors, bytes, timeToFirstByte, downloadTime, located);
    }
}
