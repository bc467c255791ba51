package io.cdnsim.run;

/**
 * A run broke one of the conservation invariants checked at its end (see {@code docs/trust.md}): a request or a
 * byte was lost or counted twice somewhere. It means a bug in the model, never bad input.
 */
public final class ConservationException extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    /** The invariant's name. */
    private final String invariant;

    /**
     * @param invariant the invariant's name ({@code outcomes}, {@code upstream}, {@code bytes}, {@code drained},
     *                  {@code clients} or {@code sessions})
     * @param message   what was expected and what was found, with the numbers
     */
    public ConservationException(String invariant, String message) {
        super("conservation invariant '" + invariant + "' violated: " + message);
        this.invariant = invariant;
    }

    /** @return the invariant's name */
    public String invariant() {
        return invariant;
    }
}
