package io.cdnsim.config;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;

/**
 * A price sheet file as written. {@link PriceSheetReader} checks it.
 *
 * @param schema        optional JSON Schema reference for editors
 * @param name          the sheet's name
 * @param provider      who charges, shown on the bill (default: the name)
 * @param source        where the prices come from
 * @param date          when they were read there
 * @param example       true for example prices to replace with a real contract
 * @param note          anything else a reader should know
 * @param delivery      CDN delivery to viewers
 * @param requests      request fees
 * @param shield        shield fees
 * @param originEgress  origin egress to the CDN
 * @param originCompute origin instances
 */
record PriceSheetFile(@JsonProperty("$schema") String schema, String name, String provider, String source,
                      String date, Boolean example, String note, TrafficFile delivery, RequestsFile requests,
                      ShieldFile shield, TrafficFile originEgress, ComputeFile originCompute) {

    /**
     * How traffic is priced: exactly one of the fields.
     *
     * @param perGB        a flat price per GB
     * @param tiers        one table of bands for every region
     * @param regions      tables of bands per region ("*" for every region without its own)
     * @param commit       commit plans
     * @param percentile95 a price per Mbit/s of the month's 95th percentile
     */
    record TrafficFile(String perGB, List<BandFile> tiers, Map<String, List<BandFile>> regions,
                       List<PlanFile> commit, String percentile95) {
    }

    /**
     * @param upTo  the band's upper bound of monthly volume (none for the last band)
     * @param price its price per GB
     */
    record BandFile(String upTo, String price) {
    }

    /**
     * @param name    its name
     * @param fee     the monthly fee
     * @param covers  the volume the fee covers
     * @param overage the price per GB over it
     */
    record PlanFile(String name, String fee, String covers, String overage) {
    }

    /**
     * @param http  per 10,000 HTTP requests
     * @param https per 10,000 HTTPS requests
     */
    record RequestsFile(String http, String https) {
    }

    /**
     * @param perGB  per GB the shield sends
     * @param per10k per 10,000 requests the shield receives
     */
    record ShieldFile(String perGB, String per10k) {
    }

    /**
     * @param requestsPerInstance requests per second one instance serves
     * @param price               per instance-hour
     * @param minimumInstances    instances kept however low the load
     */
    record ComputeFile(String requestsPerInstance, String price, Integer minimumInstances) {
    }
}
