package io.cdnsim.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cdnsim.content.CacheControl;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Parsing of Cache-Control header values as written in scenario files. */
class CacheControlHeaderTest {

    private static final long S = 1_000_000L;

    // Pins s-maxage alone: the shared lifetime comes from it, max-age stays absent.
    @Test
    void sMaxAge() {
        CacheControl cc = CacheControlHeader.parse("s-maxage=60");
        assertEquals(60 * S, cc.sMaxAge());
        assertEquals(CacheControl.ABSENT, cc.maxAge());
        assertEquals(60 * S, cc.sharedLifetime());
        assertFalse(cc.noStore());
    }

    // Pins max-age alone: it is the shared lifetime when s-maxage is absent.
    @Test
    void maxAge() {
        CacheControl cc = CacheControlHeader.parse("public, max-age=86400");
        assertEquals(86400 * S, cc.maxAge());
        assertEquals(CacheControl.ABSENT, cc.sMaxAge());
        assertEquals(86400 * S, cc.sharedLifetime());
        assertEquals(CacheControl.ABSENT, cc.staleWhileRevalidate());
        assertEquals(CacheControl.ABSENT, cc.staleIfError());
    }

    // Pins every timing directive of a full header, and that s-maxage wins over max-age for a shared cache.
    @Test
    void fullHeader() {
        CacheControl cc = CacheControlHeader.parse(
                "public, max-age=2, s-maxage=1, stale-while-revalidate=2, stale-if-error=60");
        assertEquals(new CacheControl(2 * S, 1 * S, 2 * S, 60 * S, false), cc);
        assertEquals(1 * S, cc.sharedLifetime());
    }

    // Pins stale-while-revalidate and stale-if-error (RFC 5861) in seconds.
    @Test
    void staleDirectives() {
        CacheControl cc = CacheControlHeader.parse("max-age=3600, stale-while-revalidate=30, stale-if-error=3600");
        assertEquals(30 * S, cc.staleWhileRevalidate());
        assertEquals(3600 * S, cc.staleIfError());
    }

    // Pins that no-store and private both make an object uncacheable for a shared cache.
    @ParameterizedTest
    @ValueSource(strings = {"no-store", "private", "private, max-age=3600", "public, no-store, max-age=60"})
    void noStoreAndPrivate(String header) {
        assertTrue(CacheControlHeader.parse(header).noStore(), header);
    }

    // Pins that no-cache makes the object stale at once (shared lifetime 0).
    @Test
    void noCache() {
        CacheControl cc = CacheControlHeader.parse("no-cache");
        assertEquals(0, cc.sharedLifetime());
        assertFalse(cc.noStore());
        assertEquals(0, CacheControlHeader.parse("max-age=600, no-cache").sharedLifetime());
    }

    // Pins that no-cache wins whatever the order of directives (RFC 9111 5.2.2.4: always revalidate).
    @Test
    void noCacheWinsRegardlessOfOrder() {
        assertEquals(0, CacheControlHeader.parse("s-maxage=60, no-cache").sharedLifetime());
        assertEquals(0, CacheControlHeader.parse("no-cache, s-maxage=60").sharedLifetime(),
                "'no-cache, s-maxage=60' must still revalidate every use");
    }

    // Pins that directive names are case-insensitive, quotes around values and blank entries are tolerated.
    @Test
    void lenientSyntax() {
        CacheControl cc = CacheControlHeader.parse("Public, MAX-AGE=\"60\",, S-MaxAge = 30 ");
        assertEquals(60 * S, cc.maxAge());
        assertEquals(30 * S, cc.sMaxAge());
    }

    // Pins that directives without effect on the model are accepted.
    @Test
    void neutralDirectives() {
        assertEquals(CacheControl.NONE,
                CacheControlHeader.parse("public, immutable, must-revalidate, proxy-revalidate, no-transform"));
        assertEquals(CacheControl.NONE, CacheControlHeader.parse(""));
    }

    // Pins that an unknown directive is an error naming it and listing the known ones.
    @ParameterizedTest
    @ValueSource(strings = {"maxage=60", "public, s-max-age=60", "max-stale=5"})
    void unknownDirective(String header) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> CacheControlHeader.parse(header));
        assertTrue(e.getMessage().startsWith("unknown Cache-Control directive '"), e.getMessage());
        assertTrue(e.getMessage().contains("known: max-age, s-maxage"), e.getMessage());
    }

    // Pins that negative, fractional, non-numeric and missing directive values are rejected.
    @ParameterizedTest
    @ValueSource(strings = {"max-age=-1", "s-maxage=-60", "max-age=abc", "max-age=1.5", "max-age", "max-age=",
            "stale-while-revalidate", "stale-if-error=1h", "s-maxage=99e99"})
    void badValues(String header) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> CacheControlHeader.parse(header));
        assertTrue(e.getMessage().contains("needs a whole number of seconds"), e.getMessage());
    }

    // Pins RFC 9111 section 1.2.2: delta-seconds above 2^31 are taken as 2^31 (it used to say "needs a whole
    // number of seconds" of 99999999999999999999); leading zeros are read as the number they pad.
    @Test
    void deltaSecondsAbove2To31AreTakenAs2To31() {
        assertEquals(2_147_483_648L * S, CacheControlHeader.parse("max-age=99999999999999999999").maxAge());
        assertEquals(2_147_483_648L * S, CacheControlHeader.parse("max-age=9223372036854775807").maxAge());
        assertEquals(2_147_483_648L * S, CacheControlHeader.parse("max-age=2147483649").maxAge());
        assertEquals(2_147_483_647L * S, CacheControlHeader.parse("max-age=2147483647").maxAge());
        assertEquals(60 * S, CacheControlHeader.parse("s-maxage=00060").sMaxAge());
    }

    // Pins that a directive given twice is refused, in either order (the last one used to win silently).
    @ParameterizedTest
    @ValueSource(strings = {"max-age=10, max-age=1000000", "max-age=1000000, public, MAX-AGE=10", "no-store, no-store"})
    void aDirectiveGivenTwiceIsRefused(String header) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> CacheControlHeader.parse(header));
        assertTrue(e.getMessage().contains("is given twice"), e.getMessage());
    }
}
