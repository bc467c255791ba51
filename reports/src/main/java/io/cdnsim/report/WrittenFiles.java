package io.cdnsim.report;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * What an output folder's {@value OutputFolder#MANIFEST} vouches for, to a command that reads the folder's files back
 * ({@code compare} reads a finished run's summary.json and timeseries.csv): a file is as cdnsim wrote it only if the
 * manifest lists it with its size and SHA-256 and its content still has them. A file edited, truncated or added
 * since is refused, however plausible its values look.
 */
public final class WrittenFiles {

    /** The folder's manifest cannot be read as one; the message says why, without the folder's name. */
    public static final class DamagedException extends IOException {
        private static final long serialVersionUID = 1L;

        DamagedException(String message) {
            super(message);
        }
    }

    private final Manifest manifest;

    private WrittenFiles(Manifest manifest) {
        this.manifest = manifest;
    }

    /**
     * @param folder an output folder
     * @return what its manifest vouches for, or null if it has none (an older cdnsim wrote it, or not cdnsim)
     * @throws DamagedException if the file named {@value OutputFolder#MANIFEST} is not a manifest cdnsim wrote
     * @throws IOException      if it cannot be read
     */
    public static WrittenFiles of(Path folder) throws IOException {
        Manifest m;
        try {
            m = Manifest.read(folder);
        } catch (Manifest.DamagedException e) {
            throw new DamagedException(e.getMessage());
        }
        return m == null ? null : new WrittenFiles(m);
    }

    /**
     * @param name    a file's path in the folder ({@code summary.json})
     * @param content what was read from it
     * @return null if the manifest vouches for that content, otherwise why not, to follow the file's name
     *         ({@code was changed after cdnsim wrote it (its SHA-256 differs from .cdnsim-manifest)})
     */
    public String problem(String name, byte[] content) {
        Manifest.Written w = manifest.files().get(name);
        if (w == null) {
            return notListed();
        }
        return content.length == w.size() && Manifest.sha256(content).equals(w.sha256()) ? null : changed();
    }

    /**
     * Reads the whole file (following a link to it, as reading it does) to compute its SHA-256, unless its size
     * already differs.
     *
     * @param name a file's path in the folder ({@code timeseries.csv})
     * @param file the file, a regular file
     * @return null if the manifest vouches for its content, otherwise why not, as {@link #problem(String, byte[])}
     * @throws IOException if the file cannot be read
     */
    public String problem(String name, Path file) throws IOException {
        Manifest.Written w = manifest.files().get(name);
        if (w == null) {
            return notListed();
        }
        if (Files.size(file) != w.size()) {
            return changed();
        }
        try (InputStream in = Files.newInputStream(file)) {
            return Manifest.sha256(in).equals(w.sha256()) ? null : changed();
        }
    }

    private static String notListed() {
        return "is not listed in its folder's " + Manifest.NAME + ", so cdnsim did not write it";
    }

    /** A file of another size has another SHA-256 too: one sentence says both. */
    private static String changed() {
        return "was changed after cdnsim wrote it (its SHA-256 differs from " + Manifest.NAME + ")";
    }
}
