package io.cdnsim.config;

import io.cdnsim.content.CacheControl;
import io.cdnsim.content.ObjectKind;
import io.cdnsim.kernel.Micros;
import io.cdnsim.model.LowLatency;
import java.util.Locale;
import java.util.Map;

/**
 * Reads a live channel's low-latency HLS fields, {@code live.partTarget} and {@code live.partHoldBack}, into a
 * {@link LowLatency}: the segment duration must be a whole number (2 or more) of parts of about the part target
 * (within 2 %: a part target is often written rounded, 0.33s for a third of a second), and the part hold-back at least three part targets (RFC 8216bis' PART-HOLD-BACK) and at most the DVR
 * window. Also the default Cache-Control of a live channel's playlists and parts.
 */
final class LowLatencyReader {

    /** The shortest part target accepted. */
    private static final long MIN_PART_TARGET = 50 * Micros.MILLISECOND;
    /** How far the parts' duration may lie from the part target written. */
    private static final double TOLERANCE = 0.02;
    /** PART-HOLD-BACK in part targets, at least. */
    private static final int MIN_HOLD_BACK_PARTS = 3;

    private LowLatencyReader() {
    }

    /**
     * @param p       where problems go
     * @param lf      the live section
     * @param segment the segment duration, microseconds
     * @param dvr     the DVR window, microseconds
     * @return the channel's low-latency settings, or null for a channel of whole segments (or one with problems)
     */
    static LowLatency read(Problems p, ScenarioFile.LiveFile lf, long segment, long dvr) {
        if (lf.partTarget() == null) {
            if (lf.partHoldBack() != null) {
                p.add("live.partHoldBack", "a part hold-back needs parts: add live.partTarget, for example '333ms'");
            }
            return null;
        }
        long target = p.micros("live.partTarget", lf.partTarget(), -1);
        if (target == -1) {
            return null;
        }
        if (target < MIN_PART_TARGET || 2 * target > segment) {
            p.add("live.partTarget", "must be between 50ms and half the segment duration (" + ms(segment / 2)
                    + "), found '" + lf.partTarget() + "'");
            return null;
        }
        int parts = (int) Math.round((double) segment / target);
        double each = (double) segment / parts;
        if (Math.abs(each - target) > TOLERANCE * target) {
            long fewer = segment / target;
            p.add("live.partTarget", String.format(Locale.ROOT, "the segment duration (%s) is %.2f parts of '%s', "
                    + "not a whole number; for example '%s' (%d parts) or '%s' (%d parts)", ms(segment),
                    (double) segment / target, lf.partTarget(), ms(segment / fewer), fewer, ms(segment / (fewer + 1)),
                    fewer + 1));
            return null;
        }
        long holdBack = p.micros("live.partHoldBack", lf.partHoldBack(), MIN_HOLD_BACK_PARTS * target);
        if (holdBack < MIN_HOLD_BACK_PARTS * target || holdBack > dvr) {
            p.add("live.partHoldBack", "must be at least three part targets (" + ms(MIN_HOLD_BACK_PARTS * target)
                    + ") and at most the DVR window (" + ms(dvr) + "), found '" + lf.partHoldBack() + "'");
            return null;
        }
        return new LowLatency(parts, holdBack);
    }

    /**
     * The default Cache-Control of a live channel's objects where the file writes none: playlists (and blocking
     * reloads) half a segment duration, parts three segment durations, as long as a playlist lists them (whole
     * seconds, at least 1 s).
     *
     * @param written      the file's {@code cacheControl} section, or null
     * @param segment      the segment duration, microseconds
     * @param personalized whether playlists are per viewer
     * @param result       the Cache-Control per kind, completed here
     */
    static void liveDefaults(Map<String, String> written, long segment, boolean personalized,
                             Map<ObjectKind, CacheControl> result) {
        if (written == null || !written.containsKey(ObjectKind.MEDIA_PLAYLIST.label())) {
            long half = Math.max(1, Math.round(segment / (2 * Micros.PER_SECOND)));
            result.put(ObjectKind.MEDIA_PLAYLIST, CacheControlHeader.parse(personalized
                    ? Defaults.PERSONALIZED_PLAYLIST_CACHE_CONTROL : "public, max-age=" + half));
        }
        if (written == null || !written.containsKey(ObjectKind.MEDIA_PART.label())) {
            long three = Math.max(1, Math.round(3 * segment / Micros.PER_SECOND));
            result.put(ObjectKind.MEDIA_PART, CacheControlHeader.parse("public, max-age=" + three));
        }
    }

    private static String ms(long micros) {
        if (micros >= Micros.SECOND && micros % Micros.MILLISECOND == 0) {
            return String.format(Locale.ROOT, "%.3f", micros / 1e6).replaceAll("0+$", "").replaceAll("\\.$", "")
                    + "s";
        }
        return micros % Micros.MILLISECOND == 0 ? micros / Micros.MILLISECOND + "ms"
                : String.format(Locale.ROOT, "%.3fms", micros / 1e3);
    }
}
