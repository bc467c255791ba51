package io.cdnsim.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The hidden folders cdnsim makes beside an output folder ({@code .<name>.partial-<n>} while it writes,
 * {@code .<name>.old-<n>} while it replaces an earlier folder), and the ones a run that was killed left behind.
 *
 * <p>A folder counts as cdnsim's only if its name has that shape and it holds a marker of cdnsim's: a temporary
 * folder gets {@value #MARKER} (naming the process that writes it) before anything else and keeps it until it is
 * renamed or deleted; an earlier output folder has its {@link Manifest}. Both are deleted last, so a folder that loses
 * its marker is empty. A temporary folder whose process still runs is never removed.
 */
final class Leftovers {

    /** The marker of a temporary folder: which process writes it. */
    static final String MARKER = ".cdnsim-partial";

    /** The markers, deleted after everything else in a folder of cdnsim's. */
    private static final List<String> MARKERS = List.of(MARKER, Manifest.NAME);

    private static final Pattern OWNER = Pattern.compile("process (\\d{1,18}) started (\\S+)");

    /** A start time the platform does not tell. */
    private static final String UNKNOWN = "unknown";

    private static final SecureRandom RANDOM = new SecureRandom();

    private Leftovers() {
    }

    /**
     * Makes a temporary folder beside {@code target}, marked as cdnsim's.
     *
     * @param target the output folder it will become
     * @return the new folder
     * @throws IOException if it cannot be made (nothing is then left)
     */
    static Path createPartial(Path target) throws IOException {
        Path work = Files.createTempDirectory(target.getParent(), "." + target.getFileName() + ".partial-");
        ProcessHandle me = ProcessHandle.current();
        try {
            Files.writeString(work.resolve(MARKER), "cdnsim temporary output folder of process " + me.pid()
                    + " started " + startOf(me) + "\n",
                    StandardCharsets.UTF_8);
        } catch (IOException e) {
            delete(work);
            throw e;
        }
        return work;
    }

    /**
     * @param target an output folder
     * @return a name beside it, for the earlier folder while it is replaced, that nothing has
     */
    static Path oldName(Path target) {
        Path old;
        do {
            old = target.resolveSibling("." + target.getFileName() + ".old-" + Long.toUnsignedString(
                    RANDOM.nextLong()));
        } while (Files.exists(old, LinkOption.NOFOLLOW_LINKS));
        return old;
    }

    /**
     * Removes the folders of cdnsim's that interrupted runs into {@code target} left beside it. One that cannot be
     * removed (a file in it is not the user's to delete) is left; it does not stop the run.
     *
     * @param target an output folder
     * @return the names of the folders removed
     * @throws IOException if the folder beside it cannot be listed
     */
    static List<String> remove(Path target) throws IOException {
        Pattern mine = Pattern.compile("\\." + Pattern.quote(target.getFileName().toString())
                + "\\.(partial|old)-[0-9]+");
        List<Path> found;
        try (Stream<Path> beside = Files.list(target.getParent())) {
            found = beside.filter(p -> mine.matcher(p.getFileName().toString()).matches()).sorted().toList();
        }
        List<String> removed = new ArrayList<>();
        for (Path p : found) {
            if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS) && marked(p) && !ownerRuns(p)) {
                try {
                    delete(p);
                    removed.add(p.getFileName().toString());
                } catch (NoSuchFileException e) {
                    // its own run was removing it at the same time
                } catch (IOException e) {
                    // left for a later run, or for the user
                }
            }
        }
        return removed;
    }

    private static boolean marked(Path folder) {
        return MARKERS.stream().anyMatch(m -> Files.isRegularFile(folder.resolve(m), LinkOption.NOFOLLOW_LINKS));
    }

    /** @return whether the folder's marker names a process that still runs (the same one, by its start time) */
    private static boolean ownerRuns(Path folder) {
        Path marker = folder.resolve(MARKER);
        Matcher m;
        try {
            // a marker is one short line; anything longer is not one, and names no process
            boolean small = Files.isRegularFile(marker, LinkOption.NOFOLLOW_LINKS) && Files.size(marker) < 200;
            m = OWNER.matcher(small ? Files.readString(marker, StandardCharsets.UTF_8) : "");
        } catch (IOException e) {
            return false;
        }
        if (!m.find()) {
            return false;
        }
        String started = m.group(2);
        return ProcessHandle.of(Long.parseLong(m.group(1))).filter(ProcessHandle::isAlive)
                .map(p -> started.equals(UNKNOWN) || started.equals(startOf(p))).orElse(false);
    }

    private static String startOf(ProcessHandle process) {
        return process.info().startInstant().map(Instant::toString).orElse(UNKNOWN);
    }

    /**
     * Deletes a folder of cdnsim's, its markers last, so that it is marked until it is empty. Links inside are
     * deleted, never followed.
     *
     * @param root the folder; nothing happens if it does not exist
     * @throws IOException if something in it cannot be deleted
     */
    static void delete(Path root) throws IOException {
        if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                if (!file.getParent().equals(root) || !MARKERS.contains(file.getFileName().toString())) {
                    Files.delete(file);
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException exc) throws IOException {
                if (exc != null) {
                    throw exc;
                }
                if (dir.equals(root)) {
                    for (String marker : MARKERS) {
                        Files.deleteIfExists(dir.resolve(marker));
                    }
                }
                Files.delete(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
