package io.cdnsim.config.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Trace options written as libCacheSim writes its -t parameters. */
class TraceOptionsTest {

    // Pins libCacheSim's keys and aliases, its delimiter=,, spelling, booleans, and our own keys.
    @Test
    void parsesLibCacheSimStyle() {
        TraceOptions o = TraceOptions.parse("time-col=2, obj-id-col=5, obj-size-col=4, delimiter=,, has-header=true");
        assertEquals(2, o.timeColumn());
        assertEquals(5, o.idColumn());
        assertEquals(4, o.sizeColumn());
        assertEquals(',', o.delimiter());
        assertEquals(true, o.hasHeader());
        TraceOptions a = TraceOptions.parse("time_field=1,obj_id_field=2,size-field=3,header=no,obj-id-is-num=1,"
                + "delimiter=\\t,cnt-col=4");
        assertEquals(1, a.timeColumn());
        assertEquals(2, a.idColumn());
        assertEquals(3, a.sizeColumn());
        assertEquals(4, a.countColumn());
        assertEquals(false, a.hasHeader());
        assertEquals(true, a.idIsNumber());
        assertEquals('\t', a.delimiter());
        TraceOptions b = TraceOptions.parse("time-unit=ms, max-backstep=2s, skip-zero-size=yes, include-query=true,"
                + " size-from=sc-content-len, delimiter=|");
        assertEquals(TimeUnit.MILLISECONDS, b.timeUnit());
        assertEquals(2_000_000, b.maxBackstepMicros());
        assertEquals(true, b.skipZeroSize());
        assertEquals(true, b.includeQuery());
        assertEquals("sc-content-len", b.sizeFrom());
        assertEquals('|', b.delimiter());
        assertEquals(' ', TraceOptions.parse("delimiter=space").delimiter());
        assertEquals(',', TraceOptions.parse("delimiter=\\,").delimiter());
    }

    // Pins the defaults: nothing given, columns 0, detection left to the reader.
    @Test
    void defaults() {
        TraceOptions o = TraceOptions.parse("");
        assertEquals(0, o.timeColumn());
        assertNull(o.hasHeader());
        assertNull(o.idIsNumber());
        assertNull(o.timeUnit());
        assertEquals(0, o.delimiter());
        assertEquals("sc-bytes", o.sizeFrom());
        assertEquals(0, o.maxBackstepMicros());
        assertEquals(0, o.given().size());
        assertEquals("time-col=2, delimiter=,", TraceOptions.parse(" time-col=2 , delimiter=,,").toString());
    }

    // Pins the messages for unknown keys and bad values (IllegalArgumentException, for the command line to show).
    @Test
    void rejectsWhatItCannotUse() {
        assertEquals("unknown trace option 'tim-col' (known: time-col, obj-id-col, obj-size-col, cnt-col, has-header,"
                + " delimiter, obj-id-is-num, time-unit, include-query, size-from, max-backstep, skip-zero-size)",
                message("tim-col=2"));
        assertEquals("trace option time-col=0: expected a column number, 1 for the first column",
                message("time-col=0"));
        assertEquals("trace option has-header=maybe: expected true or false", message("has-header=maybe"));
        assertEquals("trace option time-unit=h: expected s, ms, us or ns", message("time-unit=h"));
        assertEquals("trace option 'time-col' has no value: write key=value", message("time-col"));
        assertEquals("trace option delimiter=ab: expected one of , \\t space | ; :", message("delimiter=ab"));
        assertEquals("trace option size-from=cs-bytes: expected sc-bytes or sc-content-len",
                message("size-from=cs-bytes"));
    }

    // Pins an option given twice (it took the last value): refused naming the option and both spellings, under its
    // key, under an alias, for the delimiter, and with the same value twice.
    @Test
    void refusesAnOptionGivenTwice() {
        assertEquals("trace option time-unit is given twice, as 'time-unit=ms' and as 'time-unit=s'; give it once",
                message("time-unit=ms, time-unit=s"));
        assertEquals("trace option time-col is given twice, as 'time-col=1' and as 'time-field=2'; give it once",
                message("time-col=1,time_field=2"));
        assertEquals("trace option delimiter is given twice, as 'delimiter=,' and as 'delimiter=;'; give it once",
                message("delimiter=,, delimiter=;"));
        assertEquals("trace option skip-zero-size is given twice, 'skip-zero-size=true' both times; give it once",
                message("skip-zero-size=true, Skip_Zero_Size=true"));
    }

    private static String message(String text) {
        return assertThrows(IllegalArgumentException.class, () -> TraceOptions.parse(text)).getMessage();
    }
}
