package io.cdnsim.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.util.Properties;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code cdnsim} command. Exit codes: 0 success, 1 the run failed, 2 bad input (a scenario, a topology or the
 * command line).
 */
@Command(name = "cdnsim", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Discrete-event simulator of video delivery through a CDN.",
        subcommands = {RunCommand.class, ReplayCommand.class, CompareCommand.class, CalcCommand.class, BillCommand.class,
                SweepCommand.class,
                ValidateCommand.class, ListCommand.class, CompletionCommand.class,
                CommandLine.HelpCommand.class},
        footer = {"", "Exit codes: 0 success, 1 the run failed, 2 bad input.",
                "Examples: cdnsim run scenarios/zipf-edge-shield.yaml",
                "          cdnsim calc --viewers 100000 --segment 2s --chr 95%%,92%%,95%%"})
public final class Main implements Runnable {

    /** Exit code of a successful command. */
    public static final int OK = 0;
    /** Exit code of a run that failed. */
    public static final int FAILED = 1;
    /** Exit code of bad input. */
    public static final int BAD_INPUT = 2;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /**
     * @param args command-line arguments
     */
    public static void main(String[] args) {
        System.exit(execute(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /**
     * Runs the command with the given streams (for tests and embedding).
     *
     * @param args command-line arguments
     * @param out  standard output
     * @param err  standard error
     * @return the exit code
     */
    public static int execute(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cl = new CommandLine(new Main());
        cl.setOut(out);
        cl.setErr(err);
        cl.setExecutionExceptionHandler((e, cmd, parsed) -> {
            err.println("cdnsim: internal error: " + e);
            e.printStackTrace(err);
            err.println("This is a bug in cdnsim; please report it with the scenario file and seed.");
            return FAILED;
        });
        cl.setParameterExceptionHandler((e, parsed) -> {
            String command = e.getCommandLine().getCommandSpec().qualifiedName();
            err.println(command + ": " + e.getMessage().strip().replace('\n', ' ') + " (see " + command
                    + " --help)");
            return BAD_INPUT;
        });
        try {
            return cl.execute(args);
        } catch (OutOfMemoryError e) {
            err.println("cdnsim: the run ran out of memory (Java has " + (Runtime.getRuntime().maxMemory() >> 20)
                    + " MiB); no output was written. Give Java more memory (docs/trust.md#memory) or make the run"
                    + " smaller.");
            return FAILED;
        }
    }

    /** Reads the version the build wrote into the jar. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() throws IOException {
            return new String[] {"cdnsim " + number()};
        }

        /** @return the version number the build wrote into the jar, or "unknown" */
        static String number() throws IOException {
            Properties p = new Properties();
            try (InputStream in = Main.class.getResourceAsStream("version.properties")) {
                if (in != null) {
                    p.load(in);
                }
            }
            return p.getProperty("version", "unknown");
        }
    }
}
