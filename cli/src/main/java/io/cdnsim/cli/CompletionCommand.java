package io.cdnsim.cli;

import java.util.concurrent.Callable;
import picocli.AutoComplete;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code cdnsim completion}: prints a bash (and zsh) completion script for every command and option. */
@Command(name = "completion", mixinStandardHelpOptions = true,
        description = "Print a completion script for bash and zsh: commands, options and file arguments.",
        footer = {"", "Examples:",
                "  source <(cdnsim completion)                          # this shell only",
                "  cdnsim completion > ~/.local/share/bash-completion/completions/cdnsim",
                "  autoload -U +X bashcompinit && bashcompinit && source <(cdnsim completion)   # zsh"})
final class CompletionCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().getOut().print(AutoComplete.bash("cdnsim", spec.root().commandLine()));
        spec.commandLine().getOut().flush();
        return Main.OK;
    }
}
