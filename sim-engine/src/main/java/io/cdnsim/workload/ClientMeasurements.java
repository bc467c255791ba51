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
        record(rq.counted(s), rq.status(s) == Requests.ERROR, rq.bodyBytes(s), rq.respondedAt(s) - rq.arrivedAt(s),
                rq.bottleneck(s));
    }

    @Override
    public void answeredNow(boolean counted, long body, long bottleneck) {
        record(counted, false, body, 0, bottleneck);
    }

    /**
     * @param counted    whether the request was sent after the warm-up
     * @param error      whether the answer was an error
     * @param body       bytes of the body
     * @param atEdge     time from the request's arrival at the edge to the answer's first byte leaving it
     * @param bottleneck narrowest bandwidth of the links the body crossed, bit/s
     */
    private void record(boolean counted, boolean error, long body, long atEdge, long bottleneck) {
        if (!counted) {
            return;
        }
        requests++;
        if (error) {
            errors++;
            return;
        }
        bytes += body;
        long ttfb = atEdge + clientRtt;
        long bps = Math.min(bottleneck, clientBps);
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
