package io.cdnsim.metrics;

/**
 * Why a request failed: the reason an error answer carries from where it was born down to the viewer (Q3: every
 * request is served, or failed with a reason). An error response names its cause by {@link #code()}, which every
 * node that passes the error on passes with it.
 */
public enum ErrorCause {
    /** The origin could not send its first byte within its timeout (it was overloaded or slowed). */
    ORIGIN_TIMEOUT("origin_timeout"),
    /** The origin failed it: a share of its requests during a failure window. */
    ORIGIN_ERROR("origin_error"),
    /** It was at a node that went down: waiting for the node's fetch, or the fetch's owner. */
    NODE_DOWN("node_down"),
    /** It was sent to a node that was down, which refused it (a connection refused: no response, no bytes). */
    REFUSED("refused");

    private static final ErrorCause[] VALUES = values();

    private final String label;

    ErrorCause(String label) {
        this.label = label;
    }

    /** @return its name in reports */
    public String label() {
        return label;
    }

    /** @return the code an error response carries for it */
    public long code() {
        return ordinal();
    }

    /**
     * @param code the code an error response carries
     * @return its cause
     * @throws IllegalArgumentException if no cause has that code (an error born without its cause: a bug)
     */
    public static ErrorCause of(long code) {
        if (code < 0 || code >= VALUES.length) {
            throw new IllegalArgumentException("an error response carries the cause code " + code);
        }
        return VALUES[(int) code];
    }

    /** @return how many causes there are */
    public static int count() {
        return VALUES.length;
    }
}
