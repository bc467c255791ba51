package io.cdnsim.cli;

import static io.cdnsim.cli.Cli.execute;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The console's origin requests by object kind (issue 20, item 8). */
class OriginByKindTest {

    // Pins the origin's split by kind under its line: the short sports run's players reload the playlist once per
    // segment and the fixed hit ratios send playlists to the origin as often as segments, so segments are about
    // half of its requests; the kinds listed add up to the origin's requests.
    @Test
    void originRequestsAreSplitByKindWhenSegmentsAreNotAll(@TempDir Path dir) throws IOException {
        Cli.Result r = execute("run", Cli.shortSports(dir).toString(), "--out", dir.resolve("out").toString());
        assertEquals(0, r.code(), r::toString);
        String origin = Arrays.stream(r.out().split("\n")).filter(l -> l.startsWith("Origin:")).findFirst()
                .orElseThrow();
        String kinds = Arrays.stream(r.out().split("\n")).filter(l -> l.startsWith("             by kind: "))
                .findFirst().orElseThrow(() -> new AssertionError(r.out()));
        Matcher m = Pattern.compile("media-playlist ([0-9,]+) \\([0-9.,]+/s\\), "
                + "media-segment ([0-9,]+) \\([0-9.,]+/s\\)").matcher(kinds);
        assertTrue(m.find(), kinds);
        long sum = Long.parseLong(m.group(1).replace(",", "")) + Long.parseLong(m.group(2).replace(",", ""));
        assertTrue(origin.startsWith(String.format(Locale.ROOT, "Origin:      %,d requests", sum)),
                origin + " / " + kinds);
    }
}
