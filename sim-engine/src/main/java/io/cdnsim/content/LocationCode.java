package io.cdnsim.content;

import java.util.Locale;

/**
 * The place a logged request was served from, as a CDN names its POPs: the leading letters of the location, which
 * for CloudFront ({@code LAX50-C1}), Fastly ({@code LAX}) and most CDNs are the airport code of the city. Packed
 * upper case into a long (up to 8 letters, one byte each), so a replay can route by it without allocating; 0 means
 * "not known".
 */
public final class LocationCode {

    /** The code of a request whose log does not say where it was served. */
    public static final long UNKNOWN = 0;

    private LocationCode() {
    }

    /**
     * @param text a location as logged, for example {@code LAX50-C1}
     * @return the code of its leading letters ({@code LAX}), or {@link #UNKNOWN} if it starts with none
     */
    public static long of(CharSequence text) {
        long code = 0;
        for (int i = 0; i < text.length() && i < 8; i++) {
            int c = letter(text.charAt(i));
            if (c < 0) {
                break;
            }
            code = code << 8 | c;
        }
        return code;
    }

    /**
     * @param bytes ASCII text
     * @param from  first byte of the location
     * @param to    end of the location (exclusive)
     * @return the code of its leading letters, or {@link #UNKNOWN}
     */
    public static long of(byte[] bytes, int from, int to) {
        long code = 0;
        for (int i = from; i < to && i < from + 8; i++) {
            int c = letter((char) (bytes[i] & 0xFF));
            if (c < 0) {
                break;
            }
            code = code << 8 | c;
        }
        return code;
    }

    /** @param code a code @return its letters ({@code LAX}), empty for {@link #UNKNOWN} */
    public static String text(long code) {
        StringBuilder b = new StringBuilder();
        for (long c = code; c != 0; c >>>= 8) {
            b.append((char) (c & 0xFF));
        }
        return b.reverse().toString();
    }

    /** @return the upper-case letter, or -1 if {@code c} is not an ASCII letter */
    private static int letter(char c) {
        if (c >= 'a' && c <= 'z') {
            return Character.toUpperCase(c);
        }
        return c >= 'A' && c <= 'Z' ? c : -1;
    }

    /**
     * @param text a location code as a topology writes it
     * @return whether it is 2 to 8 ASCII letters
     */
    public static boolean valid(String text) {
        return text.length() >= 2 && text.length() <= 8 && text.toUpperCase(Locale.ROOT).chars()
                .allMatch(c -> c >= 'A' && c <= 'Z');
    }
}
