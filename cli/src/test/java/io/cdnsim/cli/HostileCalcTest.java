package io.cdnsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The hostile corpus of {@code cdnsim calc}: numbers at and beyond the edges of every option, each refused as
 * {@link Hostile} promises (exit 2, one line naming the option, the value and what is allowed, nothing written), and
 * the edges themselves accepted with their exact figures, in milliseconds.
 */
class HostileCalcTest {

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
    private static final String MILLION_DIGITS = "9".repeat(1_000_000);

    @TempDir
    Path dir;

    /**
     * @param option an option of calc
     * @param value  its value
     * @param more   more arguments
     * @return calc with every option given a good value, {@code option} set to {@code value}, then {@code more}
     */
    static List<String> calc(String option, String value, String... more) {
        Map<String, String> options = new LinkedHashMap<>();
        options.put("--viewers", "100000");
        options.put("--segment", "2s");
        options.put("--bitrate", "5Mbps");
        options.put("--hours", "10");
        options.put("--chr", "95%,92%,95%");
        options.put("--offload", "90%,95%");
        options.put("--egress-price", "0.08/GB");
        options.put("--origin-target", "5/s");
        options.put("--sweep", "90%,99%");
        options.put(option, value);
        List<String> args = new ArrayList<>(List.of("calc"));
        options.forEach((o, v) -> args.addAll(List.of(o, v)));
        args.addAll(List.of(more));
        return args;
    }

    /** @return {@link #calc} drawing its chart into the test's folder, which a refusal must leave empty */
    private List<String> args(String option, String value) {
        return calc(option, value, "--chart", dir.resolve("egress.svg").toString());
    }

    static Stream<Arguments> corpus() {
        return Stream.of(
                // pins the crash: a tiny exponent in a hit ratio was a BigInteger overflow
                refused("--chr", "1e-999999999", "hit ratio"),
                // pins the crash: a tiny exponent in the hours was a BigInteger overflow
                refused("--hours", "1e-999999999", "more than 0 and at most 720"),
                // pins the hang: a tiny offload grew to gigabytes of digits
                refused("--offload", "1e-99999999", "an offload from 0 % to 99.9999 %"),
                // pins the misleading message: a zero segment is blamed on --segment, not --viewers
                refused("--segment", "0s", "from 1ms to 1h"),
                // pins the misleading message: a zero bitrate is blamed on --bitrate
                refused("--bitrate", "0bps", "from 1bps to 1Tbps"),
                // pins the misleading message: a zero origin target is blamed on --origin-target
                refused("--origin-target", "0/s", "from 0.000001/s"),
                // pins the misleading message: hours beyond a month are blamed on --hours
                refused("--hours", "721", "at most 720"),
                // pins a huge exponent: refused by its size before any arithmetic
                refused("--hours", "1e999999999", "at most 720"),
                // pins an exponent beyond what BigDecimal holds (an int): refused, not a NumberFormatException
                refused("--viewers", "1e9999999999", "from 1 to 10,000,000,000"),
                // pins a fractional viewer count: 100.9 is not silently 100
                refused("--viewers", "100.9", "a whole number"),
                // pins a negative viewer count
                refused("--viewers", "-5", "from 1"),
                // pins an empty value
                refused("--viewers", "", "a whole number"),
                // pins the spellings that are not counts, refused with one line that shows the accepted ones
                refused("--viewers", "100K", "like '100000', '100,000', '100k'"),
                refused("--viewers", "1,00,000", "'100,000'"),
                refused("--viewers", "0.5k5", "a whole number"),
                refused("--viewers", "1.0001k", "a whole number"),
                // pins more viewers than the documented limit
                refused("--viewers", "10000000001", "10,000,000,000"),
                // pins NaN, which a double parser would take
                refused("--sweep", "NaN", "an offload"),
                // pins Infinity in a price
                refused("--egress-price", "Infinity/GB", "from $0 to $1,000 per GB"),
                // pins an exponent in a price, whose parser takes none
                refused("--egress-price", "1e5/GB", "per GB"),
                // pins a price beyond $1,000 per GB
                refused("--egress-price", "1001/GB", "to $1,000"),
                // pins a price finer than 12 decimals of a dollar per GB
                refused("--egress-price", "0.0000000000001/GB", "12 decimals"),
                // pins a rate that overflows a double to Infinity: it leaked a BigDecimal parser's message
                refused("--origin-target", "1e308G/s", "to 1,000,000,000,000/s"),
                // pins a tiny exponent in the origin target
                refused("--origin-target", "1e-999999999/s", "from 0.000001/s"),
                // pins an exponent with no digits
                refused("--chr", "1e", "hit ratio"),
                // pins a hexadecimal duration
                refused("--segment", "0x10s", "a duration"),
                // pins a percentage above 100 %
                refused("--chr", "100.5%", "to 99.9999 %"),
                // pins exactly 100 %: nothing would reach the origin
                refused("--offload", "100%", "to 99.9999 %"),
                // pins a ratio finer than 0.0001 %, which the tables could not show
                refused("--chr", "99.99999%", "in steps of 0.0001 %"),
                // pins a percentage written without its sign
                refused("--chr", "95,92", "write '95%' for a percentage"),
                // pins a negative percentage
                refused("--chr", "-5%", "hit ratio"),
                // pins a bitrate with its unit missing
                refused("--bitrate", "3", "units bps, kbps"),
                // pins a bitrate in bytes per second: the same rate in bits is suggested
                refused("--bitrate", "3MBps", "'24Mbps' is the same rate"),
                // pins a bitrate finer than a bit per second
                refused("--bitrate", "0.5bps", "whole bit/s"),
                // pins a bitrate that would overflow a long
                refused("--bitrate", "9e18Tbps", "to 1Tbps"),
                // pins hours with a wrong unit
                refused("--hours", "10s", "like '10' or '10h'"),
                // pins a segment that a double would round to 0 microseconds
                refused("--segment", "1e-300s", "from 1ms"),
                // pins a segment finer than a microsecond, which a double would round silently
                refused("--segment", "2.0000001s", "whole microseconds"),
                // pins a segment that overflows a long of microseconds
                refused("--segment", "9223372036854775807us", "to 1h"),
                // pins a segment with its unit missing
                refused("--segment", "2", "units us, ms, s, min, h"),
                // pins a million digits: refused by length at once, the message cut short
                refused("--egress-price", MILLION_DIGITS, "(1,000,000 characters)"),
                // pins a million digits of viewers
                refused("--viewers", MILLION_DIGITS, "(1,000,000 characters)"),
                // pins 31 significant digits, beyond the 30 allowed
                refused("--hours", "1.000000000000000000000000000001", "more than 0"),
                // pins a list longer than its limit
                refused("--sweep", "90%,".repeat(20) + "99%", "at most 20 offloads"),
                // pins more tiers than the limit
                refused("--chr", "50%,".repeat(10) + "50%", "at most 10 hit ratios"),
                // pins a tier named twice
                refused("--chr", "edge=90%,edge=80%", "each name once"),
                // pins an empty item of a list
                refused("--offload", "90%,,95%", "an offload"),
                // pins a newline in a value: the message stays one line
                refused("--hours", "5\nsix", "found '5?six'"));
    }

    private static Arguments refused(String option, String value, String allowed) {
        String label = option + " " + (value.length() > 40 ? value.length() + " characters" : value);
        return Arguments.of(label, option, value, allowed);
    }

    // Pins each hostile input of the corpus: exit 2, one line starting with the option, saying what it allows and
    // quoting the value, no stack trace, nothing on stdout, no chart written, within the wall-clock bound.
    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void refusedNamingTheOption(String label, String option, String value, String allowed) {
        String message = Hostile.refused(dir, args(option, value), option + ": ", allowed, "found '");
        assertTrue(message.startsWith(option + ": "), message);
    }

    // Pins the upper edges, accepted with exact figures: 10^10 viewers at one 1 ms segment each = 10^13 fetches/s;
    // 99.9999 % at one tier leaves 10^7/s; 1 Tbit/s x 720 h x 3,600 s / 8 = 324 PB per viewer, 3.24 x 10^27 bytes
    // for all, 3.24 x 10^21 from the origin, 3.24 x 10^12 GB at $1,000 = $3.24 x 10^15; in milliseconds.
    @Test
    void upperEdgesAreExact() throws IOException {
        JsonNode r = results("--viewers", "10000000000", "--segment", "1ms", "--bitrate", "1Tbps", "--hours", "720",
                "--chr", "99.9999%", "--egress-price", "1000/GB", "--offload", "99.9999%", "--sweep", "0%,99.9999%");
        assertExactly("10000000000000", r, "edge.requestsPerSecond");
        assertExactly("125000000", r, "segment.bytes");
        assertExactly("10000000", r, "origin.requestsPerSecond");
        assertExactly("3.24e27", r, "month.deliveredBytes");
        assertExactly("3.24e21", r, "month.originEgressBytes");
        assertExactly("3.24e15", r, "month.originEgressCost");
        assertExactly("1000000", r, "sweep.99.9999%.factor");
    }

    // Pins the lower edges, accepted with exact figures: one viewer, one 1 h segment = 1/3,600 fetches/s (to 34
    // digits); 1 bit/s gives 450-byte segments; 0.000001 h a month = 1 x 0.000001 x 3,600 / 8 = 0.00045 bytes; a 0 %
    // tier lets every request through; a target of 10^12/s needs no hit ratio at all.
    @Test
    void lowerEdgesAreExact() throws IOException {
        JsonNode r = results("--viewers", "1", "--segment", "1h", "--bitrate", "1bps", "--hours", "0.000001",
                "--chr", "0%,0%", "--egress-price", "0/GB", "--origin-target", "1e12/s", "--sweep", "0%");
        assertExactly("0.0002777777777777777777777777777777778", r, "edge.requestsPerSecond");
        assertExactly("450", r, "segment.bytes");
        assertExactly("0.00045", r, "month.deliveredBytes");
        assertExactly("0.00045", r, "month.originEgressBytes");
        assertExactly("0", r, "month.originEgressCost");
        assertExactly("0", r, "target.edgeHitRatio");
    }

    // Pins that other spellings of the same values give the same figures: 1e5 viewers, 2000ms, 0.95 for 95 %,
    // 10h, $80/TB for 0.08/GB, 18k/h for 5/s, which needs 1 - 5 / (50,000 x 0.08) = 99.875 % at the edge.
    @Test
    void spellingsOfOneValueAgree() throws IOException {
        JsonNode plain = results("--viewers", "100000", "--segment", "2s", "--bitrate", "5Mbps", "--hours", "10",
                "--chr", "95%,92%", "--egress-price", "0.08/GB", "--origin-target", "5/s");
        JsonNode spelt = results("--viewers", "1e5", "--segment", "2000ms", "--bitrate", "5000kbps", "--hours",
                "10h", "--chr", "0.95,0.92", "--egress-price", "$80/TB", "--origin-target", "18k/h");
        assertEquals(plain.size(), spelt.size());
        plain.fieldNames().forEachRemaining(k -> assertExactly(plain.get(k).asText(), spelt, k));
        assertExactly("0.99875", plain, "target.edgeHitRatio");
        // the counts a reader writes: with k, with thousands separators, with M
        for (String viewers : List.of("100k", "100,000", "0.1M")) {
            JsonNode counted = results("--viewers", viewers, "--segment", "2s", "--bitrate", "5Mbps", "--hours",
                    "10", "--chr", "95%,92%", "--egress-price", "0.08/GB", "--origin-target", "5/s");
            plain.fieldNames().forEachRemaining(k -> assertExactly(plain.get(k).asText(), counted, k));
        }
    }

    // Pins that nothing is written by a refused --chart: the corpus's folder check, here with the file named.
    @Test
    void aRefusalWritesNoChart() {
        Hostile.refused(dir, args("--bitrate", "1e-300bps"), "--bitrate: ");
        assertTrue(Files.notExists(dir.resolve("egress.svg")));
    }

    private static JsonNode results(String... options) throws IOException {
        List<String> args = new ArrayList<>(List.of("calc", "--json"));
        args.addAll(List.of(options));
        Cli.execute(args);
        long start = System.nanoTime();
        Cli.Result r = Cli.execute(args);
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertEquals(0, r.code(), r::toString);
        assertEquals("", r.err(), r::toString);
        assertTrue(millis < 2000, () -> "took " + millis + " ms: " + args);
        return JSON.readTree(r.out()).get("results");
    }

    private static void assertExactly(String expected, JsonNode results, String key) {
        JsonNode v = results.get(key);
        assertTrue(v != null, () -> "no " + key + " in " + results);
        assertEquals(0, new BigDecimal(expected).compareTo(v.decimalValue()), () -> key + " = " + v + ", expected "
                + expected);
    }
}
