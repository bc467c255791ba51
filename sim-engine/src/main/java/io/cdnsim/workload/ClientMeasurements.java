package io.cdnsim.workload;

import io.cdnsim.kernel.Micros;
import io.cdnsim.metrics.LatencyRecorder;
import io.cdnsim.model.Clients;
import io.cdnsim.network.ClientSink;
import io.cdnsim.network.Requests;

/**
 * What request-stream viewers (synthetic or replayed) measure of the answers they get after the warm-up: requests,
 * errors, bytes, time to first byte and download time, their last mile's RTT and throughput included.
 */
final class ClientMeasurements implements ClientSink {

    /** Microseconds a byte takes at 1 bit/s: 8 bits of a second each. */
    private static final double BIT_MICROS_PER_BYTE = 8 * Micros.PER_SECOND;

    private final long clientRtt;
    private final long clientBps;
    private long requests;
    private long errors;
    private long bytes;
    private final LatencyRecorder timeToFirstByte = new LatencyRecorder();
    private final LatencyRecorder downloadTime = new LatencyRecorder();

    /** @param clients the viewers' last mile */
    ClientMeasurements(Clients clients) {
        this.clientRtt = clients.rtt();
        this.clientBps = clients.throughput();
    }

    @Override
    public void answered(long tag, int edge, int status, long sentAt, long firstByteAt, long version, long body,
                         long bottleneck, boolean counted) {
        record(counted, status == Requests.ERROR, body, firstByteAt - sentAt, bottleneck);
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
        timeToFirstByte.record(ttfb);
        downloadTime.record(Micros.later(ttfb, body * BIT_MICROS_PER_BYTE / bps));
    }

    /**
     * @param issued  requests issued during the whole run
     * @param located of which sent to the edge node claiming their logged location
     * @return the measurements
     */
    ClientStats stats(long issued, long located) {
        return new ClientStats(issued, requests, errors, bytes, timeToFirstByte.histogram(), downloadTime.histogram(), located);
    }
}
