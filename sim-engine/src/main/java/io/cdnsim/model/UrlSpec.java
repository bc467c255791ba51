package io.cdnsim.model;

/**
 * How the players' URLs meet the CDN's cache key (V7): the classic mistakes that destroy offload, and their fix.
 *
 * @param viewerToken           every URL carries a per-viewer query string ({@code seg_00047.m4s?token=...})
 * @param keyIncludesQuery      the CDN's cache key includes the query string: with a viewer token every viewer's
 *                              URLs are objects of their own (the mistake); false strips it (the fix)
 * @param personalizedManifests server-side ad insertion: each viewer's media playlist is its own, sent
 *                              {@code private}, so no cache keeps it, while the segments stay shared
 */
public record UrlSpec(boolean viewerToken, boolean keyIncludesQuery, boolean personalizedManifests) {

    /** Plain shared URLs. */
    public static final UrlSpec SHARED = new UrlSpec(false, false, false);

    /** @return true if segments (and every other URL) are cached per viewer */
    public boolean segmentsPerViewer() {
        return viewerToken && keyIncludesQuery;
    }

    /** @return true if media playlists are cached (or rather not cached) per viewer */
    public boolean playlistsPerViewer() {
        return segmentsPerViewer() || personalizedManifests;
    }

    /**
     * @param viewer a viewer's number in the whole audience
     * @return the URL variant of its segments, init segments and master manifest: its token, or 0 for shared URLs
     */
    public long segmentVariant(long viewer) {
        return segmentsPerViewer() ? viewer + 1 : 0;
    }

    /**
     * @param viewer a viewer's number in the whole audience
     * @return the URL variant of its media playlists: its token, or 0 for shared URLs
     */
    public long playlistVariant(long viewer) {
        return playlistsPerViewer() ? viewer + 1 : 0;
    }
}
