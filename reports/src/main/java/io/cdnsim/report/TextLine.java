package io.cdnsim.report;

/**
 * One line of ASCII text formatted into a reused byte buffer: bytes, characters and numbers in decimal or hex are
 * appended without allocating. Numbers below 2^31 are written two digits per division (a table of the pairs 00 to
 * 99), since the request log writes a dozen of them on each of millions of lines.
 */
final class TextLine {

    private static final byte[] TENS = new byte[100];
    private static final byte[] ONES = new byte[100];
    private static final byte[] HEX = "0123456789abcdef".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    static {
        for (int i = 0; i < 100; i++) {
            TENS[i] = (byte) ('0' + i / 10);
            ONES[i] = (byte) ('0' + i % 10);
        }
    }

    private final byte[] bytes;
    private int length;

    /** @param capacity the longest line it will hold */
    TextLine(int capacity) {
        bytes = new byte[capacity];
    }

    /** Empties the line. */
    void clear() {
        length = 0;
    }

    /** @return the buffer; its first {@link #length} bytes are the line */
    byte[] bytes() {
        return bytes;
    }

    /** @return how many bytes the line holds */
    int length() {
        return length;
    }

    /** Appends an ASCII character. */
    void put(char c) {
        bytes[length++] = (byte) c;
    }

    /** Appends bytes. */
    void bytes(byte[] b) {
        System.arraycopy(b, 0, bytes, length, b.length);
        length += b.length;
    }

    /** Appends 0 to 99 as two digits. */
    void two(long x) {
        int v = (int) x;
        bytes[length++] = TENS[v];
        bytes[length++] = ONES[v];
    }

    /** Appends 0 &le; x &lt; 10^digits as exactly {@code digits} digits, zeros in front. */
    void fixed(long x, int digits) {
        int end = length + digits;
        if (x <= Integer.MAX_VALUE) {
            int v = (int) x;
            int k = end;
            for (; k - length >= 2; k -= 2) {
                int q = v / 100;
                int r = v - q * 100;
                bytes[k - 1] = ONES[r];
                bytes[k - 2] = TENS[r];
                v = q;
            }
            if (k > length) {
                bytes[k - 1] = (byte) ('0' + v % 10);
            }
        } else {
            for (int k = end - 1; k >= length; k--) {
                bytes[k] = (byte) ('0' + x % 10);
                x /= 10;
            }
        }
        length = end;
    }

    /** Appends a number in decimal, with a minus sign if negative. */
    void number(long x) {
        if (x < 0) {
            if (x == Long.MIN_VALUE) {
                bytes(Long.toString(x).getBytes(java.nio.charset.StandardCharsets.US_ASCII));
                return;
            }
            put('-');
            x = -x;
        }
        if (x <= Integer.MAX_VALUE) {
            fixed(x, digits((int) x));
            return;
        }
        int digits = 10;
        for (long p = 10_000_000_000L; digits < 19 && x >= p; p *= 10) {
            digits++;
        }
        fixed(x, digits);
    }

    /** Appends the lowest {@code digits} hex digits of x, zeros in front. */
    void hex(long x, int digits) {
        for (int k = length + digits - 1; k >= length; k--) {
            bytes[k] = HEX[(int) (x & 15)];
            x >>>= 4;
        }
        length += digits;
    }

    /** @return how many decimal digits v &ge; 0 has */
    private static int digits(int v) {
        return v < 10 ? 1 : v < 100 ? 2 : v < 1_000 ? 3 : v < 10_000 ? 4 : v < 100_000 ? 5 : v < 1_000_000 ? 6
                : v < 10_000_000 ? 7 : v < 100_000_000 ? 8 : v < 1_000_000_000 ? 9 : 10;
    }
}
