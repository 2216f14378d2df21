package org.mlpot.api;

import com.google.inject.Guice;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.mlpot.descriptor.Descriptor;
import org.mlpot.dsl.check.CompileResult;
import org.mlpot.dsl.check.SpecCompiler;
import org.mlpot.dsl.check.SpecPrinter;
import org.mlpot.io.InputException;
import org.mlpot.spec.ModelSpec;
import org.mlpot.spec.TrainingSpec;

/**
 * A checked model spec (an {@code .mlpot} text): the model's elements, descriptor, network or
 * Gaussian process, and how to train it. Immutable and safe to share between threads.
 *
 * <p>A spec that does not compile is refused with a {@link SpecException} carrying every diagnostic
 * as {@code file:line:col} with carets.
 */
public final class Spec {
    private final ModelSpec modelSpec;
    private final String text;
    private final String fileName;

    private Spec(ModelSpec modelSpec, String text, String fileName) {
        this.modelSpec = modelSpec;
        this.text = text;
        this.fileName = fileName;
    }

    /**
     * Compiles a spec file; its includes and data files are resolved against its folder.
     *
     * @throws SpecException when the spec has errors (the message lists them all)
     * @throws InputException when the file cannot be read
     */
    public static Spec load(Path file) {
        Objects.requireNonNull(file, "file is null");
        ModelSpec spec = checked(SpecCompiler.compile(file));
        try {
            return new Spec(spec, Files.readString(file, StandardCharsets.UTF_8), file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * Compiles spec text.
     *
     * @param fileName names the text in diagnostics; includes and data files are resolved against its
     *     folder (relative to the working directory)
     * @throws SpecException when the spec has errors (the message lists them all)
     */
    public static Spec parse(String text, String fileName) {
        Objects.requireNonNull(text, "text is null");
        Objects.requireNonNull(fileName, "fileName is null");
        return new Spec(checked(SpecCompiler.compile(text, fileName)), text, fileName);
    }

    /**
     * A spec made from an already checked {@link ModelSpec}; its text is the canonical print of it,
     * which compiles back to the same spec.
     */
    public static Spec of(ModelSpec modelSpec) {
        Objects.requireNonNull(modelSpec, "modelSpec is null");
        return new Spec(modelSpec, SpecPrinter.print(modelSpec), modelSpec.name() + ".mlpot");
    }

    private static ModelSpec checked(CompileResult result) {
        if (result.hasErrors()) {
            throw new SpecException(result.printDiagnostics().stripTrailing());
        }
        return result.spec().orElseThrow();
    }

    /** The model's name. */
    public String name() {
        return modelSpec.name();
    }

    /** Whether the spec describes a sparse Gaussian process (otherwise a neural network). */
    public boolean isGaussianProcess() {
        return modelSpec.isGaussianProcess();
    }

    /** The checked spec, as the backends read it. */
    public ModelSpec modelSpec() {
        return modelSpec;
    }

    /** The spec's text, as stored in the provenance of models trained from it. */
    public String text() {
        return text;
    }

    /** The name the text goes by in diagnostics (the file it was read from, or the name given to {@link #parse}). */
    public String fileName() {
        return fileName;
    }

    /** The data files of the spec's {@code train} block (resolved paths), empty without one. */
    public List<Path> dataFiles() {
        return modelSpec.training().map(TrainingSpec::data).orElse(List.of());
    }

    /** A new instance of the model's descriptor, built through the spec's Guice modules. */
    public Descriptor descriptor() {
        return Guice.createInjector(SpecCompiler.modules(modelSpec)).getInstance(Descriptor.class);
    }

    @Override
    public String toString() {
        return "Spec[" + name() + " from " + fileName + "]";
    }
}
