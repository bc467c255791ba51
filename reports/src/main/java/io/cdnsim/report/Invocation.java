package io.cdnsim.report;

import java.util.List;

/**
 * How a run was started, for {@code run-info.json} and the report: what the caller knows and the run's results must
 * not depend on.
 *
 * @param version     cdnsim's version
 * @param commandLine the command line, one argument an element (empty when cdnsim is used as a library)
 * @param source      the scenario file's text, shown in report.html, or null if there is no file
 */
public record Invocation(String version, List<String> commandLine, String source) {

    /** A run started from Java code rather than the command line. */
    public static final Invocation LIBRARY = new Invocation("unknown", List.of(), null);

    /** Copies the command line. */
    public Invocation {
        commandLine = List.copyOf(commandLine);
    }
}
