package io.cdnsim.report;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * What cdnsim wrote into an output folder, kept in the folder as {@value #NAME}: every file's path, size and SHA-256,
 * so that a later run can tell its own files, unchanged, from anything else. The file is text, one line per file
 * after a header, in path order and without any time, so two runs that write the same bytes write the same manifest:
 *
 * <pre>
 * cdnsim output folder 1
 * 3a7bd3e2360a3d29eea436fcfb7e44c735d117c42d1c1835420b6b9942dd4f1b 1234 summary.json
 * </pre>
 *
 * @param files path (relative, '/' between folders) to what was written there
 */
record Manifest(SortedMap<String, Written> files) {

    /** The manifest's file name in the folder it describes. */
    static final String NAME = ".cdnsim-manifest";

    private static final String HEADER = "cdnsim output folder 1";

    /** A manifest of thousands of files stays far below this; anything larger is not one of ours. */
    private static final long MAX_BYTES = 1 << 20;

    /**
     * One file as cdnsim wrote it.
     *
     * @param size   its size in bytes
     * @param sha256 its SHA-256, in lower-case hexadecimal
     */
    record Written(long size, String sha256) {
    }

    /** The manifest cannot be read as one: its problem, without the folder's name. */
    static final class DamagedException extends IOException {
        private static final long serialVersionUID = 1L;

        DamagedException(String message) {
            super(message);
        }
    }

    /** Copies the map, in path order. */
    Manifest {
        files = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(files));
    }

    /**
     * @param folder  a folder holding only regular files and folders (the one a run has just written)
     * @param ignored names of files at its top that are not outputs (a marker)
     * @return the manifest of every file in it, but the manifest and the ignored ones
     * @throws IOException if a file cannot be read
     */
    static Manifest of(Path folder, List<String> ignored) throws IOException {
        SortedMap<String, Written> files = new TreeMap<>();
        try (Stream<Path> all = Files.walk(folder)) {
            for (Path p : all.filter(Files::isRegularFile).toList()) {
                String name = relative(folder, p);
                if (!name.equals(NAME) && !ignored.contains(name)) {
                    files.put(name, new Written(Files.size(p), sha256(p)));
                }
            }
        }
        return new Manifest(files);
    }

    /**
     * @param folder the folder to write the manifest into
     * @throws IOException if it cannot be written
     */
    void write(Path folder) throws IOException {
        StringBuilder text = new StringBuilder(HEADER).append('\n');
        for (Map.Entry<String, Written> e : files.entrySet()) {
            if (e.getKey().contains("\n")) {
                throw new IOException("cannot list a file name with a line break: " + e.getKey());
            }
            text.append(e.getValue().sha256()).append(' ').append(e.getValue().size()).append(' ')
                    .append(e.getKey()).append('\n');
        }
        Files.writeString(folder.resolve(NAME), text, StandardCharsets.UTF_8);
    }

    /**
     * @param folder a folder
     * @return its manifest, or null if it has none
     * @throws DamagedException if the file named {@value #NAME} is not a manifest cdnsim wrote
     * @throws IOException      if it cannot be read
     */
    static Manifest read(Path folder) throws IOException {
        Path file = folder.resolve(NAME);
        if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            return null;
        }
        BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        if (!a.isRegularFile() || a.size() > MAX_BYTES) {
            throw new DamagedException(a.isRegularFile() ? "it is " + a.size() + " bytes long"
                    : "it is not a regular file");
        }
        List<String> lines = List.of(new String(Files.readAllBytes(file), StandardCharsets.UTF_8).split("\n", -1));
        if (!lines.get(0).equals(HEADER) || !lines.get(lines.size() - 1).isEmpty()) {
            throw new DamagedException("it does not start with '" + HEADER + "' or does not end with a line break");
        }
        SortedMap<String, Written> files = new TreeMap<>();
        for (int i = 1; i < lines.size() - 1; i++) {
            String[] f = lines.get(i).split(" ", 3);
            if (f.length != 3 || !f[0].matches("[0-9a-f]{64}") || !f[1].matches("[0-9]{1,18}") || !plain(f[2])
                    || files.put(f[2], new Written(Long.parseLong(f[1]), f[0])) != null) {
                throw new DamagedException("line " + (i + 1) + " is not 'sha256 size path' of a file listed once");
            }
        }
        return new Manifest(files);
    }

    /** @return whether {@code path} is relative and goes only down, through named folders */
    private static boolean plain(String path) {
        return Stream.of(path.split("/", -1)).noneMatch(s -> s.isEmpty() || s.equals(".") || s.equals(".."))
                && !path.contains("\\");
    }

    /**
     * Compares a folder with this manifest, looking at links as links (never at what they name). Listed files that
     * are missing are neither: removing some of cdnsim's files leaves nothing of the user's to lose.
     *
     * @param folder  the folder the manifest describes
     * @param foreign gets what the manifest does not list: files, links, other kinds of file and folders no listed
     *                file is in, relative to the folder ({@code notes.txt}, {@code charts/mine})
     * @param changed gets the listed files whose size or content differ from the manifest's
     * @throws IOException if the folder cannot be read
     */
    void compare(Path folder, List<String> foreign, List<String> changed) throws IOException {
        compare(folder, "", foreign, changed);
    }

    private void compare(Path dir, String prefix, List<String> foreign, List<String> changed) throws IOException {
        List<Path> entries;
        try (Stream<Path> list = Files.list(dir)) {
            entries = list.sorted().toList();
        }
        for (Path e : entries) {
            String name = prefix + e.getFileName();
            if (name.equals(NAME)) {
                continue;
            }
            BasicFileAttributes a = Files.readAttributes(e, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            Written listed = files.get(name);
            if (a.isRegularFile() && listed != null) {
                if (a.size() != listed.size() || !sha256(e).equals(listed.sha256())) {
                    changed.add(name);
                }
            } else if (a.isDirectory() && files.keySet().stream().anyMatch(f -> f.startsWith(name + "/"))) {
                compare(e, name + "/", foreign, changed);
            } else {
                foreign.add(name);
            }
        }
    }

    private static String relative(Path folder, Path file) {
        List<String> parts = new ArrayList<>();
        folder.relativize(file).forEach(p -> parts.add(p.toString()));
        return String.join("/", parts);
    }

    private static String sha256(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS)) {
            return sha256(in);
        }
    }

    /** @return the SHA-256 of what {@code in} holds to its end, in lower-case hexadecimal */
    static String sha256(InputStream in) throws IOException {
        MessageDigest digest = sha256();
        byte[] buffer = new byte[1 << 16];
        for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
            digest.update(buffer, 0, n);
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /** @return the SHA-256 of {@code content}, in lower-case hexadecimal */
    static String sha256(byte[] content) {
        return HexFormat.of().formatHex(sha256().digest(content));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
