package io.cdnsim.report;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileVisitResult;
import java.nio.file.LinkOption;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * An output folder written atomically: files go into a hidden temporary folder beside the target, which replaces
 * the target only when everything has been written. Until then, and if the run fails, the target is untouched.
 * A target that holds anything but files an earlier run wrote is never replaced: the user's own files are safe.
 *
 * <p>{@link #abandon()} may be called from another thread (a shutdown hook on Ctrl-C): it deletes the temporary folder
 * unless the outputs were committed, and a later {@link #commit()} then fails. Commit and abandon exclude each other,
 * so a committed folder is never deleted and an abandoned one never moved into place.
 */
public final class OutputFolder implements AutoCloseable {

    /** The target exists and holds files that cdnsim did not write; nothing was changed. */
    public static final class ForeignFilesException extends IOException {
        private static final long serialVersionUID = 1L;

        ForeignFilesException(String message) {
            super(message);
        }
    }

    private final Path target;
    private final Set<String> ownFiles;
    private final Path work;
    private boolean committed;
    private boolean abandoned;

    /**
     * @param target   the folder the outputs should end up in
     * @param ownFiles names of the files a run writes, with their folder for files in a folder of their own
     *                 ({@code charts/bill.svg}): a target holding only such files may be replaced
     * @throws ForeignFilesException if the target exists and holds anything else
     * @throws IOException           if the temporary folder cannot be created
     */
    public OutputFolder(Path target, Set<String> ownFiles) throws IOException {
        this.target = target.toAbsolutePath().normalize();
        this.ownFiles = Set.copyOf(ownFiles);
        checkReplaceable();
        Path parent = this.target.getParent();
        Files.createDirectories(parent);
        this.work = Files.createTempDirectory(parent, "." + this.target.getFileName() + ".partial-");
    }

    private void checkReplaceable() throws IOException {
        if (!Files.exists(target)) {
            return;
        }
        if (!Files.isDirectory(target)) {
            throw new ForeignFilesException(target + " exists and is not a folder");
        }
        List<String> foreign = new ArrayList<>();
        collectForeign(target, "", foreign);
        if (!foreign.isEmpty()) {
            foreign.sort(null);
            throw new ForeignFilesException("will not replace " + target + ": it holds files cdnsim did not write ("
                    + String.join(", ", foreign.subList(0, Math.min(5, foreign.size())))
                    + (foreign.size() > 5 ? ", ..." : "") + "); choose another --out folder");
        }
    }

    /**
     * Adds to {@code foreign} what in {@code dir} is not an own file: a regular file named in {@code ownFiles}, or a
     * folder that some own file's path goes through and that holds only own files.
     */
    private void collectForeign(Path dir, String prefix, List<String> foreign) throws IOException {
        List<Path> entries;
        try (Stream<Path> list = Files.list(dir)) {
            entries = list.toList();
        }
        for (Path e : entries) {
            String name = prefix + e.getFileName();
            if (Files.isRegularFile(e) && ownFiles.contains(name)) {
                continue;
            }
            if (Files.isDirectory(e, LinkOption.NOFOLLOW_LINKS)
                    && ownFiles.stream().anyMatch(f -> f.startsWith(name + "/"))) {
                collectForeign(e, name + "/", foreign);
            } else {
                foreign.add(name);
            }
        }
    }

    /** @param name a file name, or a path under a folder of own files ({@code charts/bill.svg}) @return where to write it now */
    public Path file(String name) {
        return work.resolve(name);
    }

    /**
     * Moves the finished outputs into place, replacing an earlier run's folder.
     *
     * @throws IOException if the move fails
     */
    public synchronized void commit() throws IOException {
        if (abandoned) {
            throw new IOException("the run was interrupted: " + target + " was not written");
        }
        checkReplaceable();
        makeReadable(work);
        if (Files.exists(target)) {
            Path old = Files.createTempDirectory(target.getParent(), "." + target.getFileName() + ".old-");
            Files.delete(old);
            move(target, old);
            move(work, target);
            deleteTree(old);
        } else {
            move(work, target);
        }
        committed = true;
    }

    /** Deletes the temporary folder unless the outputs were committed. */
    @Override
    public synchronized void close() throws IOException {
        if (!committed && !abandoned) {
            deleteTree(work);
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
                deleteTree(work);
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

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException exc) throws IOException {
                Files.delete(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
