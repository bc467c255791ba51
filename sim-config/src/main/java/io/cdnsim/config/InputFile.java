package io.cdnsim.config;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * Every file cdnsim reads goes through here first: it must be a regular file (not a folder, FIFO, device or socket,
 * which could hang the reader or never end) and no larger than the limit of its kind, checked before a byte is read.
 * A symbolic link is followed to what it names, which must pass the same checks.
 */
public final class InputFile {

    /** Why a file cannot be read; the message says what is wrong with it, without its name. */
    public static final class RefusedException extends IOException {
        private static final long serialVersionUID = 1L;

        RefusedException(String message) {
            super(message);
        }
    }

    private InputFile() {
    }

    /**
     * Checks that {@code file} is a regular file of at most {@code maxBytes} bytes.
     *
     * @param file     the file
     * @param maxBytes its largest allowed size
     * @param what     what kind of file it is, for the message ("scenario", "trace")
     * @return its size in bytes
     * @throws RefusedException if it does not exist, is not a regular file or is too large
     */
    public static long check(Path file, long maxBytes, String what) throws RefusedException {
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(file, BasicFileAttributes.class);
        } catch (NoSuchFileException e) {
            throw new RefusedException("no such file");
        } catch (FileSystemException e) {
            throw new RefusedException("cannot read the file: " + (e.getReason() != null ? e.getReason()
                    : e.getClass().getSimpleName().replace("Exception", "").replaceAll("([a-z])([A-Z])", "$1 $2")
                    .toLowerCase()));
        } catch (IOException e) {
            throw new RefusedException("cannot read the file (" + e.getClass().getSimpleName()
                    .replace("Exception", "").replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase() + ")");
        }
        if (attributes.isDirectory()) {
            throw new RefusedException("this is a folder; a " + what + " file was expected");
        }
        if (!attributes.isRegularFile()) {
            throw new RefusedException("this is not a regular file (a pipe, device or socket); cdnsim reads a "
                    + what + " only from a regular file");
        }
        if (attributes.size() > maxBytes) {
            throw new RefusedException("the file is " + attributes.size() + " bytes; a " + what
                    + " file may be at most " + maxBytes + " bytes");
        }
        return attributes.size();
    }

    /**
     * Reads a whole file after {@link #check}; a file that grows past the limit while it is read is refused too.
     *
     * @param file     the file
     * @param maxBytes its largest allowed size
     * @param what     what kind of file it is, for the message
     * @return its bytes
     * @throws RefusedException if the checks fail
     * @throws IOException      if reading fails
     */
    public static byte[] readAll(Path file, long maxBytes, String what) throws IOException {
        check(file, maxBytes, what);
        try (InputStream in = Files.newInputStream(file)) {
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
            if (bytes.length > maxBytes) {
                throw new RefusedException("the file grew past " + maxBytes + " bytes while it was read; a " + what
                        + " file may be at most " + maxBytes + " bytes");
            }
            return bytes;
        }
    }

    /**
     * Opens a file after {@link #check}, for streaming readers (traces) whose size limit is checked here.
     *
     * @param file     the file
     * @param maxBytes its largest allowed size
     * @param what     what kind of file it is, for the message
     * @return a stream over its bytes
     * @throws RefusedException if the checks fail
     * @throws IOException      if opening fails
     */
    public static InputStream open(Path file, long maxBytes, String what) throws IOException {
        check(file, maxBytes, what);
        return Files.newInputStream(file);
    }
}
