package io.cdnsim.cli;

import picocli.CommandLine.Option;

/**
 * The {@code -q, --quiet} option of the commands that run something ({@code run}, {@code replay}, {@code compare}),
 * declared once and mixed into each (picocli's {@code @Mixin}).
 */
final class QuietOption {

    @Option(names = {"-q", "--quiet"}, description = "Print nothing but errors.")
    private boolean quiet;

    /** @return whether to print nothing but errors */
    boolean quiet() {
        return quiet;
    }
}
