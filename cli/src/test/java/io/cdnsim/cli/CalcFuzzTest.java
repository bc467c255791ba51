package io.cdnsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple.Tuple2;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/**
 * Generated values for every option of {@code cdnsim calc}, the others good: valid values, the edges, magnitudes of
 * 10^±300 and 10^±999999999, many digits, signs, wrong and missing units, and junk. The command either answers (exit
 * 0, JSON whose every figure is a finite decimal) or refuses (exit 2, one line naming that option); never exit 1,
 * never an exception, never slow. Then the model's own consistency on accepted inputs: origin load is the edge's
 * rate times each tier's miss ratio, so it falls when any hit ratio rises, the answer to the inverse question
 * meets its target, and the chart is drawn. Fixed seeds: the same values every run.
 */
class CalcFuzzTest {

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
    /** Far beyond any answer of calc, in milliseconds; a hang or a runaway computation fails here. */
    private static final Duration BOUND = Duration.ofSeconds(10);
    /** Larger than any figure the documented ranges allow (3.24 x 10^27 bytes, $3.24 x 10^15 at the most). */
    private static final BigDecimal HUGE = new BigDecimal("1e40");

    private static final List<String> SIGNS = List.of("", "", "", "-", "+");
    private static final List<String> MANTISSAS = List.of("0", "1", "2", "2.5", "10", "95", "99.9999", "99.99999",
            "100", "720", "720.000001", "0.000001", "0.0000001", ".5", "5.", "1000000", "10000000000",
            "9223372036854775807", "18446744073709551616", "123456789012345678901234567890",
            "1234567890123456789012345678901", "0." + "0".repeat(35) + "1", "1" + "0".repeat(38));
    private static final List<String> EXPONENTS = List.of("", "", "", "", "e0", "e1", "e-1", "e6", "e-6", "E5",
            "e+2", "e30", "e-30", "e31", "e300", "e-300", "e999999999", "e-999999999", "e99999999999", "e");
    private static final List<String> JUNK = List.of("", " ", "NaN", "Infinity", "-Infinity", "0x10", "1,5", "１２",
            "٣", "..5", "1_000", "e5", "\n5", "5\t", "1e5e5", "9".repeat(100_000), "%", "$", "=", "∞", "1/0");

    /**
     * @param valid values inside the option's range, a third of the values
     * @param units units to write after generated numbers, right and wrong
     * @return values for one option: valid ones, numbers of every size with those units, and junk
     */
    private static Arbitrary<String> value(Arbitrary<String> valid, String... units) {
        Arbitrary<String> written = Combinators.combine(Arbitraries.of(SIGNS), Arbitraries.of(MANTISSAS),
                Arbitraries.of(EXPONENTS), Arbitraries.of(units)).as((s, m, e, u) -> s + m + e + u);
        return Arbitraries.frequencyOf(Tuple.of(3, valid), Tuple.of(5, written), Tuple.of(1, Arbitraries.of(JUNK)));
    }

    /** @return decimals from {@code min x 10^-scale} to {@code max x 10^-scale}, without trailing zeros */
    private static Arbitrary<BigDecimal> decimals(long min, long max, int scale) {
        return Arbitraries.longs().between(min, max).map(n -> BigDecimal.valueOf(n, scale).stripTrailingZeros())
                .map(d -> d.scale() < 0 ? d.setScale(0) : d);
    }

    /** @return lists of one to three items, some named, and lists too long or ending in a comma */
    private static Arbitrary<String> list(Arbitrary<String> item) {
        Arbitrary<String> named = Combinators.combine(Arbitraries.frequency(Tuple.of(12, ""),
                Tuple.of(1, "edge="), Tuple.of(1, "a b="), Tuple.of(1, "x".repeat(33) + "=")), item)
                .as((n, v) -> n + v);
        return Arbitraries.frequencyOf(
                Tuple.of(10, named.list().ofMinSize(1).ofMaxSize(3).map(l -> String.join(",", l))),
                Tuple.of(1, item.list().ofSize(25).map(l -> String.join(",", l))),
                Tuple.of(1, item.map(v -> v + ",")));
    }

    private static Arbitrary<String> ratio() {
        Arbitrary<String> valid = Combinators.combine(decimals(0, 999_999, 6), Arbitraries.of(true, false))
                .as((r, percent) -> percent ? r.movePointRight(2).toPlainString() + "%" : r.toPlainString());
        Arbitrary<String> item = value(valid, "%", "%", "", " %", "%%", "‰", "percent");
        return Arbitraries.frequencyOf(Tuple.of(5, valid), Tuple.of(1, item));
    }

    private static Arbitrary<String> viewers() {
        return value(decimals(1, 10_000_000_000L, 0).map(BigDecimal::toPlainString), "", "", "", " ", "k", "%",
                "viewers");
    }

    private static Arbitrary<String> segment() {
        Arbitrary<String> valid = Combinators.combine(decimals(1_000, 3_600_000_000L, 0),
                Arbitraries.of(0, 3, 6)).as((us, shift) -> us.movePointLeft(shift).toPlainString()
                + List.of("us", "ms", "s").get(shift / 3));
        return value(valid, "s", "ms", "us", "µs", "min", "h", "d", "", " s", "sec", "S", "Mbps");
    }

    private static Arbitrary<String> bitrate() {
        Arbitrary<String> valid = Combinators.combine(decimals(1, 1_000_000_000_000L, 0),
                Arbitraries.of(0, 3, 6, 9, 12)).as((bits, shift) -> bits.movePointLeft(shift).toPlainString()
                + List.of("bps", "kbps", "Mbps", "Gbps", "Tbps").get(shift / 3));
        return value(valid, "bps", "kbps", "Mbps", "Gbps", "Tbps", "MBps", "mbps", "", "Mb/s", "s");
    }

    private static Arbitrary<String> hours() {
        Arbitrary<String> valid = Combinators.combine(decimals(1, 720_000_000, 6), Arbitraries.of("", "h"))
                .as((h, unit) -> h.toPlainString() + unit);
        return value(valid, "", "", "h", " h", "s", "%", "hours");
    }

    private static Arbitrary<String> chr() {
        return list(ratio());
    }

    private static Arbitrary<String> offloads() {
        return list(ratio());
    }

    private static Arbitrary<String> price() {
        Arbitrary<String> valid = Combinators.combine(decimals(0, 1_000_000_000_000_000L, 12), Arbitraries.of(
                "/GB", "/TB")).as((p, unit) -> (unit.equals("/TB") ? p.movePointRight(3) : p).toPlainString() + unit);
        return Combinators.combine(Arbitraries.of("", "", "$", "$ "), value(valid, "/GB", "/TB", "/MB", "/PB", "",
                "/gb", "/10k")).as((d, v) -> d + v);
    }

    private static Arbitrary<String> target() {
        Arbitrary<String> valid = decimals(1, 1_000_000_000_000_000_000L, 6).map(t -> t.toPlainString() + "/s");
        return value(valid, "/s", "/min", "/h", "k/s", "M/s", "G/min", "", "/d", "/ s", "s");
    }

    /** @return an option of calc and a generated value for it, the options drawn alike */
    @Provide
    Arbitrary<Tuple2<String, String>> optionsAndValues() {
        Map<String, Arbitrary<String>> values = new LinkedHashMap<>();
        values.put("--viewers", viewers());
        values.put("--segment", segment());
        values.put("--bitrate", bitrate());
        values.put("--hours", hours());
        values.put("--chr", chr());
        values.put("--offload", offloads());
        values.put("--egress-price", price());
        values.put("--origin-target", target());
        values.put("--sweep", offloads());
        List<Arbitrary<? extends Tuple2<String, String>>> each = new ArrayList<>();
        values.forEach((option, value) -> each.add(value.map(v -> Tuple.of(option, v))));
        return Arbitraries.oneOf(each);
    }

    // Pins every option: a generated value is answered (exit 0, every figure a finite decimal) or refused (exit 2,
    // one line naming that option, nothing on stdout), within the bound; each option's values are both answered and
    // refused at least five times, so neither side goes untried.
    @Property(tries = 540, seed = "20260201")
    void everyOptionAnswersOrRefuses(@ForAll("optionsAndValues") Tuple2<String, String> optionAndValue)
            throws JsonProcessingException {
        String option = optionAndValue.get1();
        List<String> args = HostileCalcTest.calc(option, optionAndValue.get2(), "--json");
        Cli.Result r = assertTimeoutPreemptively(BOUND, () -> Cli.execute(args), () -> "slow: " + option);
        Statistics.collect(option, r.code() == Main.OK ? "answered" : "refused");
        Statistics.coverage(c -> {
            for (String o : List.of("--viewers", "--segment", "--bitrate", "--hours", "--chr", "--offload",
                    "--egress-price", "--origin-target", "--sweep")) {
                c.check(o, "answered").count(n -> n >= 5);
                c.check(o, "refused").count(n -> n >= 5);
            }
        });
        if (r.code() == Main.OK) {
            assertEquals("", r.err(), r::toString);
            for (JsonNode v : JSON.readTree(r.out()).get("results")) {
                assertTrue(v.isNumber() && v.decimalValue().abs().compareTo(HUGE) < 0, () -> "not a finite figure: "
                        + v + "\n" + r);
            }
        } else {
            String err = r.err().strip();
            assertEquals(Main.BAD_INPUT, r.code(), r::toString);
            assertEquals(1, err.lines().count(), r::toString);
            assertTrue(err.startsWith(option + ": "), r::toString);
            assertEquals("", r.out(), r::toString);
            assertFalse(err.contains("Exception") || err.contains("java."), r::toString);
        }
    }

    // Pins the model on accepted inputs (docs/worked-examples.md): origin requests/s are the edge's fetches/s times
    // each tier's miss ratio, exactly, and raising one tier's hit ratio lowers them, and the origin's egress with them.
    @Property(tries = 25, seed = "20260210")
    void originLoadFallsAsAHitRatioRises(@ForAll @IntRange(min = 1, max = 2_000_000) int viewers,
                                         @ForAll @IntRange(min = 1, max = 10_000) int segmentMillis,
                                         @ForAll @Size(min = 1, max = 5) List<@IntRange(max = 999_998) Integer> micro,
                                         @ForAll @IntRange(max = 4) int raised)
            throws JsonProcessingException {
        int tier = raised % micro.size();
        List<Integer> higher = new ArrayList<>(micro);
        higher.set(tier, micro.get(tier) + 1 + (999_999 - micro.get(tier) - 1) / 2);
        JsonNode before = hierarchy(viewers, segmentMillis, micro);
        JsonNode after = hierarchy(viewers, segmentMillis, higher);
        BigDecimal misses = BigDecimal.ONE;
        for (int m : micro) {
            misses = misses.multiply(BigDecimal.ONE.subtract(BigDecimal.valueOf(m, 6)));
        }
        BigDecimal expected = before.get("edge.requestsPerSecond").decimalValue().multiply(misses);
        BigDecimal origin = before.get("origin.requestsPerSecond").decimalValue();
        assertEquals(0, expected.compareTo(origin), () -> "edge x misses = " + expected + ", origin = " + origin);
        assertTrue(after.get("origin.requestsPerSecond").decimalValue().compareTo(origin) < 0,
                () -> micro + " -> " + higher + ": origin load did not fall");
        assertTrue(after.get("month.originEgressBytes").decimalValue()
                .compareTo(before.get("month.originEgressBytes").decimalValue()) < 0, "origin egress did not fall");
    }

    // Pins the inverse question on accepted inputs: the edge hit ratio calc says keeps the origin under a target,
    // rounded up to the 0.0001 % steps calc accepts and given back as the edge's, leaves at most that target.
    @Property(tries = 25, seed = "20260211")
    void theNeededEdgeHitRatioMeetsTheTarget(@ForAll @IntRange(min = 1, max = 2_000_000) int viewers,
                                             @ForAll @IntRange(min = 1, max = 10_000) int segmentMillis,
                                             @ForAll @Size(min = 1, max = 4) List<@IntRange(max = 999_998) Integer>
                                                     micro,
                                             @ForAll @IntRange(min = 1, max = 1_000_000) int targetMillis)
            throws JsonProcessingException {
        BigDecimal target = BigDecimal.valueOf(targetMillis, 3);
        BigDecimal needed = hierarchy(viewers, segmentMillis, micro, "--origin-target", target.toPlainString() + "/s")
                .get("target.edgeHitRatio").decimalValue().setScale(6, RoundingMode.CEILING);
        Assume.that(needed.compareTo(BigDecimal.ONE) < 0);
        List<Integer> met = new ArrayList<>(micro);
        met.set(0, needed.unscaledValue().intValueExact());
        BigDecimal origin = hierarchy(viewers, segmentMillis, met).get("origin.requestsPerSecond").decimalValue();
        assertTrue(origin.compareTo(target) <= 0, () -> "edge at " + needed + " leaves " + origin + "/s, above "
                + target + "/s");
    }

    /** @return hit ratios in millionths, a third of them the highest calc accepts (99.9999 %) */
    @Provide
    Arbitrary<List<Integer>> nines() {
        return Arbitraries.frequencyOf(Tuple.of(1, Arbitraries.just(999_999)),
                Tuple.of(2, Arbitraries.integers().between(0, 999_999))).list().ofMinSize(1).ofMaxSize(10);
    }

    // Pins the chart on accepted hierarchies, many of them next to 100 % (down to 10^-60 of the bytes from the
    // origin): it is drawn, exit 0, whatever offloads a double can or cannot tell apart.
    @Property(tries = 10, seed = "20260212")
    void theChartIsDrawnForEveryAcceptedHierarchy(@ForAll("nines") List<Integer> micro) throws IOException {
        Path dir = Files.createTempDirectory("calc-chart");
        Path svg = dir.resolve("egress.svg");
        try {
            hierarchy(100_000, 2_000, micro, "--offload", "99.9999%", "--chart", svg.toString());
            assertTrue(Files.size(svg) > 0);
        } finally {
            Files.deleteIfExists(svg);
            Files.delete(dir);
        }
    }

    private static JsonNode hierarchy(int viewers, int segmentMillis, List<Integer> micro, String... more)
            throws JsonProcessingException {
        String chr = micro.stream().map(m -> BigDecimal.valueOf(m, 6).toPlainString()).collect(Collectors.joining(","));
        List<String> args = new ArrayList<>(List.of("calc", "--json", "--viewers", Integer.toString(viewers),
                "--segment", segmentMillis + "ms", "--bitrate", "3Mbps", "--chr", chr));
        args.addAll(List.of(more));
        Cli.Result r = Cli.execute(args);
        assertEquals(Main.OK, r.code(), r::toString);
        return JSON.readTree(r.out()).get("results");
    }
}
