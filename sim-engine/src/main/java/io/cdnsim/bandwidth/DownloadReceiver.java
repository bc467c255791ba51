package io.cdnsim.bandwidth;

import io.cdnsim.kernel.EventHandler;

/** Told when each download's last byte leaves its edge ({@link Downloads}). */
public interface DownloadReceiver {
    /**
     * @param tag        the download's tag
     * @param lastByteAt when its last byte leaves the edge (now or later)
     * @param sentAt     when the viewer sent the request
     * @param bits       the download's bits
     */
    void lastByte(long tag, long lastByteAt, long sentAt, double bits);

    /** @param tag a download whose last byte was announced: it will not leave then, a full link holds it back */
    void delayed(long tag);

    /**
     * Reads what the download's end will need, ahead of it ({@link EventHandler#touch}).
     *
     * @param tag a download's tag
     * @return a value read, meaningless
     */
    long touch(long tag);
}
