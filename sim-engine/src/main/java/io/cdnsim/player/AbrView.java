package io.cdnsim.player;

/**
 * What an ABR rule sees of one player when it picks the next segment's rendition. The player passes a view
 * positioned on the viewer concerned, so asking allocates nothing.
 */
public interface AbrView {

    /** @return number of renditions in the ladder */
    int renditions();

    /**
     * @param rendition a rendition index, 0 the lowest
     * @return its bitrate, bit/s
     */
    long bitrate(int rendition);

    /** @return the highest rendition the device may play (its resolution cap) */
    int maxRendition();

    /** @return the rendition of the last segment, or -1 before the first */
    int current();

    /** @return seconds of media in the buffer */
    double bufferSeconds();

    /** @return the buffer the player keeps at most, seconds */
    double maxBufferSeconds();

    /** @return the segment duration, seconds */
    double segmentSeconds();

    /** @return the player's throughput estimate, bit/s, or NaN before the first download */
    double throughputBps();

    /** @return segments the player has downloaded so far */
    long segmentsDownloaded();

    /**
     * @return seconds since the player's last segment arrived (0 before the first): how long it waited since, for room
     *         in its buffer or for a playlist listing more
     */
    double idleSeconds();

    /** @return the buffer just after the last segment joined it, seconds (0 before the first) */
    double arrivalBufferSeconds();

    /** @return how long the last segment took from its request to its last byte, seconds (0 before the first) */
    double lastDownloadSeconds();

    /** @return BOLA-E's placeholder buffer for this player, seconds; 0 at first */
    double placeholderSeconds();

    /** @param seconds the player's new placeholder buffer */
    void setPlaceholderSeconds(double seconds);

    /**
     * Asks the player to wait before it downloads the segment just chosen, and to ask the rule again then (dash.js's
     * BOLA pauses rather than fill its buffer with low-quality segments). A call that does not ask downloads at once.
     *
     * @param seconds how long to wait, positive
     */
    void pause(double seconds);

    /** @return a small per-player memory for rules that keep state (BOLA-E's state, the dynamic rule's mode); 0 at first */
    int memory();

    /** @param value the new per-player memory */
    void setMemory(int value);
}
