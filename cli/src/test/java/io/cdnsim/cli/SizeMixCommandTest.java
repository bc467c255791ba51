package io.cdnsim.cli;

import static io.cdnsim.cli.Cli.execute;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** {@code cdnsim calc --sizes}: request against byte hit ratio for a mix of object sizes, as a user runs it. */
class SizeMixCommandTest {

    // Pins the command on a mix computed by hand (SizeMixTest has the engine's): a = 10 objects of 1 MB, b = 10 of
    // 10 MB, half the requests each, alpha 0, a 20 MB cache: it holds the ten of a and one of b; request HR 11 x 5 % =
    // 55.00 %, byte HR 1 / 5.5 = 18.18 %; a request is for 5.5 MB on average.
    @Test
    void aMixByHand() {
        Cli.Result r = execute("calc", "--sizes", "a=1MB:10:50%,b=10MB:10:50%", "--zipf", "0", "--cache", "20MB");
        assertEquals(0, r.code(), r::toString);
        assertEquals("", r.err());
        assertTrue(r.out().contains("A request is for 5.50 MB on average"), r::toString);
        assertTrue(r.out().contains("the most requested objects first             10          1     20.00 MB     "
                + "55.00 %   18.18 %"), r::toString);
    }

    // Pins --json: the same figures for machines, to the last digit of a double.
    @Test
    void aMixAsJson() throws IOException {
        Cli.Result r = execute("calc", "--sizes", "a=1MB:10:0.5,b=10MB:10:0.5", "--zipf", "0", "--cache", "20MB",
                "--json");
        assertEquals(0, r.code(), r::toString);
        JsonNode fill = new ObjectMapper().readTree(r.out()).get("fills").get(0);
        assertEquals("popularity", fill.get("fill").asText());
        assertEquals("[10,1]", fill.get("held").toString());
        assertEquals(0.55, fill.get("requestHitRatio").asDouble(), 1e-12);
        assertEquals(1 / 5.5, fill.get("byteHitRatio").asDouble(), 1e-12);
    }

    // Pins the refusals: one line naming the option and the problem, exit code 2, nothing on stdout.
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "--sizes|a=1MB:10:50%|--cache|20MB|--sizes: the shares of the requests must sum to 100 %",
        "--sizes|a=1MB:10:100%,a=2MB:10:0%|--cache|20MB|--sizes: expected size classes NAME=SIZE:OBJECTS:SHARE",
        "--sizes|a=1parsec:10:100%|--cache|20MB|--sizes: a: expected a size like",
        "--sizes|a=1MB:0:100%|--cache|20MB|--sizes: a: objects from 1 to 20,000,000",
        "--sizes|a=1MB:30M:100%|--cache|20MB|--sizes: a: objects from 1 to 20,000,000",
        "--sizes|a=1MB:10:100%|--viewers|100|--sizes: computes one cache's hit ratios on its own",
        "--cache|20MB|--zipf|1|--zipf: goes with --sizes",
    })
    void refusals(String o1, String v1, String o2, String v2, String message) {
        Cli.Result r = execute("calc", o1, v1, o2, v2);
        assertEquals(2, r.code(), r::toString);
        assertEquals("", r.out(), r::toString);
        assertTrue(r.err().startsWith(message), r::toString);
        assertEquals(1, r.err().lines().count(), r::toString);
    }

    // Pins that --sizes without --cache says what is missing, and a Zipf exponent beyond 5 is refused.
    @Test
    void needsACacheAndASaneExponent() {
        Cli.Result r = execute("calc", "--sizes", "a=1MB:10:100%");
        assertEquals(2, r.code(), r::toString);
        assertTrue(r.err().startsWith("--sizes: needs --cache SIZE"), r::toString);
        Cli.Result z = execute("calc", "--sizes", "a=1MB:10:100%", "--cache", "20MB", "--zipf", "9");
        assertEquals(2, z.code(), z::toString);
        assertTrue(z.err().startsWith("--zipf: expected the Zipf exponent from 0"), z::toString);
    }
}
