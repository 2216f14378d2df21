package org.mlpot.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code mlpot} command line: one subcommand per task. */
@Command(name = "mlpot",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Fit and run machine-learning interatomic potentials.",
        exitCodeListHeading = "%nExit codes (every command):%n",
        exitCodeList = {"0:success",
            "1:failure: an MD run that became unstable, a relaxation that did not converge, an I/O error, a bug",
            "2:bad input: unknown or bad options, a missing or malformed file, a spec with errors"},
        subcommands = {ValidateCommand.class, TrainCommand.class, EvalCommand.class, PredictCommand.class, MdCommand.class,
            MinimizeCommand.class, FeaturesCommand.class, ConvertCommand.class, N2p2Command.class,
            InfoCommand.class, CompletionCommand.class, CommandLine.HelpCommand.class})
public final class Main implements Runnable {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "name a command, for example: mlpot md --help");
    }

    /** Runs the command line and returns its exit code (0 success, 1 failure, 2 bad input). */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine commandLine = new CommandLine(new Main());
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setExecutionExceptionHandler(new ErrorReporter());
        commandLine.setParameterExceptionHandler(ErrorReporter::reportBadArguments);
        return commandLine.execute(args);
    }

    /** Entry point. */
    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(System.out, true);
        PrintWriter err = new PrintWriter(System.err, true);
        int code = run(args, out, err);
        out.flush();
        err.flush();
        System.exit(code);
    }
}
