package io.cdnsim.content;

/**
 * The kinds of object a video service delivers. Each has its own size and its own cache policy.
 */
public enum ObjectKind {
    /** The master (multivariant) manifest listing the renditions. */
    MASTER_MANIFEST("master-manifest"),
    /** The media playlist of one rendition; rewritten at every publication on a live channel. */
    MEDIA_PLAYLIST("media-playlist"),
    /** The initialisation segment of one rendition. */
    INIT_SEGMENT("init-segment"),
    /** A media segment: bitrate x duration / 8 bytes, immutable once published. */
    MEDIA_SEGMENT("media-segment"),
    /** A content key. */
    KEY("key"),
    /**
     * A part (partial segment) of a low-latency HLS channel: a slice of a media segment, published as soon as it is
     * produced, listed with {@code EXT-X-PART} while it is near the live edge.
     */
    MEDIA_PART("media-part");

    private static final ObjectKind[] VALUES = values();

    private final String label;

    ObjectKind(String label) {
        this.label = label;
    }

    /** @return the name used in scenario files and reports, for example {@code media-segment} */
    public String label() {
        return label;
    }

    /**
     * @param ordinal an ordinal
     * @return the kind with that ordinal
     */
    public static ObjectKind of(int ordinal) {
        return VALUES[ordinal];
    }

    /** @return the number of kinds */
    public static int count() {
        return VALUES.length;
    }

    /**
     * @param label a label as written in files
     * @return the kind, or null if none has that label
     */
    public static ObjectKind byLabel(String label) {
        for (ObjectKind k : VALUES) {
            if (k.label.equals(label)) {
                return k;
            }
        }
        return null;
    }
}
