package io.cdnsim.cli;

import static io.cdnsim.cli.Cli.execute;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cdnsim.run.ConservationException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

/** The command line's conventions (I1): completion, help with examples, exit code 1 for a broken invariant. */
class ConventionsTest {

    // Pins that `cdnsim completion` prints a bash completion script naming every command and an option of run.
    @Test
    void completionPrintsABashScript() {
        Cli.Result r = execute("completion");
        assertEquals(0, r.code(), r::toString);
        assertEquals("", r.err(), r::toString);
        assertTrue(r.out().startsWith("#!/usr/bin/env bash"), r::toString);
        assertTrue(r.out().contains("complete -F _complete_cdnsim"), r::toString);
        for (String word : List.of("run", "replay", "validate", "list", "completion", "--replications")) {
            assertTrue(r.out().contains(word), () -> "the script lacks " + word);
        }
    }

    // Pins that every command's --help exits 0 and shows at least one example of its use.
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"run", "replay", "compare", "calc", "bill", "sweep", "validate", "list", "completion"})
    void everyCommandsHelpHasExamples(String command) {
        java.io.PrintStream stderr = System.err;
        java.io.ByteArrayOutputStream warnings = new java.io.ByteArrayOutputStream();
        Cli.Result r;
        try {
            System.setErr(new java.io.PrintStream(warnings, true, java.nio.charset.StandardCharsets.UTF_8));
            r = execute(command, "--help");
        } finally {
            System.setErr(stderr);
        }
        // a bare '%' in a description makes picocli warn on stderr and print the text unformatted (found in compare)
        assertEquals("", warnings.toString(java.nio.charset.StandardCharsets.UTF_8), command);
        assertEquals(0, r.code(), r::toString);
        assertTrue(r.out().contains("Example"), r::toString);
        assertTrue(r.out().contains("  cdnsim " + command), r::toString);
        // an 80-column terminal wraps a longer line in the middle of a command; examples continue with a backslash
        r.out().lines().forEach(line -> assertTrue(line.length() <= 80, () -> command + ": " + line));
    }

    // Pins that every subcommand is in the list above, so a new one gets its help checked too.
    @Test
    void everySubcommandIsChecked() {
        assertEquals(List.of("run", "replay", "compare", "calc", "bill", "sweep", "validate", "list", "completion",
                "help"),
                List.copyOf(new CommandLine(new Main()).getSubcommands().keySet()));
    }

    // Pins the report of a broken conservation invariant: exit code 1, the invariant and its numbers on stderr.
    @Test
    void aBrokenInvariantExitsWithOne() {
        StringWriter err = new StringWriter();
        int code = RunCommand.failedCheck(new PrintWriter(err, true),
                new ConservationException("outcomes", "at edge node 'e1', requests in 5 != HIT 4 + ... = 4"));
        assertEquals(Main.FAILED, code);
        assertEquals(1, code);
        assertTrue(err.toString().startsWith("cdnsim: the run failed its end-of-run check, so no output was written: "
                + "conservation invariant 'outcomes' violated: at edge node 'e1', requests in 5 != HIT 4"),
                err::toString);
    }
}
