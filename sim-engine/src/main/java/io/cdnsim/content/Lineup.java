package io.cdnsim.content;

/**
 * What an audience can watch: the one programme of a live channel, or the titles of an on-demand catalog, and what
 * they all share (the ladder, the segment duration, the key rotation).
 */
public interface Lineup {

    /**
     * @param number the programme's number: a title of a catalog, 0 for a live channel
     * @return the programme
     */
    Programme programme(int number);

    /** @return the renditions every programme is encoded in */
    Ladder ladder();

    /** @return the segment duration D, microseconds */
    long segmentDuration();

    /** @return segments encrypted with one key, or 0 for content in the clear */
    int segmentsPerKey();
}
