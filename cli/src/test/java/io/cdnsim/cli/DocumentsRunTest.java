package io.cdnsim.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Documents that run: every command a document shows runs, and what the tool prints must be what the document
 * shows. A command block is a fenced block whose first line starts with {@code $ }: each {@code $ ./cdnsim ...} line
 * (continued by a trailing backslash) is a command, and the lines under it, up to the next {@code $ } line, are its
 * output (stdout, then stderr). The comparison is exact line by line, trailing spaces aside, with one marker: a line
 * that is just {@code ...} stands for any number of lines the document leaves out (run-dependent ones, or a long
 * table cut to the rows the text discusses). The commands of one document run in order in one process, in a folder
 * that holds the cdnsim folder's scenarios, topologies, price sheets, traces and sweeps, so that a later command
 * reads what an earlier one wrote. A block right after {@code <!-- not run: REASON -->} is not run (the reason says
 * why, for example a simulation too long for the test suite, and where its figures are pinned instead). A block
 * right after {@code <!-- file: NAME -->} is a file the reader writes (a price sheet, a series): it is written into
 * the folder, as NAME, before the commands run. A picture introduced by {@code <!-- picture from FILE -->} must be,
 * byte for byte, the FILE the commands wrote.
 */
class DocumentsRunTest {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final Pattern NOT_RUN = Pattern.compile("<!-- not run: (.+) -->");
    private static final Pattern FILE = Pattern.compile("<!-- file: (\\S+) -->");
    private static final Pattern PICTURE = Pattern.compile("<!-- picture from (\\S+) -->");
    private static final Pattern IMAGE = Pattern.compile("!\\[[^]]*]\\(([^)]+)\\)");
    private static final long TIMEOUT_MINUTES = 10;

    /** A command of a document, the output it shows, and the line it starts on. */
    private record Shown(int line, List<String> args, List<String> output) {
    }

    /** A file a document has the reader write. */
    private record Written(String name, String text) {
    }

    /** A picture of a document and the file it is a copy of. */
    private record Picture(int line, Path image, String from) {
    }

    @TempDir
    Path dir;

    // Pins each document against the tool: its commands' real output, and its pictures' real bytes.
    @ParameterizedTest
    @ValueSource(strings = {"README.md", "docs/tutorials/architect.md", "docs/tutorials/finance.md",
            "docs/tutorials/student.md", "docs/worked-examples.md", "docs/replay.md"})
    void theDocumentShowsWhatTheToolPrints(String document) throws IOException, InterruptedException {
        Path file = ROOT.resolve(document);
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        List<Shown> shown = new ArrayList<>();
        List<Picture> pictures = new ArrayList<>();
        List<Written> written = new ArrayList<>();
        read(lines, file, shown, pictures, written);
        assertFalse(shown.isEmpty() && document.startsWith("docs/tutorials"), document + " shows no command");
        for (String folder : List.of("scenarios", "topologies", "pricing", "traces", "sweeps")) {
            Files.createSymbolicLink(dir.resolve(folder), ROOT.resolve(folder));
        }
        for (Written w : written) {
            Files.writeString(dir.resolve(w.name()), w.text(), StandardCharsets.UTF_8);
        }
        Path results = Files.createDirectory(dir.resolve(".results"));
        StringBuilder commands = new StringBuilder();
        for (Shown s : shown) {
            commands.append(String.join("\u0000", s.args())).append('\n');
        }
        Path list = Files.writeString(results.resolve("commands"), commands, StandardCharsets.UTF_8);
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xss8m", "-cp", System.getProperty("java.class.path"), DocumentCommands.class.getName(),
                list.toString(), results.toString()).directory(dir.toFile())
                .redirectErrorStream(true).redirectOutput(results.resolve("runner.txt").toFile()).start();
        if (!p.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            fail(document + ": its commands did not finish within " + TIMEOUT_MINUTES + " minutes");
        }
        assertEquals(0, p.exitValue(), () -> read(results.resolve("runner.txt")));
        List<String> drifted = new ArrayList<>();
        for (int i = 0; i < shown.size(); i++) {
            Shown s = shown.get(i);
            List<String> actual = trimmed(read(results.resolve(i + ".txt")).lines().toList());
            if (!matches(trimmed(s.output()), 0, actual, 0)) {
                drifted.add(document + ":" + s.line() + ": $ cdnsim " + String.join(" ", s.args())
                        + "\n--- the document shows\n" + String.join("\n", s.output())
                        + "\n--- the tool prints (exit " + read(results.resolve(i + ".code")) + ")\n"
                        + String.join("\n", actual));
            }
        }
        assertTrue(drifted.isEmpty(), () -> String.join("\n\n", drifted));
        for (Picture picture : pictures) {
            Path made = dir.resolve(picture.from());
            assertTrue(Files.isRegularFile(made), () -> document + ":" + picture.line() + ": the commands wrote no "
                    + picture.from());
            assertArrayEquals(Files.readAllBytes(made), Files.readAllBytes(picture.image()), () -> document + ":"
                    + picture.line() + ": " + picture.image() + " is not the " + picture.from() + " the commands "
                    + "write; copy it again");
        }
    }

    /** Collects the command blocks and the pictures of a document. */
    private static void read(List<String> lines, Path file, List<Shown> shown, List<Picture> pictures,
                             List<Written> written) {
        String previous = "";
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            Matcher picture = PICTURE.matcher(previous);
            Matcher image = IMAGE.matcher(line);
            if (picture.find() && image.find()) {
                pictures.add(new Picture(i + 1, file.resolveSibling(image.group(1)), picture.group(1)));
            }
            if (line.startsWith("```")) {
                int end = i + 1;
                while (end < lines.size() && !lines.get(end).startsWith("```")) {
                    end++;
                }
                Matcher named = FILE.matcher(previous);
                if (named.find()) {
                    written.add(new Written(named.group(1), String.join("\n", lines.subList(i + 1, end)) + "\n"));
                } else if (end > i + 1 && lines.get(i + 1).startsWith("$ ") && !NOT_RUN.matcher(previous).find()) {
                    block(lines.subList(i + 1, end), i + 2, file, shown);
                }
                i = end;
                previous = "";
                continue;
            }
            if (!line.isBlank()) {
                previous = line;
            }
        }
    }

    /** Reads one command block: its commands, each with the output lines under it. */
    private static void block(List<String> lines, int firstLine, Path file, List<Shown> shown) {
        int i = 0;
        while (i < lines.size()) {
            int start = i;
            StringBuilder command = new StringBuilder(lines.get(i).substring(2));
            while (command.toString().endsWith("\\") && i + 1 < lines.size()) {
                command.setLength(command.length() - 1);
                command.append(' ').append(lines.get(++i).strip());
            }
            i++;
            List<String> output = new ArrayList<>();
            while (i < lines.size() && !lines.get(i).startsWith("$ ")) {
                output.add(lines.get(i++));
            }
            List<String> words = words(command.toString());
            if (words.isEmpty() || !(words.get(0).equals("./cdnsim") || words.get(0).equals("cdnsim"))) {
                fail(file + ":" + (firstLine + start) + ": a command block runs cdnsim commands only, found: "
                        + command);
            }
            shown.add(new Shown(firstLine + start, words.subList(1, words.size()), output));
        }
    }

    /** @return the words of a command line as a POSIX shell splits them (quotes and backslashes; no expansions) */
    static List<String> words(String line) {
        List<String> words = new ArrayList<>();
        StringBuilder w = null;
        char quote = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                } else {
                    w.append(c);
                }
            } else if (c == '\'' || c == '"') {
                quote = c;
                w = w == null ? new StringBuilder() : w;
            } else if (c == '\\' && i + 1 < line.length()) {
                w = w == null ? new StringBuilder() : w;
                w.append(line.charAt(++i));
            } else if (Character.isWhitespace(c)) {
                if (w != null) {
                    words.add(w.toString());
                    w = null;
                }
            } else {
                w = w == null ? new StringBuilder() : w;
                w.append(c);
            }
        }
        if (w != null) {
            words.add(w.toString());
        }
        return words;
    }

    /** @return whether the expected lines from {@code e} match the actual ones from {@code a}, "..." any lines */
    private static boolean matches(List<String> expected, int e, List<String> actual, int a) {
        if (e == expected.size()) {
            return a == actual.size();
        }
        if (expected.get(e).equals("...")) {
            for (int skip = a; skip <= actual.size(); skip++) {
                if (matches(expected, e + 1, actual, skip)) {
                    return true;
                }
            }
            return false;
        }
        return a < actual.size() && expected.get(e).equals(actual.get(a)) && matches(expected, e + 1, actual, a + 1);
    }

    /** @return the lines without trailing spaces, and without blank lines at the end */
    private static List<String> trimmed(List<String> lines) {
        List<String> t = new ArrayList<>(lines.stream().map(String::stripTrailing).toList());
        while (!t.isEmpty() && t.get(t.size() - 1).isEmpty()) {
            t.remove(t.size() - 1);
        }
        return t;
    }

    private static String read(Path p) {
        try {
            return Files.readString(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "(cannot read " + p + ": " + e.getMessage() + ")";
        }
    }
}
