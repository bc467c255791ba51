package io.cdnsim.config;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cdnsim.content.Ladder;
import io.cdnsim.content.SegmentSizes;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads {@code vod.segmentSizes}: a movie in Sabre's {@code movie.json} format, {@code {"segment_duration_ms": d,
 * "bitrates_kbps": [b_0, …], "segment_sizes_bits": [[s_0_0, …], …]}}, one row of sizes in bits per segment and one
 * size per rendition. Its duration must be the catalog's segment duration and its bitrates the ladder's (kbit/s ×
 * 1000), so that the sizes belong to the renditions the players choose from; a size in bits becomes bytes rounded up.
 */
final class MovieReader {

    /** Most segments a movie may list. */
    static final int MAX_SEGMENTS = 1_000_000;
    private static final ObjectMapper JSON = new ObjectMapper();

    private MovieReader() {
    }

    /**
     * @param p       where problems go
     * @param path    the field's path, for messages
     * @param written the file as written, relative to {@code dir}
     * @param dir     the scenario file's folder
     * @param segment the catalog's segment duration, microseconds
     * @param ladder  the catalog's ladder
     * @return the sizes, or null after a problem
     */
    static SegmentSizes read(Problems p, String path, String written, Path dir, long segment, Ladder ladder) {
        Path file = dir.resolve(written).normalize();
        if (!Files.exists(file)) {
            p.add(path, "the movie '" + written + "' does not exist (looked for " + file + ")");
            return null;
        }
        JsonNode root;
        try {
            root = JSON.readTree(file.toFile());
        } catch (JsonProcessingException e) {
            long line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            p.add(path, written + ", line " + line + ": malformed JSON: " + e.getOriginalMessage());
            return null;
        } catch (IOException e) {
            p.add(path, "cannot read " + file + ": " + e.getMessage());
            return null;
        }
        String where = written + ": ";
        if (root == null || !root.isObject()) {
            p.add(path, where + "expected a JSON object {segment_duration_ms, bitrates_kbps, segment_sizes_bits}");
            return null;
        }
        JsonNode duration = root.get("segment_duration_ms");
        JsonNode bitrates = root.get("bitrates_kbps");
        JsonNode rows = root.get("segment_sizes_bits");
        if (duration == null || !duration.isNumber() || duration.asDouble() * 1000 != segment) {
            p.add(path, where + "segment_duration_ms must be the catalog's segment duration, " + segment / 1000
                    + ", found " + duration);
            return null;
        }
        if (bitrates == null || !bitrates.isArray() || bitrates.size() != ladder.size()) {
            p.add(path, where + "bitrates_kbps must list the ladder's " + ladder.size() + " bitrates, found "
                    + bitrates);
            return null;
        }
        for (int r = 0; r < ladder.size(); r++) {
            if (!bitrates.get(r).isNumber() || Math.round(bitrates.get(r).asDouble() * 1000) != ladder.bitrate(r)) {
                p.add(path, where + "bitrates_kbps[" + r + "] is " + bitrates.get(r) + ", the ladder's rendition " + r
                        + " has " + ladder.bitrate(r) / 1000.0 + " kbit/s");
                return null;
            }
        }
        if (rows == null || !rows.isArray() || rows.isEmpty() || rows.size() > MAX_SEGMENTS) {
            p.add(path, where + "segment_sizes_bits must be a list of 1 to " + MAX_SEGMENTS + " segments, each a list"
                    + " of sizes in bits, one per rendition");
            return null;
        }
        long[][] bytes = new long[rows.size()][ladder.size()];
        for (int i = 0; i < rows.size(); i++) {
            JsonNode row = rows.get(i);
            if (!row.isArray() || row.size() != ladder.size()) {
                p.add(path, where + "segment_sizes_bits[" + i + "] must list " + ladder.size() + " sizes, found "
                        + row);
                return null;
            }
            for (int r = 0; r < ladder.size(); r++) {
                double bits = row.get(r).isNumber() ? row.get(r).asDouble() : Double.NaN;
                if (!(bits >= 1 && bits <= 8e15)) {
                    p.add(path, where + "segment_sizes_bits[" + i + "][" + r + "] must be a size in bits from 1 to"
                            + " 8e15, found " + row.get(r));
                    return null;
                }
                bytes[i][r] = (long) Math.ceil(bits / 8);
            }
        }
        return new SegmentSizes(segment, bytes);
    }
}
