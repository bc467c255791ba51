package io.cdnsim.cli;

/**
 * The whole numbers an option allows, checked in one place for every command that has the option: a value that is
 * not a whole number, or is out of range, is refused with one line naming the option, the value and the range.
 *
 * @param option the option's name ({@code --threads})
 * @param min    the smallest value allowed
 * @param max    the largest value allowed
 */
record WholeNumber(String option, long min, long max) {

    /** Longest value shown back in a message; a longer one is cut. */
    private static final int SHOWN = 40;

    /**
     * @param text the value as given on the command line
     * @return the number
     * @throws BadInputException if it is not a whole number from {@code min} to {@code max}
     */
    long parse(String text) throws BadInputException {
        long value;
        try {
            value = Long.parseLong(text.strip());
        } catch (NumberFormatException e) {
            throw refused(text);
        }
        if (value < min || value > max) {
            throw refused(text);
        }
        return value;
    }

    private BadInputException refused(String text) {
        String allowed = min == Long.MIN_VALUE && max == Long.MAX_VALUE ? "a whole number (64 bits)"
                : "a whole number from " + min + " to " + max;
        String shown = text.replaceAll("\\p{Cntrl}", "?");
        if (shown.length() > SHOWN) {
            shown = shown.substring(0, SHOWN) + "...";
        }
        return new BadInputException(option + ": must be " + allowed + ", found '" + shown + "'");
    }
}
