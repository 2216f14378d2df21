package org.mlpot.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import org.mlpot.potential.Potential;
import org.mlpot.potential.builtin.BuiltinPotentials;
import picocli.CommandLine.Option;

/** The {@code --model} option of commands that evaluate a potential. */
final class ModelOption {
    @Option(names = "--model", required = true, paramLabel = "MODEL",
            description = "A model file or a built-in potential (builtin:sw-si, builtin:lj-ar).")
    String model;

    /**
     * The potential the option names; a model file's potential computes each structure's atoms on
     * {@code threads} threads (built-in potentials use one).
     *
     * @throws org.mlpot.io.InputException when nothing matches or the file is not a model file
     */
    Potential potential(int threads) {
        if (BuiltinPotentials.isBuiltinName(model) || !Files.exists(Path.of(model))) {
            return PotentialResolver.resolve(model); // built-ins, and the message naming what is available
        }
        return ModelStore.load(Path.of(model), threads);
    }
}
