package io.cdnsim.cli;

import static io.cdnsim.cli.Cli.execute;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code cdnsim list} away from the project's folders. */
class ListCommandTest {

    // Pins that list from a folder without the project's folders says where it looked and what to do instead.
    @Test
    void listElsewhereSaysWhereItLooked(@TempDir Path dir) {
        Cli.Result list = execute("list", "--root", dir.toString());
        assertEquals(0, list.code(), list::toString);
        assertTrue(list.out().contains("  (none: no folder " + dir.toAbsolutePath().normalize().resolve("scenarios")
                + "; run cdnsim list from the cdnsim folder or give it --root DIR)"), list::toString);
    }

    // Pins what list says of each file: a scenario's first sentence of description (cut at 76 characters), a sheet's
    // provider and whether its prices are examples, and a file it cannot read named as such, not a failure.
    @Test
    void listSaysWhatEachFileIs(@TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve("scenarios"));
        Files.createDirectories(dir.resolve("pricing"));
        Files.writeString(dir.resolve("scenarios").resolve("a.yaml"), "name: a\ndescription: >\n  One edge. Then more.\n");
        Files.writeString(dir.resolve("scenarios").resolve("b.yaml"), "name: [b\n");
        Files.writeString(dir.resolve("pricing").resolve("p.yaml"), "name: p\nprovider: Our CDN\nexample: true\n");
        Cli.Result list = execute("list", "--root", dir.toString());
        assertEquals(0, list.code(), list::toString);
        String a = dir.resolve("scenarios").resolve("a.yaml").toString();
        String b = dir.resolve("scenarios").resolve("b.yaml").toString();
        String p = dir.resolve("pricing").resolve("p.yaml").toString();
        assertTrue(list.out().contains(String.format("  %-44s %s%n", a, "One edge.")), list::toString);
        assertTrue(list.out().contains(String.format("  %-44s %s%n", b, "(cannot be read: run cdnsim validate on it)")),
                list::toString);
        assertTrue(list.out().contains(String.format("  %-44s %s%n", p, "Our CDN (example prices)")), list::toString);
    }
}
