package io.cdnsim.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The request log's line formatting: numbers as Long.toString writes them, fixed widths, hex, by hand and at edges. */
class TextLineTest {

    private static String text(TextLine line) {
        return new String(line.bytes(), 0, line.length(), StandardCharsets.US_ASCII);
    }

    private static String number(long x) {
        TextLine line = new TextLine(32);
        line.number(x);
        return text(line);
    }

    // Pins each length from 1 to 19 digits at its edges (9, 10, 99, 100, ...), the int/long boundary, the sign and
    // the extremes.
    @Test
    void numbersAreWrittenAsInDecimal() {
        long p = 1;
        for (int digits = 1; digits <= 18; digits++) {
            p *= 10;
            assertEquals(Long.toString(p - 1), number(p - 1));
            assertEquals(Long.toString(p), number(p));
        }
        for (long x : new long[] {0, 7, Integer.MAX_VALUE, Integer.MAX_VALUE + 1L, Long.MAX_VALUE, -5, -1_000_001,
                Long.MIN_VALUE}) {
            assertEquals(Long.toString(x), number(x));
        }
    }

    // Pins agreement with Long.toString on 100,000 seeded values of every magnitude.
    @Test
    void randomNumbersAgreeWithLongToString() {
        SplittableRandom random = new SplittableRandom(7);
        for (int i = 0; i < 100_000; i++) {
            long x = random.nextLong() >> random.nextInt(64);
            assertEquals(Long.toString(x), number(x));
        }
    }

    // Pins zero padding to the width, odd and even widths, and a line built of several parts.
    @Test
    void fixedWidthsTwoDigitsAndHex() {
        TextLine line = new TextLine(64);
        line.fixed(5, 6);
        line.put('|');
        line.fixed(123_456, 6);
        line.put('|');
        line.fixed(42, 3);
        line.put('|');
        line.two(7);
        line.put('|');
        line.hex(0xABCDEF, 12);
        line.put('|');
        line.bytes("ok".getBytes(StandardCharsets.US_ASCII));
        assertEquals("000005|123456|042|07|000000abcdef|ok", text(line));
        line.clear();
        line.fixed(9_876_543_210L, 12);
        assertEquals("009876543210", text(line));
    }
}
