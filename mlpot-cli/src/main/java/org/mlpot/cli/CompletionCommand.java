package org.mlpot.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.AutoComplete;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code mlpot completion}: prints the bash (and zsh) completion script of every command and option. */
@Command(name = "completion", mixinStandardHelpOptions = true,
        description = {"Print a bash completion script for mlpot's commands and options.",
            "Use it with: source <(mlpot completion), or save it to a file your shell sources. "
                + "zsh reads it too after: autoload -U +X compinit && compinit; autoload -U +X bashcompinit && bashcompinit"})
final class CompletionCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        out.print(AutoComplete.bash("mlpot", spec.root().commandLine()));
        out.flush();
        return ExitCode.SUCCESS;
    }
}
