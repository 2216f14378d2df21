package org.mlpot.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code mlpot info}: what a model file holds and where it comes from. */
@Command(name = "info", mixinStandardHelpOptions = true,
        description = {"Show what a model file holds: kind, name, elements, descriptor and features per element; "
            + "the networks (layer sizes, activations, parameters) or the Gaussian process (kernel, sparse points, "
            + "uncertainty scales); its provenance (mlpot version, date, seed, spec, data files with SHA-256); "
            + "the file format and checksum; and the best and last epochs of MODEL.metrics.csv when one lies beside it.",
            "A file that is not a model file, or a damaged one, is refused with exit code 2."})
final class InfoCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "MODEL", description = "The .mlpmodel file.")
    Path file;

    @Mixin
    JsonOption json;

    @Mixin
    CommonOptions common;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        ModelInfo info = ModelInfo.read(file);
        PrintWriter out = spec.commandLine().getOut();
        if (json.json) {
            out.println(ModelInfoPrinter.json(info));
        } else {
            out.print(ModelInfoPrinter.text(info));
        }
        out.flush();
        return ExitCode.SUCCESS;
    }
}
