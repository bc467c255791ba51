package io.cdnsim.config;

import io.cdnsim.content.Ladder;
import io.cdnsim.content.Rendition;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a programme's ladder: a built-in one by name ({@code hd}, {@code 4k}; default {@link Defaults#LADDER}) or a
 * list of renditions from the lowest bitrate to the highest.
 */
final class LadderReader {

    private static final Pattern RESOLUTION = Pattern.compile("^\\s*([0-9]{2,5})\\s*x\\s*([0-9]{2,5})\\s*$");

    private LadderReader() {
    }

    static Ladder read(Problems p, String section, Object written) {
        Object named = written == null ? Defaults.LADDER : written;
        if ("hd".equals(named)) {
            return Ladder.HD;
        }
        if ("4k".equals(named)) {
            return Ladder.UHD;
        }
        if (named instanceof String s) {
            p.add(section + ".ladder", "unknown ladder '" + s + "'" + Problems.didYouMean(s, List.of("hd", "4k"))
                    + "; use hd, 4k or a list of {bitrate: 3Mbps, resolution: 1280x720}");
            return Ladder.HD;
        }
        if (!(named instanceof List<?> list) || list.isEmpty()) {
            p.add(section + ".ladder", "expected hd, 4k or a list of {bitrate: 3Mbps, resolution: 1280x720}");
            return Ladder.HD;
        }
        List<Rendition> renditions = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            String path = section + ".ladder[" + i + "]";
            if (!(list.get(i) instanceof Map<?, ?> m) || !m.keySet().stream().allMatch(
                    k -> "bitrate".equals(k) || "resolution".equals(k))) {
                p.add(path, "expected {bitrate: 3Mbps, resolution: 1280x720}");
                continue;
            }
            long bitrate = p.bitsPerSecond(path + ".bitrate", m.get("bitrate") == null ? null
                    : String.valueOf(m.get("bitrate")), -1);
            Matcher res = RESOLUTION.matcher(m.get("resolution") == null ? "" : String.valueOf(m.get("resolution")));
            if (!res.matches()) {
                p.add(path + ".resolution", "expected WIDTHxHEIGHT such as 1280x720, found '" + m.get("resolution")
                        + "'");
                continue;
            }
            if (bitrate > Limits.MAX_RENDITION_BITS_PER_SECOND) {
                p.add(path + ".bitrate", "at most 100Gbps, found '" + m.get("bitrate") + "'");
            } else if (bitrate > 0) {
                renditions.add(new Rendition(bitrate, Integer.parseInt(res.group(1)), Integer.parseInt(res.group(2))));
            } else if (m.get("bitrate") == null) {
                p.add(path + ".bitrate", "missing: the rendition's bitrate, for example 3Mbps");
            }
        }
        for (int i = 1; i < renditions.size(); i++) {
            if (renditions.get(i).bitrate() == renditions.get(i - 1).bitrate()) {
                p.add(section + ".ladder", "two renditions have the same bitrate, " + renditions.get(i).bitrate()
                        + " bit/s; each rendition needs its own");
                return Ladder.HD;
            }
            if (renditions.get(i).bitrate() < renditions.get(i - 1).bitrate()) {
                p.add(section + ".ladder", "list the renditions from the lowest bitrate to the highest");
                return Ladder.HD;
            }
        }
        if (renditions.size() > 32) {
            p.add(section + ".ladder", "at most 32 renditions");
            return Ladder.HD;
        }
        return renditions.isEmpty() ? Ladder.HD : new Ladder("custom", renditions);
    }
}
