package io.cdnsim.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Quantities as people write them in scenario and topology files. */
class QuantityTest {

    // Pins the exact microseconds of each duration unit, decimals, spaces and a bare zero.
    @ParameterizedTest(name = "{0} = {1} us")
    @CsvSource({
            "250ms, 250000",
            "4s, 4000000",
            "10min, 600000000",
            "2h, 7200000000",
            "1d, 86400000000",
            "1.5s, 1500000",
            "0, 0",
            "0s, 0",
            "0.0, 0",
            "750us, 750",
            "750µs, 750",
            "' 20 ms ', 20000",
            "0.1s, 100000",
            "1e3ms, 1000000",
    })
    void durations(String text, long micros) {
        assertEquals(micros, Quantity.micros(text));
    }

    // Pins decimal prefixes as powers of 1000 and binary prefixes as powers of 1024.
    @ParameterizedTest(name = "{0} = {1} B")
    @CsvSource({
            "1B, 1",
            "500KB, 500000",
            "500kB, 500000",
            "2MB, 2000000",
            "1.5MB, 1500000",
            "1250KB, 1250000",
            "10GB, 10000000000",
            "1TB, 1000000000000",
            "2TB, 2000000000000",
            "1KiB, 1024",
            "1MiB, 1048576",
            "1GiB, 1073741824",
            "1.5GiB, 1610612736",
            "'2 MB', 2000000",
    })
    void sizes(String text, long bytes) {
        assertEquals(bytes, Quantity.bytes(text));
    }

    // Pins bit-rate units (decimal prefixes) and that their case does not matter, but for a capital B before ps.
    @ParameterizedTest(name = "{0} = {1} bit/s")
    @CsvSource({
            "800kbps, 800000",
            "800Kbps, 800000",
            "3Mbps, 3000000",
            "3mbps, 3000000",
            "3MBPS, 3000000",
            "10Gbps, 10000000000",
            "10gbps, 10000000000",
            "100Gbps, 100000000000",
            "2.5Mbps, 2500000",
            "9600bps, 9600",
    })
    void bitRates(String text, long bps) {
        assertEquals(bps, Quantity.bitsPerSecond(text));
    }

    // Pins request rates per second, per minute and per hour, with k/M multipliers and plain numbers.
    @ParameterizedTest(name = "{0} = {1}/s")
    @CsvSource({
            "2000/s, 2000",
            "120000/min, 2000",
            "1.5M/h, 416.6666666666667",
            "3600/h, 1",
            "2000, 2000",
            "0.5, 0.5",
            "5k/s, 5000",
            "1.2M/min, 20000",
            "' 2000 / s ', 2000",
    })
    void requestRates(String text, double perSecond) {
        assertEquals(perSecond, Quantity.perSecond(text), 1e-9);
    }

    // Pins that nonsense, negative and wrong-unit durations are rejected with a message saying what a duration is.
    @ParameterizedTest
    @ValueSource(strings = {"fast", "-5s", "10 parsecs", "3 MB/s", "5", "", "1.5.2s", "s", "10 min ago"})
    void badDurations(String text) {
        assertRejected(Quantity::micros, text, "duration");
    }

    // Pins that nonsense, negative and wrong-unit sizes are rejected with a message saying what a size is.
    @ParameterizedTest
    @ValueSource(strings = {"fast", "-5MB", "10 parsecs", "3 MB/s", "2Mbps", "100", "", "1kb"})
    void badSizes(String text) {
        assertRejected(Quantity::bytes, text, "size");
    }

    // Pins that nonsense, negative and wrong-unit bit rates are rejected with a message saying what a bit rate is.
    @ParameterizedTest
    @ValueSource(strings = {"fast", "-5Mbps", "10 parsecs", "3 MB/s", "3MB", "100", ""})
    void badBitRates(String text) {
        assertRejected(Quantity::bitsPerSecond, text, "bit rate");
    }

    // Pins the bytes-per-second trap: '5MBps' (capital B) is refused, not read as 5 Mbit/s, and the message gives
    // the same rate in bits (5 MB/s = 40 Mbit/s).
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "5MBps, 40Mbps",
            "1.5GBps, 12Gbps",
            "100KBps, 800Kbps",
            "' 2kBps', 16kbps",
            "1000Bps, 8000bps",
    })
    void bytesPerSecondAreRefusedWithTheRateInBits(String text, String inBits) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Quantity.bitsPerSecond(text));
        assertTrue(e.getMessage().contains("bytes per second") && e.getMessage().contains(inBits + " is the same"),
                e.getMessage());
    }

    // Pins that nonsense, negative and wrong-unit request rates are rejected with a message saying what a rate is.
    @ParameterizedTest
    @ValueSource(strings = {"fast", "-5/s", "10 parsecs", "3 MB/s", "2000/day", "2000/", "/s", "", "5m/s"})
    void badRequestRates(String text) {
        // The rate parser echoes only the count part of the input (e.g. '-5' for '-5/s'), so check the prefix only.
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Quantity.perSecond(text),
                () -> "'" + text + "' should be rejected");
        assertTrue(e.getMessage().contains("expected a rate like '2000/s'"), e.getMessage());
    }

    // Pins that a negative value gets a hint that negative values are not allowed.
    @Test
    void negativeHint() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Quantity.micros("-5s"));
        assertTrue(e.getMessage().contains("negative"), e.getMessage());
    }

    // Pins that values too large for a long are rejected rather than silently wrapped or clamped.
    @ParameterizedTest
    @ValueSource(strings = {"1e400s", "9e12s", "1e30d"})
    void tooLargeDurations(String text) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Quantity.micros(text));
        assertTrue(e.getMessage().contains("too large"), e.getMessage());
    }

    // Pins that the message names what was expected (with an example) and echoes what was found.
    @Test
    void messageNamesExpectationAndInput() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Quantity.micros("10 parsecs"));
        assertTrue(e.getMessage().contains("expected a duration like '250ms'"), e.getMessage());
        assertTrue(e.getMessage().contains("found '10 parsecs'"), e.getMessage());
    }

    // Pins prices as written in sheets, parsed exactly (no binary floating point): per GB, TB and MB; per 10,000,
    // 1,000 and a million requests; per Mbit/s and Gbit/s; per hour; monthly fees; a leading $ allowed.
    @Test
    void prices() {
        assertEquals(new java.math.BigDecimal("0.085"), Quantity.pricePerGB("0.085/GB"));
        assertEquals(0, new java.math.BigDecimal("0.085").compareTo(Quantity.pricePerGB("$85/TB")));
        assertEquals(0, new java.math.BigDecimal("0.01").compareTo(Quantity.pricePerGB("0.00001/MB")));
        assertEquals(0, new java.math.BigDecimal("0.0075").compareTo(Quantity.pricePer10k("0.0075/10k")));
        assertEquals(0, new java.math.BigDecimal("0.01").compareTo(Quantity.pricePer10k("$1/M")));
        assertEquals(0, new java.math.BigDecimal("0.01").compareTo(Quantity.pricePer10k("0.001/k")));
        assertEquals(0, new java.math.BigDecimal("0.4").compareTo(Quantity.pricePerMbps("400/Gbps")));
        assertEquals(0, new java.math.BigDecimal("0.17").compareTo(Quantity.pricePerHour("0.17/h")));
        assertEquals(0, new java.math.BigDecimal("350").compareTo(Quantity.monthlyFee("$350/month")));
        assertEquals(0, new java.math.BigDecimal("350").compareTo(Quantity.monthlyFee("350")));
        // $4/TiB is $4 per 2^40 bytes: 4 x 10^9 / 2^40 = $0.00363797880709171295166015625 per GB, exactly; $0.09/GiB
        // is 0.09 x 10^9 / 2^30 per GB; $20/PB is $0.00002/GB.
        assertEquals(new java.math.BigDecimal("0.00363797880709171295166015625"), Quantity.pricePerGB("$4/TiB"));
        assertEquals(new java.math.BigDecimal("0.08381903171539306640625"), Quantity.pricePerGB("0.09/GiB"));
        assertEquals(new java.math.BigDecimal("0.00002"), Quantity.pricePerGB("$20/PB"));
        assertRejected(Quantity::pricePerGB, "0.09/KiB", "price per GB");
        assertRejected(Quantity::pricePerGB, "0.09", "price per GB");
        assertRejected(Quantity::pricePer10k, "0.01/GB", "price per 10,000 requests");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Quantity.pricePerGB("-0.09/GB"));
        assertTrue(e.getMessage().contains("negative values are not allowed"), e.getMessage());
    }

    private static void assertRejected(Function<String, ?> parser, String text, String what) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> parser.apply(text),
                () -> "'" + text + "' should be rejected");
        assertTrue(e.getMessage().contains("expected a " + what), () -> "message should name '" + what + "': "
                + e.getMessage());
        assertTrue(e.getMessage().contains("'" + text + "'"), () -> "message should echo the input: "
                + e.getMessage());
    }
}
