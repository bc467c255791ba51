package io.cdnsim.cost;

/** What a bill charges for, in the order a bill lists them. */
public enum Component {
    /** Bytes the CDN's edges deliver to viewers. */
    DELIVERY("cdn delivery"),
    /** Requests viewers send to the CDN, per 10,000. */
    REQUESTS("requests"),
    /** The origin shield: bytes it sends to the edges, or requests it receives. */
    SHIELD("shield"),
    /** Bytes the origin sends to the CDN. */
    ORIGIN_EGRESS("origin egress"),
    /** Origin instances sized for the peak requests per second, for the whole month. */
    ORIGIN_COMPUTE("origin compute");

    private final String label;

    Component(String label) {
        this.label = label;
    }

    /** @return its name in reports, for example {@code cdn delivery} */
    public String label() {
        return label;
    }
}
