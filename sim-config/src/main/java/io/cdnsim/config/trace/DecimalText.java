package io.cdnsim.config.trace;

/**
 * Recognises and reads decimal numbers written as bytes of a text trace, in place and without allocating: what the
 * text readers and format detection share.
 */
final class DecimalText {

    /** What {@link #whole} returns for text that is not a whole number. */
    static final long NOT_WHOLE = -1;
    /** What {@link #whole} returns for a whole number above its maximum. */
    static final long TOO_LARGE = -2;

    private DecimalText() {
    }

    /**
     * Reads a whole number 0 or more: an optional {@code +}, digits, an optional fraction of zeros ({@code 1200.0}).
     * Digits past the maximum are still checked, but not added, so that no number of them overflows.
     *
     * @param b    the bytes
     * @param from first byte
     * @param to   end (exclusive)
     * @param max  the largest value accepted, 0 or more
     * @return the number, {@link #TOO_LARGE} if it is above {@code max}, else {@link #NOT_WHOLE} if the bytes are not
     *         a whole number
     */
    static long whole(byte[] b, int from, int to, long max) {
        long v = 0;
        int i = from;
        if (i < to && b[i] == '+') {
            i++;
        }
        int digits = i;
        boolean above = false;
        for (; i < to; i++) {
            int d = b[i] - '0';
            if (d < 0 || d > 9) {
                break;
            }
            if (!above) {
                v = v * 10 + d;
                above = v > max;
            }
        }
        if (i < to && b[i] == '.' && i > digits) {
            i++;
            while (i < to && b[i] == '0') {
                i++;
            }
        }
        if (i != to || i == digits) {
            return NOT_WHOLE;
        }
        return above ? TOO_LARGE : v;
    }

    /** @return whether the bytes are a decimal number: what {@link AbstractTextReader#parseTime} accepts */
    static boolean isNumber(byte[] b, int from, int to) {
        int i = from;
        if (i < to && (b[i] == '+')) {
            i++;
        }
        int digits = 0;
        while (i < to && b[i] >= '0' && b[i] <= '9') {
            i++;
            digits++;
        }
        if (i < to && b[i] == '.') {
            i++;
            while (i < to && b[i] >= '0' && b[i] <= '9') {
                i++;
                digits++;
            }
        }
        if (digits > 0 && i < to && (b[i] == 'e' || b[i] == 'E')) {
            i++;
            if (i < to && (b[i] == '+' || b[i] == '-')) {
                i++;
            }
            int e = 0;
            while (i < to && b[i] >= '0' && b[i] <= '9') {
                i++;
                e++;
            }
            if (e == 0) {
                return false;
            }
        }
        return digits > 0 && i == to;
    }

    /** @return whether the bytes are an unsigned decimal integer */
    static boolean isInteger(byte[] b, int from, int to) {
        if (from == to) {
            return false;
        }
        for (int i = from; i < to; i++) {
            if (b[i] < '0' || b[i] > '9') {
                return false;
            }
        }
        return true;
    }
}
