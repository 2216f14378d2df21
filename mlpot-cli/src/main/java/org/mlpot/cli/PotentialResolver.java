package org.mlpot.cli;

import org.mlpot.io.InputException;
import org.mlpot.potential.Potential;
import org.mlpot.potential.builtin.BuiltinPotentials;

/** Finds the potential that a {@code --model} argument names. */
final class PotentialResolver {

    private PotentialResolver() {
    }

    /**
     * The built-in potential {@code builtin:NAME}; model files come with the model families.
     *
     * @throws InputException naming what is available when nothing matches
     */
    static Potential resolve(String model) {
        if (BuiltinPotentials.isBuiltinName(model)) {
            return BuiltinPotentials.find(model).orElseThrow(() -> new InputException(
                    "unknown built-in potential '" + model + "'; available: " + String.join(", ", BuiltinPotentials.names())));
        }
        if (!java.nio.file.Files.exists(java.nio.file.Path.of(model))) {
            throw new InputException(model + ": no such model file; give a trained model file or one of "
                    + String.join(", ", BuiltinPotentials.names()));
        }
        throw new InputException(model + ": this mlpot build has no model family that reads model files yet; use one of "
                + String.join(", ", BuiltinPotentials.names()));
    }
}
