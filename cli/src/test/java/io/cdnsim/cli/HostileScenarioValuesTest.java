package io.cdnsim.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The second part of the hostile scenario corpus (the first is {@link HostileScenarioTest}): values that YAML reads
 * otherwise than they look, text no output can hold, values that could not happen within the run, values the
 * engine's counters could not hold, and files of the wrong kind. Each starts from {@link SmallScenario}'s valid files
 * (or a shipped on-demand scenario) with one thing made hostile, and must be refused by validate and run before
 * anything is simulated.
 */
class HostileScenarioValuesTest {

    @TempDir
    Path dir;

    private void refused(String text, String replacement, String... says) throws IOException {
        SmallScenario.refused(dir, text, replacement, says);
    }

    private void liveRefused(String text, String replacement, String... says) throws IOException {
        SmallScenario.liveRefused(dir, text, replacement, says);
    }

    /** A copy of scenarios/vod-catalog.yaml with one replacement, its topology named by its absolute path. */
    private void vodRefused(String text, String replacement, String... says) throws IOException {
        String vod = Files.readString(Cli.SCENARIOS.resolve("vod-catalog.yaml"));
        vod = Cli.replace(vod, "topology: .*", "topology: " + Cli.TOPOLOGIES.resolve("vod-edge-shield.yaml")
                .toAbsolutePath().normalize().toString().replace("\\", "/"));
        assertTrue(vod.contains(text), text);
        Path file = Files.writeString(dir.resolve("vod.yaml"), vod.replace(text, replacement));
        Hostile.refused(dir, List.of("validate", file.toString()), says);
        Hostile.refused(dir, List.of("run", file.toString(), "--out", dir.resolve("out").toString()), says);
    }

    // What YAML reads otherwise than it looks.

    /** Pins that a leading zero is refused (YAML 1.1 read 01750 as the octal 1000, and seed: 010 as 8). */
    @Test
    void aNumberWithALeadingZero() throws IOException {
        refused("objects: 1000", "objects: 01750", "scn.yaml", "workload.objects", "YAML reads '01750'",
                "plain decimal");
        refused("seed: 1", "seed: 010", "seed: YAML reads '010'");
    }

    /** Pins that hexadecimal, sexagesimal and underscored numbers are refused. */
    @Test
    void numbersInOtherBasesOrWithSeparators() throws IOException {
        refused("objects: 1000", "objects: 0x3e8", "workload.objects", "'0x3e8'");
        refused("objects: 1000", "objects: 16:40", "workload.objects", "'16:40'");
        refused("objects: 1000", "objects: 1_000", "workload.objects", "'1_000'");
    }

    /** Pins that a merge key is named as one (it used to be blamed on a '!!merge' tag nobody wrote). */
    @Test
    void aMergeKey() throws IOException {
        refused("workload:\n  objects: 1000\n", "workload:\n  <<: { objects: 1000 }\n", "workload",
                "a merge key ('<<') is not allowed");
    }

    /** Pins that a key past YAML's 1024 characters is said to be one, at its line. */
    @Test
    void aKeyOfElevenHundredCharacters() throws IOException {
        refused("seed: 1\n", "seed: 1\n" + "k".repeat(1100) + ": 1\n", "scn.yaml:4:1", "not valid YAML",
                "longer than the 1024 characters YAML allows");
    }

    /** Pins that half a UTF-16 pair is refused (it used to fail after the whole run, writing the outputs). */
    @Test
    void halfAUtf16Pair() throws IOException {
        refused("seed: 1\n", "seed: 1\ndescription: \"\\ud800x\"\n", "description", "\\ud800",
                "without its other half");
        liveRefused("name: tv,", "name: \"tv\\udc00\",", "audience.devices[0].name", "\\udc00");
    }

    // Values that could not happen within the run, or contradict each other.

    /** Pins that a spike starting after the run's end is refused (it ran to "0 sessions of 0 viewers"). */
    @Test
    void aSpikeAfterTheEnd() throws IOException {
        liveRefused("at: 1s, ramp: 5s", "at: 10min, ramp: 1min", "audience.arrival.at", "after the run's end (30s)");
    }

    /** Pins that a diurnal curve whose quietest hour is busier than its peak, or peaks at 25h, is refused. */
    @Test
    void anInvertedOrOutOfDayDiurnalCurve() throws IOException {
        liveRefused("arrival: { type: spike, at: 1s, ramp: 5s }", "arrival: { type: diurnal, base: 80/s, peak: 5/s }",
                "audience.arrival.base", "may not exceed the peak's");
        liveRefused("arrival: { type: spike, at: 1s, ramp: 5s }",
                "arrival: { type: diurnal, base: 1/s, peak: 5/s, peakAt: 25h }", "audience.arrival.peakAt",
                "under 24h");
    }

    /** Pins that a release after the run's end and pre-positioning more titles than the catalog are refused. */
    @Test
    void onDemandValuesBeyondTheRunOrTheCatalog() throws IOException {
        vodRefused("titles: 1500 }", "titles: 50000 }", "vod.prePosition.titles", "at most the catalog's 5000");
        vodRefused("  prePosition:", "  releases:\n    - { name: ep, at: 10h, viewers: 300, decay: 12min, length: "
                + "50min }\n  prePosition:", "vod.releases[0].at", "after the run's end (20min)");
    }

    /** Pins that a tier with both a fixed hit ratio and a capacity is refused (the capacity was ignored). */
    @Test
    void aFixedRatioAndACapacity() throws IOException {
        refused("cache: { capacity: 10GB }", "cache: { capacity: 10GB, hitRatio: 0.5 }", "topo.yaml",
                "tiers[1].cache", "exclude each other");
    }

    /** Pins that a Cache-Control directive given twice is refused (the last one silently won). */
    @Test
    void aDirectiveGivenTwice() throws IOException {
        refused("seed: 1\n", "seed: 1\ncacheControl:\n  media-segment: \"max-age=10, max-age=1000000\"\n",
                "cacheControl.media-segment", "max-age is given twice");
    }

    // Values the engine's counters could not hold.

    /** Pins the rendition limit: 1,200,000 Tbit/s made byte counters wrap with exit 0. */
    @Test
    void aRenditionOfAnExabitPerSecond() throws IOException {
        liveRefused("ladder: hd", "ladder: [{ bitrate: 1200000Tbps, resolution: 1280x720 }]",
                "live.ladder[0].bitrate", "at most 100Gbps");
    }

    /** Pins that two renditions of one bitrate are named as duplicates (not as out of order). */
    @Test
    void twoRenditionsOfOneBitrate() throws IOException {
        liveRefused("ladder: hd", "ladder: [{ bitrate: 3Mbps, resolution: 1280x720 }, { bitrate: 3Mbps, "
                + "resolution: 1920x1080 }]", "live.ladder", "the same bitrate");
    }

    /**
     * Pins the bytes a replication may ask for: 10^6 requests/s of 1 TiB objects for 10 s are 1.10e19 bytes, over
     * 2^59 (5.76e17).
     */
    @Test
    void tooManyBytesInAReplication() throws IOException {
        SmallScenario.refused(dir, List.of("rate: 100/s", "rate: 1000000/s", "objectSize: 1MB", "objectSize: 1TiB"),
                "workload.objectSize", "about 1.10e+19 bytes in a replication");
    }

    /** Pins that a negative lognormal sigma is named as a sigma out of range (not as a syntax error). */
    @Test
    void aNegativeSigma() throws IOException {
        refused("objectSize: 1MB", "objectSize: \"lognormal(median=1MB, sigma=-1)\"", "workload.objectSize",
                "sigma is a number from 0 to 5, found '-1'");
    }

    // Files of the wrong kind.

    /** Pins that a scenario named as a topology is said to be a scenario (it printed six unknown fields). */
    @Test
    void aScenarioGivenAsTheTopology() throws IOException {
        refused("topology: topo.yaml", "topology: scn.yaml", "scn.yaml:1:1",
                "this is a scenario file; a topology file was expected");
    }

    /** Pins that a loop of symbolic links is named as one. */
    @Test
    void aLoopOfSymbolicLinks() throws IOException {
        Path a = dir.resolve("a.yaml");
        try {
            Files.createSymbolicLink(a, dir.resolve("b.yaml"));
            Files.createSymbolicLink(dir.resolve("b.yaml"), a);
        } catch (UnsupportedOperationException | IOException e) {
            assumeTrue(false, "symbolic links are needed");
        }
        Hostile.refused(dir, List.of("validate", a.toString()), "a.yaml", "cannot read the file",
                "symbolic links");
    }

    // What a first review of the checks above found: each problem once, at its own field, and text left as text.

    /** Pins that a wrong duration is the only problem (a spike at 1s used to be "after the run's end (1us)" too). */
    @Test
    void aWrongDurationIsOneProblem() throws IOException {
        liveRefused("run: { duration: 30s }", "run: { duration: 0s }", "run.duration: must be more than 0");
        liveRefused("run: { duration: 30s }", "run: { duration: ten minutes }", "run.duration");
        liveRefused("run: { duration: 30s }", "run: { duration: 400d }", "run.duration: at most 31 days");
    }

    /** Pins that a wrong catalog size is the only problem (pre-positioning was also said to exceed "1 titles"). */
    @Test
    void aWrongCatalogSizeIsOneProblem() throws IOException {
        vodRefused("titles: 5000", "titles: 2000000", "vod.titles: must be between 1 and");
    }

    /** Pins that a table after the run's end names its first readable point, not points[0]. */
    @Test
    void aLateTableNamesItsFirstReadablePoint() throws IOException {
        Files.writeString(dir.resolve("topo.yaml"), SmallScenario.TOPOLOGY);
        Path file = Files.writeString(dir.resolve("live.yaml"), SmallScenario.LIVE.replace(
                "arrival: { type: spike, at: 1s, ramp: 5s }",
                "arrival: { type: table, points: [{ at: 1s }, { at: 10min, rate: 5/s }] }"));
        Cli.Result r = Cli.execute("validate", file.toString());
        assertTrue(r.code() == Main.BAD_INPUT && r.err().contains("audience.arrival.points[1].at: the table starts")
                && r.err().contains("audience.arrival.points[0]: expected"), r::toString);
    }

    /** Pins that ids, regions and keys that look like YAML 1.1 numbers are text, and a sigma of .7 is 0.7. */
    @Test
    void textThatLooksLikeANumberIsText() throws IOException {
        Files.writeString(dir.resolve("scn.yaml"), SmallScenario.SCENARIO.replace("objectSize: 1MB",
                "objectSize: \"lognormal(median=1MB, sigma=.7)\""));
        Files.writeString(dir.resolve("topo.yaml"), SmallScenario.TOPOLOGY.replace("edge-a", "01")
                .replace("regions: [eu, na]", "regions: [010, na]").replace("region: eu", "region: 010"));
        Files.writeString(dir.resolve("sheet.yaml"), SmallScenario.SHEET);
        Cli.Result r = Cli.execute("validate", dir.resolve("scn.yaml").toString());
        assertTrue(r.code() == Main.OK, r::toString);
    }
}
