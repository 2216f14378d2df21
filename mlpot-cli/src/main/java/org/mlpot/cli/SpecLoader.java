package org.mlpot.cli;

import com.google.inject.Guice;
import java.nio.file.Path;
import org.mlpot.descriptor.Descriptor;
import org.mlpot.dsl.check.CompileResult;
import org.mlpot.dsl.check.SpecCompiler;
import org.mlpot.spec.ModelSpec;

/** Compiles a spec file for a command, turning diagnostics into refused input. */
final class SpecLoader {

    private SpecLoader() {
    }

    /**
     * The checked spec.
     *
     * @throws SpecException carrying every diagnostic, printed with source lines and carets
     */
    static ModelSpec load(Path file) {
        CompileResult result = SpecCompiler.compile(file);
        if (result.hasErrors()) {
            throw new SpecException(result.printDiagnostics().stripTrailing());
        }
        return result.spec().orElseThrow();
    }

    /** The model's descriptor, built through the spec's Guice modules. */
    static Descriptor descriptor(ModelSpec spec) {
        return Guice.createInjector(SpecCompiler.modules(spec)).getInstance(Descriptor.class);
    }
}
