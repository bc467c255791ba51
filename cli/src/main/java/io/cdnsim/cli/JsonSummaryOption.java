package io.cdnsim.cli;

import picocli.CommandLine.Option;

/**
 * The {@code --json} option of the commands that write a run's outputs ({@code run}, {@code replay}): print
 * summary.json instead of the summary table. Declared once and mixed into each (picocli's {@code @Mixin}).
 */
final class JsonSummaryOption {

    @Option(names = "--json", description = "Print the content of summary.json on stdout instead of the summary "
            + "table.")
    private boolean json;

    /** @return whether to print summary.json instead of the summary table */
    boolean json() {
        return json;
    }
}
