package io.cdnsim.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Location codes: the leading letters of a CDN's edge location, packed into a long. */
class LocationCodeTest {

    // Pins the packing: one upper-case letter a byte, the first in the highest byte used ('L' 'A' 'X' is
    // 0x4C4158); leading letters only, case ignored; the byte form equals the string form.
    @Test
    void leadingLettersUpperCasedOneAByte() {
        assertEquals(0x4C4158L, LocationCode.of("LAX"));
        assertEquals(LocationCode.of("LAX"), LocationCode.of("lax50-C1"));
        assertEquals(LocationCode.of("IAD"), LocationCode.of("IAD89-C2"));
        assertEquals(LocationCode.UNKNOWN, LocationCode.of("-"));
        assertEquals(LocationCode.UNKNOWN, LocationCode.of(""));
        byte[] line = "x\tFRA56-P2\ty".getBytes(StandardCharsets.US_ASCII);
        assertEquals(LocationCode.of("FRA"), LocationCode.of(line, 2, 10));
        assertEquals("FRA", LocationCode.text(LocationCode.of(line, 2, 10)));
        assertEquals("", LocationCode.text(LocationCode.UNKNOWN));
    }

    // Pins the limit of 8 letters (a long's 8 bytes): a longer run of letters keeps its first 8.
    @Test
    void atMostEightLetters() {
        assertEquals("ABCDEFGH", LocationCode.text(LocationCode.of("abcdefghij")));
        assertTrue(LocationCode.valid("lax"));
        assertTrue(LocationCode.valid("ABCDEFGH"));
        assertFalse(LocationCode.valid("ABCDEFGHI"));
        assertFalse(LocationCode.valid("L"));
        assertFalse(LocationCode.valid("LAX50"));
    }
}
