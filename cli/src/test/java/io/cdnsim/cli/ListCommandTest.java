package io.cdnsim.cli;

import static io.cdnsim.cli.Cli.execute;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
}
