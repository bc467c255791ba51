package io.cdnsim.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** The console table and compare.csv of {@code cdnsim compare} (R5), whatever the machine's locale. */
@ExtendWith(GermanDefaultLocale.class)
class CompareReportTest {

    /** The figures of sports-saturday against sports-saturday-shield (compare.json of one replication, trimmed). */
    private static Comparison sports() {
        return new Comparison("sports-saturday", "sports-saturday-shield", List.of(
                Comparison.Row.of("edge.requestHitRatio", 0.8800485200593023, 0.88004867550688, Double.NaN, 1),
                Comparison.Row.of("origin.requestsPerSecond", 2998.7833333333333, 239.2361111111111, Double.NaN, 1),
                Comparison.Row.of("origin.egressBytes", 809_592_355_000.0, 64_697_786_250.0, Double.NaN, 1),
                Comparison.Row.of("origin.peakGbitPerSecond", 19.08284, 1.921, Double.NaN, 1),
                Comparison.Row.of("qoe.startupP95Ms", 1224.703, 1215.487, Double.NaN, 1),
                Comparison.Row.of("qoe.rebufferRatio", 1.48804e-06, 4.64278e-08, Double.NaN, 1),
                Comparison.Row.of("qoe.joinFailureRate", 0, 0, Double.NaN, 1),
                Comparison.Row.of("qoe.averageBitrateKbps", 3000, 3000 + 9.094947017729282E-12, Double.NaN, 1),
                Comparison.Row.of("shield.requestHitRatio", Double.NaN, 0.920222, Double.NaN, 1)), true, 120, 120);
    }

    // Pins the console table of one replication: each figure by its label, values in their units as the console
    // summary writes them (no 0.880049, 8.09592e+11 or 1.48804e-06 any more), columns as wide as their widest cell;
    // differences signed, ratios' in percentage points, no sign on a difference that shows as zero (0.0 kbit/s); "-"
    // for the shield A does not have and for B / A - 1 where A is 0; notes saying what pp and "-" mean. Hand-computed:
    // 64,697,786,250 B = 64.70 GB, 1215.487 - 1224.703 = -9.2 ms, 1.48804e-06 = 0.00015 % and 4.64278e-08 =
    // 0.000005 % (two significant digits, six decimals at most), 1.5545e-07 = +0.000016 pp, B / A - 1 = 1.77e-07 =
    // +0.000018 %, -2,759.5 / 2,998.8 = -92.02 %.
    @Test
    void consoleTableInWordsAndUnits() {
        assertEquals("""
                Comparing A = sports-saturday with B = sports-saturday-shield
                figure                                 A               B           B - A    B / A - 1
                -------------------------------------------------------------------------------------
                edge request hit ratio           88.00 %         88.00 %    +0.000016 pp  +0.000018 %
                origin requests/s              2,998.8/s         239.2/s      -2,759.5/s     -92.02 %
                origin egress                  809.59 GB        64.70 GB      -744.89 GB     -92.01 %
                origin peak Gbit/s         19.083 Gbit/s    1.921 Gbit/s  -17.162 Gbit/s     -89.93 %
                startup p95                   1,224.7 ms      1,215.5 ms         -9.2 ms      -0.75 %
                rebuffer ratio                 0.00015 %      0.000005 %     -0.00014 pp     -96.88 %
                join failure rate                 0.00 %          0.00 %         0.00 pp            -
                average bitrate           3,000.0 kbit/s  3,000.0 kbit/s      0.0 kbit/s       0.00 %
                shield request hit ratio               -         92.02 %               -            -
                pp: percentage points, the difference of two percentages.
                -: a figure the run does not have (a tier, or viewers, only the other run has), or B / A - 1 \
                where A is 0.
                """, CompareReport.render(sports()));
    }

    // Pins the interval column with replications: [B - A - h, B - A + h] in the figure's unit, "*" (and a note) where
    // it excludes 0 (+5 pp +- 0.4 pp), none where it holds 0 (+0.001 pp +- 0.001 pp, whose lower end, -2e-21 by
    // rounding, shows as an unsigned 0.00 pp), "-" where there is no interval; names are printed as given.
    @Test
    void consoleIntervals() {
        Comparison c = new Comparison("<a>", "b & \"c\"", List.of(
                Comparison.Row.of("edge.requestHitRatio", 0.9, 0.95, 0.004, 3),
                Comparison.Row.of("origin.egressBytes", 2e9, 1e9, Double.NaN, 3),
                Comparison.Row.of("qoe.rebufferRatio", 0.00005, 0.00006, 0.00001, 3),
                Comparison.Row.of("shield.requestHitRatio", 0.8, Double.NaN, Double.NaN, 3)), true, 30, 30);
        assertEquals("""
                Comparing A = <a> with B = b & "c"
                figure                           A         B       B - A  B / A - 1  95 % interval of B - A
                ---------------------------------------------------------------------------------------------
                edge request hit ratio     90.00 %   95.00 %    +5.00 pp    +5.56 %    [+4.60 pp, +5.40 pp] *
                origin egress              2.00 GB   1.00 GB    -1.00 GB   -50.00 %                       -
                rebuffer ratio            0.0050 %  0.0060 %  +0.0010 pp   +20.00 %   [0.00 pp, +0.0020 pp]
                shield request hit ratio   80.00 %         -           -          -                       -
                *: the interval excludes 0: at 95 % confidence, B differs from A.
                pp: percentage points, the difference of two percentages.
                -: a figure the run does not have (a tier, or viewers, only the other run has), or B / A - 1 \
                where A is 0.
                """, CompareReport.render(c));
    }

    // Pins compare.csv: the key column first as before, then the figure's label (quoted where it needs to be: a tier
    // named with a comma), then the raw numbers as before (plain decimals, empty where a run does not have the
    // figure); compare.json keeps its fields and exact numbers, no label.
    @Test
    void csvHasKeyThenLabel(@TempDir Path dir) throws Exception {
        Comparison c = new Comparison("a", "b", List.of(
                Comparison.Row.of("edge.requestHitRatio", 0.9, 0.95, Double.NaN, 1),
                Comparison.Row.of("origin.egressBytes", 2e9, 1e9, Double.NaN, 1),
                Comparison.Row.of("pop,eu.requestHitRatio", Double.NaN, 0.5, Double.NaN, 1)), true, 30, 30);
        CompareReport.write(c, ComparePageTest.empty(), ComparePageTest.empty(), dir.resolve("cmp"));
        assertEquals("""
                metric,label,a,b,difference,relative_difference,half_width_95,replications
                edge.requestHitRatio,edge request hit ratio,0.9,0.95,0.05,0.055556,,1
                origin.egressBytes,origin egress,2000000000,1000000000,-1000000000,-0.5,,1
                "pop,eu.requestHitRatio","pop,eu request hit ratio",,0.5,,,,1
                """, Files.readString(dir.resolve("cmp").resolve("compare.csv"), StandardCharsets.UTF_8));
        String json = Files.readString(dir.resolve("cmp").resolve("compare.json"), StandardCharsets.UTF_8);
        assertEquals(true, json.contains("""
                    "metric" : "origin.egressBytes",
                    "a" : 2.0E9,
                    "b" : 1.0E9,
                    "difference" : -1.0E9,
                    "relativeDifference" : -0.5,
                    "halfWidth95" : null,
                    "replications" : 1
                """), json);
        assertEquals(false, json.contains("label"), json);
    }
}
