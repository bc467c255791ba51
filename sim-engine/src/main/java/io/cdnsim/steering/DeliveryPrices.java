package io.cdnsim.steering;

/**
 * What cost steering asks of the CDNs' price sheets (their delivery prices and the month's projection rule), in
 * bytes and dollars; the run builds it from the scenario's cost section.
 */
public interface DeliveryPrices {

    /**
     * @param cdn       a CDN's index
     * @param delivered bytes its edges delivered over the last {@code interval}
     * @param interval  how long that was, microseconds (more than 0)
     * @return the month's volume that rate projects to: the rate over the whole measured window, times the
     *         projection's repeats, bytes
     */
    double monthBytes(int cdn, double delivered, long interval);

    /**
     * @param cdn        a CDN's index
     * @param monthBytes a month's volume of the CDN
     * @return bytes its commit plan still covers at that volume (0 without a commit, or with it used up)
     */
    double unusedCommit(int cdn, double monthBytes);

    /**
     * @param cdn        a CDN's index
     * @param region     a region's index
     * @param monthBytes a month's volume of the CDN
     * @return dollars the next GB delivered in the region costs at that volume
     */
    double nextGigabyte(int cdn, int region, double monthBytes);
}
