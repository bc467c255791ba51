package io.cdnsim.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cdnsim.content.ObjectKind;
import io.cdnsim.model.Distribution;
import io.cdnsim.model.LastMile;
import org.junit.jupiter.api.Test;

/**
 * The defaults written as text read as the values the readers used before they were text: each parsed by the
 * function the reader parses the user's text with, against hand-written numbers.
 */
class DefaultsTest {

    private static Problems problems() {
        return new Problems("test", Locator.of("", Documents.loaderOptions()));
    }

    // Pins the durations, in microseconds.
    @Test
    void durationsReadAsTheirMicroseconds() {
        assertEquals(0L, Quantity.micros(Defaults.WARMUP));
        assertEquals(2_000_000L, Quantity.micros(Defaults.LIVE_SEGMENT_DURATION));
        assertEquals(60_000_000L, Quantity.micros(Defaults.DVR_WINDOW));
        assertEquals(4_000_000L, Quantity.micros(Defaults.VOD_SEGMENT_DURATION));
        assertEquals(0L, Quantity.micros(Defaults.RELEASE_RISE));
        assertEquals(500_000L, Quantity.micros(Defaults.RETRY_BASE));
        assertEquals(10_000_000L, Quantity.micros(Defaults.PATIENCE));
        assertEquals(30_000_000L, Quantity.micros(Defaults.DEVICE_MAX_BUFFER));
        assertEquals(5_000_000L, Quantity.micros(Defaults.LOCK_TIMEOUT));
        assertEquals(0L, Quantity.micros(Defaults.CACHE_SERVICE_TIME));
        assertEquals(0L, Quantity.micros(Defaults.TTL_FALLBACK));
        assertEquals(0L, Quantity.micros(Defaults.ORIGIN_SERVICE_TIME));
        assertEquals(10_000_000L, Quantity.micros(Defaults.ORIGIN_TIMEOUT));
        assertEquals(30_000L, Quantity.micros(Defaults.CLIENT_RTT));
    }

    // Pins the sizes and rates.
    @Test
    void sizesAndRatesReadAsTheirUnits() {
        assertEquals(500L, Quantity.bytes(Defaults.HEADER_SIZE));
        assertEquals(0L, Quantity.bytes(Defaults.BASELINE));
        assertEquals(20_000_000L, Quantity.bitsPerSecond(Defaults.CLIENT_THROUGHPUT));
        Problems p = problems();
        assertEquals(500L, p.bytes("x", null, Defaults.HEADER_SIZE));
        assertEquals(10_000_000L, p.micros("x", null, Defaults.PATIENCE));
        assertEquals(10_000_000L, p.micros("x", "soon", Defaults.PATIENCE));
        assertEquals(1_000L, p.micros("x", "1ms", Defaults.PATIENCE));
    }

    // Pins the built-in last mile: lognormal throughput of median 15 Mbit/s (sigma 0.7), variation 0.2, lognormal
    // RTT of median 30 ms (sigma 0.4), read without a problem.
    @Test
    void theBuiltInLastMile() {
        Problems p = problems();
        LastMile m = LastMileReader.builtIn(p);
        assertTrue(p.isEmpty());
        assertEquals(new LastMile(new Distribution.LogNormal(15e6, 0.7), 0.2, new Distribution.LogNormal(30_000, 0.4)),
                m);
    }

    // Pins the default Cache-Control: segments a day, the master manifest 5 minutes, playlists 1 s, keys private,
    // LL-HLS parts 6 s (three 2 s segments, while a playlist lists them); one for every kind.
    @Test
    void theDefaultCacheControl() {
        assertEquals(86_400, CacheControlHeader.parse(Defaults.CACHE_CONTROL.get(ObjectKind.MEDIA_SEGMENT))
                .sharedLifetime() / 1_000_000);
        assertEquals(300, CacheControlHeader.parse(Defaults.CACHE_CONTROL.get(ObjectKind.MASTER_MANIFEST))
                .sharedLifetime() / 1_000_000);
        assertEquals(1, CacheControlHeader.parse(Defaults.CACHE_CONTROL.get(ObjectKind.MEDIA_PLAYLIST))
                .sharedLifetime() / 1_000_000);
        assertTrue(CacheControlHeader.parse(Defaults.PERSONALIZED_PLAYLIST_CACHE_CONTROL).noStore());
        assertEquals(6, CacheControlHeader.parse(Defaults.CACHE_CONTROL.get(ObjectKind.MEDIA_PART))
                .sharedLifetime() / 1_000_000);
        assertEquals(ObjectKind.count(), Defaults.CACHE_CONTROL.size());
    }
}
