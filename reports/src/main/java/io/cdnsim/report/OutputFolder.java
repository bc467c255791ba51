package io.cdnsim.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * An output folder written atomically: files go into a hidden temporary folder beside the target, which replaces
 * the target only when everything has been written. Until then, and if the run fails, the target is untouched.
 *
 * <p>cdnsim replaces only what it wrote. Every output folder it commits carries a {@link Manifest} (the hidden
 * {@value #MANIFEST}: each file's path, size and SHA-256), and a target may be replaced only if it is an empty folder,
 * or a folder whose manifest lists every file in it, unchanged, all of them files of this kind of output. Anything
 * else (a file, a link, a folder without a manifest, one with a file of the user's or a changed file) is refused
 * before anything is written, and again at the commit; so is a target whose folders cannot be made (a parent that
 * is a file, a link to nothing, a folder this process may not write into, a file system that refuses). Temporary
 * folders that a killed run left beside the target are removed when the next one opens it
 * ({@link #removedLeftovers()}).
 *
 * <p>{@link #abandon()} may be called from another thread (a shutdown hook on Ctrl-C): it deletes the temporary folder
 * unless the outputs were committed, and a later {@link #commit()} then fails. Commit and abandon exclude each other,
 * so a committed folder is never deleted and an abandoned one never moved into place.
 */
public final class OutputFolder implements AutoCloseable {

    /** Name of the manifest an output folder carries. */
    public static final String MANIFEST = Manifest.NAME;

    /**
     * Longest name of an output folder, in UTF-8 bytes: a file name has at most 255, and the temporary folder's adds
     * a dot, {@code .partial-} and up to 20 digits.
     */
    public static final int MAX_NAME_BYTES = 255 - ".".length() - ".partial-".length() - 20;

    /** The target may not be used; nothing was changed. The message names the folder and says why. */
    public static final class RefusedException extends IOException {
        private static final long serialVersionUID = 1L;

        RefusedException(String message) {
            super(message);
        }
    }

    private final Path target;
    private final Set<String> ownFiles;
    private final Path work;
    private final Path createdParent;
    private final List<String> removedLeftovers;
    private boolean committed;
    private boolean abandoned;

    /**
     * Checks the target, makes its missing parent folders, removes leftovers of interrupted runs into it and makes
     * the temporary folder.
     *
     * @param target   the folder the outputs should end up in
     * @param ownFiles names of the files this kind of output has, with their folder for files in a folder of their
     *                 own ({@code charts/bill.svg}): an earlier output folder listing others is not replaced
     * @throws RefusedException if the target may not be used (nothing was changed): it is not an earlier output
     *                          folder of this kind, or its folder or the temporary folder cannot be made (folders
     *                          made for it are removed again)
     * @throws IOException      if a leftover of an interrupted run cannot be removed
     */
    public OutputFolder(Path target, Set<String> ownFiles) throws IOException {
        this.target = target.toAbsolutePath().normalize();
        this.ownFiles = Set.copyOf(ownFiles);
        if (this.target.getFileName() == null) {
            throw new RefusedException("cannot write the outputs into " + target + ": it is the root of a file "
                    + "system; choose another --out");
        }
        int nameBytes = this.target.getFileName().toString().getBytes(StandardCharsets.UTF_8).length;
        if (nameBytes > MAX_NAME_BYTES) {
            throw new RefusedException("cannot write the outputs into " + target + ": the folder's name is "
                    + nameBytes + " bytes long, at most " + MAX_NAME_BYTES + " are allowed; choose a shorter --out");
        }
        checkReplaceable();
        checkParent(this.target);
        try {
            this.createdParent = makeParents(this.target.getParent());
        } catch (IOException e) {
            Path failed = e instanceof FileSystemException f && f.getFile() != null ? Path.of(f.getFile()) : null;
            throw cannotMake(this.target, failed == null || failed.getParent() == null ? this.target.getParent()
                    : failed.getParent(), e);
        }
        try {
            this.removedLeftovers = Leftovers.remove(this.target);
            this.work = createPartial(this.target);
        } catch (IOException | RuntimeException e) {
            removeParents();
            throw e;
        }
    }

    /**
     * Checks that the folders the outputs go into can be made: the nearest of the target's parent folders that exists
     * must be a folder (not a file, a device or a link to nothing) that this process may write into.
     */
    private static void checkParent(Path target) throws RefusedException {
        Path existing = target.getParent();
        while (existing.getParent() != null && !Files.exists(existing, LinkOption.NOFOLLOW_LINKS)) {
            existing = existing.getParent();
        }
        if (!Files.isDirectory(existing)) {
            String kind = Files.isSymbolicLink(existing) ? "a symbolic link that leads to no folder"
                    : Files.isRegularFile(existing, LinkOption.NOFOLLOW_LINKS) ? "a file, not a folder"
                    : "not a folder";
            throw new RefusedException("cannot write the outputs into " + target + ": " + existing + " is " + kind
                    + "; choose another --out");
        }
        if (!Files.isWritable(existing) || !Files.isExecutable(existing)) {
            throw new RefusedException("cannot write the outputs into " + target + ": the folder " + existing
                    + " is not writable (permission denied); choose another --out");
        }
    }

    /** Makes the temporary folder; a failure is refused as a target that cannot be used (nothing is left). */
    private static Path createPartial(Path target) throws IOException {
        try {
            return Leftovers.createPartial(target);
        } catch (IOException e) {
            throw cannotMake(target, target.getParent(), e);
        }
    }

    /**
     * @param folder where the file system would not make a folder
     * @return the refusal of a target whose folders cannot be made, with the file system's reason
     */
    private static RefusedException cannotMake(Path target, Path folder, IOException e) {
        String reason;
        if (e instanceof AccessDeniedException) {
            reason = "Permission denied";
        } else if (e instanceof NoSuchFileException) {
            reason = "No such file or directory";
        } else if (e instanceof FileAlreadyExistsException) {
            reason = "File exists";
        } else if (e instanceof FileSystemException f && f.getReason() != null) {
            reason = f.getReason();
        } else {
            reason = e.getMessage() == null ? "an input or output error" : e.getMessage();
        }
        return new RefusedException("cannot write the outputs into " + target + ": cannot make a folder in " + folder
                + " (" + reason + "); choose another --out");
    }

    /** @return the highest folder made for {@code parent}, or null if it existed */
    private static Path makeParents(Path parent) throws IOException {
        Path highest = null;
        for (Path p = parent; p != null && !Files.exists(p, LinkOption.NOFOLLOW_LINKS); p = p.getParent()) {
            highest = p;
        }
        try {
            Files.createDirectories(parent);
        } catch (IOException e) {
            removeParents(parent, highest);
            throw e;
        }
        return highest;
    }

    private void removeParents() {
        removeParents(target.getParent(), createdParent);
    }

    /**
     * Removes the empty folders from {@code from} up to {@code highest}, the ones this folder made. A folder that
     * could not be made (a name the file system refuses) is passed over, so its parent, made before it, goes too; a
     * folder that is not empty stops the removal.
     */
    private static void removeParents(Path from, Path highest) {
        if (highest == null) {
            return;
        }
        for (Path p = from; p != null && p.startsWith(highest); p = p.getParent()) {
            try {
                Files.deleteIfExists(p);
            } catch (DirectoryNotEmptyException e) {
                return;
            } catch (IOException e) {
                if (Files.exists(p, LinkOption.NOFOLLOW_LINKS)) {
                    return;
                }
            }
        }
    }

    /** @return the names of the temporary folders of interrupted runs that were removed from beside the target */
    public List<String> removedLeftovers() {
        return removedLeftovers;
    }

    private void checkReplaceable() throws IOException {
        if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        if (Files.isSymbolicLink(target)) {
            throw new RefusedException("will not replace " + target + ": it is a symbolic link; choose another --out");
        }
        if (!Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
            throw new RefusedException(target + " exists and is not a folder; choose another --out");
        }
        Manifest manifest;
        try {
            manifest = Manifest.read(target);
        } catch (Manifest.DamagedException e) {
            throw new RefusedException("will not replace " + target + ": its " + MANIFEST + " is damaged ("
                    + e.getMessage() + "); remove the folder or choose another --out");
        }
        if (manifest == null) {
            if (isEmpty(target)) {
                return;
            }
            throw new RefusedException("will not replace " + target + ": it has no " + MANIFEST + ", so it was "
                    + "written by an older cdnsim or not by cdnsim; remove it or choose another --out");
        }
        List<String> foreign = new ArrayList<>();
        List<String> changed = new ArrayList<>();
        manifest.compare(target, foreign, changed);
        if (!foreign.isEmpty() || !changed.isEmpty()) {
            List<String> parts = new ArrayList<>();
            if (!foreign.isEmpty()) {
                parts.add("files cdnsim did not write (" + few(foreign) + ")");
            }
            if (!changed.isEmpty()) {
                parts.add("files changed since cdnsim wrote them (" + few(changed) + ")");
            }
            throw new RefusedException("will not replace " + target + ": it holds " + String.join(" and ", parts)
                    + "; choose another --out");
        }
        List<String> others = manifest.files().keySet().stream().filter(f -> !ownFiles.contains(f)).toList();
        if (!others.isEmpty()) {
            throw new RefusedException("will not replace " + target + ": it holds the outputs of another cdnsim "
                    + "command (" + few(others) + "); choose another --out");
        }
    }

    private static String few(List<String> names) {
        return String.join(", ", names.subList(0, Math.min(5, names.size()))) + (names.size() > 5 ? ", ..." : "");
    }

    private static boolean isEmpty(Path dir) throws IOException {
        try (Stream<Path> list = Files.list(dir)) {
            return list.findAny().isEmpty();
        }
    }

    /** @param name a file name, or a path under a folder of own files ({@code charts/bill.svg}) @return where to write it now */
    public Path file(String name) {
        return work.resolve(name);
    }

    /**
     * Writes the manifest and moves the finished outputs into place, replacing an earlier output folder (after
     * checking it again: it may have changed while the run ran).
     *
     * @throws RefusedException if the target may no longer be replaced
     * @throws IOException      if the move fails
     */
    public synchronized void commit() throws IOException {
        if (abandoned) {
            throw new IOException("the run was interrupted: " + target + " was not written");
        }
        checkReplaceable();
        Manifest.of(work, List.of(Leftovers.MARKER)).write(work);
        Files.delete(work.resolve(Leftovers.MARKER));
        makeReadable(work);
        if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            move(work, target);
        } else if (isEmpty(target)) {
            Files.delete(target);
            move(work, target);
        } else {
            Path old = Leftovers.oldName(target);
            move(target, old);
            try {
                move(work, target);
            } catch (IOException e) {
                move(old, target);
                throw e;
            }
            Leftovers.delete(old);
        }
        committed = true;
    }

    /** Deletes the temporary folder, and the parent folders made for it, unless the outputs were committed. */
    @Override
    public synchronized void close() throws IOException {
        if (!committed && !abandoned) {
            Leftovers.delete(work);
            removeParents();
        }
    }

    /**
     * Gives up the outputs, from any thread: deletes the temporary folder unless they were committed. Files the run
     * writes afterwards fail to open (their folder is gone), and so does the commit.
     *
     * @return true if the outputs were given up, false if they had been committed already
     * @throws IOException if the temporary folder cannot be deleted
     */
    public synchronized boolean abandon() throws IOException {
        if (committed) {
            return false;
        }
        abandoned = true;
        for (int attempt = 1; ; attempt++) {
            try {
                Leftovers.delete(work);
                removeParents();
                return true;
            } catch (DirectoryNotEmptyException | NoSuchFileException e) {
                if (attempt == 5) {
                    throw e;
                }
            }
        }
    }

    /** @return whether {@link #abandon()} gave up the outputs */
    public synchronized boolean abandoned() {
        return abandoned;
    }

    /** A temporary folder is private to its owner; the finished outputs are readable like any other folder. */
    private static void makeReadable(Path dir) throws IOException {
        try {
            Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system: its defaults apply
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }
}
