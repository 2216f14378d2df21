package org.mlpot.cli;

import java.nio.file.Path;
import org.mlpot.api.Spec;
import org.mlpot.descriptor.Descriptor;
import org.mlpot.spec.ModelSpec;

/** Compiles a spec file for a command through the embedding API's {@link Spec}, turning diagnostics into refused input. */
final class SpecLoader {

    private SpecLoader() {
    }

    /**
     * The checked spec.
     *
     * @throws SpecException carrying every diagnostic, printed with source lines and carets
     */
    static ModelSpec load(Path file) {
        try {
            return Spec.load(file).modelSpec();
        } catch (org.mlpot.api.SpecException e) {
            throw new SpecException(e.getMessage());
        }
    }

    /** The model's descriptor, built through the spec's Guice modules. */
    static Descriptor descriptor(ModelSpec spec) {
        return Spec.of(spec).descriptor();
    }
}
