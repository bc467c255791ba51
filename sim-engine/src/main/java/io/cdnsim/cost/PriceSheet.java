package io.cdnsim.cost;

/**
 * One price sheet: a provider's prices with where they come from. Each component is optional; a scenario combines
 * sheets, each component priced by at most one of them.
 *
 * @param name          the sheet's name
 * @param provider      who charges (the CDN's or the cloud's name), shown on the bill
 * @param source        where the prices come from
 * @param date          when they were read there
 * @param example       true for example prices that must be replaced with a real contract
 * @param location      where the sheet was read from, as the user named it
 * @param delivery      CDN delivery to viewers, or null
 * @param requests      request fees, or null
 * @param shield        shield fees, or null
 * @param originEgress  origin egress to the CDN, or null
 * @param originCompute origin instances, or null
 */
public record PriceSheet(String name, String provider, String source, String date, boolean example, String location,
                         TrafficPrice delivery, RequestPrice requests, ShieldPrice shield, TrafficPrice originEgress,
                         ComputePrice originCompute) {

    /**
     * @param component a component
     * @return whether this sheet prices it
     */
    public boolean prices(Component component) {
        return switch (component) {
            case DELIVERY -> delivery != null;
            case REQUESTS -> requests != null;
            case SHIELD -> shield != null;
            case ORIGIN_EGRESS -> originEgress != null;
            case ORIGIN_COMPUTE -> originCompute != null;
        };
    }
}
