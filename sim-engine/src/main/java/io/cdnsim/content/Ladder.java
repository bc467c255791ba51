package io.cdnsim.content;

import java.util.List;

/**
 * An ABR ladder: renditions in increasing bitrate.
 *
 * @param name       its name
 * @param renditions renditions, lowest bitrate first
 * @param bitrates   their bitrates, bit/s (derived from the renditions)
 */
public record Ladder(String name, List<Rendition> renditions, long[] bitrates) {

    /** A typical HD ladder: 240p at 400 kbit/s up to 1080p at 6 Mbit/s. */
    public static final Ladder HD = new Ladder("hd", List.of(
            new Rendition(400_000, 426, 240),
            new Rendition(800_000, 640, 360),
            new Rendition(1_500_000, 854, 480),
            new Rendition(3_000_000, 1280, 720),
            new Rendition(6_000_000, 1920, 1080)));

    /** A 4K ladder: the HD ladder topped with 1440p at 10 Mbit/s and 2160p at 16 Mbit/s. */
    public static final Ladder UHD = new Ladder("4k", List.of(
            new Rendition(400_000, 426, 240),
            new Rendition(800_000, 640, 360),
            new Rendition(1_500_000, 854, 480),
            new Rendition(3_000_000, 1280, 720),
            new Rendition(6_000_000, 1920, 1080),
            new Rendition(10_000_000, 2560, 1440),
            new Rendition(16_000_000, 3840, 2160)));

    /**
     * @param name       its name
     * @param renditions renditions, lowest bitrate first
     */
    public Ladder(String name, List<Rendition> renditions) {
        this(name, renditions, renditions.stream().mapToLong(Rendition::bitrate).toArray());
    }

    /** Copies the list, checks its order and keeps the bitrates in an array for the players' hot path. */
    public Ladder {
        renditions = List.copyOf(renditions);
        bitrates = renditions.stream().mapToLong(Rendition::bitrate).toArray();
        if (renditions.isEmpty() || renditions.size() > ObjectIds.MAX_RENDITIONS) {
            throw new IllegalArgumentException("a ladder needs 1 to " + ObjectIds.MAX_RENDITIONS + " renditions");
        }
        for (int i = 1; i < renditions.size(); i++) {
            if (renditions.get(i).bitrate() <= renditions.get(i - 1).bitrate()) {
                throw new IllegalArgumentException("ladder bitrates must increase");
            }
        }
    }

    /** @return number of renditions */
    public int size() {
        return renditions.size();
    }

    /** @param i index @return its bitrate, bit/s */
    public long bitrate(int i) {
        return bitrates[i];
    }

    /**
     * @param maxHeight a device's resolution cap, pixels
     * @return the highest rendition index whose height is within the cap (0 if none is)
     */
    public int highestWithin(int maxHeight) {
        int best = 0;
        for (int i = 0; i < renditions.size(); i++) {
            if (renditions.get(i).height() <= maxHeight) {
                best = i;
            }
        }
        return best;
    }
}
