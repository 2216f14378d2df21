package org.mlpot.cli;

import org.mlpot.api.Model;
import org.mlpot.io.InputException;
import org.mlpot.potential.Potential;
import org.mlpot.potential.builtin.BuiltinPotentials;

/** Finds the potential that a {@code --model} argument names. */
final class PotentialResolver {

    private PotentialResolver() {
    }

    /**
     * The built-in potential {@code builtin:NAME}, or the model in a model file (checked before use).
     *
     * @throws InputException naming what is available when nothing matches
     */
    static Potential resolve(String model) {
        if (BuiltinPotentials.isBuiltinName(model)) {
            return Model.builtin(model).potential();
        }
        java.nio.file.Path file = java.nio.file.Path.of(model);
        if (!java.nio.file.Files.exists(file)) {
            throw new InputException(model + ": no such model file; give a trained model file or one of "
                    + String.join(", ", BuiltinPotentials.names()));
        }
        return Model.load(file, Runtime.getRuntime().availableProcessors()).potential();
    }
}
