package io.cdnsim.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Runs the commands of one document in one process, in the folder the process was started in (as a reader runs them
 * from the cdnsim folder), one after the other, so that a later command reads what an earlier one wrote. Started by
 * {@link DocumentsRunTest}.
 */
final class DocumentCommands {

    private DocumentCommands() {
    }

    /**
     * @param args the file of commands (one a line, arguments separated by a NUL character) and the folder to write
     *             each command's stdout and stderr into ({@code 0.txt}, {@code 1.txt}, ...)
     */
    public static void main(String[] args) throws IOException {
        List<String> commands = Files.readAllLines(Path.of(args[0]), StandardCharsets.UTF_8);
        Path results = Path.of(args[1]);
        for (int i = 0; i < commands.size(); i++) {
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            int code;
            try (PrintWriter o = new PrintWriter(out, true); PrintWriter e = new PrintWriter(err, true)) {
                code = Main.execute(commands.get(i).split("\u0000", -1), o, e);
            }
            Files.writeString(results.resolve(i + ".txt"), out + err.toString(), StandardCharsets.UTF_8);
            Files.writeString(results.resolve(i + ".code"), Integer.toString(code), StandardCharsets.UTF_8);
        }
    }
}
