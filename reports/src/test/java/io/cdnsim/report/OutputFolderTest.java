package io.cdnsim.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The output folder is written atomically: it appears complete, or not at all. */
class OutputFolderTest {

    private static final Set<String> OWN = Set.of("summary.json", "tiers.csv", "timeseries.csv");

    /** Writes {@code files} (name, content) as one committed output folder. */
    private static void commit(Path target, Set<String> own, String... files) throws IOException {
        try (OutputFolder out = new OutputFolder(target, own)) {
            for (int i = 0; i < files.length; i += 2) {
                Files.createDirectories(out.file(files[i]).getParent());
                Files.writeString(out.file(files[i]), files[i + 1]);
            }
            out.commit();
        }
    }

    private static OutputFolder.RefusedException refused(Path target, Set<String> own) {
        return assertThrows(OutputFolder.RefusedException.class, () -> new OutputFolder(target, own));
    }

    private static List<String> names(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().collect(Collectors.toList());
        }
    }

    // Pins that files are written into a hidden folder beside the target, which becomes the target on commit.
    @Test
    void commitMovesTheFilesIntoPlace(@TempDir Path dir) throws IOException {
        Path target = dir.resolve("run");
        try (OutputFolder out = new OutputFolder(target, OWN)) {
            Path file = out.file("summary.json");
            assertFalse(file.startsWith(target), "written beside the target, not in it");
            Files.writeString(file, "{}");
            assertFalse(Files.exists(target), "the target appears only on commit");
            List<String> names = names(dir);
            assertEquals(1, names.stream().filter(n -> n.startsWith(".run.partial-")).count(), names::toString);
            out.commit();
        }
        assertEquals("{}", Files.readString(target.resolve("summary.json")));
        assertEquals(List.of("run"), names(dir));
    }

    // Pins the manifest: every file with its size and SHA-256 in path order, no time, so the same bytes give the same
    // manifest; the temporary folder's marker is not in the committed folder.
    @Test
    void theManifestListsEveryFileItWrote(@TempDir Path dir) throws IOException {
        Set<String> own = Set.of("summary.json", "charts/a.svg");
        commit(dir.resolve("one"), own, "summary.json", "{}", "charts/a.svg", "abc");
        commit(dir.resolve("two"), own, "summary.json", "{}", "charts/a.svg", "abc");
        String manifest = Files.readString(dir.resolve("one").resolve(OutputFolder.MANIFEST));
        assertEquals("cdnsim output folder 1\n"
                + "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad 3 charts/a.svg\n"
                + "44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a 2 summary.json\n", manifest);
        assertEquals(manifest, Files.readString(dir.resolve("two").resolve(OutputFolder.MANIFEST)));
        assertEquals(List.of(".cdnsim-manifest", "charts", "summary.json"), names(dir.resolve("one")));
    }

    // Pins that a run that fails before commit leaves the earlier folder untouched and no hidden folder behind.
    @Test
    void failureLeavesTheEarlierFolder(@TempDir Path dir) throws IOException {
        Path target = dir.resolve("run");
        commit(target, OWN, "summary.json", "earlier");
        assertThrows(IllegalStateException.class, () -> {
            try (OutputFolder out = new OutputFolder(target, OWN)) {
                Files.writeString(out.file("summary.json"), "half");
                throw new IllegalStateException("the run failed");
            }
        });
        assertEquals("earlier", Files.readString(target.resolve("summary.json")));
        assertEquals(List.of("run"), names(dir));
    }

    // Pins that commit replaces an earlier output folder completely (no stale files) and removes the old copy, even
    // when some of the earlier files were deleted by the user (nothing of the user's is lost by that).
    @Test
    void commitReplacesAnEarlierFolder(@TempDir Path dir) throws IOException {
        Path target = dir.resolve("run");
        commit(target, OWN, "summary.json", "old", "timeseries.csv", "old");
        Files.delete(target.resolve("timeseries.csv"));
        commit(target, OWN, "tiers.csv", "new");
        assertEquals(List.of(OutputFolder.MANIFEST, "tiers.csv"), names(target));
        assertEquals(List.of("run"), names(dir));
    }

    // Pins that an empty folder (made by the user for the outputs) may be used.
    @Test
    void anEmptyFolderIsUsed(@TempDir Path dir) throws IOException {
        Path target = Files.createDirectories(dir.resolve("run"));
        commit(target, OWN, "tiers.csv", "new");
        assertEquals(List.of(OutputFolder.MANIFEST, "tiers.csv"), names(target));
        assertEquals(List.of("run"), names(dir));
    }

    // Pins that a folder holding anything cdnsim did not write is refused before anything is written or deleted, and
    // a folder of the same names without a manifest (an older cdnsim's, or the user's) too.
    @Test
    void refusesToReplaceAFolderWithForeignFiles(@TempDir Path dir) throws IOException {
        Path target = dir.resolve("mine");
        commit(target, OWN, "summary.json", "old");
        Files.createDirectories(target.resolve("sub"));
        Files.writeString(target.resolve("notes.txt"), "keep");
        assertTrue(refused(target, OWN).getMessage().contains("files cdnsim did not write (notes.txt, sub)"));
        assertEquals(List.of(OutputFolder.MANIFEST, "notes.txt", "sub", "summary.json"), names(target));
        assertEquals(List.of("mine"), names(dir));

        Path old = Files.createDirectories(dir.resolve("old"));
        Files.writeString(old.resolve("tiers.csv"), "a user's own tiers.csv");
        assertTrue(refused(old, OWN).getMessage().contains("it has no .cdnsim-manifest, so it was written by an "
                + "older cdnsim or not by cdnsim; remove it or choose another --out"));
        assertEquals(List.of("tiers.csv"), names(old));
    }

    // Pins that a file cdnsim wrote and the user changed, even to the same size, makes the folder the user's.
    @Test
    void refusesAChangedFile(@TempDir Path dir) throws IOException {
        Path target = dir.resolve("run");
        commit(target, OWN, "summary.json", "{}", "tiers.csv", "a,b\n");
        Files.writeString(target.resolve("tiers.csv"), "a,c\n");
        assertTrue(refused(target, OWN).getMessage().contains("files changed since cdnsim wrote them (tiers.csv)"));
        assertEquals("a,c\n", Files.readString(target.resolve("tiers.csv")));
    }

    // Pins that a link is never taken for a file cdnsim wrote (even to identical bytes), nor a target that is a link,
    // a file or the root.
    @Test
    void refusesLinksAndFiles(@TempDir Path dir) throws IOException {
        Path target = dir.resolve("run");
        commit(target, OWN, "summary.json", "{}");
        Files.writeString(dir.resolve("same.json"), "{}");
        Files.delete(target.resolve("summary.json"));
        Files.createSymbolicLink(target.resolve("summary.json"), dir.resolve("same.json"));
        assertTrue(refused(target, OWN).getMessage().contains("files cdnsim did not write (summary.json)"));
        Path link = Files.createSymbolicLink(dir.resolve("link"), Files.createDirectories(dir.resolve("empty")));
        assertTrue(refused(link, OWN).getMessage().contains("it is a symbolic link"));
        assertTrue(refused(dir.resolve("same.json"), OWN).getMessage().contains("exists and is not a folder"));
        assertTrue(refused(Path.of("/"), OWN).getMessage().contains("root"));
    }

    // Pins that a damaged manifest, and one listing another command's files, keep the folder.
    @Test
    void refusesADamagedOrAnotherCommandsManifest(@TempDir Path dir) throws IOException {
        Path target = dir.resolve("run");
        commit(target, Set.of("compare.json"), "compare.json", "{}");
        assertTrue(refused(target, OWN).getMessage().contains("the outputs of another cdnsim command (compare.json)"));
        Files.writeString(target.resolve(OutputFolder.MANIFEST), "cdnsim output folder 1\nzz 2 ../x\n");
        assertTrue(refused(target, Set.of("compare.json")).getMessage()
                .contains("its .cdnsim-manifest is damaged (line 2 is not"));
    }

    // Pins that a name too long for the temporary folder is refused with its length, and nothing is created.
    @Test
    void refusesATooLongName(@TempDir Path dir) {
        Path target = dir.resolve("out").resolve("n".repeat(300));
        assertTrue(refused(target, OWN).getMessage().contains("the folder's name is 300 bytes long, at most 225"));
        assertFalse(Files.exists(dir.resolve("out")));
    }

    // Pins that a target whose folders cannot be made is refused, not failed: a parent that is a file (however deep
    // the target lies under it), or a folder name the file system refuses; the folders made on the way are removed.
    @Test
    void refusesAParentThatCannotBeMade(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("f"), "keep");
        for (Path target : List.of(file.resolve("run"), file.resolve("a").resolve("b").resolve("run"))) {
            assertTrue(refused(target, OWN).getMessage().endsWith(": " + file + " is a file, not a folder; choose "
                    + "another --out"));
        }
        Path tooLong = dir.resolve("made").resolve("n".repeat(300)).resolve("run");
        assertTrue(refused(tooLong, OWN).getMessage().contains("cannot make a folder in " + dir.resolve("made")
                + " (File name too long)"));
        assertEquals(List.of("f"), names(dir));
    }

    // Pins that missing parent folders of the target are created, and removed again if the run fails.
    @Test
    void createsParentsAndRemovesThemOnFailure(@TempDir Path dir) throws IOException {
        Path target = dir.resolve("a").resolve("b").resolve("run");
        assertThrows(IllegalStateException.class, () -> {
            try (OutputFolder out = new OutputFolder(target, OWN)) {
                throw new IllegalStateException("the run failed");
            }
        });
        assertEquals(List.of(), names(dir));
        commit(target, OWN, "summary.json", "{}");
        assertTrue(Files.isRegularFile(target.resolve("summary.json")));
    }

    // Pins abandon (the Ctrl-C hook): before the commit it deletes the temporary folder and makes the commit fail,
    // leaving no target; after the commit it does nothing and the committed folder stays.
    @Test
    void abandonDeletesOnlyWhatWasNotCommitted(@TempDir Path dir) throws IOException {
        Path target = dir.resolve("run");
        try (OutputFolder out = new OutputFolder(target, OWN)) {
            Files.writeString(out.file("summary.json"), "{}");
            assertTrue(out.abandon());
            assertTrue(out.abandoned());
            assertThrows(IOException.class, out::commit);
        }
        assertEquals(List.of(), names(dir));
        try (OutputFolder out = new OutputFolder(target, OWN)) {
            Files.writeString(out.file("summary.json"), "{}");
            out.commit();
            assertFalse(out.abandon());
        }
        assertEquals("{}", Files.readString(target.resolve("summary.json")));
        assertEquals(List.of("run"), names(dir));
    }

    // Pins that a folder of own files (charts/) is replaced with the run, while a file of the user's inside it, or a
    // folder no own file lives in, makes the target foreign.
    @Test
    void ownFilesInAFolder(@TempDir Path dir) throws IOException {
        Set<String> own = Set.of("summary.json", "charts/a.svg", "charts/a.png");
        Path target = dir.resolve("run");
        for (int i = 0; i < 2; i++) {
            commit(target, own, "summary.json", "{}", "charts/a.svg", "<svg/>" + i);
        }
        assertEquals("<svg/>1", Files.readString(target.resolve("charts/a.svg")));
        Files.writeString(target.resolve("charts/notes.txt"), "mine");
        assertTrue(refused(target, own).getMessage().contains("charts/notes.txt"));
        Files.delete(target.resolve("charts/notes.txt"));
        Files.createDirectories(target.resolve("mine"));
        refused(target, own);
    }

    // Pins the removal of leftovers: temporary and old folders of cdnsim's (hidden name and marker) whose process is
    // gone are removed when the next run opens the target and named; a look-alike without a marker (the user's), a
    // leftover of another target and one whose process still runs (this one) are kept.
    @Test
    void removesLeftoversOfInterruptedRuns(@TempDir Path dir) throws IOException {
        Path target = dir.resolve("run");
        Path dead = Files.createDirectories(dir.resolve(".run.partial-123"));
        Files.writeString(dead.resolve(Leftovers.MARKER), "cdnsim temporary output folder of process "
                + 4_000_000_000L + " started unknown\n");
        Files.writeString(Files.createDirectories(dead.resolve("charts")).resolve("a.svg"), "half");
        Path old = Files.createDirectories(dir.resolve(".run.old-456"));
        Files.writeString(old.resolve(OutputFolder.MANIFEST), "cdnsim output folder 1\n");
        Path users = Files.createDirectories(dir.resolve(".run.partial-789"));
        Files.writeString(users.resolve("mine.txt"), "keep");
        Path other = Files.createDirectories(dir.resolve(".other.partial-1"));
        Files.writeString(other.resolve(Leftovers.MARKER), "cdnsim temporary output folder of process 1 started x\n");
        Path running = Leftovers.createPartial(target);
        try (OutputFolder out = new OutputFolder(target, OWN)) {
            assertEquals(List.of(".run.old-456", ".run.partial-123"), out.removedLeftovers());
            out.commit();
        }
        assertEquals(Stream.of(".other.partial-1", ".run.partial-789", running.getFileName().toString(), "run")
                .sorted().toList(), names(dir));
    }
}
