package io.cdnsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cdnsim.report.OutputFolder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Finished output folders that {@code compare} must not trust: a summary.json or timeseries.csv edited after cdnsim
 * wrote it (its folder's {@code .cdnsim-manifest} says so, whatever the new values), a file the manifest does not
 * list, a damaged manifest; and, in a folder without a manifest (an older cdnsim's), figures out of their range.
 * Each is refused with one line naming the file and the problem, exit code 2, nothing written.
 */
class HostileComparedFoldersTest {

    /** An output folder of a real run of the short scenario, copied into each test. */
    @TempDir
    static Path shared;

    private static Path finished;

    @TempDir
    Path dir;

    @BeforeAll
    static void runOnce() throws IOException {
        finished = shared.resolve("finished");
        Cli.Result r = Cli.execute("run", Cli.shortScenario(shared).toString(), "--out", finished.toString(), "-q",
                "--threads", "1");
        assertEquals(0, r.code(), r::toString);
    }

    /** @return a copy of the finished run's output folder in the test's folder, as {@code cp -r} makes it */
    private Path copy(String name) throws IOException {
        return Cli.copyTree(finished, dir.resolve(name));
    }

    /**
     * Writes {@code value} as the text of {@code field} of the key figure {@code key} in a summary.json, or of the
     * scenario's {@code field} for key {@code scenario} (as text: a tree cannot hold 1e400).
     */
    private static void edit(Path summary, String key, String field, String value) throws IOException {
        String text = Files.readString(summary);
        Matcher m = Pattern.compile("\"" + Pattern.quote(key) + "\" : \\{[^}]*?\"" + field + "\" : ([^,\\n}]+)")
                .matcher(text);
        assertTrue(m.find(), key + "." + field);
        Files.writeString(summary, text.substring(0, m.start(1)) + value + text.substring(m.end(1)));
    }

    /** @return compare of the untouched run with {@code b}, into cmp */
    private List<String> compare(Path b) throws IOException {
        return List.of("compare", copy("a").toString(), b.toString(), "--out", dir.resolve("cmp").toString());
    }

    // Pins that a figure edited in a folder that has its manifest is refused as a change, be it absurd (1e400, -5.0)
    // or plausible (0.6): compare reads only what cdnsim wrote.
    @ParameterizedTest(name = "mean {0}")
    @CsvSource({"1e400", "-5.0", "0.6"})
    void anEditedSummary(String value) throws IOException {
        Path b = copy("b");
        edit(b.resolve("summary.json"), "edge.requestHitRatio", "mean", value);
        String said = Hostile.refused(dir, compare(b));
        assertEquals(b.resolve("summary.json") + " was changed after cdnsim wrote it (its SHA-256 differs from "
                + ".cdnsim-manifest)", said);
    }

    // Pins that a time series edited without changing its size (the SHA-256 tells, not the size) is refused.
    @Test
    void anEditedTimeSeries() throws IOException {
        Path b = copy("b");
        Path series = b.resolve("timeseries.csv");
        String text = Files.readString(series);
        Files.writeString(series, text.replaceFirst("\n0,", "\n1,"));
        assertEquals(text.length(), Files.size(series));
        Hostile.refused(dir, compare(b), series + " was changed after cdnsim wrote it (its SHA-256 differs from "
                + ".cdnsim-manifest)");
    }

    // Pins that a summary.json the folder's manifest does not list (put there after cdnsim wrote the folder) is
    // refused.
    @Test
    void aSummaryTheManifestDoesNotList() throws IOException {
        Path b = copy("b");
        Path manifest = b.resolve(OutputFolder.MANIFEST);
        Files.writeString(manifest, Files.readString(manifest).replaceAll("(?m)^.* summary\\.json\n", ""));
        Hostile.refused(dir, compare(b), b.resolve("summary.json") + " is not listed in its folder's "
                + ".cdnsim-manifest, so cdnsim did not write it");
    }

    // Pins that a damaged manifest vouches for nothing: refused, naming it.
    @Test
    void aDamagedManifest() throws IOException {
        Path b = copy("b");
        Files.writeString(b.resolve(OutputFolder.MANIFEST), "cdnsim output folder 1\nnot a line of one\n");
        Hostile.refused(dir, compare(b), b.resolve(OutputFolder.MANIFEST) + " is damaged (line 2 is not",
                "so it vouches for none of the files of " + b);
    }

    // Pins the ranges of the figures of a folder without a manifest (an older cdnsim's): shares from 0 to 1, offload
    // at most 1, rates, sizes and times 0 or more, half-widths 0 or more, n from 1 to 1000, the warm-up 0 or more,
    // every number finite; each refused naming the file and the field.
    @ParameterizedTest(name = "{0}.{1} = {2}")
    @CsvSource(delimiter = '|', value = {
        "edge.requestHitRatio | mean | -5.0 | mean must be a finite number from 0 to 1, found -5.0",
        "edge.byteHitRatio | mean | 1.5 | mean must be a finite number from 0 to 1, found 1.5",
        "edge.requestHitRatio | mean | 1e400 | mean must be a finite number from 0 to 1, found a number too large",
        "endToEnd.offload | mean | 1.01 | mean must be a finite number at most 1, found 1.01",
        "origin.egressBytes | mean | -1 | mean must be a finite number 0 or more, found -1",
        "origin.requestsPerSecond | mean | -1e400 | mean must be a finite number 0 or more, found a number too large",
        "viewers.timeToFirstByteP95Ms | mean | -3.5 | mean must be a finite number 0 or more, found -3.5",
        "shield.requestHitRatio | halfWidth95 | -0.1 | halfWidth95 must be a finite number 0 or more, found -0.1",
        "shield.requestHitRatio | n | 0 | n must be a whole number from 1 to 1000, found 0",
        "shield.requestHitRatio | n | 1001 | n must be a whole number from 1 to 1000, found 1001",
        "scenario | warmupSeconds | -2.0 | warmupSeconds must be a finite number 0 or more, found -2.0"})
    void aFigureOutOfItsRange(String key, String field, String value, String says) throws IOException {
        Path b = copy("b");
        Files.delete(b.resolve(OutputFolder.MANIFEST));
        edit(b.resolve("summary.json"), key, field, value);
        String at = key.equals("scenario") ? "scenario." : "estimates." + key + ".";
        Hostile.refused(dir, compare(b), b.resolve("summary.json") + ": not a summary.json cdnsim wrote: " + at
                + says);
    }

    // Pins that a folder without a manifest whose figures are in range is compared (an older cdnsim's folder is
    // accepted), an offload below 0 included: the origin may send more than the viewers get.
    @Test
    void anOlderFolderInRangeIsCompared() throws IOException {
        Path b = copy("b");
        Files.delete(b.resolve(OutputFolder.MANIFEST));
        edit(b.resolve("summary.json"), "endToEnd.offload", "mean", "-0.25");
        Cli.Result r = Cli.execute(compare(b));
        assertEquals(0, r.code(), r::toString);
        assertEquals("", r.err(), r::toString);
        assertTrue(Files.isRegularFile(dir.resolve("cmp").resolve("compare.csv")), r::toString);
    }
}
