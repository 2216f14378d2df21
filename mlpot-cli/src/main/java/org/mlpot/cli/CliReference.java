package org.mlpot.cli;

import java.util.Map;
import picocli.CommandLine;

/**
 * The command-line reference ({@code docs/cli.md}) generated from the picocli definitions: every
 * command's usage help, 100 columns, without colours. A test keeps the file in step with the code;
 * regenerate it with {@code java -cp mlpot-cli/target/mlpot.jar org.mlpot.cli.CliReference > docs/cli.md}.
 */
public final class CliReference {
    /** The width of the usage texts, columns. */
    static final int WIDTH = 100;

    private CliReference() {
    }

    /** The reference as Markdown. */
    public static String markdown() {
        CommandLine root = new CommandLine(new Main());
        root.setUsageHelpWidth(WIDTH);
        StringBuilder md = new StringBuilder();
        md.append("# Command-line reference\n\n");
        md.append("Generated from the commands' own help (`mlpot COMMAND --help` prints the same); exit codes: 0 success,\n");
        md.append("1 failure, 2 bad input (a message naming the file and line, or the option, and what to do).\n");
        append(md, root, "mlpot");
        return md.toString();
    }

    private static void append(StringBuilder md, CommandLine command, String path) {
        md.append("\n## `").append(path).append("`\n\n```\n");
        md.append(command.getUsageMessage(CommandLine.Help.Ansi.OFF).stripTrailing()).append("\n```\n");
        for (Map.Entry<String, CommandLine> sub : command.getSubcommands().entrySet()) {
            if (sub.getValue().getCommandSpec().name().equals(sub.getKey())) { // aliases once
                sub.getValue().setUsageHelpWidth(WIDTH);
                append(md, sub.getValue(), path + " " + sub.getKey());
            }
        }
    }

    /** Prints the reference. */
    public static void main(String[] args) {
        System.out.print(markdown());
    }
}
