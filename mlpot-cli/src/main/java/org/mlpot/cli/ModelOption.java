package org.mlpot.cli;

import org.mlpot.potential.Potential;
import picocli.CommandLine.Option;

/** The {@code --model} option of commands that evaluate a potential. */
final class ModelOption {
    @Option(names = "--model", required = true, paramLabel = "MODEL",
            description = "A model file or a built-in potential (builtin:sw-si, builtin:lj-ar).")
    String model;

    /** The potential the option names. */
    Potential potential() {
        return PotentialResolver.resolve(model);
    }
}
