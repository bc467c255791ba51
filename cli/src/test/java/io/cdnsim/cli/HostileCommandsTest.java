package io.cdnsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.cdnsim.report.OutputFolder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The hostile corpus of the commands and their output folders (issue 16, classes 1, 6 and 8, and the files the
 * commands read): a user's file is never replaced, every command checks its options as {@code run} does, the files
 * {@code compare} reads are regular files of cdnsim's shape, and leftovers of interrupted runs are removed.
 */
class HostileCommandsTest {

    /** An output folder of a real run of the short scenario, copied into each test that needs one. */
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

    /** @return a copy of the finished run's output folder in the test's folder */
    private Path finishedCopy(String name) throws IOException {
        return Cli.copyTree(finished, dir.resolve(name));
    }

    private String scenario() throws IOException {
        return Cli.shortScenario(dir).toString();
    }

    private List<String> args(String... args) {
        return List.of(args);
    }

    // --- class 1: a user's file is never replaced

    // Pins that a folder holding the user's own tiers.csv (no manifest) is refused, the file kept.
    @Test
    void aUsersOwnTiersCsv() throws IOException {
        Path mine = Files.createDirectories(dir.resolve("mine"));
        Files.writeString(mine.resolve("tiers.csv"), "my,own\n");
        Hostile.refused(dir, args("run", scenario(), "--out", mine.toString()), "--out", mine.toString(),
                "no .cdnsim-manifest", "older cdnsim or not by cdnsim");
    }

    // Pins that a JSON scenario named summary.json, run with --out its own folder, is refused and kept.
    @Test
    void aJsonScenarioNamedSummaryJsonInItsOwnFolder() throws IOException {
        Path own = Files.createDirectories(dir.resolve("own"));
        Path json = own.resolve("summary.json");
        Files.writeString(json, new ObjectMapper().writeValueAsString(new ObjectMapper(new YAMLFactory())
                .readTree(Files.readString(Path.of(scenario())))));
        Hostile.refused(dir, args("run", json.toString(), "--out", own.toString()), own.toString(),
                "no .cdnsim-manifest");
    }

    // Pins that a tiers.csv the user changed in an output folder makes it the user's.
    @Test
    void aChangedTiersCsv() throws IOException {
        Path out = finishedCopy("out");
        Files.writeString(out.resolve("tiers.csv"), "edited\n", java.nio.file.StandardOpenOption.APPEND);
        Hostile.refused(dir, args("run", scenario(), "--out", out.toString()),
                "files changed since cdnsim wrote them (tiers.csv)");
    }

    // Pins that a file the user added to an output folder is named and the folder kept.
    @Test
    void aFileAddedToAnOutputFolder() throws IOException {
        Path out = finishedCopy("out");
        Files.writeString(out.resolve("charts").resolve("notes.txt"), "mine");
        Hostile.refused(dir, args("run", scenario(), "--out", out.toString()),
                "files cdnsim did not write (charts/notes.txt)");
    }

    // Pins that an output folder from before the manifest (or one whose manifest was deleted) is refused.
    @Test
    void anOldOutputFolderWithoutManifest() throws IOException {
        Path out = finishedCopy("out");
        Files.delete(out.resolve(OutputFolder.MANIFEST));
        Hostile.refused(dir, args("run", scenario(), "--out", out.toString()), "written by an older cdnsim or not "
                + "by cdnsim; remove it or choose another --out");
    }

    // Pins that a manifest whose digest was edited no longer vouches for the file.
    @Test
    void aTamperedManifest() throws IOException {
        Path out = finishedCopy("out");
        Path manifest = out.resolve(OutputFolder.MANIFEST);
        Files.writeString(manifest, Files.readString(manifest).replaceFirst("(?m)^[0-9a-f]{8}(.* tiers\\.csv)$",
                "00000000$1"));
        Hostile.refused(dir, args("run", scenario(), "--out", out.toString()), "changed since cdnsim wrote them "
                + "(tiers.csv)");
    }

    // Pins that a manifest that is not one (garbage lines) keeps the folder.
    @Test
    void aDamagedManifest() throws IOException {
        Path out = finishedCopy("out");
        Files.writeString(out.resolve(OutputFolder.MANIFEST), "cdnsim output folder 1\nrm -rf /\n");
        Hostile.refused(dir, args("run", scenario(), "--out", out.toString()), ".cdnsim-manifest is damaged");
    }

    // Pins that a link in place of a file cdnsim wrote (to identical bytes) is the user's, not cdnsim's.
    @Test
    void aSymlinkedFile() throws IOException {
        Path out = finishedCopy("out");
        Path elsewhere = Files.copy(out.resolve("tiers.csv"), dir.resolve("tiers-of-mine.csv"));
        Files.delete(out.resolve("tiers.csv"));
        Files.createSymbolicLink(out.resolve("tiers.csv"), elsewhere);
        Hostile.refused(dir, args("run", scenario(), "--out", out.toString()), "did not write (tiers.csv)");
    }

    // Pins that --out naming a link to an output folder is refused (the link is the user's).
    @Test
    void outIsASymlink() throws IOException {
        Path link = Files.createSymbolicLink(dir.resolve("link"), finishedCopy("out"));
        Hostile.refused(dir, args("run", scenario(), "--out", link.toString()), "it is a symbolic link");
    }

    // Pins that --out naming a file, or a FIFO, is refused without touching it.
    @ParameterizedTest(name = "{0}")
    @CsvSource({"file", "fifo"})
    void outIsNotAFolder(String kind) throws IOException, InterruptedException {
        Path out = dir.resolve("out");
        if (kind.equals("file")) {
            Files.writeString(out, "mine");
        } else {
            assertEquals(0, new ProcessBuilder("mkfifo", out.toString()).start().waitFor());
        }
        Hostile.refused(dir, args("run", scenario(), "--out", out.toString()), out.toString(),
                "exists and is not a folder");
    }

    // Pins that replay guards its --out as run does: a folder of the user's is refused and kept.
    @Test
    void replayIntoAUsersFolder() throws IOException {
        Path trace = Files.writeString(dir.resolve("trace.txt"), "0 1 100\n1 2 100\n");
        Path mine = Files.createDirectories(dir.resolve("mine"));
        Files.writeString(mine.resolve("summary.json"), "{\"my\": \"data\"}");
        Hostile.refused(dir, args("replay", trace.toString(), "--format", "plain", "--cache", "1KB", "--out",
                mine.toString()), "--out", "no .cdnsim-manifest");
    }

    // Pins that compare's --out into a run's output folder is refused: another command's outputs.
    @Test
    void compareIntoARunsFolder() throws IOException {
        Hostile.refused(dir, args("compare", finishedCopy("a").toString(), finishedCopy("b").toString(), "--out",
                finishedCopy("out").toString()), "the outputs of another cdnsim command");
    }

    // Pins that compare's --out into a compared finished run's folder is refused before anything runs (a scenario
    // run here writes into <out>/runs/, committed with the comparison).
    @Test
    void compareOutIsAComparedRunsFolder() throws IOException {
        String s = scenario();
        Path b = finishedCopy("b");
        Hostile.refused(dir, args("compare", s, b.toString(), "--out", b.toString()), "--out",
                "is also the folder of a compared run");
    }

    // Pins that a folder name too long for the temporary folder is refused and leaves no parent folder behind.
    @Test
    void aTooLongOutName() throws IOException {
        Path out = dir.resolve("out").resolve("x".repeat(300));
        Hostile.refused(dir, args("run", scenario(), "--out", out.toString()), "300 bytes long, at most 225");
        assertFalse(Files.exists(dir.resolve("out")));
    }

    // --- class 6: every command checks its options as run does

    // Pins --replications, --threads and --seed out of range or not numbers, on run and on compare.
    @ParameterizedTest(name = "{0} {1} {2}")
    @CsvSource({"run, --replications, 0", "run, --replications, -1", "run, --replications, 1000000",
        "run, --replications, 1e6", "run, --replications, abc", "run, --threads, -5", "run, --threads, 0",
        "run, --threads, 100000", "run, --seed, abc", "run, --seed, 1.5",
        "compare, --replications, 0", "compare, --replications, -1", "compare, --replications, 1000000",
        "compare, --replications, 1e6", "compare, --replications, abc", "compare, --threads, -5",
        "compare, --threads, 0", "compare, --threads, 100000", "compare, --seed, abc",
        "compare, --seed, 99999999999999999999"})
    void badOptionValues(String command, String option, String value) throws IOException {
        String s = scenario();
        List<String> args = new ArrayList<>(command.equals("run") ? List.of("run", s) : List.of("compare", s, s));
        args.addAll(List.of(option, value, "--out", dir.resolve("out").toString()));
        String said = Hostile.refused(dir, args, option + ": must be a whole number", "'" + value + "'");
        assertTrue(option.equals("--seed") || said.contains(option.equals("--threads") ? "1 to 256" : "1 to 1000"),
                said);
    }

    // Pins replay's --seed: the same check as run's.
    @ParameterizedTest(name = "--seed [{0}]")
    @CsvSource({"abc", "1e6", "''"})
    void replayBadSeed(String value) throws IOException {
        Path trace = Files.writeString(dir.resolve("trace.txt"), "0 1 100\n1 2 100\n");
        Hostile.refused(dir, args("replay", trace.toString(), "--format", "plain", "--cache", "1KB", "--seed", value,
                "--out", dir.resolve("out").toString()), "--seed: must be a whole number");
    }

    // Pins that compare's --replications cannot lift a scenario over the request limit that run enforces.
    @Test
    void compareReplicationsOverTheRequestLimit() throws IOException {
        Path big = Path.of(scenario());
        Files.writeString(big, Cli.replace(Files.readString(big), "  rate: .*", "  rate: 2000000/s"));
        Hostile.refused(dir, args("compare", big.toString(), big.toString(), "--replications", "1000"),
                "--replications: 1000 replications of scenario short-edge-shield", "the limit is");
    }

    // --- the files the commands read: regular files of cdnsim's shape

    // Pins compare on a summary.json that is truncated, mistyped, binary, a folder or of another schema: one line
    // naming the file and the problem (line and column where the JSON breaks), nothing written. The folder has no
    // manifest, as an older cdnsim's (with one, any edit is refused as a change: HostileComparedFoldersTest).
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "truncated | summary.json:2:1: not valid JSON",
        "estimates-a-number | estimates must be an object of key figures, found 5",
        "mean-a-string | estimates.edge.requestHitRatio.mean must be a number or null, found \"high\"",
        "binary | summary.json:1:2: not valid JSON",
        "folder | summary.json: this is a folder",
        "schema-1 | schemaVersion must be 2, found 1: written by an older cdnsim",
        "schema-3 | schemaVersion must be 2, found 3",
        "array | it is not a JSON object"})
    void compareABrokenSummary(String kind, String says) throws IOException {
        Path a = finishedCopy("a");
        Files.delete(a.resolve(OutputFolder.MANIFEST));
        Path summary = a.resolve("summary.json");
        String good = Files.readString(summary);
        switch (kind) {
            case "truncated" -> Files.writeString(summary, good.substring(0, good.indexOf('\n') + 1));
            case "estimates-a-number" -> Files.writeString(summary, "{\"schemaVersion\": 2, \"estimates\": 5}");
            case "mean-a-string" -> Files.writeString(summary, "{\"schemaVersion\": 2, \"estimates\": "
                    + "{\"edge.requestHitRatio\": {\"mean\": \"high\"}}}");
            case "binary" -> Files.write(summary, new byte[] {'{', 0, 1, 2, (byte) 0xff});
            case "folder" -> {
                Files.delete(summary);
                Files.createDirectory(summary);
            }
            case "schema-1", "schema-3" -> Files.writeString(summary, good.replace("\"schemaVersion\" : 2",
                    "\"schemaVersion\" : " + kind.charAt(kind.length() - 1)));
            case "array" -> Files.writeString(summary, "[1, 2]");
            default -> throw new IllegalArgumentException(kind);
        }
        Hostile.refused(dir, args("compare", a.toString(), finishedCopy("b").toString(), "--out",
                dir.resolve("cmp").toString()), summary.toString(), says);
    }

    // Pins that compare refuses a FIFO in place of summary.json or timeseries.csv at once instead of hanging.
    @ParameterizedTest(name = "{0}")
    @CsvSource({"summary.json", "timeseries.csv"})
    void compareAFifo(String file) throws IOException, InterruptedException {
        Path a = finishedCopy("a");
        Files.delete(a.resolve(file));
        assertEquals(0, new ProcessBuilder("mkfifo", a.resolve(file).toString()).start().waitFor());
        Hostile.refused(dir, args("compare", a.toString(), finishedCopy("b").toString(), "--out",
                dir.resolve("cmp").toString()), a.resolve(file).toString(), "not a regular file");
    }

    // Pins that compare refuses a damaged timeseries.csv of a finished run (of an older cdnsim: no manifest), naming
    // it, before writing anything.
    @Test
    void compareABrokenTimeSeries() throws IOException {
        Path a = finishedCopy("a");
        Files.delete(a.resolve(OutputFolder.MANIFEST));
        Files.writeString(a.resolve("timeseries.csv"), "replication,second,x\n0,1,abc\n");
        Hostile.refused(dir, args("compare", a.toString(), finishedCopy("b").toString(), "--out",
                dir.resolve("cmp").toString()), "timeseries.csv: not a time series cdnsim wrote");
    }

    // Pins that compare of a path that does not exist names it in one line.
    @Test
    void compareAMissingPath() throws IOException {
        Path missing = dir.resolve("no-such-run");
        Hostile.refused(dir, args("compare", missing.toString(), finishedCopy("b").toString(), "--out",
                dir.resolve("cmp").toString()), missing + ": no such file");
    }

    // Pins that compare of a folder without summary.json says it is not a finished run.
    @Test
    void compareAFolderThatIsNotARun() throws IOException {
        Path empty = Files.createDirectories(dir.resolve("empty"));
        Hostile.refused(dir, args("compare", empty.toString(), finishedCopy("b").toString(), "--out",
                dir.resolve("cmp").toString()), "a folder without summary.json is not a finished run");
    }

    // Pins that compare given a file of an output folder (its summary.json) instead of the folder says so in one line.
    @Test
    void compareAFileOfAnOutputFolder() throws IOException {
        Path a = finishedCopy("a");
        Hostile.refused(dir, args("compare", a.resolve("summary.json").toString(), finishedCopy("b").toString(),
                "--out", dir.resolve("cmp").toString()), "a file of an output folder, not a scenario", a.toString());
    }

    // Pins that run, compare and validate refuse a scenario that is a FIFO or a device before reading a byte.
    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({"run, fifo", "run, /dev/zero", "compare, fifo", "validate, fifo"})
    void aScenarioThatIsNotARegularFile(String command, String kind) throws IOException, InterruptedException {
        String file = kind;
        if (kind.equals("fifo")) {
            file = dir.resolve("scenario.yaml").toString();
            assertEquals(0, new ProcessBuilder("mkfifo", file).start().waitFor());
        }
        List<String> args = new ArrayList<>(List.of(command, file));
        if (command.equals("compare")) {
            args.add(file);
        }
        if (!command.equals("validate")) {
            args.addAll(List.of("--out", dir.resolve("out").toString()));
        }
        Hostile.refused(dir, args, file + ": this is not a regular file");
    }

    // --- class 8: leftovers

    // Pins that a run removes a temporary folder an interrupted run into the same --out left (its marker names a
    // process that is gone) and says so on stderr, while a look-alike without cdnsim's marker is kept.
    @Test
    void aLeftoverIsRemovedAndNamed() throws IOException {
        Path leftover = Files.createDirectories(dir.resolve(".out.partial-42"));
        Files.writeString(leftover.resolve(".cdnsim-partial"), "cdnsim temporary output folder of process "
                + "4000000000 started unknown\n");
        Files.writeString(leftover.resolve("timeseries.csv"), "half");
        Path users = Files.createDirectories(dir.resolve(".out.partial-43"));
        Cli.Result r = Cli.execute("run", scenario(), "--out", dir.resolve("out").toString(), "-q");
        assertEquals(0, r.code(), r::toString);
        assertEquals("removed a leftover temporary folder " + dir.resolve(".out.partial-42")
                + " of an interrupted run\n", r.err());
        assertFalse(Files.exists(leftover));
        assertTrue(Files.isDirectory(users));
    }
}
