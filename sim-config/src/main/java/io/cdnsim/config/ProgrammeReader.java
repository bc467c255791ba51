package io.cdnsim.config;

import io.cdnsim.kernel.Micros;

/**
 * Reads what a live channel and an on-demand catalog share about their segments: the segment duration, the
 * variation of segment sizes and the key rotation.
 */
final class ProgrammeReader {

    private ProgrammeReader() {
    }

    /**
     * Reads a key rotation period: absent for content in the clear (0), else a whole number of segments.
     */
    static long keyRotation(Problems p, String section, String text, long segment) {
        if (text == null) {
            return 0;
        }
        long rotation = p.micros(section + ".keyRotation", text, -1);
        if (rotation == -1) {
            return 0;
        }
        if (rotation <= 0 || rotation % segment != 0 || rotation / segment > Integer.MAX_VALUE) {
            String each = segment % Micros.SECOND == 0 ? segment / Micros.SECOND + " s"
                    : segment / Micros.MILLISECOND + " ms";
            p.add(section + ".keyRotation", "must be a whole number of segments (" + each + " each), for example '"
                    + segment * 30 / Micros.SECOND + "s' for a new key every 30 segments, found '" + text + "'");
            return 0;
        }
        return rotation;
    }

    /** Reads a segment duration, 100 ms to 60 s; {@code fallback} (a default as written) if absent or wrong. */
    static long segmentDuration(Problems p, String section, String text, String fallback) {
        long byDefault = Quantity.micros(fallback);
        long segment = p.micros(section + ".segmentDuration", text, byDefault);
        if (segment < 100_000 || segment > 60_000_000) {
            p.add(section + ".segmentDuration", "must be between 100ms and 60s, found '" + text + "'");
            segment = byDefault;
        }
        return segment;
    }

    /** Reads a relative segment-size variation, 0 to 0.5 (default {@link Defaults#SIZE_VARIATION}). */
    static double sizeVariation(Problems p, String section, Double written) {
        double variation = written == null ? Defaults.SIZE_VARIATION : written;
        if (!(variation >= 0 && variation <= 0.5)) {
            p.add(section + ".sizeVariation", "must be between 0 and 0.5, found " + variation);
            variation = 0;
        }
        return variation;
    }
}
