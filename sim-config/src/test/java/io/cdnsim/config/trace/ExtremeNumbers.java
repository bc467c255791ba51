package io.cdnsim.config.trace;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * Numbers as a hostile trace writes them, for the property tests of the readers: ordinary values most of the time,
 * and otherwise the edges of a long and a double, values at and past cdnsim's limits, tiny and huge exponents, long
 * runs of digits, signs, and text that only looks like a number.
 */
final class ExtremeNumbers {

    /** Written values at the edges: of a long, of a double, of cdnsim's limits, and near-numbers. */
    private static final String[] EDGES = {"0", "-0", "+0", "+7", "1e-300", "-1e-300", "1e300", "1e308", "1e309",
        "4.9e-324", "1.7976931348623157e308", "9223372036854775807", "9223372036854775808", "18446744073709551615",
        "18446744073709551616", "-9223372036854775808", "-1", "NaN", "nan", "Infinity", "-Infinity", "inf", "0x10",
        "1_000", "1e", "e5", ".5", "5.", ".", "+", "-", "--5", "++5", "1e+", "1e-", "1.5.5", "\u0661\u0662",
        "1e999999999", "1e-999999999", "1e2147483648", "1E-2147483649", "0.0000001", "2678400", "2678400.000001",
        "1099511627776", "1099511627777", "4294967295", "20000000000", "20000000001", "9e18", "1000", "999.999", "1e9",
        "1e12"};

    private ExtremeNumbers() {
    }

    /** @return a whole number written as text: 6 in 7 ordinary, else extreme */
    static Arbitrary<String> whole() {
        return Arbitraries.frequencyOf(Tuple.of(6, small()), Tuple.of(1, extreme()));
    }

    /** @return a decimal number written as text: 6 in 7 ordinary (whole or with a fraction), else extreme */
    static Arbitrary<String> decimal() {
        return Arbitraries.frequencyOf(Tuple.of(3, small()), Tuple.of(3, fraction()), Tuple.of(1, extreme()));
    }

    /** @return a whole number from 0 to 100,000 */
    static Arbitrary<String> small() {
        return Arbitraries.longs().between(0, 100_000).map(v -> Long.toString(v));
    }

    /** @return a number from 0 to 1000 with three decimals */
    static Arbitrary<String> fraction() {
        return Arbitraries.doubles().between(0, 1000).ofScale(3).map(d -> Double.toString(d));
    }

    /** @return a value at an edge, of many digits, with an exponent, signed, or a random long or double */
    static Arbitrary<String> extreme() {
        Arbitrary<String> digits = Arbitraries.strings().withCharRange('0', '9').ofMinLength(1).ofMaxLength(400);
        Arbitrary<String> mantissa = Arbitraries.strings().withCharRange('0', '9').ofMinLength(1).ofMaxLength(30);
        return Arbitraries.oneOf(Arbitraries.of(EDGES), digits,
                Combinators.combine(digits, digits).as((a, b) -> a + "." + b),
                Combinators.combine(mantissa, Arbitraries.integers()).as((m, e) -> m + "e" + e),
                Combinators.combine(mantissa, Arbitraries.integers().between(-400, 400))
                        .as((m, e) -> "0." + m + "E" + e),
                Arbitraries.longs().map(v -> Long.toString(v)),
                Arbitraries.doubles().map(d -> Double.toString(d)),
                Arbitraries.of(EDGES).map(s -> "-" + s));
    }
}
