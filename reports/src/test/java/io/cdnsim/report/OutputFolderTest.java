package io.cdnsim.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The output folder is written atomically: it appears complete, or not at all. */
class OutputFolderTest {

    private static final java.util.Set<String> OWN = java.util.Set.of("summary.json", "tiers.csv", "timeseries.csv");


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

    // Pins that a run that fails before commit leaves the earlier folder untouched and no hidden folder behind.
    @Test
    void failureLeavesTheEarlierFolder(@TempDir Path dir) throws IOException {
        Path target = dir.resolve("run");
        Files.createDirectories(target);
        Files.writeString(target.resolve("summary.json"), "earlier");
        assertThrows(IllegalStateException.class, () -> {
            try (OutputFolder out = new OutputFolder(target, OWN)) {
                Files.writeString(out.file("summary.json"), "half");
                throw new IllegalStateException("the run failed");
            }
        });
        assertEquals("earlier", Files.readString(target.resolve("summary.json")));
        assertEquals(List.of("run"), names(dir));
    }

    // Pins that commit replaces an earlier run's folder completely (no stale files) and removes the old copy.
    @Test
    void commitReplacesAnEarlierFolder(@TempDir Path dir) throws IOException {
        Path target = dir.resolve("run");
        Files.createDirectories(target);
        Files.writeString(target.resolve("summary.json"), "old");
        Files.writeString(target.resolve("timeseries.csv"), "old");
        try (OutputFolder out = new OutputFolder(target, OWN)) {
            Files.writeString(out.file("tiers.csv"), "new");
            out.commit();
        }
        assertEquals(List.of("tiers.csv"), names(target));
        assertEquals(List.of("run"), names(dir));
    }

    // Pins that a folder holding anything cdnsim did not write is refused before anything is written or deleted.
    @Test
    void refusesToReplaceAFolderWithForeignFiles(@TempDir Path dir) throws IOException {
        Path target = dir.resolve("mine");
        Files.createDirectories(target.resolve("sub"));
        Files.writeString(target.resolve("notes.txt"), "keep");
        Files.writeString(target.resolve("summary.json"), "old");
        OutputFolder.ForeignFilesException e = org.junit.jupiter.api.Assertions.assertThrows(
                OutputFolder.ForeignFilesException.class, () -> new OutputFolder(target, OWN));
        assertTrue(e.getMessage().contains("notes.txt, sub"), e.getMessage());
        assertEquals(List.of("notes.txt", "sub", "summary.json"), names(target));
        assertEquals(List.of("mine"), names(dir));
    }

    // Pins that missing parent folders of the target are created.
    @Test
    void createsParents(@TempDir Path dir) throws IOException {
        Path target = dir.resolve("a").resolve("b").resolve("run");
        try (OutputFolder out = new OutputFolder(target, OWN)) {
            Files.writeString(out.file("f"), "x");
            out.commit();
        }
        assertTrue(Files.isRegularFile(target.resolve("f")));
    }

    private static List<String> names(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().collect(Collectors.toList());
        }
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
        java.util.Set<String> own = java.util.Set.of("summary.json", "charts/a.svg", "charts/a.png");
        Path target = dir.resolve("run");
        for (int i = 0; i < 2; i++) {
            try (OutputFolder out = new OutputFolder(target, own)) {
                Files.writeString(out.file("summary.json"), "{}");
                Files.createDirectories(out.file("charts"));
                Files.writeString(out.file("charts/a.svg"), "<svg/>" + i);
                out.commit();
            }
        }
        assertEquals("<svg/>1", Files.readString(target.resolve("charts/a.svg")));
        Files.writeString(target.resolve("charts/notes.txt"), "mine");
        OutputFolder.ForeignFilesException e = assertThrows(OutputFolder.ForeignFilesException.class,
                () -> new OutputFolder(target, own));
        assertTrue(e.getMessage().contains("charts/notes.txt"), e::getMessage);
        Files.delete(target.resolve("charts/notes.txt"));
        Files.createDirectories(target.resolve("mine"));
        assertThrows(OutputFolder.ForeignFilesException.class, () -> new OutputFolder(target, own));
    }
}
