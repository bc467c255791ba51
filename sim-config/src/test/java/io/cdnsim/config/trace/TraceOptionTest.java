package io.cdnsim.config.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The table of trace options: lookups by key and alias, the formats each applies to, and the user's table. */
class TraceOptionTest {

    // Pins the keys each format takes, in the order of the rows (the order messages list them in).
    @Test
    void formatsTakeTheirRows() {
        assertEquals(List.of("time-col", "obj-id-col", "obj-size-col", "cnt-col", "has-header", "delimiter",
                "obj-id-is-num", "time-unit", "max-backstep", "skip-zero-size"), TraceFormat.LIBCACHESIM_CSV.options());
        assertEquals(List.of("time-unit", "max-backstep", "skip-zero-size"), TraceFormat.ORACLE_GENERAL.options());
        assertEquals(List.of("obj-id-is-num", "time-unit", "max-backstep", "skip-zero-size"),
                TraceFormat.PLAIN.options());
        assertEquals(List.of("include-query", "size-from", "max-backstep", "skip-zero-size"),
                TraceFormat.CLOUDFRONT.options());
    }

    // Pins the lookup of keys and libCacheSim's aliases.
    @Test
    void namesAndAliases() {
        assertEquals(TraceOption.OBJ_SIZE_COL, TraceOption.named("size-field"));
        assertEquals(TraceOption.HAS_HEADER, TraceOption.named("header"));
        assertEquals(TraceOption.DELIMITER, TraceOption.named("delimiter"));
        assertNull(TraceOption.named("tim-col"));
    }

    // Pins each value type's reading and writing back, by hand.
    @Test
    void typesReadAndWrite() {
        assertEquals(3, TraceOptionType.COLUMN.parse("k", "k", "3"));
        assertEquals(false, TraceOptionType.BOOLEAN.parse("k", "k", "N"));
        assertEquals('\t', TraceOptionType.DELIMITER.parse("k", "k", "tab"));
        assertEquals("\\t", TraceOptionType.DELIMITER.text('\t'));
        assertEquals("space", TraceOptionType.DELIMITER.text(' '));
        assertEquals(TimeUnit.NANOSECONDS, TraceOptionType.TIME_UNIT.parse("k", "k", "nanoseconds"));
        assertEquals("ms", TraceOptionType.TIME_UNIT.text(TimeUnit.MILLISECONDS));
        assertEquals(1_500_000L, TraceOptionType.DURATION.parse("k", "k", "1.5s"));
        assertEquals("1500000us", TraceOptionType.DURATION.text(1_500_000L));
        assertEquals("time-unit=ms, max-backstep=2000000us, size-from=sc-content-len, skip-zero-size=true",
                TraceOptions.parse("time_unit=MS, max-backstep=2s, size-from=sc-content-len, skip-zero-size=y")
                        .toString());
    }

    // Pins that docs/replay.md's table of options names every key.
    @Test
    void userTableListsEveryKey() throws IOException {
        String doc = Files.readString(Path.of("..", "docs", "replay.md"));
        for (String key : TraceOption.keys()) {
            assertTrue(doc.contains("| `" + key + "`") || doc.contains(", `" + key + "`"),
                    "docs/replay.md's options table does not list " + key);
        }
    }
}
