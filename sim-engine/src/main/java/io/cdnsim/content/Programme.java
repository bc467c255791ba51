package io.cdnsim.content;

/**
 * What one viewer watches: a live channel, or one title of an on-demand catalog. A player asks it for the ids of the
 * objects it fetches, and for which segments the media playlists it receives list.
 */
public interface Programme {

    /** @return the master manifest's id */
    long master();

    /** @param rendition a rendition @return its media playlist's id */
    long playlist(int rendition);

    /** @param rendition a rendition @return its init segment's id */
    long init(int rendition);

    /** @param rendition a rendition @param index a segment index @return the media segment's id */
    long segment(int rendition, long index);

    /**
     * @param index a segment index of an encrypted programme
     * @return the id of the key that segment is encrypted with
     */
    long key(long index);

    /**
     * @param playlistVersion the version of a media playlist a player received
     * @return the index of the last segment that playlist lists
     */
    long lastIndex(long playlistVersion);

    /**
     * @param time       when the player received its first media playlist, microseconds
     * @param lastListed the index of the last segment that playlist lists
     * @param holdback   how many segments a live player starts behind the last one listed
     * @return the index of the segment the player starts with
     */
    long startIndex(long time, long lastListed, int holdback);

    /**
     * @return whether the programme is live: its playlist grows, so a player reloads it and, at the last segment it
     *         lists, waits for more; otherwise the playlist lists the whole programme, and a player that has its
     *         last segment has it all
     */
    boolean live();

    /**
     * @param index a segment index, or of a low-latency channel a part number
     * @return when the camera captured the start of that segment or part (live), microseconds; a programme that is
     *         not live has no capture time ({@link Long#MIN_VALUE})
     */
    default long captureTime(long index) {
        return Long.MIN_VALUE;
    }
}
