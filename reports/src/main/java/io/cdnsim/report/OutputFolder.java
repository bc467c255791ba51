package io.cdnsim.report;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * An output folder written atomically: files go into a hidden temporary folder beside the target, which replaces
 * the target only when everything has been written. Until then, and if the run fails, the target is untouched.
 */
public final class OutputFolder implements AutoCloseable {

    private final Path target;
    private final Path work;
    private boolean committed;

    /**
     * @param target the folder the outputs should end up in
     * @throws IOException if the temporary folder cannot be created
     */
    public OutputFolder(Path target) throws IOException {
        this.target = target.toAbsolutePath().normalize();
        Path parent = this.target.getParent();
        Files.createDirectories(parent);
        this.work = Files.createTempDirectory(parent, "." + this.target.getFileName() + ".partial-");
    }

    /** @param name a file name @return where to write it now */
    public Path file(String name) {
        return work.resolve(name);
    }

    /**
     * Moves the finished outputs into place, replacing an earlier run's folder.
     *
     * @throws IOException if the move fails
     */
    public void commit() throws IOException {
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
    public void close() throws IOException {
        if (!committed) {
            deleteTree(work);
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
